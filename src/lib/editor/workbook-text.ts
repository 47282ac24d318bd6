/**
 * The texts of the editor's 表格 / Workbook tab (WorkbookPanel.svelte), Chinese first, as in
 * editor-text.ts. The workbook itself is in Chinese: its sheets and columns keep their Chinese names
 * in the English texts too, so that they can be found in the file.
 */
import { lookup } from '../i18n/lookup.ts';

export const zh = {
  download: '下载表格',
  downloadHint: '发给各单位填写的 Excel 表格（.xlsx），含“说明”“进展”“位置”“乡镇”四张表。',
  area: '只含这一方面的项目',
  allAreas: '全部项目',
  downloadLink: '下载表格（.xlsx）',
  upload: '导入填好的表格',
  uploadHint: '选择文件后先检查（不写入任何文件），看过检查结果再决定是否写入。',
  file: '选择填好的表格（.xlsx）',
  noFile: '未选择文件',
  checkAgain: '重新检查',
  checking: '正在检查表格…',
  writing: '正在写入…',
  counts:
    '可导入：进展 {progress} 行，位置 {location} 行，乡镇 {township} 行；已在数据中（此前导入过）{skipped} 行；退回 {refused} 处。',
  dryRun: '这是检查结果，尚未写入任何文件。',
  changedSinceExport: '数据在这份表格导出之后有改动：导出后被改过的项目，其行按冲突退回，其余照常导入。',
  written: '已写入 {applied} 行，地图已更新。如需撤销，请按下方“撤销上次保存”。',
  notWritten: '未写入任何文件。',
  refusals: '退回的内容（{n} 处）',
  wholeFile: '整个文件',
  sheet: '「{sheet}」表',
  row: '第 {row} 行',
  rowKey: '第 {row} 行（{key}）',
  column: '「{column}」列',
  value: '填写的值：“{value}”',
  fix: '改法：',
  staleNotes: '这些项目导入后有了位置，备注却仍说位置不详，请在“位置”页改写备注：',
  diff: '写入后源文件的改动',
  write: '写入',
  writeValid: '只写入通过检查的 {applied} 行（退回的 {refused} 处不写入）',
  allOrNothing:
    '有内容被退回：按“全部或全不”的规则，不能整表写入。请改正后重新选择文件检查，或只写入通过检查的行。',
  nothing: '没有需要写入的改动。',
  moved: '检查之后文件已有改动（保存、撤销或其他标签页）。请重新检查后再写入。',
  stale: '文件已在别处被修改，本次未写入。请点下方“重新读取”，再重新检查表格。',
  tooLarge: '文件超过 5 MB 的上限，未读取。导出的表格远小于 5 MB：请删去插入的图片或其他内容。',
  failed: '无法检查或写入：',
} as const;

export type WorkbookTextKey = keyof typeof zh;

export const en: Record<WorkbookTextKey, string> = {
  download: 'Download the workbook',
  downloadHint:
    'The Excel workbook (.xlsx) the district’s offices fill in: four sheets, 说明 (guide), 进展 (progress), 位置 (location) and 乡镇 (townships).',
  area: 'Only the projects of this area',
  allAreas: 'All projects',
  downloadLink: 'Download the workbook (.xlsx)',
  upload: 'Import a filled workbook',
  uploadHint:
    'A chosen file is checked first, writing nothing; see what the check says, then decide whether to write.',
  file: 'Choose a filled workbook (.xlsx)',
  noFile: 'No file chosen',
  checkAgain: 'Check again',
  checking: 'Checking the workbook…',
  writing: 'Writing…',
  counts:
    'Importable: {progress} progress, {location} location and {township} township rows; {skipped} already in the data (imported before); {refused} refused.',
  dryRun: 'This is the check: nothing is written yet.',
  changedSinceExport:
    'The data changed after this workbook was exported: rows of records changed since are refused as conflicts, the rest are imported as usual.',
  written: '{applied} rows written; the map shows them. To undo, press “Undo the last save” below.',
  notWritten: 'Nothing was written.',
  refusals: 'Refused ({n})',
  wholeFile: 'The file as a whole',
  sheet: 'sheet {sheet}',
  row: 'row {row}',
  rowKey: 'row {row} ({key})',
  column: 'column {column}',
  value: 'value found: “{value}”',
  fix: 'Fix: ',
  staleNotes:
    'These projects are placed now, but their notes still say the place is unknown; rewrite the notes in the Location tab:',
  diff: 'Changes to the source files, once written',
  write: 'Write',
  writeValid: 'Write only the {applied} rows that passed ({refused} refused, not written)',
  allOrNothing:
    'Something was refused, so the workbook cannot be written whole (all or nothing). Fix it and choose the file again, or write only the rows that passed.',
  nothing: 'Nothing to write.',
  moved:
    'The files changed after the check (a save, an undo, another tab). Check the workbook again before writing.',
  stale:
    'The files were changed elsewhere, so nothing was written. Press “Read again” below, then check the workbook again.',
  tooLarge:
    'The file is over the 5 MB limit and was not read. An exported workbook is far smaller: remove pictures or other content added to it.',
  failed: 'Could not check or write: ',
};

export const wt = lookup<WorkbookTextKey>({ zh, en });
