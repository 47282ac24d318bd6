import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { absolute, dataPaths, type DataPaths } from '../../../scripts/data/paths.ts';
import { sha256 } from '../../../scripts/data/reference-data.ts';
import { runBuild, runCheck } from '../../../scripts/data/pipeline.ts';
import { readReportRegistry } from '../../../scripts/data/reports.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { FIXTURES, fixtureFile, fixtureRepoCopy } from './fixtures.ts';

const copies: DataPaths[] = [];
function freshCopy(): DataPaths {
  const paths = fixtureRepoCopy();
  copies.push(paths);
  return paths;
}
afterEach(() => {
  for (const paths of copies.splice(0)) rmSync(paths.root, { recursive: true, force: true });
});

const read = (paths: DataPaths, file: string) => readFileSync(absolute(paths, file), 'utf8');
const write = (paths: DataPaths, file: string, text: string) => writeFileSync(absolute(paths, file), text);
const expected = (name: string) => readFileSync(join(FIXTURES, 'expected', name), 'utf8');

describe('data:build', () => {
  it('writes both files, as expected, through a temporary file that does not stay behind', () => {
    const paths = freshCopy();
    const result = runBuild(paths);
    expect(result).toEqual({
      problems: [],
      written: ['geodata/projects.geojson', 'geodata/townships.geojson'],
    });
    expect(read(paths, paths.projectsOut)).toBe(expected('projects.geojson'));
    expect(read(paths, paths.townshipsOut)).toBe(expected('townships.geojson'));
    expect(readdirSync(absolute(paths, 'geodata')).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('writes nothing when any record is bad', () => {
    const paths = freshCopy();
    write(paths, paths.projectsOut, 'previous content\n');
    write(paths, paths.projects, fixtureFile('bad-projects/unknown-area.yaml').text);
    const result = runBuild(paths);
    expect(result.written).toEqual([]);
    expect(result.problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'geodata/src/projects.yaml:6 area "downtown" is not a known value',
    ]);
    expect(read(paths, paths.projectsOut)).toBe('previous content\n');
  });

  it('reports missing reference files instead of throwing', () => {
    const paths = freshCopy();
    rmSync(absolute(paths, paths.townshipsJson));
    const { problems } = runBuild(paths);
    expect(problems.map(formatProblem)).toEqual([
      'geodata/townships.json: the file is missing — run npm run geodata:build, which writes it',
    ]);
  });

  it('copies official township boundaries instead of drawing schematic ones', () => {
    const paths = freshCopy();
    const features = ['621002001', '621002100', '621002102', '621002103', '621002104'].map((code, i) => ({
      type: 'Feature',
      properties: { code, schematic: false, note: 'Official test boundary' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [107.5 + i / 10, 35.5],
            [107.55 + i / 10, 35.5],
            [107.55 + i / 10, 35.55],
            [107.5 + i / 10, 35.5],
          ],
        ],
      },
    }));
    write(paths, paths.officialTownships, JSON.stringify({ type: 'FeatureCollection', features }));
    expect(runBuild(paths).problems).toEqual([]);
    const written = JSON.parse(read(paths, paths.townshipsOut)) as {
      features: { id: string; properties: { schematic: boolean; note: string } }[];
    };
    expect(written.features.map((f) => [f.id, f.properties.schematic, f.properties.note])).toContainEqual([
      '621002001',
      false,
      'Official test boundary',
    ]);
    expect(runCheck(paths).summary).toMatch(/5 township areas \(official\)$/);
  });
});

describe('data:check', () => {
  it('passes on a fresh build and prints counts by area, phase and precision', () => {
    const paths = freshCopy();
    runBuild(paths);
    expect(runCheck(paths)).toEqual({
      problems: [],
      summary: [
        '6 records',
        '  by area:      city 2, rural 2, economy 0, ecology 1, livelihood 1',
        '  by phase:     2022 6',
        '  by precision: exact 1, near 2, village 1, township 0, district 2',
        '  progress:     2 from public pages, 0 reported by district offices (0 without English yet)',
        '  background:   1 dated before the report, not progress',
        '5 township areas (schematic)',
      ].join('\n'),
    });
  });

  it('says the committed file is out of date when the sources changed', () => {
    const paths = freshCopy();
    runBuild(paths);
    write(
      paths,
      paths.projects,
      read(paths, paths.projects).replace('name_en: Urban Air Quality', 'name_en: Air Quality'),
    );
    expect(runCheck(paths).problems.map(formatProblem)).toEqual([
      'geodata/projects.geojson: the file is out of date — run npm run data:build',
    ]);
  });

  it('reports a committed feature outside the district and one that breaks the contract', () => {
    const paths = freshCopy();
    runBuild(paths);
    const edited = read(paths, paths.projectsOut)
      .replace('[107.599972,35.686583]', '[108.5,35.686583]')
      .replace('"area":"ecology"', '"area":"space"');
    write(paths, paths.projectsOut, edited);
    expect(runCheck(paths).problems.map((p) => `${p.subject}: ${p.message}`)).toEqual([
      'null: the file is out of date',
      'record air-quality-2022: area is "space", not a known area key',
      'record nanzuo-excavation: [108.5, 35.686583] lies outside the district boundary',
    ]);
  });

  it("verifies each report's sha256 against the registry", () => {
    const paths = freshCopy();
    runBuild(paths);
    write(paths, paths.reports, fixtureFile('bad-reports/sha256-mismatch.yaml').text);
    const problems = runCheck(paths).problems;
    expect(problems.map((p) => `${p.file}:${p.line} (${p.subject}) ${p.field}`)).toEqual([
      'geodata/reports.yaml:8 (report xifeng-2022) sha256',
    ]);
    expect(problems[0]?.message).toMatch(
      /^the sha256 of geodata\/sources\/xifeng-2022-government-work-report.txt is [0-9a-f]{64}, expected 55422d70/,
    );
  });

  it('registers the committed report with its sha256', () => {
    const repo = dataPaths(join(FIXTURES, '../../..'));
    const { registry, problems } = readReportRegistry(repo);
    expect(problems).toEqual([]);
    const report = registry?.reports.get('xifeng-2022');
    expect(report).toMatchObject({ year: 2022, delivered: '2021-11-18' });
    expect(report?.sha256).toBe(sha256(readFileSync(absolute(repo, report!.file))));
  });
});

describe('the CLI', () => {
  it('exits 1 on invalid YAML with file:line and no stack trace', async () => {
    const paths = freshCopy();
    write(paths, paths.projects, fixtureFile('bad-projects/invalid-yaml.yaml').text);
    const run = promisify(execFile)('npx', ['tsx', 'scripts/data/build-projects.ts', '--root', paths.root], {
      cwd: join(FIXTURES, '../../..'),
    });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failure?.code).toBe(1);
    // The fixture report is not the real one, so its hash is reported too.
    expect(failure?.stderr).toContain(
      'geodata/src/projects.yaml:4: YAML syntax error: Nested mappings are not allowed in compact mappings (column 9)',
    );
    expect(failure?.stderr).toContain('Nothing was written.');
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
