/**
 * LibreOffice Calc, headless, opening a workbook and saving it again as .xlsx, as an office does
 * with the workbook it was sent. Each call has its own profile folder, so runs never share state.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

export function savedByLibreOffice(bytes: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'xifeng-calc-'));
  try {
    const input = join(dir, 'in', 'workbook.xlsx');
    execFileSync('mkdir', ['-p', join(dir, 'in'), join(dir, 'out')]);
    writeFileSync(input, bytes);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'out', 'workbook.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
