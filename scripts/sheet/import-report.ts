/**
 * What an import says, in Chinese (default) or English: how many rows changed what, which were
 * already in the data, every refusal by sheet, row and column, and the diff of the source files.
 */
import { LOCATION_SHEET, PROGRESS_SHEET, TOWNSHIP_SHEET } from './layout.ts';
import { appliedBySheet, type ImportOptions, type ImportResult } from './import-workbook.ts';
import { formatRefusal, type Lang } from './refusal.ts';

export function importReport(
  result: ImportResult,
  options: Pick<ImportOptions, 'dryRun' | 'acceptValid'>,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const counts = appliedBySheet(result);
  const [p, l, t] = [counts[PROGRESS_SHEET], counts[LOCATION_SHEET], counts[TOWNSHIP_SHEET]];
  lines.push(
    zh
      ? `可导入：进展 ${p} 行，位置 ${l} 行，乡镇 ${t} 行；已在数据中（此前导入过）${result.skipped.length} 行；退回 ${result.refusals.length} 处。`
      : `Importable: ${p} progress, ${l} location and ${t} township rows; ${result.skipped.length} already in the data (imported before); ${result.refusals.length} refused.`,
  );
  if (result.changedSinceExport)
    lines.push(
      zh
        ? '数据在这份表格导出之后有改动：导出后被改过的项目，其行按冲突退回，其余照常导入。'
        : 'The data changed after this workbook was exported: rows of records changed since are refused as conflicts, the rest are imported as usual.',
    );
  if (result.refusals.length > 0) {
    lines.push(
      zh
        ? '\n退回的内容（每处：表、行、列、填写的值、问题和改法）：'
        : '\nRefused (sheet, row, column, value, what is wrong and how to fix it):',
    );
    for (const refusal of result.refusals) lines.push(`  - ${formatRefusal(refusal, lang)}`);
  }
  if (result.staleNotes.length > 0)
    lines.push(
      zh
        ? `\n请改写这些项目的备注（note、note_zh）：它们已有位置，备注却仍说位置不详：${result.staleNotes.join('、')}`
        : `\nRewrite the notes (note, note_zh) of these records: they are placed now, but their notes still say the place is unknown: ${result.staleNotes.join(', ')}`,
    );
  if (result.diff)
    lines.push(zh ? '\n源文件的改动：' : '\nChanges to the source files:', result.diff.trimEnd());
  lines.push('');
  if (result.written)
    lines.push(
      zh
        ? '已写入并重新生成地图数据。撤销：npm run sheet:import -- --undo'
        : 'Written, and the map data rebuilt. To undo: npm run sheet:import -- --undo',
    );
  else if (options.dryRun)
    lines.push(zh ? '试运行（--dry-run）：未写入任何文件。' : 'Dry run: nothing was written.');
  else if (result.refusals.length > 0 && !options.acceptValid)
    lines.push(
      zh
        ? '有内容被退回，按“全部或全不”的规则未写入任何文件。请改正后重新导入；或加 --accept-valid 只导入通过检查的行。'
        : 'Something was refused, so nothing was written (all or nothing). Fix it and import again, or add --accept-valid to write the rows that pass.',
    );
  else lines.push(zh ? '没有需要写入的改动。' : 'Nothing to write.');
  return lines.join('\n');
}
