/**
 * The walkthrough of docs/extract.md ("Next year's report, end to end") on a copy of the published
 * sources: extract the invented 2023 report, register it with the entry the tool proposes, move
 * three drafts across (two continuing 2022 promises), and build. The new year's task phase needs no
 * change anywhere (the app labels phases by each record's report), and the continuations compile.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { absolute, dataPaths } from '../../../scripts/data/paths.ts';
import { buildOutputs } from '../../../scripts/data/pipeline.ts';
import { formatProblem } from '../../../scripts/data/source-problem.ts';
import { extract } from '../../../scripts/extract/extract.ts';
import { registryEntry, reportText } from '../../../scripts/extract/registry.ts';
import { draftsYaml } from '../../../scripts/extract/yaml-writer.ts';
import type { ProjectFeature } from '../../../src/lib/domain/project.ts';
import { fixture, qinghe, ROOT } from './helpers.ts';

const REPORT = 'geodata/sources/xifeng-2023-government-work-report.txt';
const root = mkdtempSync(join(tmpdir(), 'next-year-'));
cpSync(join(ROOT, 'geodata'), join(root, 'geodata'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const paths = dataPaths(root);

const text = fixture('next-year/xifeng-2023-walkthrough.txt');
cpSync(join(ROOT, 'tests/fixtures/extract/next-year/xifeng-2023-walkthrough.txt'), join(root, REPORT));
const { drafts, year, layout } = extract(text, qinghe());

/** A reviewed draft: draft-only fields gone, an id, an English name, maybe the promise it continues. */
function reviewed(quote: string, id: string, continues?: string): Record<string, unknown> {
  const all = parse(draftsYaml(drafts, REPORT, year, 'xifeng-2023')) as Record<string, unknown>[];
  const record = { ...all.find((r) => r.quote === quote)! };
  for (const field of ['draft', 'suggested_precision', 'review']) delete record[field];
  return { ...record, id, name_en: `${id} (walkthrough)`, ...(continues ? { continues } : {}) };
}

// The walkthrough's steps build on each other (registered, then compiled): never shuffled.
describe("next year's report, end to end", { shuffle: false }, () => {
  it('reads the year from the tasks heading and proposes the registry entry with the delivery day', () => {
    expect(layout.year).toEqual({ year: 2023, from: 'tasks heading', line: 9 });
    const entry = registryEntry(reportText(REPORT, Buffer.from(text)), year);
    expect(entry).toContain('- id: xifeng-2023\n');
    expect(entry).toContain('  delivered: "2022-12-20"\n');
    appendFileSync(
      absolute(paths, paths.reports),
      `\n${entry.replace('title_en: TODO', 'title_en: Walkthrough')}\n`,
    );
  });

  it('compiles a task of the new year, with no table of phases to extend', () => {
    const task = reviewed('新建西峰城区第二水厂', 'second-water-plant-2023');
    appendFileSync(absolute(paths, paths.projects), `\n${stringify([task])}`);
    const outputs = buildOutputs(paths);
    expect(outputs.problems.map(formatProblem)).toEqual([]);
    const features = (JSON.parse(outputs.projectsText!) as { features: ProjectFeature[] }).features;
    expect(features.find((f) => f.id === 'second-water-plant-2023')?.properties.phase).toBe('2023');
  });

  it('compiles the review items that continue 2022 promises', () => {
    cpSync(join(ROOT, 'geodata/src/projects.yaml'), absolute(paths, paths.projects));
    const records = [
      reviewed('建成投用董志塬水厂', 'water-plant-done-2022', 'dongzhiyuan-water-plant'),
      reviewed('打通正宁西路、翼龙路等5条断头路', 'dead-end-roads-done-2022', 'dead-end-roads-2022'),
    ];
    appendFileSync(absolute(paths, paths.projects), `\n${stringify(records)}`);
    const outputs = buildOutputs(paths);
    expect(outputs.problems.map(formatProblem)).toEqual([]);
    const features = (JSON.parse(outputs.projectsText!) as { features: ProjectFeature[] }).features;
    const plant = features.find((f) => f.id === 'dongzhiyuan-water-plant')!.properties;
    expect(plant.continued_by).toEqual([
      {
        id: 'water-plant-done-2022',
        report: 'xifeng-2023',
        report_line: 7,
        quote: '建成投用董志塬水厂',
        status_as_stated: '建成投用',
        delivered: '2022-12-20',
      },
    ]);
    expect(features.find((f) => f.id === 'dead-end-roads-done-2022')?.properties.continues).toBe(
      'dead-end-roads-2022',
    );
  });
});
