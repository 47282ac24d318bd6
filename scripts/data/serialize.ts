/**
 * Deterministic text for a FeatureCollection: one feature a line, so a change to one record is a
 * one-line diff; key order is the order the objects were built in; a trailing newline.
 */
export function serializeFeatureCollection(features: readonly unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
