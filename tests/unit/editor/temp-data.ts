/** A temporary copy of the repository's data files, for tests that write them. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPaths, type DataPaths } from '../../../scripts/data/paths.ts';
import type { LocationChange } from '../../../scripts/editor/source-edit.ts';

const FILES = [
  'geodata/reports.yaml',
  'geodata/sources/xifeng-2022-government-work-report.txt',
  'geodata/townships.json',
  'geodata/xifeng-boundary.geojson',
  'geodata/src/places.yaml',
  'geodata/src/projects.yaml',
  'geodata/src/townships.yaml',
  'geodata/projects.geojson',
  'geodata/townships.geojson',
];

export interface TempData {
  root: string;
  paths: DataPaths;
  /** Every file's text, to compare before and after. */
  snapshot(): string[];
  remove(): void;
}

export function tempData(): TempData {
  const root = mkdtempSync(join(tmpdir(), 'xifeng-editor-'));
  for (const file of FILES) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(file, join(root, file));
  }
  return {
    root,
    paths: dataPaths(root),
    snapshot: () => FILES.map((file) => readFileSync(join(root, file), 'utf8')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The water plant placed near a point in 董志镇, on a staff member's own knowledge. */
export const POINT: Extract<LocationChange, { kind: 'points' }> = {
  kind: 'points',
  coordinates: [[107.64, 35.64]],
  shape: null,
  datum: 'WGS84',
  precision: 'near',
  townships: ['621002101'],
  method: 'cited',
  source: 'local knowledge: Xifeng water bureau, site visit 2026-11-29',
  source_zh: '本单位掌握：西峰区水务局，2026-11-29现场核实',
};
