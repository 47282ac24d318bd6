/**
 * npm run structure: fails on an import cycle anywhere in src/ and scripts/, on an import that breaks
 * a layer rule (layers.ts) or omits its file's extension, and on a source file there over 300 lines
 * (structure.ts). Prints what to fix.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { layerBreaches, type LayerAllowance } from './layers.ts';
import {
  findCycles,
  importsOf,
  importsWithoutExtension,
  lineCount,
  longFiles,
  MAX_LINES,
} from './structure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts'];
const SOURCE = /\.(ts|js|mjs|svelte|css|html)$/;
const MODULE = /\.(ts|js|mjs|svelte)$/;
/** Folders of installed or generated files, never our source. */
const SKIP = new Set(['node_modules', 'dist', '.cache']);
/**
 * Files allowed over the line limit, each with the reason it cannot yet be split. Keep it empty:
 * an entry that is no longer needed fails the check too, so the list never goes stale.
 */
const LONG_FILES_ALLOWED: readonly string[] = [];
/** Imports excused from a layer rule, each with its reason; an allowance that excuses nothing fails. */
const LAYERS_ALLOWED: readonly LayerAllowance[] = [
  {
    rule: 'scripts-use-domain',
    from: 'scripts/bench/floor/',
    why: "the benchmark's floor is a MapLibre page drawing the app's own layers without the app",
  },
  {
    rule: 'maplibre-in-map',
    from: 'scripts/bench/floor/',
    why: "the benchmark's floor is a MapLibre page drawing the app's own layers without the app",
  },
];

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names, trying the extensions a bundler would; null for packages. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}.svelte`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = FOLDERS.flatMap((folder) => walk(join(ROOT, folder)));
/** The tests follow the import style too (the other rules are for the code they test). */
const testFiles = walk(join(ROOT, 'tests')).filter((file) => MODULE.test(file));
const graph = new Map<string, string[]>();
/** Each module's imports: files by their path from the root, packages by their specifier. */
const imports = new Map<string, string[]>();
const lines = new Map<string, number>();
/** Relative imports written without their file's extension, as `file: specifier`. */
const bareImports: string[] = [];
/** Relative imports that name no file, as `file: specifier`. */
const missingImports: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = relative(ROOT, file);
  lines.set(name, lineCount(text));
  if (!MODULE.test(file)) continue;
  const specifiers = importsOf(text);
  for (const specifier of importsWithoutExtension(specifiers)) bareImports.push(`${name}: ${specifier}`);
  const targets = specifiers.flatMap((specifier) => {
    const target = resolveImport(file, specifier);
    if (target === null && specifier.startsWith('.')) missingImports.push(`${name}: ${specifier}`);
    return target === null ? [] : [relative(ROOT, target)];
  });
  graph.set(name, targets);
  imports.set(name, [...targets, ...specifiers.filter((specifier) => !specifier.startsWith('.'))]);
}
for (const file of testFiles)
  for (const specifier of importsWithoutExtension(importsOf(readFileSync(file, 'utf8'))))
    bareImports.push(`${relative(ROOT, file)}: ${specifier}`);

const cycles = findCycles(graph);
const { tooLong, staleAllowances } = longFiles(lines, LONG_FILES_ALLOWED);
const layers = layerBreaches(imports, LAYERS_ALLOWED);
for (const cycle of cycles)
  console.error(`import cycle: ${cycle.join(' → ')} — move what both sides need into a module of its own`);
for (const { file, lines: n } of tooLong)
  console.error(`${file}: ${n} lines, over ${MAX_LINES} — split it into modules that each do one thing`);
for (const file of staleAllowances)
  console.error(`${file} is allowed to be long but is not any more — remove it from LONG_FILES_ALLOWED`);
for (const { file, target, rule } of layers.breaches)
  console.error(`${file} imports ${target}, breaking ${rule.name}: ${rule.fix}`);
for (const { rule, from } of layers.staleAllowances)
  console.error(`${from} is excused from ${rule} but needs it no more — remove it from LAYERS_ALLOWED`);
for (const missing of missingImports)
  console.error(`${missing} names no file — correct the path (was the file moved or renamed?)`);
for (const bare of bareImports)
  console.error(`${bare} — write the file's extension (.ts, .svelte, …), as every other import does`);
const failures = [
  cycles,
  tooLong,
  staleAllowances,
  layers.breaches,
  layers.staleAllowances,
  bareImports,
  missingImports,
];
if (failures.some((list) => list.length > 0)) process.exit(1);
console.log(
  `structure: ${graph.size} modules, no import cycle, no layer breached, every relative import naming a file, with its extension; ${lines.size} source files, none over ${MAX_LINES} lines.`,
);
