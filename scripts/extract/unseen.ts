/**
 * The out-of-sample check (docs/extract.md, "Scores on passages it has not seen"): short passages
 * in layouts unlike the 2022 report, each with an answer key written by hand without looking at
 * the rules (tests/fixtures/extract/unseen/<name>.txt and <name>.truth.yaml). The drafts of each
 * passage are scored against its key exactly as --score scores the 2022 report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { layoutSummary } from './diagnosis.ts';
import { extract } from './extract.ts';
import type { Gazetteer } from './gazetteer.ts';
import { pairDrafts } from './match.ts';
import { publishedRecords, type PublishedRecord } from './published.ts';
import { percent, score, type Ratio, type Score } from './score.ts';

export interface PassageScore {
  name: string;
  layout: string;
  score: Score;
  /** Answer-key records whose quote is not on their line: a broken key, not a miss. */
  broken: PublishedRecord[];
}

/** The answer key as records: the same shape as the published data, so scoring is shared. */
export function keyRecords(name: string, keyYaml: string, reportText: string): PublishedRecord[] {
  const items = parse(keyYaml) as Record<string, unknown>[];
  const features = items.map((item, i) => ({ properties: { ...item, id: `${name}#${i + 1}` } }));
  return publishedRecords({ features }, reportText);
}

export function scorePassage(name: string, dir: string, gazetteer: Gazetteer): PassageScore {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const records = keyRecords(name, readFileSync(join(dir, `${name}.truth.yaml`), 'utf8'), text);
  const extraction = extract(text, gazetteer);
  const pairing = pairDrafts(extraction.drafts, records);
  return { name, layout: layoutSummary(extraction.layout), score: score(pairing), broken: pairing.elsewhere };
}

export function scoreUnseen(dir: string, gazetteer: Gazetteer): PassageScore[] {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.truth.yaml'))
    .map((file) => file.replace(/\.truth\.yaml$/, ''))
    .sort();
  return names.map((name) => scorePassage(name, dir, gazetteer));
}

/** The passages' ratios added up: each record and each draft counts once. */
export function pooled(scores: readonly PassageScore[], pick: (score: Score) => Ratio): Ratio {
  return scores.reduce(
    (sum, passage) => ({
      hit: sum.hit + pick(passage.score).hit,
      total: sum.total + pick(passage.score).total,
    }),
    { hit: 0, total: 0 },
  );
}

export function unseenText(scores: readonly PassageScore[]): string {
  const lines: string[] = [];
  for (const { name, layout, score: s, broken } of scores) {
    lines.push(
      `${name}`,
      `  ${layout}`,
      `  recall ${percent(s.recall)}, precision ${percent(s.precision)}, targets ${percent(s.targets)}`,
      `  strict recall ${percent(s.strict.recall)}, strict precision ${percent(s.strict.precision)}; ` +
        `phase right ${percent(s.agreement.phase)}`,
      ...s.missed.map((r) => `  missed    line ${r.line}  ${r.quoteText}`),
      ...s.strict.partly.map((r) => `  in part   line ${r.line}  ${r.quoteText}`),
      ...s.unmatched.map((d) => `  not a key line ${d.quote.line}  ${d.quote.text}`),
      ...s.phaseMisses.map(
        ({ record: r, draftPhase }) =>
          `  phase     line ${r.line}  ${r.quoteText}: ${draftPhase}, key ${r.phase}`,
      ),
      ...broken.map((r) => `  BROKEN KEY: 「${r.quoteText}」 is not on line ${r.line}`),
    );
  }
  const all = (pick: (score: Score) => Ratio) => percent(pooled(scores, pick));
  lines.push(
    '',
    `all ${scores.length} passages: recall ${all((s) => s.recall)}, precision ${all((s) => s.precision)}, ` +
      `targets ${all((s) => s.targets)}`,
    `  strict recall ${all((s) => s.strict.recall)}, strict precision ${all((s) => s.strict.precision)}; ` +
      `phase right ${all((s) => s.agreement.phase)}`,
  );
  return lines.join('\n');
}
