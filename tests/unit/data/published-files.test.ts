/**
 * What the build publishes in data/ (scripts/vite-publish-geodata.ts): the geodata files as they are,
 * reports.json made from the registry in a form the app reads, and each report's text under
 * report-<id>.txt, byte for byte; a list the app would refuse is not published.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { absolute, type DataPaths } from '../../../scripts/data/paths.ts';
import {
  GEODATA_FILES,
  INDICATORS_FILE,
  publishedFiles,
  REPORTS_FILE,
} from '../../../scripts/vite-publish-geodata.ts';
import { readReports } from '../../../src/lib/domain/reports.ts';
import { fixtureFile, fixtureRepoCopy, laterRepoCopy } from './fixtures.ts';

const copies: DataPaths[] = [];
afterEach(() => {
  for (const paths of copies.splice(0)) rmSync(paths.root, { recursive: true, force: true });
});
const kept = (paths: DataPaths) => (copies.push(paths), paths);

function reportsOf(root: string) {
  const json = publishedFiles(root).get(REPORTS_FILE)!().toString();
  return readReports(JSON.parse(json));
}

describe('the published data files', () => {
  it("are this repository's geodata files, reports.json, the indicators and the 2022 report's text", () => {
    const files = publishedFiles(process.cwd());
    expect([...files.keys()]).toEqual([
      ...Object.keys(GEODATA_FILES),
      REPORTS_FILE,
      INDICATORS_FILE,
      'report-xifeng-2022.txt',
    ]);
    const indicators = JSON.parse(files.get(INDICATORS_FILE)!().toString()) as { id: string }[];
    expect(indicators.map((i) => i.id)).toContain('gdp-annual-growth');
    expect(files.has('report.txt')).toBe(false);
    expect(reportsOf(process.cwd())).toEqual({
      reports: [
        {
          id: 'xifeng-2022',
          title_zh: '2022年甘肃省庆阳市西峰区人民政府工作报告',
          title_en: 'Xifeng District government work report 2022',
          year: 2022,
          delivered: '2021-11-18',
          file: 'report-xifeng-2022.txt',
        },
      ],
      problem: null,
    });
    expect(files.get('report-xifeng-2022.txt')!()).toEqual(
      readFileSync('geodata/sources/xifeng-2022-government-work-report.txt'),
    );
  });

  it('publish no indicators without their source, and refuse a source the app would refuse', () => {
    const { root } = kept(fixtureRepoCopy());
    rmSync(join(root, 'geodata/src/indicators.yaml'), { force: true });
    expect(publishedFiles(root).get(INDICATORS_FILE)!()).toBe('[]\n');
    writeFileSync(join(root, 'geodata/src/indicators.yaml'), '- id: Bad Id\n');
    expect(() => publishedFiles(root).get(INDICATORS_FILE)!()).toThrow(
      /indicators.yaml: .*npm run data:check/,
    );
  });

  it('list every registered report in registry order, each text as registered', () => {
    const paths = kept(laterRepoCopy());
    const { reports } = reportsOf(paths.root);
    expect(reports?.map((r) => [r.id, r.delivered, r.file])).toEqual([
      ['xifeng-2022', '2021-11-18', 'report-xifeng-2022.txt'],
      ['xifeng-2023', '2022-11-25', 'report-xifeng-2023.txt'],
    ]);
    expect(publishedFiles(paths.root).get('report-xifeng-2023.txt')!()).toEqual(
      readFileSync(join(paths.root, 'geodata/sources/xifeng-2023-government-work-report.txt')),
    );
  });

  it.each([
    ['bad-date.yaml', 'report 1: delivered "2021-11-31" is not a day YYYY-MM-DD'],
    ['missing-field.yaml', 'report 1: year missing is not a whole number'],
  ])('refuse to publish a list the app would refuse (%s), saying why', (fixture, problem) => {
    const paths = kept(fixtureRepoCopy());
    writeFileSync(absolute(paths, paths.reports), fixtureFile(`bad-reports/${fixture}`).text);
    expect(() => publishedFiles(paths.root).get(REPORTS_FILE)!()).toThrow(
      `geodata/reports.yaml: ${problem} — run npm run data:check`,
    );
  });

  it('say so when the registry does not parse', () => {
    const paths = kept(fixtureRepoCopy());
    writeFileSync(absolute(paths, paths.reports), '- id: [unclosed\n');
    expect(() => publishedFiles(paths.root).get(REPORTS_FILE)!()).toThrow(/^geodata\/reports\.yaml: .+/);
  });
});
