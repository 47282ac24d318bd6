import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { fixtureFile, fixtureReference, goodPlaces, goodProjects } from './fixtures.ts';

const noProjects = { file: 'projects.yaml', text: '[]' };

function problemsOf(fixture: string): string[] {
  return checkSources(fixtureFile(`bad-places/${fixture}`), noProjects, fixtureReference()).problems.map(
    formatProblem,
  );
}

describe('places.yaml rules', () => {
  it('accepts the good fixture', () => {
    const result = checkSources(goodPlaces(), goodProjects(), fixtureReference());
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.places.size).toBe(12);
  });

  // One fixture a rule: the whole message, so the file, line, place key and the fix are all asserted.
  const F = 'tests/fixtures/data/bad-places';
  it.each([
    [
      'missing-datum.yaml',
      `${F}/missing-datum.yaml:2 (place site.no-datum): datum is missing — add datum: WGS84, GCJ02 (picked on AMap or Tencent maps) or BD09 (picked on Baidu maps)`,
    ],
    [
      'unknown-datum.yaml',
      `${F}/unknown-datum.yaml:8 (place site.bad-datum): datum "WGS-84" is not a known value — use one of: WGS84, GCJ02, BD09`,
    ],
    [
      'exact-not-cited.yaml',
      `${F}/exact-not-cited.yaml:9 (place site.exact-guess): precision is exact but method is estimated — an exact place needs method: cited and its source; otherwise use near, village or township`,
    ],
    [
      'swapped-lat-lon.yaml',
      `${F}/swapped-lat-lon.yaml:7 (place site.swapped): coordinates [35.73, 107.64] look like [lat, lon] — swap them: [107.64, 35.73] (GeoJSON order is [lon, lat])`,
    ],
    [
      'out-of-range.yaml',
      `${F}/out-of-range.yaml:7 (place site.out-of-range): coordinates [207.64, 35.73] are out of range — give [lon, lat] with lon in [-180, 180] and lat in [-90, 90]`,
    ],
    [
      'outside-boundary.yaml',
      `${F}/outside-boundary.yaml:7 (place site.outside): coordinates [108.5, 35.73] in WGS84 lie outside the district boundary — check the numbers and the datum: points picked on AMap or Tencent maps are GCJ02, on Baidu BD09`,
    ],
    [
      'coordinates-not-numbers.yaml',
      `${F}/coordinates-not-numbers.yaml:7 (place site.not-numbers): coordinates ["107.64","35.73"] are not two numbers — give [lon, lat] as two numbers, in the datum given by datum`,
    ],
    [
      'unknown-township.yaml',
      `${F}/unknown-township.yaml:6 (place site.unknown-township): township 621002999 is not in geodata/townships.json — use one of its 9-digit township codes`,
    ],
    [
      'unknown-kind.yaml',
      `${F}/unknown-kind.yaml:5 (place site.bad-kind): kind "landmark" is not a known value — use one of: township_seat, village, site`,
    ],
    [
      'key-prefix.yaml',
      `${F}/key-prefix.yaml:2 (place village.bad-key): key "village.bad-key" does not start with "site." as a site key must — rename it site.<name>`,
    ],
    [
      'key-not-lower-case.yaml',
      `${F}/key-not-lower-case.yaml:2 (place site.Bad_Key): key "site.Bad_Key" is not lower-case ASCII — give a stable lower-case ASCII key: town.<pinyin>, village.<township>.<pinyin> or site.<slug>`,
    ],
    [
      'duplicate-key.yaml',
      `${F}/duplicate-key.yaml:14 (place site.twice): key site.twice is already used on line 2 — give every place its own key`,
    ],
    [
      'village-missing-nbs-code.yaml',
      `${F}/village-missing-nbs-code.yaml:2 (place village.wenquan.qilou): nbs_code is missing — add nbs_code: the 12-digit NBS code of the village or community committee (see geodata/townships.json)`,
    ],
    [
      'unknown-nbs-code.yaml',
      `${F}/unknown-nbs-code.yaml:7 (place village.wenquan.qilou): nbs_code 621002104999 is not in geodata/townships.json — use the 12-digit code of the village committee`,
    ],
    [
      'village-wrong-township.yaml',
      `${F}/village-wrong-township.yaml:7 (place village.wenquan.qilou): nbs_code 621002104209 (齐家楼村) belongs to township 621002104 (温泉镇), not 621002103 — set township: "621002104", or correct nbs_code`,
    ],
    [
      'wrong-nbs-name.yaml',
      `${F}/wrong-nbs-name.yaml:8 (place village.wenquan.qilou): nbs_name "齐楼村" is not the NBS name of 621002104209 (齐家楼村) — write nbs_name: 齐家楼村`,
    ],
  ])('%s', (fixture, expected) => {
    expect(problemsOf(fixture)).toEqual([expected]);
  });

  it('reports a misspelt field, and the field it should have been', () => {
    expect(problemsOf('unknown-field.yaml')).toEqual([
      `${F}/unknown-field.yaml:11 (place site.typo): unknown field "sauce" — remove it or correct its spelling (known fields: key, name_zh, name_en, kind, township, nbs_code, nbs_name, coordinates, datum, precision, method, source, source_zh)`,
      `${F}/unknown-field.yaml:2 (place site.typo): source is missing — add source: the citation, or "estimated from …" with the evidence`,
    ]);
  });

  it('refuses a place with no datum: it is left out of the checked places', () => {
    const result = checkSources(fixtureFile('bad-places/missing-datum.yaml'), noProjects, fixtureReference());
    expect(result.places.has('site.no-datum')).toBe(false);
  });

  it('detects swapped coordinates without the district outline too', () => {
    const reference = { ...fixtureReference(), boundary: null };
    const problems = checkSources(
      fixtureFile('bad-places/swapped-lat-lon.yaml'),
      noProjects,
      reference,
    ).problems;
    expect(problems.map((p) => p.message)).toEqual(['coordinates [35.73, 107.64] look like [lat, lon]']);
  });

  it('checks a GCJ02 place after conversion: a point just inside the edge moves out', () => {
    // 107.452 is 180 m inside the fixture's west edge (107.45); GCJ02 → WGS84 moves it about 460 m west.
    const text = fixtureFile('bad-places/unknown-datum.yaml')
      .text.replace('datum: WGS-84', 'datum: GCJ02')
      .replace('[107.64, 35.73]', '[107.452, 35.6]');
    const asGcj = checkSources({ file: 'p.yaml', text }, noProjects, fixtureReference()).problems;
    expect(asGcj.map((p) => p.message)).toEqual([
      'coordinates [107.452, 35.6] in GCJ02 ([107.446942, 35.600169] in WGS84) lie outside the district boundary',
    ]);
    const asWgs = checkSources(
      { file: 'p.yaml', text: text.replace('GCJ02', 'WGS84') },
      noProjects,
      fixtureReference(),
    );
    expect(asWgs.problems).toEqual([]);
  });
});
