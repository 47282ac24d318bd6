/**
 * Where the data pipeline reads and writes, relative to a root folder. The CLIs use the repository;
 * tests point the same pipeline at a copy of the fixtures.
 */
import { join } from 'node:path';

export interface DataPaths {
  root: string;
  /**
   * Paths relative to `root`, as they appear in messages. `reports` is the registry of the reports
   * the records quote (each one's text file, year and sha256); the report files are named there.
   */
  reports: string;
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
  /** The report's numeric goals that are not projects (optional: none without the file). */
  indicators: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    reports: 'geodata/reports.yaml',
    places: 'geodata/src/places.yaml',
    projects: 'geodata/src/projects.yaml',
    townshipFacts: 'geodata/src/townships.yaml',
    townshipsJson: 'geodata/townships.json',
    boundary: 'geodata/xifeng-boundary.geojson',
    officialTownships: 'geodata/src/townships-official.geojson',
    projectsOut: 'geodata/projects.geojson',
    townshipsOut: 'geodata/townships.geojson',
    indicators: 'geodata/src/indicators.yaml',
  };
}

export function absolute(paths: DataPaths, relative: string): string {
  return join(paths.root, relative);
}
