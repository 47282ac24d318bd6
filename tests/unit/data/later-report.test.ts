/**
 * Several reports: the fixture repository with a second, imaginary report, xifeng-2023
 * (tests/fixtures/data/later-report/), whose records quote it and continue records of xifeng-2022.
 * Quotes and phases are checked per report; `continues` names a record of an earlier report; the
 * build writes `continues` on the later record and `continued_by` on the earlier one.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { checkSources, type ReferenceData } from '../../../scripts/data/check-sources.ts';
import { compileProjects } from '../../../scripts/data/compile.ts';
import { absolute, type DataPaths } from '../../../scripts/data/paths.ts';
import { runBuild, runCheck } from '../../../scripts/data/pipeline.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import {
  fixtureFile,
  fixtureGazetteer,
  fixtureReference,
  fixtureRegistry,
  goodPlaces,
  laterRepoCopy,
} from './fixtures.ts';

let paths: DataPaths;
let reference: ReferenceData;
beforeAll(() => {
  paths = laterRepoCopy();
  reference = fixtureReference(fixtureRegistry(paths));
});
afterAll(() => rmSync(paths.root, { recursive: true, force: true }));

const F = 'tests/fixtures/data/later-report/bad';
const REPORT_2022 = 'geodata/sources/xifeng-2022-government-work-report.txt';
const REPORT_2023 = 'geodata/sources/xifeng-2023-government-work-report.txt';

function problemsOf(fixture: string): string[] {
  const projects = fixtureFile(`later-report/bad/${fixture}`);
  return checkSources(goodPlaces(), projects, reference).problems.map(formatProblem);
}

function laterProjects() {
  return { file: paths.projects, text: readFileSync(absolute(paths, paths.projects), 'utf8') };
}

describe('records of several reports', () => {
  it('accepts records of both reports, each quote on a line of its own report', () => {
    const checked = checkSources(goodPlaces(), laterProjects(), reference);
    expect(checked.problems).toEqual([]);
    expect(checked.records.map((r) => [r.id, r.report, r.continues])).toEqual([
      ['dongzhiyuan-water-plant', 'xifeng-2022', null],
      ['pig-fattening-farms', 'xifeng-2022', null],
      ['dead-end-roads-2022', 'xifeng-2022', null],
      ['air-quality-2022', 'xifeng-2022', null],
      ['nanzuo-excavation', 'xifeng-2022', null],
      ['xiaojin-greenhouses', 'xifeng-2022', null],
      ['dongzhiyuan-water-plant-completed', 'xifeng-2023', 'dongzhiyuan-water-plant'],
      ['dead-end-roads-carried-over', 'xifeng-2023', 'dead-end-roads-2022'],
      ['air-quality-2022-result', 'xifeng-2023', null],
      ['second-water-plant', 'xifeng-2023', null],
    ]);
  });

  it.each([
    [
      'quote-of-other-report.yaml',
      `${F}/quote-of-other-report.yaml:11 (record roads-wrong-report): quote is not in report xifeng-2023 (${REPORT_2023}); it is on line 7 of report xifeng-2022 (${REPORT_2022}) — set report: xifeng-2022 and report_line: 7, or quote report xifeng-2023`,
    ],
    [
      'phase-not-of-report.yaml',
      `${F}/phase-not-of-report.yaml:7 (record old-review-phase): phase "2017-2021" is not a phase of report xifeng-2023 (2023) — use one of: "2023" (its tasks), "2022" (the year before), "2018-2022" (the five years before)`,
    ],
    [
      'continues-unknown.yaml',
      `${F}/continues-unknown.yaml:6 (record continues-nothing): continues "no-such-record": no record has that id — give the id of the record of an earlier report that this record follows up; leave it out when none`,
    ],
    [
      'continues-itself.yaml',
      `${F}/continues-itself.yaml:6 (record continues-itself): continues names the record itself — give the id of the record of an earlier report that this record follows up; leave it out when none`,
    ],
    [
      'continues-same-report.yaml',
      `${F}/continues-same-report.yaml:19 (record plant-second): continues plant-first, a record of report xifeng-2023 (2023), which is not earlier than this record's report xifeng-2023 (2023) — a record can only continue a record of an earlier report: correct continues, or leave it out`,
    ],
    [
      'continues-later-report.yaml',
      `${F}/continues-later-report.yaml:6 (record plant-2022): continues plant-2023, a record of report xifeng-2023 (2023), which is not earlier than this record's report xifeng-2022 (2022) — a record can only continue a record of an earlier report: correct continues, or leave it out`,
    ],
  ])('%s', (fixture, expected) => {
    expect(problemsOf(fixture)).toEqual([expected]);
  });
});

describe('continues and continued_by, compiled', () => {
  const byId = (features: ProjectFeature[], id: string) => features.find((f) => f.id === id)?.properties;

  it('builds and checks the repository of two reports', () => {
    expect(runBuild(paths).problems).toEqual([]);
    const { problems, summary } = runCheck(paths);
    expect(problems).toEqual([]);
    expect(summary).toMatch(/^10 records\n/);
    const features = (
      JSON.parse(readFileSync(absolute(paths, paths.projectsOut), 'utf8')) as {
        features: ProjectFeature[];
      }
    ).features;
    expect(byId(features, 'dongzhiyuan-water-plant-completed')).toMatchObject({
      report: 'xifeng-2023',
      continues: 'dongzhiyuan-water-plant',
      continued_by: [],
    });
    expect(byId(features, 'dongzhiyuan-water-plant')).toMatchObject({
      report: 'xifeng-2022',
      continues: null,
      continued_by: [
        {
          id: 'dongzhiyuan-water-plant-completed',
          report: 'xifeng-2023',
          report_line: 5,
          quote: '建成投用董志塬水厂',
          status_as_stated: '建成投用',
          delivered: '2022-11-25',
        },
      ],
    });
    expect(
      byId(features, 'dead-end-roads-2022')?.continued_by.map((c) => [c.id, c.status_as_stated]),
    ).toEqual([['dead-end-roads-carried-over', '结转']]);
    expect(byId(features, 'air-quality-2022')?.continued_by).toEqual([]);
    expect(byId(features, 'air-quality-2022-result')?.continues).toBeNull();
  });

  it('lists the later records in the order their reports were delivered, not in source order', () => {
    const checked = checkSources(goodPlaces(), laterProjects(), reference);
    const plant = checked.records.find((r) => r.id === 'dongzhiyuan-water-plant-completed')!;
    // A third report, delivered later, whose record stands first in the file.
    const from2024 = { ...plant, id: 'plant-2024', report: 'xifeng-2024', report_line: 9 };
    const reports = new Map<string, { delivered: string }>([
      ...reference.registry!.reports,
      ['xifeng-2024', { delivered: '2023-11-20' }],
    ]);
    const { features } = compileProjects({
      records: [from2024, ...checked.records],
      places: checked.places,
      townships: fixtureGazetteer().townships,
      reports,
    });
    expect(byId(features, 'dongzhiyuan-water-plant')?.continued_by.map((c) => [c.id, c.delivered])).toEqual([
      ['dongzhiyuan-water-plant-completed', '2022-11-25'],
      ['plant-2024', '2023-11-20'],
    ]);
  });
});
