/**
 * The benchmark's table and budget verdicts as Markdown. The run replaces only the part of
 * docs/performance.md between the two BENCH markers; the prose around it (why, what would fix it,
 * history) is written by people.
 */
import { BUDGETS, totals } from './bytes.ts';
import { PHONE } from './phone.ts';
import { logicLines } from './logic.ts';
import type { BenchResults, DatasetResult } from './results.ts';
import { kb, mb, median, ms, quantile } from './stats.ts';

export const START = '<!-- BENCH:START (written by npm run bench; edits here are overwritten) -->';
export const END = '<!-- BENCH:END -->';

const LOAD_RATIO = 1.25;
const FILTER_P95 = 50;
const GRID_MS = 200;
const SEARCH_P95 = 16;
const HEAP = 300 * 1024 * 1024;
/** Issue 14: the page and its workers together. */
const HEAP_ALL = 150 * 1024 * 1024;

const idle = (d: DatasetResult, k: 'app' | 'floor' | 'mapOnly') => median(d[k].map((t) => t.idle));
const ratio = (d: DatasetResult) => idle(d, 'app') / idle(d, 'floor');
const p95 = (d: DatasetResult) =>
  quantile(
    d.filter.map((f) => f.total),
    0.95,
  );
const x = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)} ×` : '—');

function row(name: string, cells: string[], budget = ''): string {
  return `| ${name} | ${cells.join(' | ')} | ${budget} |`;
}

function table(r: BenchResults): string[] {
  const sums = totals(r.files);
  const each = (f: (d: DatasetResult) => string) => r.datasets.map(f);
  const largest = r.datasets.at(-1)!;
  const heap = (d: DatasetResult, which: 'heap' | 'floorHeap') => {
    const h = d[which];
    return h ? `${mb(h.main)} + ${h.workers.map((w) => mb(w.used)).join(' + ') || '—'}` : '—';
  };
  return [
    row(
      '',
      each((d) => `**${d.label}**`),
      '**budget**',
    ),
    row(
      '---',
      each(() => '---:'),
      '---',
    ),
    row(
      'own JS, first view (gzip)',
      each(() => kb(sums.js)),
      `≤ ${kb(BUDGETS.ownJs)}`,
    ),
    row(
      'own CSS (gzip)',
      each(() => kb(sums.css)),
    ),
    row(
      'MapLibre: JS + CSS + worker (gzip)',
      each(() => kb(sums.maplibre)),
    ),
    row(
      'first-view data (gzip)',
      each((d) => kb(d.dataGzip)),
      `≤ ${kb(BUDGETS.data)} (real data)`,
    ),
    row(
      '… of which projects.geojson',
      each((d) => kb(d.projectsGzip)),
    ),
    row(
      'load: app, to first idle (median)',
      each((d) => `${ms(idle(d, 'app'))} (${d.app.length} runs)`),
    ),
    row(
      'load: floor, MapLibre alone',
      each((d) => ms(idle(d, 'floor'))),
    ),
    row(
      'load: app ÷ floor',
      each((d) => x(ratio(d))),
      `≤ ${LOAD_RATIO} ×`,
    ),
    row(
      "load: the app's map alone (started at once, no UI)",
      each((d) => ms(idle(d, 'mapOnly'))),
    ),
    row(
      'load: app, data in → map created',
      each((d) => ms(median(d.app.map((t) => t.map - t.data)))),
    ),
    row(
      'filter change: median / p95',
      each((d) => `${ms(median(d.filter.map((f) => f.total)))} / ${ms(p95(d))}`),
      `p95 ≤ ${FILTER_P95} ms at ${largest.label}`,
    ),
    row(
      '… list shown / map idle (medians)',
      each((d) => `${ms(median(d.filter.map((f) => f.list)))} / ${ms(median(d.filter.map((f) => f.map)))}`),
    ),
    row(
      'search, a keystroke: median / p95',
      each((d) =>
        d.search.length
          ? `${ms(median(d.search.map((f) => f.total)))} / ${ms(
              quantile(
                d.search.map((f) => f.total),
                0.95,
              ),
            )}`
          : '—',
      ),
      `p95 ≤ ${SEARCH_P95} ms at 10,000`,
    ),
    row(
      '… list shown / map idle (p95; a keystroke that leaves the map as it was counts 0 for the map)',
      each((d) =>
        d.search.length
          ? `${ms(
              quantile(
                d.search.map((f) => f.list),
                0.95,
              ),
            )} / ${ms(
              quantile(
                d.search.map((f) => f.map),
                0.95,
              ),
            )}`
          : '—',
      ),
    ),
    row(
      'filter change: floor (median / p95)',
      each((d) => `${ms(median(d.floorFilter))} / ${ms(quantile(d.floorFilter, 0.95))}`),
    ),
    row(
      'coverage grid, 1 km cells (node)',
      each((d) => (d.grid ? `${ms(d.grid.ms)} (${d.grid.cells} cells)` : 'not yet available')),
      `≤ ${GRID_MS} ms at ${largest.label}`,
    ),
    row(
      'JS heap after load: app main + workers',
      each((d) => heap(d, 'heap')),
      `main ≤ ${mb(HEAP)} at ${largest.label}`,
    ),
    row(
      'JS heap after load: floor main + worker',
      each((d) => heap(d, 'floorHeap')),
    ),
  ];
}

function verdicts(r: BenchResults): string[] {
  const sums = totals(r.files);
  const real = r.datasets[0]!;
  const largest = r.datasets.at(-1)!;
  const ok = (met: boolean) => (met ? '**met**' : '**missed**');
  const worst = Math.max(...r.datasets.map(ratio));
  const off = r.gridOffMainThread;
  return [
    `- Own JS ≤ ${kb(BUDGETS.ownJs)}: ${kb(sums.js)}, ${ok(sums.js <= BUDGETS.ownJs)}.`,
    `- First-view data ≤ ${kb(BUDGETS.data)}: ${kb(real.dataGzip)} with the real data, ${ok(real.dataGzip <= BUDGETS.data)}.`,
    `- Load ≤ ${LOAD_RATIO} × floor at every size: ${r.datasets.map((d) => `${d.label} ${x(ratio(d))}`).join(', ')}; ${ok(worst <= LOAD_RATIO)}.`,
    `- Filter change p95 ≤ ${FILTER_P95} ms at ${largest.label}: ${ms(p95(largest))}, ${ok(p95(largest) <= FILTER_P95)}.`,
    searchVerdict(r, ok),
    largest.grid
      ? `- Coverage grid ≤ ${GRID_MS} ms at ${largest.label}, off the main thread: ${ms(largest.grid.ms)} in node; ` +
        `${off === null ? 'worker not checked' : off ? "the planner's view runs it in a worker" : 'no worker seen'}; ${ok(largest.grid.ms <= GRID_MS && off === true)}.`
      : `- Coverage grid: not yet available (src/lib/domain/planner/grid.ts has no hexGridCoverage).`,
    largest.heap
      ? `- Heap ≤ ${mb(HEAP)} at ${largest.label}: main ${mb(largest.heap.main)}, ${ok(largest.heap.main <= HEAP)}` +
        ` (workers ${largest.heap.workers.map((w) => `${w.name.replace(/-[\w]+\.js$/, '')} ${mb(w.used)}`).join(', ')}).`
      : '- Heap: not measured.',
    heapAllVerdict(largest, ok),
  ];
}

function heapAllVerdict(largest: DatasetResult, ok: (met: boolean) => string): string {
  if (!largest.heap) return '- Heap, page and workers: not measured.';
  const all = largest.heap.main + largest.heap.workers.reduce((sum, w) => sum + w.used, 0);
  return `- Heap, page and workers together ≤ ${mb(HEAP_ALL)} at ${largest.label}: ${mb(all)}, ${ok(all <= HEAP_ALL)}.`;
}

/** The phone run, in a sentence a resident's question ("how long on my phone?") can be read from. */
function phoneLine(r: BenchResults): string {
  const p = r.phone;
  if (!p) return 'A phone: not measured in this run.';
  const totals = p.filter.map((f) => f.total);
  return (
    `A phone (real data, 360 × 640, CPU ${PHONE.slowdown} × slower): load to the map's first idle ` +
    `${ms(median(p.load.map((t) => t.idle)))} (median of ${p.load.length}); the list shows projects at ` +
    `${ms(median(p.firstList))}; a filter change ${ms(median(totals))} median, ${ms(quantile(totals, 0.95))} p95 ` +
    `(${totals.length} changes).`
  );
}

