import { describe, expect, it } from 'vitest';
import { loadYamlList } from '../../../scripts/data/load-sources.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';

describe('loadYamlList', () => {
  it('keeps the line of each item and of each field, nested ones included', () => {
    const text = [
      '# comment',
      '- id: a',
      '  quote: x',
      '  targets:',
      '    - value: 3',
      '      text: y',
      '',
      '- id: b',
      '',
    ].join('\n');
    const { items, problems } = loadYamlList(text, 'p.yaml', 'record');
    expect(problems).toEqual([]);
    expect(items.map((item) => item.line)).toEqual([2, 8]);
    expect(items[0]?.value).toEqual({ id: 'a', quote: 'x', targets: [{ value: 3, text: 'y' }] });
    expect(Object.fromEntries(items[0]?.fieldLines ?? [])).toEqual({
      id: 2,
      quote: 3,
      targets: 4,
      'targets.0': 5,
      'targets.0.value': 5,
      'targets.0.text': 6,
    });
  });

  it('reports a syntax error with file and line, no stack', () => {
    const { items, problems } = loadYamlList('- id: a\n  note: "unclosed\n- id: b\n', 'p.yaml', 'record');
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(formatProblem(problems[0]!)).toMatch(/^p\.yaml:\d+: YAML syntax error: Missing closing "quote/);
    expect(formatProblem(problems[0]!)).not.toMatch(/\n\s+at /);
  });

  it('reports a key written twice in one item at its line', () => {
    const { problems } = loadYamlList('- id: a\n  id: b\n', 'p.yaml', 'record');
    expect(problems.map(formatProblem)).toEqual([
      'p.yaml:2: YAML syntax error: Map keys must be unique (column 3) — the field is written twice in this item; keep one',
    ]);
  });

  it('refuses a file that is not a list, and an empty file', () => {
    expect(loadYamlList('id: a\n', 'p.yaml', 'record').problems.map(formatProblem)).toEqual([
      'p.yaml:1: the file is not a list — write the file as a list: each record starts with "- " (see docs/data-model.md)',
    ]);
    expect(loadYamlList('# nothing yet\n', 'p.yaml', 'place').problems.map(formatProblem)).toEqual([
      'p.yaml: the file is empty — write a list of places, or [] for none',
    ]);
    expect(loadYamlList('[]\n', 'p.yaml', 'place')).toEqual({ items: [], problems: [] });
  });

  it('reads a 1 MB string field', () => {
    const big = 'x'.repeat(1_000_000);
    const { items, problems } = loadYamlList(`- id: a\n  note: ${big}\n`, 'p.yaml', 'record');
    expect(problems).toEqual([]);
    expect((items[0]?.value as { note: string }).note).toHaveLength(1_000_000);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ];
    const text = `- ${bomb[0]}\n${bomb
      .slice(1)
      .map((line) => `  ${line}`)
      .join('\n')}\n`;
    const { items, problems } = loadYamlList(text, 'p.yaml', 'record');
    expect(items).toEqual([]);
    expect(problems[0]?.message).toMatch(/^the file could not be read as YAML: /);
  });
});
