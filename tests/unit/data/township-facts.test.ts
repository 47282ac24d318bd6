import { writeFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTownshipFacts } from '../../../scripts/data/check-township-facts.ts';
import { loadYamlList } from '../../../scripts/data/load-sources.ts';
import { absolute, type DataPaths } from '../../../scripts/data/paths.ts';
import { runBuild } from '../../../scripts/data/pipeline.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { fixtureFile, fixtureGazetteer, fixtureRepoCopy } from './fixtures.ts';

const FILE = 'geodata/src/townships.yaml';
const good = fixtureFile('repo/geodata/src/townships.yaml').text;
const check = (text: string) =>
  checkTownshipFacts(loadYamlList(text, FILE, 'township').items, fixtureGazetteer(), FILE);

describe('the township facts', () => {
  it('reads the fixture: every township once, nothing known, weight 0', () => {
    const { facts, problems } = check(good);
    expect(problems).toEqual([]);
    expect([...facts.keys()]).toEqual(['621002001', '621002100', '621002102', '621002103', '621002104']);
    expect(facts.get('621002100')).toMatchObject({
      population: null,
      area_km2_official: null,
      schematic_weight: 0,
    });
  });

  it('refuses a figure without its source, a source without its figure, a bad kind, a wrong name, a missing township', () => {
    const bad = good
      .replace(
        /population: null\n {2}population_year: null\n {2}population_kind: null\n/,
        'population: 4000\n  population_year: 2020\n  population_kind: census\n',
      )
      .replace('name_zh: 肖金镇', 'name_zh: 董志镇')
      .replace(
        /area_source: null(\n {2}schematic_weight: 0\n- code: "621002103")/,
        'area_source: "somewhere"$1',
      )
      .replace(/- code: "621002104"[\s\S]*$/, '');
    expect(check(bad).problems.map(formatProblem)).toEqual([
      `${FILE}:6 (township #1): population_kind "census" is not a known value — use one of: registered, resident, unstated`,
      `${FILE}:7 (township #1): population is given without population_source — give both, or null for both`,
      `${FILE}:12 (township #2): name_zh "董志镇" is not 肖金镇, the name of 621002100 — write 肖金镇`,
      `${FILE}:27 (township #3): area_source is given without area_km2_official — give both, or null for both`,
    ]);
    // With those mended, the township left out is named.
    const missing = good.replace(/- code: "621002104"[\s\S]*$/, '');
    expect(check(missing).problems.map(formatProblem)).toEqual([
      `${FILE}: township 621002104 (温泉镇) has no entry — add one, with null for what is not known`,
    ]);
  });
});

describe('the schematic areas against the official ones', () => {
  const copies: DataPaths[] = [];
  afterEach(() => copies.splice(0).forEach((p) => rmSync(p.root, { recursive: true, force: true })));

  it('refuses to build when an official area is not met, and says how to fit them again', () => {
    const paths = fixtureRepoCopy();
    copies.push(paths);
    const withArea = good.replace(
      /(code: "621002100"\n {2}name_zh: 肖金镇\n(?: {2}.*\n){4}) {2}area_km2_official: null\n {2}area_source: null/,
      '$1  area_km2_official: 50\n  area_source: "a test figure"',
    );
    expect(withArea).not.toBe(good);
    writeFileSync(absolute(paths, paths.townshipFacts), withArea);
    const { problems, written } = runBuild(paths);
    expect(written).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^geodata\/src\/townships\.yaml \(township 621002100\): the schematic area is [\d.]+ km², not within 5 % of the official 50 km² — run npm run data:fit-townships/,
      ),
    ]);
  });
});
