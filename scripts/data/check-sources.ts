/**
 * Source-level checking of places.yaml and projects.yaml against the reference data. Pure: texts and
 * parsed reference data in, checked sources and problems out (file access is in pipeline.ts).
 */
import { todayIso } from '../../src/lib/domain/progress.ts';
import { checkPlaces } from './check-places.ts';
import { checkRecords } from './check-records.ts';
import { loadYamlList } from './load-sources.ts';
import type { Boundary, Gazetteer } from './reference-data.ts';
import type { ReportRegistry } from './reports.ts';
import type { SourceProblem } from './source-problem.ts';
import type { Place, ProjectSource } from './source-types.ts';

export interface SourceFile {
  /** Path relative to the repository root, as shown in messages. */
  file: string;
  text: string;
}

export interface ReferenceData {
  /** null when geodata/townships.json is missing or unreadable: the code checks are skipped. */
  gazetteer: Gazetteer | null;
  /** null when the outline is missing: the inside-the-district checks are skipped. */
  boundary: Boundary | null;
  /** The reports the records quote; null when geodata/reports.yaml is unreadable: the quote checks are skipped. */
  registry: ReportRegistry | null;
  /** `YYYY-MM-DD` that no date in the data may pass; defaults to today (UTC). Tests pin it. */
  today?: string;
}

export interface CheckedSources {
  /** The places that passed every rule, by key. */
  places: Map<string, Place>;
  /** The records that passed every rule, in source order. */
  records: ProjectSource[];
  problems: SourceProblem[];
}

export function checkSources(
  places: SourceFile,
  projects: SourceFile,
  reference: ReferenceData,
): CheckedSources {
  const loadedPlaces = loadYamlList(places.text, places.file, 'place');
  const loadedProjects = loadYamlList(projects.text, projects.file, 'record');
  const checkedPlaces = checkPlaces(loadedPlaces.items, reference);
  // When places.yaml could not be parsed, every key would look unknown: skip that check instead.
  const placeKeys = loadedPlaces.problems.length > 0 ? null : checkedPlaces.keysWritten;
  const today = reference.today ?? todayIso();
  const checkedRecords = checkRecords(loadedProjects.items, {
    ...reference,
    placeKeys,
    places: placeKeys === null ? null : checkedPlaces.places,
    today,
  });
  return {
    places: checkedPlaces.places,
    records: checkedRecords.records,
    problems: [
      ...loadedPlaces.problems,
      ...checkedPlaces.problems,
      ...loadedProjects.problems,
      ...checkedRecords.problems,
    ],
  };
}
