/**
 * A problem found in the data sources, with what a person needs to fix it:
 * `geodata/src/projects.yaml:123 (record dongzhiyuan-water-plant): <what is wrong> — <what to fix>`.
 */
import type { SourceProblem } from '../../src/lib/domain/source-problem.ts';

export type { SourceProblem };

export function formatProblem(p: SourceProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const subject = p.subject === null ? '' : ` (${p.subject})`;
  return `${where}${subject}: ${p.message} — ${p.fix}`;
}

export function fileProblem(file: string, message: string, fix: string): SourceProblem {
  return { file, line: null, subject: null, message, fix };
}

/** A value as it may appear in a message: long text is cut, so a 1 MB field cannot flood the output. */
export function preview(value: unknown, max = 40): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** The error message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
