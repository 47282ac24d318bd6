/** The short summary data:check prints on success: counts by area, phase and precision. */
import type { ProjectFeature } from '../../src/lib/domain/project.ts';
import { inPhaseOrder } from '../../src/lib/domain/phases.ts';
import { isOfficeEntry, isUntranslated } from '../../src/lib/domain/progress.ts';
import { AREAS, PRECISIONS } from '../../src/lib/domain/vocabulary.ts';

function countBy(
  features: readonly ProjectFeature[],
  field: 'area' | 'phase' | 'precision',
  keys: readonly string[],
): string {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const feature of features) {
    const key = feature.properties[field];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
}

/** Progress entries by where they come from, and the office entries still without English. */
function progressSources(features: readonly ProjectFeature[]): string {
  const entries = features.flatMap((f) => f.properties.progress);
  const office = entries.filter(isOfficeEntry);
  const untranslated = entries.filter(isUntranslated).length;
  return `${entries.length - office.length} from public pages, ${office.length} reported by district offices (${untranslated} without English yet)`;
}

export function summarize(
  features: readonly ProjectFeature[],
  townshipAreas: number,
  schematic: boolean,
): string {
  return [
    `${features.length} records`,
    `  by area:      ${countBy(features, 'area', Object.keys(AREAS))}`,
    `  by phase:     ${countBy(features, 'phase', inPhaseOrder(features.map((f) => f.properties.phase)))}`,
    `  by precision: ${countBy(features, 'precision', Object.keys(PRECISIONS))}`,
    `  progress:     ${progressSources(features)}`,
    `  background:   ${features.flatMap((f) => f.properties.background).length} dated before the report, not progress`,
    `${townshipAreas} township areas (${schematic ? 'schematic' : 'official'})`,
  ].join('\n');
}
