/** Shared access to tests/fixtures/data for the data-pipeline tests. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateProjects } from '../../../src/lib/domain/validate-projects.ts';
import { checkSources, type ReferenceData, type SourceFile } from '../../../scripts/data/check-sources.ts';
import { compileProjects } from '../../../scripts/data/compile.ts';
import { absolute, dataPaths, type DataPaths } from '../../../scripts/data/paths.ts';
import {
  parseBoundary,
  parseTownshipsJson,
  type Boundary,
  type Gazetteer,
} from '../../../scripts/data/reference-data.ts';
import { readReportRegistry, type ReportRegistry } from '../../../scripts/data/reports.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/data/', import.meta.url));
export const REPO_FIXTURE = join(FIXTURES, 'repo');

/** A fixture file as the checks see it, named by its path relative to the repository root. */
export function fixtureFile(relative: string): SourceFile {
  return { file: `tests/fixtures/data/${relative}`, text: readFileSync(join(FIXTURES, relative), 'utf8') };
}

export const goodPlaces = (): SourceFile => fixtureFile('repo/geodata/src/places.yaml');
export const goodProjects = (): SourceFile => fixtureFile('repo/geodata/src/projects.yaml');

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, relative), 'utf8'));
}

export function fixtureGazetteer(): Gazetteer {
  const parsed = parseTownshipsJson(readJson('repo/geodata/townships.json'), 'townships.json');
  if (parsed.value === null) throw new Error('fixture townships.json does not parse');
  return parsed.value;
}

export function fixtureBoundary(): Boundary {
  const parsed = parseBoundary(readJson('repo/geodata/xifeng-boundary.geojson'), 'xifeng-boundary.geojson');
  if (parsed.value === null) throw new Error('fixture boundary does not parse');
  return parsed.value;
}

/** The report registry of a fixture repository (its own, or a copy's), which must have no problems. */
export function fixtureRegistry(paths = dataPaths(REPO_FIXTURE)): ReportRegistry {
  const { registry, problems } = readReportRegistry(paths);
  if (registry === null || problems.length > 0) throw new Error('the fixture registry does not read');
  return registry;
}

export function fixtureReference(registry = fixtureRegistry()): ReferenceData {
  return { gazetteer: fixtureGazetteer(), boundary: fixtureBoundary(), registry };
}

/** A fresh copy of the fixture repository in a temporary folder, and the paths to run the pipeline on it. */
export function fixtureRepoCopy(): DataPaths {
  const root = mkdtempSync(join(tmpdir(), 'xifeng-data-'));
  cpSync(REPO_FIXTURE, root, { recursive: true });
  return dataPaths(root);
}

/**
 * A copy of the fixture repository with a second, imaginary report (later-report/): its registry
 * entry and text, and its records appended to projects.yaml.
 */
export function laterRepoCopy(): DataPaths {
  const paths = fixtureRepoCopy();
  cpSync(join(FIXTURES, 'later-report/geodata'), join(paths.root, 'geodata'), { recursive: true });
  const records = readFileSync(join(FIXTURES, 'later-report/records.yaml'), 'utf8');
  appendFileSync(absolute(paths, paths.projects), `\n${records}`);
  return paths;
}

/**
 * A source record of projects.yaml, 13 lines long (the last is `overrides`, empty by default):
 * valid, except that odd ones give the wrong report line, so the checks refuse half of them.
 */
export function sourceRecord(i: number, overrides = ''): string {
  return [
    `- id: record-${i}`,
    '  name_zh: 董志塬水厂',
    `  name_en: Water Plant ${i}`,
    '  report: xifeng-2022',
    '  area: city',
    '  phase: "2022"',
    '  section: 高标准建设城市',
    '  category: water',
    '  status_as_stated: 建成投用',
    '  quote: 建成投用董志塬水厂',
    `  report_line: ${i % 2 === 0 ? 3 : 5}`,
    '  places: [site.dongzhiyuan-water-plant]',
    overrides,
  ].join('\n');
}

/** `n` source records one after the other (record-0 … record-(n-1)): record i starts on line 13 i + 1. */
export function sourceRecords(n: number): string {
  return Array.from({ length: n }, (_, i) => sourceRecord(i)).join('\n');
}

/**
 * Source records through the data build, on the fixture reference: checked, the good ones compiled,
 * and the compiled collection validated as the app validates it (after a JSON round trip).
 */
export function buildSourceText(text: string) {
  const checked = checkSources(goodPlaces(), { file: 'projects.yaml', text }, fixtureReference());
  const compiled = compileProjects({
    records: checked.records,
    places: checked.places,
    townships: fixtureGazetteer().townships,
    reports: fixtureRegistry().reports,
  });
  return { checked, validated: validateProjects(JSON.parse(JSON.stringify(compiled))) };
}
