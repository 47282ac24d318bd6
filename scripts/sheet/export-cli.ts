/**
 * `npm run sheet:export -- --out <file.xlsx> [--area <key>] [--township <code>]`: writes the
 * workbook the district's offices fill in (docs/editing.md, 工作簿).
 */
import { writeFileSync } from 'node:fs';
import { AREAS, type AreaKey } from '../../src/lib/domain/vocabulary';
import { rootFromArgs, runCliAsync } from '../data/cli';
import { dataPaths } from '../data/paths';
import { chosenFeatures, exportWorkbook } from './export-workbook';
import { exportInput } from './export-input';

const USAGE = 'usage: npm run sheet:export -- --out <file.xlsx> [--area <key>] [--township <9-digit code>]';

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

runCliAsync('sheet:export', async () => {
  const argv = process.argv.slice(2);
  const out = option(argv, '--out');
  const area = option(argv, '--area');
  const township = option(argv, '--township');
  if (!out || !/\.xlsx$/i.test(out)) {
    console.error(USAGE);
    return 2;
  }
  if (area !== undefined && !Object.hasOwn(AREAS, area)) {
    console.error(`--area must be one of ${Object.keys(AREAS).join(', ')}`);
    return 2;
  }
  if (township !== undefined && !/^\d{9}$/.test(township)) {
    console.error('--township must be a 9-digit township code (geodata/townships.json)');
    return 2;
  }
  const input = exportInput(dataPaths(rootFromArgs(process.argv)), {
    ...(area ? { area: area as AreaKey } : {}),
    ...(township ? { township } : {}),
  });
  writeFileSync(out, await exportWorkbook(input));
  console.log(`Wrote ${out}: ${chosenFeatures(input).length} records.`);
  return 0;
});
