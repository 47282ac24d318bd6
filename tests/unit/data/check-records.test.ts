import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../src/lib/domain/progress.ts';
import { checkSources } from '../../../scripts/data/check-sources.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { fixtureFile, fixtureReference, goodPlaces, goodProjects } from './fixtures.ts';

function problemsOf(fixture: string): string[] {
  return checkSources(goodPlaces(), fixtureFile(`bad-projects/${fixture}`), fixtureReference()).problems.map(
    formatProblem,
  );
}

const F = 'tests/fixtures/data/bad-projects';

describe('projects.yaml rules', () => {
  it('accepts the good fixture and keeps source order', () => {
    const result = checkSources(goodPlaces(), goodProjects(), fixtureReference());
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.id)).toEqual([
      'dongzhiyuan-water-plant',
      'pig-fattening-farms',
      'dead-end-roads-2022',
      'air-quality-2022',
      'nanzuo-excavation',
      'xiaojin-greenhouses',
    ]);
  });

  // One fixture a rule: the whole message, so the file, line, record id and the fix are all asserted.
  it.each([
    [
      'missing-section.yaml',
      `${F}/missing-section.yaml:2 (record no-section): section is missing — add section: the report's sub-heading the quote stands under`,
    ],
    [
      'unquoted-phase.yaml',
      `${F}/unquoted-phase.yaml:7 (record unquoted-phase): phase is the number 2022, not text — quote it: phase: "2022"`,
    ],
    [
      'unknown-area.yaml',
      `${F}/unknown-area.yaml:6 (record unknown-area): area "downtown" is not a known value — use one of: city, rural, economy, ecology, livelihood`,
    ],
    [
      'bad-id.yaml',
      `${F}/bad-id.yaml:2 (record #1): id "Dongzhiyuan Water" is not lower-case words joined by "-" — give a stable id, lower-case ASCII words joined by "-" (dongzhiyuan-water-plant)`,
    ],
    [
      'duplicate-id.yaml',
      `${F}/duplicate-id.yaml:15 (record water-plant): id water-plant is already used on line 2 — give every record its own id; never renumber`,
    ],
    [
      'quote-wrong-line.yaml',
      `${F}/quote-wrong-line.yaml:11 (record wrong-line): quote is not on line 5 of geodata/sources/xifeng-2022-government-work-report.txt; it is on line 3 — set report_line: 3`,
    ],
    [
      'quote-not-found.yaml',
      `${F}/quote-not-found.yaml:11 (record full-width-comma): quote is not in geodata/sources/xifeng-2022-government-work-report.txt: its first 2 characters match line 3; then the quote has "，" (U+FF0C) where the report has "," (U+002C) — copy the clause from the report character for character (full- and half-width punctuation differ)`,
    ],
    [
      'status-not-in-quote.yaml',
      `${F}/status-not-in-quote.yaml:10 (record status-not-quoted): status_as_stated "开工建设" is not in the quote — copy the verb from the quote, character for character`,
    ],
    [
      'report-line-past-end.yaml',
      `${F}/report-line-past-end.yaml:12 (record past-end): report_line 300 is past the end of geodata/sources/xifeng-2022-government-work-report.txt (13 lines) — give the 1-based line of the report file the quote is on`,
    ],
    [
      'unknown-report.yaml',
      `${F}/unknown-report.yaml:5 (record unknown-report): report "xifeng-2030" is not in geodata/reports.yaml — use one of: xifeng-2022; or register the report there`,
    ],
    [
      'unknown-place.yaml',
      `${F}/unknown-place.yaml:13 (record unknown-place): place site.dongzhiyuan-waterplant is not in geodata/src/places.yaml — add the place to places.yaml, or correct the key`,
    ],
    [
      'line-with-one-place.yaml',
      `${F}/line-with-one-place.yaml:14 (record one-place-line): shape is line but the record has 1 place(s) — a line needs at least two places; remove shape`,
    ],
    [
      'township-with-places.yaml',
      `${F}/township-with-places.yaml:14 (record township-and-places): township is given but the record has places — remove township: it is derived from the places`,
    ],
    [
      'unknown-township.yaml',
      `${F}/unknown-township.yaml:14 (record unknown-township): township 621002999 is not in geodata/townships.json — use one of its 9-digit township codes`,
    ],
    [
      'sites-named-exceeds-total.yaml',
      `${F}/sites-named-exceeds-total.yaml:16 (record too-many-named): sites.named 3 is more than sites.total 2 — named counts the sites that are named (for a record with places: placed), out of total`,
    ],
    [
      'line-on-one-position.yaml',
      `${F}/line-on-one-position.yaml:14 (record line-on-one-point): shape is line but places town.pengyuan and site.pengyuan-farm have the same coordinates [107.76, 35.8] (WGS84), so the line has no length there — a line whose ends are one estimated point is a point: remove shape, keep one place for each distinct position, and say in the note why`,
    ],
    [
      'places-on-one-position.yaml',
      `${F}/places-on-one-position.yaml:16 (record two-places-one-point): places town.pengyuan and site.pengyuan-farm have the same coordinates [107.76, 35.8] (WGS84), so the map would draw one point twice — keep one place for each distinct position, and name the others in the note`,
    ],
    [
      'not-placed-without-sites.yaml',
      `${F}/not-placed-without-sites.yaml:14 (record part-placed-no-sites): the note says part of the record is not placed, but the record has no sites — add sites: { total, named }: how many sites the quote names, and how many of them are placed`,
    ],
    [
      'target-text-not-in-quote.yaml',
      `${F}/target-text-not-in-quote.yaml:17 (record target-text): targets[0].text "10公里" is not in the quote — copy the target from the quote, character for character`,
    ],
    [
      'target-value-not-positive.yaml',
      `${F}/target-value-not-positive.yaml:15 (record target-value): targets[0].value is 0, not a positive number — give a positive number in the base unit (万 and 亿 multiplied out: 1.12万 → 11200)`,
    ],
    [
      'not-a-mapping.yaml',
      `${F}/not-a-mapping.yaml:2 (record #1): the item is "dongzhiyuan-water-plant", not a set of "field: value" lines — write it as in docs/data-model.md`,
    ],
    [
      'invalid-yaml.yaml',
      `${F}/invalid-yaml.yaml:4: YAML syntax error: Nested mappings are not allowed in compact mappings (column 9) — an unquoted value contains ": "; put the whole value in double quotes`,
    ],
  ])('%s', (fixture, expected) => {
    expect(problemsOf(fixture)).toEqual([expected]);
  });

  // These fixes list a whole vocabulary: assert the start, and that the list comes from vocabulary.ts.
  it.each([
    [
      'unknown-category.yaml',
      `${F}/unknown-category.yaml:9 (record unknown-category): category "waterworks" is not a known value — use one of: water, sanitation,`,
    ],
    [
      'target-unknown-unit.yaml',
      `${F}/target-unknown-unit.yaml:16 (record target-unit): targets[0].unit "plants" is not a known value — use one of: head, mu, km,`,
    ],
    [
      'unknown-field.yaml',
      `${F}/unknown-field.yaml:14 (record misspelt): unknown field "nots" — remove it or correct its spelling (known fields: id, name_zh,`,
    ],
  ])('%s', (fixture, expectedStart) => {
    const problems = problemsOf(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(expectedStart)).toBe(true);
  });

  it('does not blame records for unknown places when places.yaml itself could not be parsed', () => {
    const brokenPlaces = { file: 'places.yaml', text: '- key: [unclosed\n' };
    const result = checkSources(brokenPlaces, goodProjects(), fixtureReference());
    expect(result.problems.map((p) => p.file)).toEqual(['places.yaml']);
  });

  it('drops a bad record and keeps the good ones', () => {
    const projects = goodProjects();
    const mixed = {
      file: projects.file,
      text: `${projects.text}\n${fixtureFile('bad-projects/unknown-area.yaml').text}`,
    };
    const result = checkSources(goodPlaces(), mixed, fixtureReference());
    expect(result.records).toHaveLength(6);
    expect(result.problems.map((p) => p.subject)).toEqual(['record unknown-area']);
  });
});

