/**
 * The 2022 report scored against its published records (docs/extract.md, "Scores on the 2022
 * report"), lenient and strict. The floors are the figures of the docs: a change to the rules may
 * raise them, never lower them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../scripts/extract/extract.ts';
import { buildGazetteer } from '../../../scripts/extract/gazetteer.ts';
import { pairDrafts } from '../../../scripts/extract/match.ts';
import { publishedRecords } from '../../../scripts/extract/published.ts';
import { score } from '../../../scripts/extract/score.ts';
import { ROOT } from './helpers.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const text = read('geodata/sources/xifeng-2022-government-work-report.txt');
const gazetteer = buildGazetteer(JSON.parse(read('geodata/townships.json')), read('geodata/src/places.yaml'));
const records = publishedRecords(JSON.parse(read('geodata/projects.geojson')), text, 'xifeng-2022');
const result = score(pairDrafts(extract(text, gazetteer, { year: 2022 }).drafts, records));
const share = ({ hit, total }: { hit: number; total: number }) => hit / total;

describe('the 2022 report', () => {
  it('has its 142 published records on their lines', () => {
    expect(result.recall.total).toBe(142);
  });

  it('finds 90% of the published quotes whole in a draft (strict)', () => {
    expect(share(result.strict.recall)).toBeGreaterThanOrEqual(0.9);
    expect(share(result.strict.recall)).toBeGreaterThanOrEqual(128 / 142);
    expect(share(result.strict.precision)).toBeGreaterThanOrEqual(105 / 112);
  });

  it('keeps the lenient figures at their floors', () => {
    expect(share(result.recall)).toBeGreaterThanOrEqual(132 / 142);
    expect(share(result.precision)).toBeGreaterThanOrEqual(0.982);
    expect(share(result.targets)).toBeGreaterThanOrEqual(71 / 71);
  });
});
