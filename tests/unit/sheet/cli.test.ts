/** The two commands as staff type them, on a copy of the data (`--root`), run in-process. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../../scripts/sheet/commands.ts';
import { filled } from '../../helpers/workbook.ts';
import { tempData, type TempData } from '../editor/temp-data.ts';

let data: TempData;
beforeAll(() => {
  data = tempData();
});
afterAll(() => data.remove());

/** Runs a command with `args` as typed after `npm run …  --`; what it printed, and its exit code. */
async function run(command: typeof exportCommand, ...args: string[]) {
  const printed: string[] = [];
  const out = { log: (t: string) => printed.push(t), error: (t: string) => printed.push(t) };
  const code = await command(['node', 'cli.ts', ...args, '--root', data.root], out);
  return { code, out: printed.join('\n') };
}

describe('sheet:export and sheet:import', { timeout: 20_000 }, () => {
  it('refuse a wrong call with its usage (exit 2)', async () => {
    expect(await run(exportCommand, '--out', 'x.csv')).toMatchObject({
      code: 2,
      out: /usage: npm run sheet:export/,
    });
    expect(await run(exportCommand, '--out', 'x.xlsx', '--area', 'cities')).toMatchObject({
      code: 2,
      out: /--area must be one of city, rural, economy, ecology, livelihood/,
    });
    expect(await run(importCommand)).toMatchObject({ code: 2, out: /usage: npm run sheet:import/ });
  });

  it('export, a refused import (exit 1, nothing written), a good one, and --undo', async () => {
    const file = join(data.root, 'workbook.xlsx');
    expect(await run(exportCommand, '--out', file, '--area', 'city')).toEqual({
      code: 0,
      out: `Wrote ${file}: 23 records.`,
    });
    const before = data.snapshot();
    const values = {
      日期: '2026-10',
      状态: '在建',
      进展情况: '主体完工。',
      填报单位: '西峰区水务局',
      填报日期: '2026-12-01',
    };
    const row = (状态: string) => [
      { sheet: '进展', id: 'dongzhiyuan-water-plant', values: { ...values, 状态 } },
    ];
    writeFileSync(file, await filled(readFileSync(file), row('完工')));
    const refused = await run(importCommand, file, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /sheet 进展, row \d+ \(dongzhiyuan-water-plant\), 状态 "完工": this is not one of the drop-down choices/,
    );
    expect(refused.out).toMatch(/nothing was written \(all or nothing\)/);
    expect(data.snapshot()).toEqual(before);
    writeFileSync(file, await filled(readFileSync(file), row('在建')));
    const taken = await run(importCommand, file);
    expect(taken.code).toBe(0);
    expect(taken.out).toMatch(/可导入：进展 1 行[\s\S]*已写入并重新生成地图数据/);
    expect(data.snapshot()).not.toEqual(before);
    expect((await run(importCommand, '--undo')).code).toBe(0);
    expect(data.snapshot()).toEqual(before);
    expect(await run(importCommand, '--undo')).toMatchObject({
      code: 1,
      out: /无法撤销：there is no save to undo/,
    });
  });
});
