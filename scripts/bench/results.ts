/** What one benchmark run found, per dataset; filled by run.ts, read by report.ts. */
import type { FileBytes } from './bytes.ts';
import type { HeapFigures } from './memory.ts';
import type { LoadTiming } from './page.ts';
import type { LogicFigure } from './logic.ts';
import type { Machine } from './machine.ts';

export interface FilterChange {
  total: number;
  list: number;
  map: number;
}

/** The real data on a slowed-down phone (phone.ts). */
export interface PhoneResult {
  load: LoadTiming[];
  /** Navigation start to the first project row in the list. */
  firstList: number[];
  filter: FilterChange[];
}

export interface DatasetResult {
  label: string;
  projects: number;
  /** gzip bytes of this dataset's projects.geojson. */
  projectsGzip: number;
  /** gzip bytes of the first view's data files with this dataset. */
  dataGzip: number;
  app: LoadTiming[];
  floor: LoadTiming[];
  mapOnly: LoadTiming[];
  heap?: HeapFigures;
  floorHeap?: HeapFigures;
  filter: FilterChange[];
  /** Each keystroke of the search queries (interaction.ts), timed like a filter change. */
  search: FilterChange[];
  floorFilter: number[];
  /** node timing of hexGridCoverage, or null when the module is not there. */
  grid: { ms: number; cells: number } | null;
}

export interface BenchResults {
  machine: Machine;
  /** The first view's files with the real data. */
  files: FileBytes[];
  datasets: DatasetResult[];
  /** Whether the planner's view started its coverage worker (checked at the largest size), or null when not checked. */
  gridOffMainThread: boolean | null;
  /** The real data on a slowed-down phone (phone.ts); null in a run that skipped it. */
  phone: PhoneResult | null;
  /** The virtualised list checked at the largest size (list-check.ts). */
  listCheck: string;
  /** The pure logic at benchmark size, in node (logic.ts). */
  logic: LogicFigure[];
  minutes: number;
}
