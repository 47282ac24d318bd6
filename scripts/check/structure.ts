/**
 * The structure rules of the code, pure: which modules a source file imports, the import cycles of
 * a module graph, and the files that are too long to read in one sitting. `structure-cli.ts`
 * applies them to src/ and scripts/ (npm test runs it).
 */

/** A file longer than this is split: a newcomer should be able to read any file in one sitting. */
export const MAX_LINES = 300;

/**
 * The module specifiers a source file names: static imports and re-exports (type-only ones too,
 * since they tie modules together just the same) and dynamic `import('…')`. Comments are not
 * read, so an example in a comment is not an import.
 */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s*from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /new\s+URL\(\s*['"]([^'"]+\.(?:ts|js))['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return [...new Set(found)];
}

/** Module graph: each file and the files it imports (only files of the graph). */
export type ModuleGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Every import cycle, as the files of one strongly connected component in a readable order
 * (a path that closes on its first file), found with Tarjan's algorithm. [] when there is none.
 */
export function findCycles(graph: ModuleGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfLoop = component.length === 1 && (graph.get(file) ?? []).includes(file);
    if (component.length > 1 || selfLoop) components.push(cyclePath(graph, component));
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A walk through a component from its first file (in name order) back to it, for the message. */
function cyclePath(graph: ModuleGraph, component: readonly string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  // Breadth-first from start to any member that imports start: the shortest cycle through start.
  const previous = new Map<string, string>([[start, '']]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, file);
        queue.push(target);
      }
    }
  }
  return [...component, start];
}

export interface LongFile {
  file: string;
  lines: number;
}

/** The files over MAX_LINES lines that the allowlist does not excuse, and allowlist entries no longer needed. */
export function longFiles(
  lineCounts: ReadonlyMap<string, number>,
  allowed: readonly string[],
): { tooLong: LongFile[]; staleAllowances: string[] } {
  const tooLong: LongFile[] = [];
  for (const [file, lines] of [...lineCounts].sort()) {
    if (lines > MAX_LINES && !allowed.includes(file)) tooLong.push({ file, lines });
  }
  const staleAllowances = allowed.filter((file) => (lineCounts.get(file) ?? 0) <= MAX_LINES);
  return { tooLong, staleAllowances };
}

/** Lines as an editor counts them: a final newline does not start another line. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * The relative imports that do not name their file's extension (`./a` for `./a.ts`). One style
 * throughout: the extension is always written, as Node's and Vite's ES modules read it, so a
 * reader sees which file is meant. Packages are named as they publish themselves, never checked.
 */
export function importsWithoutExtension(specifiers: readonly string[]): string[] {
  return specifiers.filter((s) => s.startsWith('.') && !/\.[A-Za-z]+$/.test(s.replace(/\?.*$/, '')));
}
