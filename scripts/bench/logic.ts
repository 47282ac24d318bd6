/**
 * The pure logic at benchmark size, timed in node: the work the unit tests check at a small size
 * and `npm run bench` times at a large one (a timed unit test flakes, and a large one makes the
 * inner loop slow). Each figure is the median of three runs after a warm-up (the data build, which
 * takes seconds, runs once); each run's answer is also checked, so a fast wrong answer is not
 * reported as a figure.
 *
 *   npx tsx scripts/bench/logic.ts     prints the lines alone (about 30 s here)
 */
import { readFileSync } from 'node:fs';
import { farthestAreas, hexGridCoverage, shareBeyond } from '../../src/lib/domain/planner/grid.ts';
import type { DistrictBoundary } from '../../src/lib/domain/planner/district.ts';
import type { TownshipArea } from '../../src/lib/domain/planner/types.ts';
import { EMPTY_FILTERS, splitProjects } from '../../src/lib/domain/filters.ts';
import type { ProjectCollection, ProjectFeature } from '../../src/lib/domain/project.ts';
import { buildSearchIndex, type SearchIndex, type TownshipName } from '../../src/lib/domain/search.ts';
// The data pipeline's own test fixtures: a small, stable gazetteer, places and report to check against.
import { buildSourceText, sourceRecords } from '../../tests/unit/data/fixtures.ts';
import { syntheticFile } from './generate.ts';
import { median } from './stats.ts';

export interface LogicFigure {
  /** What was timed, on what input. */
  label: string;
  ms: number;
}

/** The median of `runs` runs after a warm-up (which pays for compiling the code); one run, no warm-up, for long work. */
function timed(label: string, run: () => void, runs = 3): LogicFigure {
  if (runs > 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { label, ms: median(times) };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench logic: ${what}`);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function measureLogic(): LogicFigure[] {
  const figures: LogicFigure[] = [];
  // First, while the heap is small: the 100,000 projects below make its collections slower.
  const SOURCE_RECORDS = 50_000;
  const text = sourceRecords(SOURCE_RECORDS);
  figures.push(
    timed(
      `the data build on ${SOURCE_RECORDS} source records, half refused (check, compile, validate)`,
      () => {
        const { checked, validated } = buildSourceText(text);
        check(checked.problems.length === SOURCE_RECORDS / 2, 'not every wrong line was refused');
        check(validated.valid.length === SOURCE_RECORDS / 2, 'a good record was not compiled');
      },
      1,
    ),
  );
  const projects = (JSON.parse(syntheticFile(100_000)) as ProjectCollection).features;
  const townshipAreas = readJson<{ features: TownshipArea[] }>('geodata/townships.geojson').features;
  const boundary = readJson<DistrictBoundary>('geodata/xifeng-boundary.geojson');

  const placed = projects.filter((p): p is ProjectFeature & { geometry: object } => p.geometry !== null);
  // The grid itself is timed at every size in the bench's table (analysis.ts); here it is the input.
  const coverage = hexGridCoverage(boundary, placed);
  check(coverage.projectsUsed + coverage.outside.length === placed.length, 'a placed project was lost');
  const grid = coverage.grid;
  figures.push(
    timed('share of the district beyond 5 km (shareBeyond) on that grid', () => {
      const { share } = shareBeyond(grid, 5);
      check(share >= 0 && share <= 1, `share ${share} is not a share`);
    }),
  );
  figures.push(
    timed('the five farthest areas (farthestAreas) on that grid', () => {
      check(farthestAreas(grid, 5, townshipAreas).length > 0, 'no farthest area');
    }),
  );

  const townships = readJson<{ townships: TownshipName[] }>('geodata/townships.json').townships;
  let index!: SearchIndex; // built by the timed runs below
  figures.push(
    timed(
      `search index of ${projects.length} projects`,
      () => (index = buildSearchIndex(projects, townships)),
    ),
  );
  figures.push(
    timed(`a query ("水厂") over ${projects.length} projects (splitProjects)`, () => {
      const { mapped, districtWide } = splitProjects(projects, { ...EMPTY_FILTERS, query: '水厂' }, index);
      check(mapped.length + districtWide.length <= projects.length, 'more found than there are');
    }),
  );

  return figures;
}

export function logicLines(figures: readonly LogicFigure[]): string[] {
  return figures.map((f) => `- ${f.label}: ${f.ms.toFixed(0)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(logicLines(measureLogic()).join('\n'));
