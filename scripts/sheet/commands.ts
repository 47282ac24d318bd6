/**
 * The two workbook commands, as functions of their arguments (process.argv's shape) and where they
 * print, so that tests run them in-process:
 *   npm run sheet:export -- --out <file.xlsx> [--area <key>] [--township <code>]
 *   npm run sheet:import -- <file.xlsx> [--dry-run] [--accept-valid] [--lang en]
 *   npm run sheet:import -- --undo
 * Both take `--root DIR` (the data folder; default this repository). The import exits 0 when all
 * was taken (or was already there), 1 when something was refused, 2 for a wrong call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { todayIso } from '../../src/lib/domain/progress.ts';
import { rootFromArgs } from '../data/cli.ts';
import { dataPaths } from '../data/paths.ts';
import { EditorStore } from '../editor/editor-store.ts';
import { townshipLookup } from '../editor/township-at.ts';
import { ChoiceError, exportChoice, exportInput } from './export-input.ts';
import { chosenFeatures, exportWorkbook } from './export-workbook.ts';
import { importReport } from './import-report.ts';
import { importWorkbook } from './import-workbook.ts';

export interface Output {
  log(text: string): void;
  error(text: string): void;
}

const EXPORT_USAGE =
  'usage: npm run sheet:export -- --out <file.xlsx> [--area <key>] [--township <9-digit code>]';
const IMPORT_USAGE =
  'usage: npm run sheet:import -- <file.xlsx> [--dry-run] [--accept-valid] [--lang en]\n       npm run sheet:import -- --undo';

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

export async function exportCommand(args: readonly string[], out: Output): Promise<number> {
  const argv = args.slice(2);
  const file = option(argv, '--out');
  const area = option(argv, '--area');
  const township = option(argv, '--township');
  if (!file || !/\.xlsx$/i.test(file)) {
    out.error(EXPORT_USAGE);
    return 2;
  }
  let choice;
  try {
    choice = exportChoice(area, township);
  } catch (error) {
    if (!(error instanceof ChoiceError)) throw error;
    out.error(`--${error.message}`);
    return 2;
  }
  const input = exportInput(dataPaths(rootFromArgs(args)), choice);
  writeFileSync(file, await exportWorkbook(input));
  out.log(`Wrote ${file}: ${chosenFeatures(input).length} records.`);
  return 0;
}

export async function importCommand(args: readonly string[], out: Output): Promise<number> {
  const argv = args.slice(2);
  const at = argv.indexOf('--lang');
  const lang = at >= 0 && argv[at + 1] === 'en' ? 'en' : 'zh';
  const paths = dataPaths(rootFromArgs(args));
  const store = new EditorStore(paths);
  if (argv.includes('--undo')) {
    const undone = store.undo(store.hash());
    if (undone.status !== 200) {
      out.error(
        lang === 'zh'
          ? `无法撤销：${'message' in undone ? undone.message : ''}`
          : `Cannot undo: ${'message' in undone ? undone.message : ''}`,
      );
      return 1;
    }
    out.log(undone.diff.trimEnd());
    out.log(
      lang === 'zh'
        ? '已撤销上次导入（或保存），文件已逐字节恢复。'
        : 'The last import (or save) is undone; the files are back byte for byte.',
    );
    return 0;
  }
  const skip = new Set(['--root', '--lang']);
  const file = argv.find((arg, i) => !arg.startsWith('--') && !skip.has(argv[i - 1] ?? ''));
  if (!file) {
    out.error(IMPORT_USAGE);
    return 2;
  }
  const options = {
    dryRun: argv.includes('--dry-run'),
    acceptValid: argv.includes('--accept-valid'),
    today: todayIso(),
    townshipAt: townshipLookup(join(paths.root, paths.townshipsOut)),
  };
  const result = await importWorkbook(store, basename(file), readFileSync(file), options);
  out.log(importReport(result, options, lang));
  return result.refusals.length > 0 ? 1 : 0;
}
