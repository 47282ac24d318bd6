/** Shared by the extractor tests: the imaginary county's fixtures and a one-line extraction. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../scripts/extract/extract.ts';
import { buildGazetteer, type Gazetteer } from '../../../scripts/extract/gazetteer.ts';
import type { Draft } from '../../../scripts/extract/types.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/extract');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The imaginary Qinghe County: townships 东关街道, 柳湾镇, 石门乡 and their villages. */
export function qinghe(): Gazetteer {
  return buildGazetteer(JSON.parse(fixture('townships.json')), fixture('places.yaml'));
}

/** Drafts of one task paragraph, set in a minimal report of the imaginary county. */
export function draftsOf(paragraph: string, gazetteer = qinghe()): Draft[] {
  const report = [
    '青禾县2024年政府工作报告',
    '',
    '2024年重点任务',
    '',
    '一、坚持城市更新,提升城市品质。',
    '',
    paragraph,
  ];
  return extract(report.join('\n'), gazetteer).drafts;
}
