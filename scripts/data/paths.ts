/**
 * Where the data pipeline reads and writes, relative to a root folder. The CLIs use the repository;
 * tests point the same pipeline at a copy of the fixtures.
 */
import { join } from 'node:path';

/** sha256 of geodata/sources/xifeng-2022-government-work-report.txt: every quote is checked against it. */
export const REPORT_SHA256 = '55422d70ee5c66f02efce53ba27c353cf03a12a31a967f9eabc064f557a5d3d7';

export interface DataPaths {
  root: string;
  /** Paths relative to `root`, as they appear in messages. */
  report: string;
  places: string;
  projects: string;
  /** What is known of each township (people, land, with sources) and its schematic weight. */
  townshipFacts: string;
  townshipsJson: string;
  boundary: string;
  /** A deployer's official township boundaries; when present they replace the schematic areas. */
  officialTownships: string;
  projectsOut: string;
  townshipsOut: string;
  reportSha256: string;
}

export function dataPaths(root: string, reportSha256 = REPORT_SHA256): DataPaths {
  return {
    root,
    report: 'geodata/sources/xifeng-2022-government-work-report.txt',
    places: 'geodata/src/places.yaml',
    projects: 'geodata/src/projects.yaml',
    townshipFacts: 'geodata/src/townships.yaml',
    townshipsJson: 'geodata/townships.json',
    boundary: 'geodata/xifeng-boundary.geojson',
    officialTownships: 'geodata/src/townships-official.geojson',
    projectsOut: 'geodata/projects.geojson',
    townshipsOut: 'geodata/townships.geojson',
    reportSha256,
  };
}

export function absolute(paths: DataPaths, relative: string): string {
  return join(paths.root, relative);
}
