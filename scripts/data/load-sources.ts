/**
 * Reads places.yaml and projects.yaml (text in, no file access) keeping line numbers, so that every
 * later message can point at `file:line`. Each list item keeps the line of the item and of each of
 * its fields (`quote`, `targets.0.text`, ...). YAML syntax errors come back as problems, never thrown.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { errorMessage, fileProblem, type SourceProblem } from './source-problem.ts';

export interface SourceItem {
  file: string;
  /** 0-based position in the list. */
  index: number;
  /** 1-based line where the item starts. */
  line: number;
  value: unknown;
  /** Line of each field by dotted path: `quote`, `targets`, `targets.0`, `targets.0.text`. */
  fieldLines: ReadonlyMap<string, number>;
}

export interface LoadedList {
  items: SourceItem[];
  problems: SourceProblem[];
}

/** How deep field lines are recorded: enough for `targets.0.text` and `sites.total`. */
const FIELD_LINE_DEPTH = 3;
/** Enough to fix the first few; a file with thousands of syntax errors needs a different fix. */
const MAX_SYNTAX_ERRORS = 20;

const SYNTAX_FIX = 'correct the YAML there (indentation, a missing ":", an unclosed quote or bracket)';

/** Fixes for the syntax errors people make most when writing these files by hand. */
const SPECIFIC_FIXES: readonly [RegExp, string][] = [
  [
    /Nested mappings are not allowed in compact mappings|Implicit map keys need to be/,
    'an unquoted value contains ": "; put the whole value in double quotes',
  ],
  [/Unexpected scalar token/, 'text follows a closing quote; quote the whole value once'],
  [/Map keys must be unique/, 'the field is written twice in this item; keep one'],
];

function syntaxFix(message: string): string {
  return SPECIFIC_FIXES.find(([pattern]) => pattern.test(message))?.[1] ?? SYNTAX_FIX;
}

/** `yaml` puts " at line 3, column 8:" and a code frame in its messages; we give the line ourselves. */
function syntaxMessage(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? message;
  const match = /^(.*?) at line \d+, column (\d+):?$/.exec(firstLine);
  return match ? `YAML syntax error: ${match[1]} (column ${match[2]})` : `YAML syntax error: ${firstLine}`;
}

function collectFieldLines(
  node: unknown,
  prefix: string,
  depth: number,
  lineOf: (offset: number) => number,
  out: Map<string, number>,
): void {
  if (depth >= FIELD_LINE_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.range == null) continue;
      const path = `${prefix}${String(pair.key.value)}`;
      out.set(path, lineOf(pair.key.range[0]));
      collectFieldLines(pair.value, `${path}.`, depth + 1, lineOf, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const range = isMap(item) || isSeq(item) || isScalar(item) ? item.range : undefined;
      if (range == null) return;
      out.set(`${prefix}${i}`, lineOf(range[0]));
      collectFieldLines(item, `${prefix}${i}.`, depth + 1, lineOf, out);
    });
  }
}

/** Parses a YAML file that must hold a list (of places or of project records). */
export function loadYamlList(text: string, file: string, itemName: string): LoadedList {
  const lineCounter = new LineCounter();
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  try {
    const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const problems = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => ({
        file,
        line: error.linePos?.[0].line ?? null,
        subject: null,
        message: syntaxMessage(error.message),
        fix: syntaxFix(error.message),
      }));
      return { items: [], problems };
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) {
      return {
        items: [],
        problems: [fileProblem(file, 'the file is empty', `write a list of ${itemName}s, or [] for none`)],
      };
    }
    if (!isSeq(root)) {
      const line = root.range ? lineOf(root.range[0]) : null;
      const fix = `write the file as a list: each ${itemName} starts with "- " (see docs/data-model.md)`;
      return { items: [], problems: [{ file, line, subject: null, message: 'the file is not a list', fix }] };
    }
    const values = doc.toJS({ maxAliasCount: 100 }) as unknown[];
    const items = root.items.map((node, index): SourceItem => {
      const fieldLines = new Map<string, number>();
      collectFieldLines(node, '', 0, lineOf, fieldLines);
      const range = isMap(node) || isSeq(node) || isScalar(node) ? node.range : undefined;
      return { file, index, line: range ? lineOf(range[0]) : 1, value: values[index], fieldLines };
    });
    return { items, problems: [] };
  } catch (error) {
    // The parser reports syntax as errors; this catches the rest (alias bombs, say) without a stack.
    return {
      items: [],
      problems: [fileProblem(file, `the file could not be read as YAML: ${errorMessage(error)}`, SYNTAX_FIX)],
    };
  }
}