function searchVerdict(r: BenchResults, ok: (met: boolean) => string): string {
  const at = r.datasets.find((d) => d.projects === 10_000);
  if (!at?.search.length) return '- Search p95 ≤ 16 ms a keystroke at 10,000: not measured in this run.';
  const p = quantile(
    at.search.map((f) => f.total),
    0.95,
  );
  return `- Search p95 ≤ ${SEARCH_P95} ms a keystroke at 10,000: ${ms(p)} (${at.search.length} keystrokes), ${ok(p <= SEARCH_P95)}.`;
}

export function reportBlock(r: BenchResults): string {
  const m = r.machine;
  return [
    START,
    '',
    `Run of ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memory} memory; Chromium ${m.chromium} (headless, SwiftShader); ` +
      `Node ${m.node}. The whole run took ${r.minutes.toFixed(1)} minutes.`,
    '',
    ...table(r),
    '',
    phoneLine(r),
    '',
    `List at ${r.datasets.at(-1)!.label}: ${r.listCheck}.`,
    '',
    '**The logic at benchmark size, in node** (`scripts/bench/logic.ts`; median of 3 after a warm-up, the data build once)',
    '',
    ...logicLines(r.logic),
    '',
    '**Budgets**',
    '',
    ...verdicts(r),
    '',
    '**First-view files, real data (gzip level 6)**',
    '',
    '| file | kind | raw | gzip |',
    '| --- | --- | ---: | ---: |',
    ...r.files.map((f) => `| \`${f.path}\` | ${f.kind} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    '',
    END,
  ].join('\n');
}

/** Puts the block into the document, between the markers (or at the end when they are missing). */
export function withBlock(document: string, block: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${block}\n`;
  return `${document.slice(0, start)}${block}${document.slice(end + END.length)}`;
}
