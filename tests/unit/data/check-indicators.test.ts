import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIndicators } from '../../../scripts/data/check-indicators.ts';
import { dataPaths } from '../../../scripts/data/paths.ts';
import type { ReportRegistry } from '../../../scripts/data/reports.ts';

const real = readFileSync('geodata/src/indicators.yaml', 'utf8');
const reportLines = readFileSync('geodata/sources/xifeng-2022-government-work-report.txt', 'utf8').split(
  '\n',
);
const registry = {
  file: 'geodata/reports.yaml',
  idsWritten: new Set(['xifeng-2022']),
  reports: new Map([['xifeng-2022', { lines: reportLines }]]),
} as unknown as ReportRegistry;

const folders: string[] = [];
function repoWith(indicators: string | null) {
  const root = mkdtempSync(join(tmpdir(), 'indicators-'));
  folders.push(root);
  mkdirSync(join(root, 'geodata/src'), { recursive: true });
  if (indicators !== null) writeFileSync(join(root, 'geodata/src/indicators.yaml'), indicators);
  return dataPaths(root);
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('checkIndicators (data:check)', () => {
  it('passes the published file: every quote is on its line of the report', () => {
    const { indicators, problems } = checkIndicators(repoWith(real), registry);
    expect(problems).toEqual([]);
    expect(indicators.length).toBeGreaterThanOrEqual(20);
    for (const i of indicators) expect(reportLines[i.report_line - 1]).toContain(i.quote);
  });

  it('names the file, the line and the indicator of a quote that was retyped', () => {
    const retyped = real.replace('quote: 地区生产总值年均增长10%以上', 'quote: 地区生产总值年均增长10％以上');
    expect(retyped).not.toBe(real);
    const { problems } = checkIndicators(repoWith(retyped), registry);
    expect(problems).toHaveLength(1);
    const line = real.split('\n').findIndex((l) => l.startsWith('- id: gdp-annual-growth')) + 1;
    expect(problems[0]).toMatchObject({
      file: 'geodata/src/indicators.yaml',
      line,
      subject: 'indicator gdp-annual-growth',
    });
    expect(problems[0]!.message).toMatch(/quote is not on line 57/);
  });

  it('has no indicators, and no problem, when the file is not there', () => {
    expect(checkIndicators(repoWith(null), registry)).toEqual({ indicators: [], problems: [] });
  });

  it('reports a YAML syntax error with its line', () => {
    const { problems } = checkIndicators(repoWith('- id: x\n  quote: [unclosed\n'), registry);
    expect(problems[0]!.file).toBe('geodata/src/indicators.yaml');
    expect(problems[0]!.line).not.toBeNull();
  });
});
