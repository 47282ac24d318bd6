/** How the CLIs print problems: sorted by file and line, one a line, with a count. */
import { formatProblem, type SourceProblem } from './source-problem.ts';

/** Enough to work through; more than this means something systematic, and the count says so. */
const MAX_PRINTED = 1000;

export function problemReport(problems: readonly SourceProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.slice(0, MAX_PRINTED).map(formatProblem);
  if (sorted.length > MAX_PRINTED) lines.push(`… and ${sorted.length - MAX_PRINTED} more`);
  lines.push(`${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  return lines.join('\n');
}
