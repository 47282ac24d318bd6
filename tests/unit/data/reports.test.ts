/**
 * The registry of reports (geodata/reports.yaml): one fixture a rule in bad-reports/, each written
 * over the registry of a copy of the fixture repository.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { absolute, type DataPaths } from '../../../scripts/data/paths.ts';
import { readReportRegistry } from '../../../scripts/data/reports.ts';
import { reportPhases } from '../../../src/lib/domain/phases.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { fixtureFile, fixtureReference, fixtureRepoCopy, goodPlaces, goodProjects } from './fixtures.ts';

const copies: DataPaths[] = [];
afterEach(() => {
  for (const paths of copies.splice(0)) rmSync(paths.root, { recursive: true, force: true });
});

/** The registry of a fixture repository copy whose geodata/reports.yaml is the bad fixture. */
function registryOf(fixture: string) {
  const paths = fixtureRepoCopy();
  copies.push(paths);
  writeFileSync(absolute(paths, paths.reports), fixtureFile(`bad-reports/${fixture}`).text);
  return readReportRegistry(paths);
}

const R = 'geodata/reports.yaml';
const FIXTURE_SHA = '18dd40edfe08d978d4f82d23b7609159cddb38a6ed3e3d4be985977484cdd5ef';
const REAL_SHA = '55422d70ee5c66f02efce53ba27c353cf03a12a31a967f9eabc064f557a5d3d7';

describe('geodata/reports.yaml', () => {
  it('reads the fixture registry with each report and its lines', () => {
    const paths = fixtureRepoCopy();
    copies.push(paths);
    const { registry, problems } = readReportRegistry(paths);
    expect(problems).toEqual([]);
    expect(
      [...(registry?.reports.values() ?? [])].map(({ lines, ...entry }) => [entry, lines.length]),
    ).toEqual([
      [
        {
          id: 'xifeng-2022',
          title_zh: '西峰区2022年政府工作报告（测试用节选）',
          title_en: 'Xifeng District government work report 2022 (test excerpt)',
          year: 2022,
          delivered: '2021-11-18',
          file: 'geodata/sources/xifeng-2022-government-work-report.txt',
          sha256: FIXTURE_SHA,
        },
        13,
      ],
    ]);
  });

  it.each([
    [
      'sha256-mismatch.yaml',
      `${R}:8 (report xifeng-2022): the sha256 of geodata/sources/xifeng-2022-government-work-report.txt is ${FIXTURE_SHA}, expected ${REAL_SHA} — restore the original report text: every quote is checked against it (or, if the text was corrected on purpose, set sha256: ${FIXTURE_SHA})`,
    ],
    [
      'duplicate-id.yaml',
      `${R}:10 (report xifeng-2022): id xifeng-2022 is already used on line 2 — give every report its own id`,
    ],
    [
      'missing-file.yaml',
      `${R}:7 (report xifeng-2022): geodata/sources/no-such-report.txt: the file is missing — put the report text at that path (relative to the repository root), or correct file`,
    ],
    [
      'bad-id.yaml',
      `${R}:2 (report #1): id "Xifeng_2022" is not lower-case words joined by "-" — give a stable id, lower-case ASCII words joined by "-" (xifeng-2022)`,
    ],
    [
      'bad-date.yaml',
      `${R}:6 (report xifeng-2022): delivered "2021-11-31" is not a real day — give the day the report was delivered, "YYYY-MM-DD" in quotes, as its delivery line says`,
    ],
    [
      'file-outside-sources.yaml',
      `${R}:7 (report xifeng-2022): file "../../etc/passwd.txt" is not a .txt file in geodata/sources/ — give the path of the report text, a .txt file in geodata/sources/ (geodata/sources/<id>-government-work-report.txt)`,
    ],
    [
      'not-in-delivered-order.yaml',
      `${R}:10 (report xifeng-2022): report xifeng-2022 (delivered 2021-11-18) is listed after xifeng-2023 (delivered 2022-11-25) — list the reports in the order they were delivered, earliest first: links without report= open the first`,
    ],
    [
      'missing-field.yaml',
      `${R}:2 (report xifeng-2022): year is missing — add year: the year whose tasks the report sets out (2022 for the report delivered in November 2021)`,
    ],
  ])('%s', (fixture, expected) => {
    expect(registryOf(fixture).problems.map(formatProblem)).toEqual([expected]);
  });

  it('keeps a report whose text differs from its sha256 (its quotes are still checked), drops an unusable one', () => {
    expect(registryOf('sha256-mismatch.yaml').registry?.reports.has('xifeng-2022')).toBe(true);
    const missing = registryOf('missing-file.yaml').registry;
    expect(missing?.reports.size).toBe(0);
    expect(missing?.idsWritten).toEqual(new Set(['xifeng-2022']));
  });

  it('does not blame the records for a report whose entry has a problem of its own', () => {
    const registry = registryOf('missing-field.yaml').registry;
    const checked = checkSources(goodPlaces(), goodProjects(), fixtureReference(registry!));
    expect(checked.problems).toEqual([]);
  });

  it('says when the registry itself is missing', () => {
    const paths = fixtureRepoCopy();
    copies.push(paths);
    rmSync(absolute(paths, paths.reports));
    expect(readReportRegistry(paths)).toEqual({
      registry: null,
      problems: [
        {
          file: R,
          line: null,
          subject: null,
          message: 'the file is missing',
          fix: 'create it as described in docs/data-model.md',
        },
      ],
    });
  });
});

describe('reportPhases', () => {
  it("gives a report's tasks, the year before and the five years before", () => {
    expect(reportPhases(2022)).toEqual(['2022', '2021', '2017-2021']);
    expect(reportPhases(2023)).toEqual(['2023', '2022', '2018-2022']);
  });
});
