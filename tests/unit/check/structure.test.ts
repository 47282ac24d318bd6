import { describe, expect, it } from 'vitest';
import {
  findCycles,
  importsOf,
  importsWithoutExtension,
  lineCount,
  longFiles,
  MAX_LINES,
} from '../../../scripts/check/structure.ts';

describe('importsOf', () => {
  it('finds static, type-only, side-effect, re-export, dynamic and worker-URL imports', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      'import {',
      '  c,',
      "  d } from './cd.svelte';",
      "import './styles.css';",
      "export { e } from './e.ts';",
      "export * from './f.ts';",
      "export type { G } from './g.ts';",
      "const h = await import('./h.ts');",
      "new Worker(new URL('./w.worker.ts', import.meta.url), { type: 'module' });",
      "import maplibre from 'maplibre-gl';",
    ].join('\n');
    expect(importsOf(text)).toEqual(
      expect.arrayContaining([
        './a.ts',
        '../b.ts',
        './cd.svelte',
        './styles.css',
        './e.ts',
        './f.ts',
        './g.ts',
        './h.ts',
        './w.worker.ts',
        'maplibre-gl',
      ]),
    );
    expect(importsOf(text)).toHaveLength(10);
  });

  it('does not read imports written in comments', () => {
    expect(
      importsOf("// import { x } from './x.ts';\n/* import './y'; */\nconst url = 'https://example.org';"),
    ).toEqual([]);
  });
});

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('finds none in a tree, and reports a two-file cycle as a closed path', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
    expect(findCycles(graph({ 'coverage.ts': ['read.ts'], 'read.ts': ['coverage.ts'] }))).toEqual([
      ['coverage.ts', 'read.ts', 'coverage.ts'],
    ]);
  });

  it('reports each cycle once, a long one through all its files, and a file that imports itself', () => {
    const cycles = findCycles(
      graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['e'], f: ['g'], g: ['f'] }),
    );
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
      ['f', 'g', 'f'],
    ]);
  });
});

describe('longFiles', () => {
  it('names the files over the limit and the allowances no longer needed', () => {
    const counts = new Map([
      ['short.ts', MAX_LINES],
      ['long.ts', MAX_LINES + 1],
      ['allowed.ts', 400],
      ['was-long.ts', 10],
    ]);
    expect(longFiles(counts, ['allowed.ts', 'was-long.ts'])).toEqual({
      tooLong: [{ file: 'long.ts', lines: MAX_LINES + 1 }],
      staleAllowances: ['was-long.ts'],
    });
  });

  it('counts lines as an editor does', () => {
    expect([
      lineCount(''),
      lineCount('a'),
      lineCount('a\n'),
      lineCount('a\nb\n'),
      lineCount('a\n\n'),
    ]).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('importsWithoutExtension', () => {
  it('names the relative imports without an extension, and leaves packages and queries alone', () => {
    expect(
      importsWithoutExtension([
        './a',
        '../b/c',
        './d.ts',
        './e.svelte',
        './f.css',
        './g.ts?worker',
        './h?url',
        'maplibre-gl',
        '@turf/bbox',
        'maplibre-gl/dist/maplibre-gl.css',
      ]),
    ).toEqual(['./a', '../b/c', './h?url']);
  });
});
