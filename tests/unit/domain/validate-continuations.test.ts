/**
 * The app's validator of `continues` and `continued_by` (records of later reports following a record
 * up): it accepts them as the build writes them, and drops a record whose are malformed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Continuation, ProjectCollection } from '../../../src/lib/domain/project.ts';
import { validateProjects } from '../../../src/lib/domain/validate-projects.ts';

const FIXTURE = readFileSync(
  new URL('../../fixtures/data/expected/projects.geojson', import.meta.url),
  'utf8',
);
type Json = Record<string, unknown>;

const LATER: Continuation = {
  id: 'dongzhiyuan-water-plant-completed',
  report: 'xifeng-2023',
  report_line: 5,
  quote: '建成投用董志塬水厂',
  status_as_stated: '建成投用',
  delivered: '2022-11-25',
};

/** Sets properties of record 0 (dongzhiyuan-water-plant) of the compiled fixture and validates it. */
function validateWith(properties: Json) {
  const data = JSON.parse(FIXTURE) as ProjectCollection;
  Object.assign(data.features[0]!.properties, properties);
  return validateProjects(data);
}

const problemsOf = (properties: Json) =>
  validateWith(properties).problems.map((p) => [p.id, p.field, p.message]);

describe('continues and continued_by in projects.geojson', () => {
  it('accepts none, a record id, and later records in the order of their reports', () => {
    expect(validateWith({}).problems).toEqual([]);
    const continued = validateWith({
      continues: 'an-earlier-record',
      continued_by: [LATER, { ...LATER, id: 'plant-2024', report: 'xifeng-2024', delivered: '2023-12-01' }],
    });
    expect(continued.problems).toEqual([]);
    expect(continued.valid).toHaveLength(6);
  });

  it.each<[string, Json, string, string]>([
    [
      'continues missing',
      { continues: undefined },
      'continues',
      'continues is missing, not a record id or null',
    ],
    [
      'continues not an id',
      { continues: 'Water Plant' },
      'continues',
      'continues is "Water Plant", not a record id or null',
    ],
    [
      'continues itself',
      { continues: 'dongzhiyuan-water-plant' },
      'continues',
      'continues names the record itself',
    ],
    ['continued_by missing', { continued_by: null }, 'continued_by', 'continued_by is null, not a list'],
    [
      'an entry not an object',
      { continued_by: ['x'] },
      'continued_by[0]',
      'continued_by[0] is "x", not a {id, report, report_line, quote, status_as_stated, delivered} object',
    ],
    [
      'an entry without its report',
      { continued_by: [{ ...LATER, report: '' }] },
      'continued_by[0]',
      'continued_by[0] report is "", not a non-empty string',
    ],
    [
      'an entry with line 0',
      { continued_by: [{ ...LATER, report_line: 0 }] },
      'continued_by[0]',
      'continued_by[0] report_line 0 is not a line number',
    ],
    [
      'an entry delivered on no real day',
      { continued_by: [{ ...LATER, delivered: '2022-02-30' }] },
      'continued_by[0]',
      'continued_by[0] delivered "2022-02-30" is not a day',
    ],
    [
      'entries out of order',
      { continued_by: [LATER, { ...LATER, id: 'earlier', delivered: '2021-11-18' }] },
      'continued_by',
      'continued_by is not in the order the reports were delivered',
    ],
  ])('drops the record when: %s', (_, properties, field, message) => {
    expect(problemsOf(properties)).toEqual([['dongzhiyuan-water-plant', field, message]]);
    expect(validateWith(properties).valid).toHaveLength(5);
  });
});
