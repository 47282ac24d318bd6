/**
 * The screenshots of the workbook for docs/editing.md, as LibreOffice Calc shows it: its 说明 sheet,
 * and the 进展 sheet with one row filled and the status drop-down open. Exported from a copy of the
 * data, opened in Calc on a virtual screen. Needs Debian's xvfb, xdotool, imagemagick and
 * libreoffice-calc (the full one: the -nogui package the tests use has no window).
 * Usage: npm run screenshots:sheet [-- --out DIR]   (default docs/screenshots)
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dataPaths } from '../data/paths.ts';
import { exportInput } from './export-input.ts';
import { exportWorkbook } from './export-workbook.ts';

const out = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]!
  : 'docs/screenshots';
const DISPLAY = ':97';
const dir = mkdtempSync(join(tmpdir(), 'xifeng-sheet-shots-'));
const env = { ...process.env, DISPLAY };
const x = (...args: string[]) => execFileSync('xdotool', args, { env });
const shoot = (name: string) => {
  execFileSync('import', ['-window', 'root', join(out, name)], { env });
  console.log(name);
};
/** Goes to a cell through Calc's Name Box (top left, under the toolbars). */
async function goTo(cell: string) {
  x('mousemove', '60', '88', 'click', '1');
  await sleep(300);
  x('key', 'ctrl+a');
  x('type', '--delay', '40', cell);
  x('key', 'Return');
  await sleep(800);
}

const screen = spawn('Xvfb', [DISPLAY, '-screen', '0', '1600x900x24'], { stdio: 'ignore' });
let calc: ReturnType<typeof spawn> | undefined;
try {
  const paths = dataPaths(process.cwd());
  const bytes = await exportWorkbook(exportInput(paths, {}));
  // Fill one row as an office would, with the ExcelJS the tests use.
  const { filled, load, save } = await import('../../tests/helpers/workbook.ts');
  const withRow = await filled(bytes, [
    {
      sheet: '进展',
      id: 'dongzhiyuan-water-plant',
      values: {
        日期: '2026-10',
        日期类型: '事件日期',
        状态: '在建',
        进展情况: '一期主体工程完工，正在安装设备。',
        填报单位: '西峰区水务局',
        填报日期: '2026-12-01',
      },
    },
  ]);
  for (const [name, tab] of [
    ['workbook-1-guide-zh.png', 0],
    ['workbook-2-progress-zh.png', 1],
  ] as const) {
    const book = await load(withRow);
    book.views = [
      { activeTab: tab, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' },
    ];
    const file = join(dir, `西峰区项目填报表-${tab}.xlsx`);
    writeFileSync(file, await save(book));
    calc = spawn(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--calc', '--norestore', '--nologo', file],
      { env, stdio: 'ignore' },
    );
    await sleep(12_000);
    if (tab === 1) {
      await goTo('P9');
      await goTo('J8');
      x('key', 'alt+Down');
      await sleep(1200);
    }
    shoot(name);
    calc.kill();
    await sleep(2000);
  }
} finally {
  calc?.kill();
  screen.kill();
  rmSync(dir, { recursive: true, force: true });
}
