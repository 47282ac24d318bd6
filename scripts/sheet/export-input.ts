/**
 * What the export reads from a data folder: the source texts (for the fingerprints), the compiled
 * records and township areas (for what is known), the report years, and the deployer's config
 * (`sheet.returnTo` in public/config.json: who the offices send the workbook back to).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { AREAS, type AreaKey } from '../../src/lib/domain/vocabulary.ts';
import { absolute, type DataPaths } from '../data/paths.ts';
import { readReportRegistry } from '../data/reports.ts';
import { EditorStore } from '../editor/editor-store.ts';
import type { ExportInput, TownshipFactsRow } from './export-workbook.ts';

/** An area or township that is none (the caller says it as its own kind of error). */
export class ChoiceError extends Error {}

/**
 * The part of the data to export, from an area key and a township code as typed (either may be
 * missing); throws with the reason for a value that is neither. The command and the editor's route
 * both read it here.
 */
export function exportChoice(
  area: string | undefined,
  township: string | undefined,
): Pick<ExportInput, 'area' | 'township'> {
  if (area !== undefined && !Object.hasOwn(AREAS, area))
    throw new ChoiceError(`area must be one of ${Object.keys(AREAS).join(', ')}`);
  if (township !== undefined && !/^\d{9}$/.test(township))
    throw new ChoiceError('township must be a 9-digit township code (geodata/townships.json)');
  return { ...(area ? { area: area as AreaKey } : {}), ...(township ? { township } : {}) };
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

function returnTo(paths: DataPaths): string | null {
  const file = absolute(paths, 'public/config.json');
  if (!existsSync(file)) return null;
  const value = readJson<{ sheet?: { returnTo?: unknown } }>(file).sheet?.returnTo;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function exportInput(
  paths: DataPaths,
  choice: Pick<ExportInput, 'area' | 'township'>,
  now = new Date(),
): ExportInput {
  const features = readJson<{ features: ProjectFeature[] }>(absolute(paths, paths.projectsOut)).features;
  const townships = readJson<{ features: { properties: TownshipFactsRow }[] }>(
    absolute(paths, paths.townshipsOut),
  ).features.map((f) => f.properties);
  const registry = readReportRegistry(paths).registry;
  const reportYears = new Map([...(registry?.reports.values() ?? [])].map((r) => [r.id, r.year]));
  return {
    texts: new EditorStore(paths).read(),
    features,
    reportYears,
    townships,
    returnTo: returnTo(paths),
    ...choice,
    exportedAt: now.toISOString().slice(0, 19).replace('T', ' ') + ' UTC',
  };
}
