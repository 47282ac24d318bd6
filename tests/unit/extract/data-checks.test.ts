/**
 * The drafts of the 2022 report, once the three draft-only fields are deleted, against the data
 * build's own record checks with the real registry of reports (scripts/data/check-records.ts): quotes on their lines, statuses and
 * target texts inside the quotes, units and place keys all pass; only a category or an area the
 * extractor could not guess is left to the reviewer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkRecords } from '../../../scripts/data/check-records.ts';
import { loadYamlList } from '../../../scripts/data/load-sources.ts';
import { dataPaths } from '../../../scripts/data/paths.ts';
import { parseTownshipsJson } from '../../../scripts/data/reference-data.ts';
import { readReportRegistry } from '../../../scripts/data/reports.ts';
import { extract } from '../../../scripts/extract/extract.ts';
import { buildGazetteer } from '../../../scripts/extract/gazetteer.ts';
import { draftsYaml } from '../../../scripts/extract/yaml-writer.ts';
import { ROOT } from './helpers.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('drafts of the 2022 report', () => {
  it('pass the record checks of the data build, but for the fields left to the reviewer', () => {
    const report = read('geodata/sources/xifeng-2022-government-work-report.txt');
    const townships: unknown = JSON.parse(read('geodata/townships.json'));
    const places = read('geodata/src/places.yaml');
    const { drafts, year } = extract(report, buildGazetteer(townships, places));
    const { registry, problems: registryProblems } = readReportRegistry(dataPaths(ROOT));
    expect(registryProblems).toEqual([]);
    const records = (
      parse(draftsYaml(drafts, 'report.txt', year, 'xifeng-2022')) as Record<string, unknown>[]
    ).map(({ draft: _draft, suggested_precision: _precision, review: _review, ...record }) => record);
    const { items, problems: syntax } = loadYamlList(stringify(records), 'drafts.yaml', 'record');
    expect(syntax).toEqual([]);
    const placeKeys = new Set(
      loadYamlList(places, 'places.yaml', 'place').items.map((item) => (item.value as { key: string }).key),
    );
    const { problems } = checkRecords(items, {
      placeKeys,
      gazetteer: parseTownshipsJson(townships, 'townships.json').value,
      registry,
      today: '2026-11-29',
    });
    const expected = drafts.flatMap((d) => [
      ...(d.area ? [] : [`record ${d.id}: area is missing`]),
      ...(d.category ? [] : [`record ${d.id}: category is missing`]),
    ]);
    expect(problems.map((p) => `${p.subject}: ${p.message}`)).toEqual(expected);
    expect(expected.length).toBeLessThan(drafts.length / 10);
  });
});
