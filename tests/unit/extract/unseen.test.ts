/**
 * Passages written in layouts the rules were not written on
 * (tests/fixtures/extract/unseen), scored against their hand-made keys. The floors are the
 * figures of docs/extract.md: a change to the rules may raise them, never lower them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { extract } from '../../../scripts/extract/extract.ts';
import { pooled, scoreUnseen } from '../../../scripts/extract/unseen.ts';
import { fixture, FIXTURES, qinghe } from './helpers.ts';

const scores = scoreUnseen(join(FIXTURES, 'unseen'), qinghe());
/** Issue 30's set: a review in one paragraph, continued construction, review and tasks together. */
const second = scoreUnseen(join(FIXTURES, 'unseen-2'), qinghe());
const share = ({ hit, total }: { hit: number; total: number }) => hit / total;

describe('passages it has not seen', () => {
  it('has six passages, each key quoting its own lines', () => {
    expect(scores.map((s) => s.name)).toEqual([
      'baishi-county-2023',
      'gaoyang-district-2025',
      'lianhe-district-2024',
      'linshui-city-2024',
      'qingquan-county-2024-mixed',
      'shanyin-county-2024-targets',
    ]);
    for (const passage of scores) {
      expect(passage.broken, passage.name).toEqual([]);
      expect(passage.score.recall.total, passage.name).toBeGreaterThanOrEqual(8);
    }
  });

  it('reads the year and the parts of each layout', () => {
    const layout = (name: string) => scores.find((s) => s.name === name)?.layout ?? '';
    expect(layout('baishi-county-2023')).toMatch(
      /^read: year 2023 \(from the delivery line, line 3\); review at line 9 「一、过去一年的工作」, tasks at line 17 「二、今年的主要工作」/,
    );
    expect(layout('gaoyang-district-2025')).toMatch(
      /^read: year 2025 \(from the delivery line, line 3\); no part heading; 5 numbered chapters/,
    );
    expect(layout('lianhe-district-2024')).toContain(
      'review at line 5 「过去一年的工作」, tasks at line 13 「今年的主要工作」',
    );
    expect(layout('qingquan-county-2024-mixed')).toContain('review at line 5 「一年来工作回顾」');
    expect(layout('shanyin-county-2024-targets')).toContain('tasks at line 9 「主要目标任务」');
  });

  it('gives every draft the text fields the data build requires (a section even without a sub-heading)', () => {
    const passages = readdirSync(join(FIXTURES, 'unseen')).filter((file) => file.endsWith('.txt'));
    for (const file of passages) {
      for (const draft of extract(fixture(`unseen/${file}`), qinghe()).drafts) {
        for (const field of ['section', 'name_zh', 'status'] as const)
          expect(draft[field].trim(), `${file} ${draft.id} ${field}`).not.toBe('');
      }
    }
  });

  it('finds every passage some projects, and keeps recall, precision and targets at their floors', () => {
    for (const passage of scores) expect(share(passage.score.recall), passage.name).toBeGreaterThan(0.8);
    expect(share(pooled(scores, (s) => s.recall))).toBeGreaterThanOrEqual(90 / 92);
    expect(share(pooled(scores, (s) => s.precision))).toBeGreaterThanOrEqual(89 / 93);
    expect(share(pooled(scores, (s) => s.targets))).toBeGreaterThanOrEqual(65 / 72);
    expect(share(pooled(scores, (s) => s.strict.recall))).toBeGreaterThanOrEqual(90 / 92);
  });
});

describe('the second set of passages it has not seen', () => {
  it('has four passages, each key quoting its own lines', () => {
    expect(second.map((s) => s.name)).toEqual([
      'hexi-district-2025-verbs',
      'meixi-city-2024-review',
      'songling-county-2025',
      'tongyuan-county-2025-shared',
    ]);
    for (const passage of second) {
      expect(passage.broken, passage.name).toEqual([]);
      expect(passage.score.recall.total, passage.name).toBeGreaterThanOrEqual(8);
    }
  });

  it('drafts every project of each, with its phase, and keeps the figures at their floors', () => {
    for (const passage of second) expect(share(passage.score.recall), passage.name).toBe(1);
    expect(share(pooled(second, (s) => s.precision))).toBeGreaterThanOrEqual(80 / 81);
    expect(share(pooled(second, (s) => s.targets))).toBeGreaterThanOrEqual(35 / 38);
    expect(share(pooled(second, (s) => s.strict.recall))).toBe(1);
    expect(share(pooled(second, (s) => s.agreement.phase))).toBe(1);
  });
});
