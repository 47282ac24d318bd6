/**
 * A problem found in the data sources, as the data build reports it (scripts/data/source-problem.ts
 * formats it for the command line) and as the editor's write API answers it (src/lib/editor shows
 * it beside its field).
 */
export interface SourceProblem {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line, or null when the problem is with the file as a whole. */
  line: number | null;
  /** `record <id>` or `place <key>`, or null. */
  subject: string | null;
  /** The field at fault (`coordinates`, `progress[2].date`), when the problem is with one field. */
  field?: string;
  message: string;
  fix: string;
}
