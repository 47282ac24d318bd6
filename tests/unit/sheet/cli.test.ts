/** The two commands as staff type them, on a copy of the data (`--root`). */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filled } from '../../helpers/workbook.ts';
import { tempData, type TempData } from '../editor/temp-data.ts';

let data: TempData;
beforeAll(() => {
  data = tempData();
});
afterAll(() => data.remove());

const npm = (...args: string[]) => {
  const run = spawnSync('npx', ['tsx', ...args, '--root', data.root], { encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
};

describe('sheet:export and sheet:import', { timeout: 60_000 }, () => {
  it('export, a refused import (exit 1, nothing written), a good one, and --undo', async () => {
    const file = join(data.root, 'workbook.xlsx');
    const exported = npm('scripts/sheet/export-cli.ts', '--out', file, '--area', 'city');
    expect(exported).toEqual({ code: 0, out: `Wrote ${file}: 23 records.\n` });
    expect(npm('scripts/sheet/export-cli.ts', '--out', 'x.csv').code).toBe(2);
    expect(npm('scripts/sheet/export-cli.ts', '--out', file, '--area', 'cities').out).toMatch(
      /--area must be one of/,
    );
    const before = data.snapshot();
    const values = {
      日期: '2026-10',
      状态: '在建',
      进展情况: '主体完工。',
      填报单位: '西峰区水务局',
      填报日期: '2026-12-01',
    };
    writeFileSync(
      file,
      await filled(readFileSync(file), [
        { sheet: '进展', id: 'dongzhiyuan-water-plant', values: { ...values, 状态: '完工' } },
      ]),
    );
    const refused = npm('scripts/sheet/import-cli.ts', file, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /sheet 进展, row \d+ \(dongzhiyuan-water-plant\), 状态 "完工": this is not one of the drop-down choices/,
    );
    expect(refused.out).toMatch(/nothing was written \(all or nothing\)/);
    expect(data.snapshot()).toEqual(before);
    writeFileSync(
      file,
      await filled(readFileSync(file), [{ sheet: '进展', id: 'dongzhiyuan-water-plant', values }]),
    );
    const taken = npm('scripts/sheet/import-cli.ts', file);
    expect(taken.code).toBe(0);
    expect(taken.out).toMatch(/可导入：进展 1 行[\s\S]*已写入并重新生成地图数据/);
    expect(data.snapshot()).not.toEqual(before);
    expect(npm('scripts/sheet/import-cli.ts', '--undo').code).toBe(0);
    expect(data.snapshot()).toEqual(before);
  });
});