describe('progress, notes and the reason for no place', () => {
  it('reports every bad progress entry at its own line, with the fix', () => {
    expect(problemsOf('progress-entries.yaml')).toEqual([
      `${F}/progress-entries.yaml:16 (record bad-progress): progress[0].date "2023-02-30" is not a real date — give the date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD`,
      `${F}/progress-entries.yaml:23 (record bad-progress): progress[1].date is the number 2023, not text — quote it: date: "2023"`,
      `${F}/progress-entries.yaml:30 (record bad-progress): progress[2].date 2026-12 is after retrieved 2026-11-29 — a source read on that day cannot report a later event: correct the date or retrieved`,
      `${F}/progress-entries.yaml:38 (record bad-progress): progress[3].status "finished" is not a known status — use one of started, under_construction, completed, in_operation, delayed, cancelled, other`,
      `${F}/progress-entries.yaml:49 (record bad-progress): progress[4].source_url "javascript:alert(1)" is not an http(s) address — give the page's address, starting with http:// or https://`,
      `${F}/progress-entries.yaml:51 (record bad-progress): progress[5].fact_en is missing — give one sentence in English, in your own words`,
      `${F}/progress-entries.yaml:59 (record bad-progress): progress[6].fact_zh holds an English phrase — write it all in Chinese: the Chinese interface shows only Chinese`,
      `${F}/progress-entries.yaml:69 (record bad-progress): unknown field "progress[7].sorce_url" — remove it or correct its spelling (known fields: date, date_kind, status, fact_zh, fact_en, source_name, source_url, retrieved, reported_by)`,
      `${F}/progress-entries.yaml:64 (record bad-progress): progress[7].source_url is missing — give the page's address, starting with http:// or https://`,
      `${F}/progress-entries.yaml:77 (record bad-progress): progress[8].retrieved 2999-01-01 is after today (${todayIso()}) — give the day the page was read`,
    ]);
  });

  it('asks for the Chinese note, a reason for no place only when there is none, and a real search day', () => {
    expect(problemsOf('notes-and-unplaced.yaml')).toEqual([
      `${F}/notes-and-unplaced.yaml:2 (record note-without-chinese): note_zh is missing while note is given — add note_zh: the note in Chinese (needed whenever note is given)`,
      `${F}/notes-and-unplaced.yaml:29 (record english-note-zh): note_zh is not all Chinese — write it in Chinese; keep names and codes as they are`,
      `${F}/notes-and-unplaced.yaml:31 (record no-reason): unplaced is missing — add unplaced: why a record with no places has none: district_wide, not_named, site_unknown`,
      `${F}/notes-and-unplaced.yaml:56 (record reason-with-places): unplaced is given but the record has places — remove unplaced`,
      `${F}/notes-and-unplaced.yaml:57 (record reason-with-places): progress_searched "2026-11" is not a real day — give the day public sources were last searched for this record, YYYY-MM-DD`,
    ]);
  });

  it('accepts entries in any order and keeps them oldest first', () => {
    const result = checkSources(goodPlaces(), goodProjects(), fixtureReference());
    const plant = result.records.find((r) => r.id === 'dongzhiyuan-water-plant');
    expect(plant?.progress.map((e) => e.date)).toEqual(['2022', '2023-06']);
    expect(plant?.progress[0]?.date_kind).toBe('published');
    expect(plant?.progress[1]?.date_kind).toBe('event');
  });

  it('refuses progress dated before the report was delivered, and background dated after', () => {
    expect(problemsOf('entries-before-report.yaml')).toEqual([
      `${F}/entries-before-report.yaml:16 (record entries-before-report): progress[0].date 2021-03-16 is before its report was delivered (2021-11-18): progress is what happened since the report — move the entry to background (the same fields), or correct its date`,
      `${F}/entries-before-report.yaml:23 (record entries-before-report): progress[1].date 2021 is before its report was delivered (2021-11-18): progress is what happened since the report — move the entry to background (the same fields), or correct its date`,
      `${F}/entries-before-report.yaml:38 (record entries-before-report): background[0].date 2022-01 is not before its report was delivered (2021-11-18): background is what happened before the report — move the entry to progress, or correct its date`,
    ]);
  });

  it('reads the background apart from the progress', () => {
    const result = checkSources(goodPlaces(), goodProjects(), fixtureReference());
    const plant = result.records.find((r) => r.id === 'dongzhiyuan-water-plant');
    expect(plant?.background.map((e) => [e.date, e.status])).toEqual([['2019-11', 'started']]);
    expect(plant?.progress.map((e) => e.date)).toEqual(['2022', '2023-06']);
  });
});
