/** Small statistics for the benchmark's figures. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile with linear interpolation between the closest ranks (q = 0.95 for p95). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
