/**
 * Writes drafts in the layout of geodata/src/projects.yaml (docs/data-model.md), so that a reviewed
 * record can be moved across as it is, after deleting the three draft-only fields: `draft`,
 * `suggested_precision` and `review`.
 */
import type { Draft } from './types.ts';

/** A YAML scalar: plain where that is unambiguous, else a JSON string (valid YAML, one line). */
export function scalar(value: string | number | boolean | null): string {
  if (value === null || typeof value !== 'string') return String(value);
  const plain =
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`~]/.test(value) &&
    !/[:#,[\]{}"'\\]|\s$/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+.\d][\d._eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The township code to give a record with no gazetteer keys whose matches share one township. */
function townshipOf(draft: Draft): string | null {
  if (draft.places.some((place) => place.key !== null) || draft.places.length === 0) return null;
  const townships = new Set(draft.places.map((place) => place.code.slice(0, 9)));
  return townships.size === 1 ? [...townships][0]! : null;
}

export function draftYaml(draft: Draft, report: string): string {
  const keys = draft.places.flatMap((place) => (place.key ? [place.key] : []));
  const township = townshipOf(draft);
  const lines = [
    `- id: ${draft.id}`,
    `  name_zh: ${scalar(draft.name_zh)}`,
    '  name_en: TODO',
    `  report: ${report}`,
    `  area: ${scalar(draft.area)}`,
    `  phase: ${JSON.stringify(draft.phase)}`,
    `  section: ${scalar(draft.section)}`,
    `  category: ${scalar(draft.category)}`,
    `  status_as_stated: ${scalar(draft.status)}`,
    `  quote: ${scalar(draft.quote.text)}`,
    `  report_line: ${draft.quote.line}`,
  ];
  if (draft.targets.length > 0) {
    lines.push('  targets:');
    for (const t of draft.targets) {
      lines.push(`    - {value: ${t.value}, unit: ${t.unit}, text: ${JSON.stringify(t.text)}}`);
    }
  }
  lines.push(`  places: [${keys.join(', ')}]`);
  if (township) lines.push(`  township: "${township}"`);
  // A record without places says why; the extractor cannot tell, so it offers the mildest reason.
  if (keys.length === 0)
    lines.push('  unplaced: not_named # or district_wide, or site_unknown: see docs/data-model.md');
  lines.push('  draft: true', `  suggested_precision: ${draft.precision}`, '  review:');
  for (const note of draft.review) lines.push(`    - ${scalar(note)}`);
  return lines.join('\n');
}

/** `report`: the id the drafts name (geodata/reports.yaml); the CLI says when it is not registered. */
export function draftsYaml(
  drafts: readonly Draft[],
  source: string,
  year: number | null,
  report: string,
): string {
  const header = [
    `# DRAFT records extracted from ${source} by \`npm run extract\` (scripts/extract).`,
    '# Not published data, and never read by the data build. Review every record (docs/extract.md):',
    '# check the quote, name, area, category, targets and places; write name_en; then move it into',
    '# geodata/src/projects.yaml with a real id and without the fields draft, suggested_precision',
    '# and review. Delete the drafts that are not projects.',
    `# ${drafts.length} drafts; tasks year ${year ?? 'unknown'}.`,
  ];
  return `${header.join('\n')}\n\n${drafts.map((draft) => draftYaml(draft, report)).join('\n\n')}\n`;
}
