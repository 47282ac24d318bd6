/**
 * `npm run sheet:import -- <file.xlsx> [--dry-run] [--accept-valid] [--lang en]` imports a workbook
 * an office filled in; `npm run sheet:import -- --undo` puts the files back as they were before the
 * last import (or editor save), byte for byte, if nobody changed them since. Exit code 0 when
 * everything in the workbook was taken (or was already there), 1 when something was refused, 2 for
 * a wrong call.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { todayIso } from '../../src/lib/domain/progress';
import { rootFromArgs, runCliAsync } from '../data/cli';
import { dataPaths } from '../data/paths';
import { EditorStore } from '../editor/editor-store';
import { townshipLookup } from '../editor/township-at';
import { importReport } from './import-report';
import { importWorkbook } from './import-workbook';

const USAGE =
  'usage: npm run sheet:import -- <file.xlsx> [--dry-run] [--accept-valid] [--lang en]\n       npm run sheet:import -- --undo';

runCliAsync('sheet:import', async () => {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--lang');
  const lang = at >= 0 && argv[at + 1] === 'en' ? 'en' : 'zh';
  const paths = dataPaths(rootFromArgs(process.argv));
  const store = new EditorStore(paths);
  if (argv.includes('--undo')) {
    const undone = store.undo(store.hash());
    if (undone.status !== 200) {
      console.error(
        lang === 'zh'
          ? `无法撤销：${'message' in undone ? undone.message : ''}`
          : `Cannot undo: ${'message' in undone ? undone.message : ''}`,
      );
      return 1;
    }
    console.log(undone.diff.trimEnd());
    console.log(
      lang === 'zh'
        ? '已撤销上次导入（或保存），文件已逐字节恢复。'
        : 'The last import (or save) is undone; the files are back byte for byte.',
    );
    return 0;
  }
  const skip = new Set(['--root', '--lang']);
  const file = argv.find((arg, i) => !arg.startsWith('--') && !skip.has(argv[i - 1] ?? ''));
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const options = {
    dryRun: argv.includes('--dry-run'),
    acceptValid: argv.includes('--accept-valid'),
    today: todayIso(),
    townshipAt: townshipLookup(join(paths.root, paths.townshipsOut)),
  };
  const result = await importWorkbook(store, basename(file), readFileSync(file), options);
  console.log(importReport(result, options, lang));
  return result.refusals.length > 0 ? 1 : 0;
});
