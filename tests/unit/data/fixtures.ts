/** Shared access to tests/fixtures/data for the data-pipeline tests. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReferenceData, SourceFile } from '../../../scripts/data/check-sources';
import { dataPaths, type DataPaths } from '../../../scripts/data/paths';
import {
  parseBoundary,
  parseTownshipsJson,
  reportLines,
  sha256,
  type Boundary,
  type Gazetteer,
} from '../../../scripts/data/reference-data';

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

export const FIXTURE_REPORT = join(REPO_FIXTURE, 'geodata/sources/xifeng-2022-government-work-report.txt');

export function fixtureReference(): ReferenceData {
  return {
    gazetteer: fixtureGazetteer(),
    boundary: fixtureBoundary(),
    reportLines: reportLines(readFileSync(FIXTURE_REPORT, 'utf8')),
  };
}

/** A fresh copy of the fixture repository in a temporary folder, and the paths to run the pipeline on it. */
export function fixtureRepoCopy(): DataPaths {
  const root = mkdtempSync(join(tmpdir(), 'xifeng-data-'));
  cpSync(REPO_FIXTURE, root, { recursive: true });
  return dataPaths(root, sha256(readFileSync(FIXTURE_REPORT)));
}
