/**
 * The app's side of several reports: reading data/reports.json (all or nothing, with one clear
 * problem), leaving out records of a report it does not list, and the sentence the reader marks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectCollection, ProjectProperties } from '../../../src/lib/domain/project.ts';
import {
  newestReport,
  quoteOnLine,
  readReports,
  type PublishedReport,
} from '../../../src/lib/domain/reports.ts';
import { validateProjects } from '../../../src/lib/domain/validate-projects.ts';

const REPORT_2022: PublishedReport = {
  id: 'xifeng-2022',
  title_zh: '2022年甘肃省庆阳市西峰区人民政府工作报告',
  title_en: 'Xifeng District government work report 2022',
  year: 2022,
  delivered: '2021-11-18',
  file: 'report-xifeng-2022.txt',
};
const REPORT_2023: PublishedReport = {
  ...REPORT_2022,
  id: 'xifeng-2023',
  year: 2023,
  delivered: '2022-11-25',
  file: 'report-xifeng-2023.txt',
};

describe('readReports', () => {
  it('gives the reports in the order of the file', () => {
    expect(readReports([REPORT_2022, REPORT_2023])).toEqual({
      reports: [REPORT_2022, REPORT_2023],
      problem: null,
    });
  });

  it.each<[string, unknown, string]>([
    ['not a list', { reports: [] }, 'the data is {"reports":[]}, not a list of reports'],
    ['an empty list', [], 'the data is [], not a list of reports'],
    ['an entry that is not an object', [REPORT_2022, 'x'], 'report 2: is "x", not a report'],
    [
      'a bad id',
      [{ ...REPORT_2022, id: 'Xifeng 2022' }],
      'report 1: id "Xifeng 2022" is not lower-case words joined by "-"',
    ],
    ['an id twice', [REPORT_2022, REPORT_2022], 'report 2: id "xifeng-2022" is listed twice'],
    ['no English title', [{ ...REPORT_2022, title_en: ' ' }], 'report 1: title_en is " "'],
    ['a year as text', [{ ...REPORT_2022, year: '2022' }], 'report 1: year "2022" is not a whole number'],
    [
      'a day that is not one',
      [{ ...REPORT_2022, delivered: '2021-11-31' }],
      'report 1: delivered "2021-11-31" is not a day YYYY-MM-DD',
    ],
    [
      'a month for a day',
      [{ ...REPORT_2022, delivered: '2021-11' }],
      'report 1: delivered "2021-11" is not a day YYYY-MM-DD',
    ],
    [
      'a file in another folder',
      [{ ...REPORT_2022, file: '../secret.txt' }],
      'report 1: file "../secret.txt" is not a .txt file name',
    ],
    [
      'a file that is an address',
      [{ ...REPORT_2022, file: 'https://example.org/r.txt' }],
      'report 1: file "https://example.org/r.txt" is not a .txt file name',
    ],
  ])('refuses %s, saying what is wrong', (_, input, problem) => {
    expect(readReports(input)).toEqual({ reports: null, problem });
  });
});

describe('records of a report reports.json does not list', () => {
  it('are left out, each with a problem naming its report; the others are kept', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../fixtures/data/expected/projects.geojson', import.meta.url), 'utf8'),
    ) as ProjectCollection;
    data.features[1]!.properties.report = 'xifeng-2030';
    const { valid, problems } = validateProjects(data, undefined, new Map([['xifeng-2022', 2022]]));
    expect(valid.map((f) => f.id)).not.toContain(data.features[1]!.id);
    expect(valid).toHaveLength(data.features.length - 1);
    expect(problems.map((p) => [p.id, p.field, p.message, p.dropped])).toEqual([
      [data.features[1]!.id, 'report', 'report "xifeng-2030" is not in reports.json', 'record'],
    ]);
    // Without the list (the build's check), the report is not the validator's concern.
    expect(validateProjects(data).problems).toEqual([]);
  });
});

describe("records whose phase is not of their report's year", () => {
  it('are left out, each with a problem listing the phases of that report; the others are kept', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../fixtures/data/expected/projects.geojson', import.meta.url), 'utf8'),
    ) as ProjectCollection;
    data.features[0]!.properties.phase = '2023';
    const { valid, problems } = validateProjects(data, undefined, new Map([['xifeng-2022', 2022]]));
    expect(valid.map((f) => f.id)).toEqual(data.features.slice(1).map((f) => f.id));
    expect(problems.map((p) => [p.id, p.field, p.message, p.fix])).toEqual([
      [
        data.features[0]!.id,
        'phase',
        'phase "2023" is not a phase of report "xifeng-2022" (2022)',
        'use one of: "2022", "2021", "2017-2021"',
      ],
    ]);
    // The same record in a report on 2023 is a task of its year.
    const in2023 = validateProjects(data, undefined, new Map([['xifeng-2022', 2023]]));
    expect(in2023.problems.filter((p) => p.id === data.features[0]!.id)).toEqual([]);
  });
});

describe('newestReport', () => {
  const report = (id: string, year: number, delivered: string) => ({ ...REPORT_2022, id, year, delivered });

  it('is the report on the latest year, whatever the order of the list; null for none', () => {
    const a = report('a', 2022, '2021-11-18');
    const b = report('b', 2023, '2022-11-25');
    expect(newestReport([a, b])).toBe(b);
    expect(newestReport([b, a])).toBe(b);
    expect(newestReport([])).toBeNull();
  });

  it('of two on the same year, the one delivered later', () => {
    const early = report('early', 2023, '2022-11-25');
    const late = report('late', 2023, '2023-01-09');
    expect(newestReport([late, early])).toBe(late);
  });
});

describe('quoteOnLine', () => {
  const plant: Pick<ProjectProperties, 'report' | 'report_line' | 'quote' | 'continued_by'> = {
    report: 'xifeng-2022',
    report_line: 65,
    quote: '建成投用董志塬水厂',
    continued_by: [
      {
        id: 'plant-2023',
        report: 'xifeng-2023',
        report_line: 5,
        quote: '董志塬水厂建成投用',
        status_as_stated: '建成投用',
        delivered: '2022-11-25',
      },
    ],
  };

  it("marks the record's own sentence on its own report and line", () => {
    expect(quoteOnLine(plant, 'xifeng-2022', 65)).toBe('建成投用董志塬水厂');
  });

  it('marks the sentence of a later report that follows it up, on that report and line', () => {
    expect(quoteOnLine(plant, 'xifeng-2023', 5)).toBe('董志塬水厂建成投用');
  });

  it('marks nothing on another line, or on the same line of another report', () => {
    expect(quoteOnLine(plant, 'xifeng-2022', 5)).toBeNull();
    expect(quoteOnLine(plant, 'xifeng-2023', 65)).toBeNull();
    expect(quoteOnLine(plant, 'xifeng-2024', 5)).toBeNull();
  });
});
