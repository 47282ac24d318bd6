/**
 * geodata/src/indicators.yaml: the report's numeric goals that are not projects, and their actual
 * figures (src/lib/domain/indicators.ts has the rules, shared with the app). Each problem names the
 * indicator and its line. A repository without the file has no indicators: the file is optional.
 */
import { existsSync } from 'node:fs';
import { readIndicators, type Indicator } from '../../src/lib/domain/indicators.ts';
import { todayIso } from '../../src/lib/domain/progress.ts';
import { loadYamlList } from './load-sources.ts';
import { absolute, type DataPaths } from './paths.ts';
import { readText } from './read-file.ts';
import type { ReportRegistry } from './reports.ts';
import type { SourceProblem } from './source-problem.ts';

export function checkIndicators(
  paths: DataPaths,
  registry: ReportRegistry,
  today = todayIso(),
): { indicators: Indicator[]; problems: SourceProblem[] } {
  if (!existsSync(absolute(paths, paths.indicators))) return { indicators: [], problems: [] };
  const text = readText(paths, paths.indicators, 'see docs/data-model.md, "indicators"');
  if (!text.ok) return { indicators: [], problems: [text.problem] };
  const loaded = loadYamlList(text.value, paths.indicators, 'indicator');
  if (loaded.problems.length > 0) return { indicators: [], problems: loaded.problems };
  const quoteAt = (report: string, line: number) => registry.reports.get(report)?.lines[line - 1] ?? null;
  const read = readIndicators(
    loaded.items.map((item) => item.value),
    today,
    quoteAt,
  );
  const problems = read.problems.map((p) => ({
    file: paths.indicators,
    line: loaded.items[p.index]?.line ?? null,
    subject: p.id === null ? `indicator ${p.index + 1}` : `indicator ${p.id}`,
    message: p.message,
    fix: p.fix,
  }));
  return { indicators: read.indicators, problems };
}
