/**
 * Opens a workbook an office sent back, refusing before anything is read what must not be read:
 * a file that is not an .xlsx workbook, a macro workbook, one over 5 MB, one whose compressed parts
 * expand past a limit (a zip bomb), one over 10,000 rows. Then checks its layout against layout.ts
 * (sheets and columns by name, no merged cells) and reads every cell as a value: a formula is
 * refused, never evaluated.
 */
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import { checkLayout } from './check-layout.ts';
import { fileRefusal, type Refusal } from './refusal.ts';
import { VERSION_LABEL } from './guide.ts';
import { GUIDE_SHEET, MAX_ROWS, SHEETS } from './layout.ts';
import { headersOf, readCell, type Cell } from './cells.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The parts of a real workbook of this layout expand to well under 5 MB; a bomb to gigabytes. */
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
const MAX_PARTS = 1000;

/** A sheet's rows below the heading: row number (as the spreadsheet shows it) and cells by header. */
export interface SheetRows {
  headers: string[];
  rows: { row: number; cells: Map<string, Cell> }[];
}

/**
 * The rows that could be read, and what was refused: `sheets` is null when the file as a whole was
 * refused; otherwise a row with a refused cell (a formula, an error) is left out and its refusal listed.
 */
export interface Opened {
  refusals: Refusal[];
  sheets: Map<string, SheetRows> | null;
  /** The hash of the data the workbook was exported from (说明's 数据版本), if it is still there. */
  exportedFrom: string | null;
}

const refused = (...refusals: Refusal[]): Opened => ({ refusals, sheets: null, exportedFrom: null });

/** 说明's 数据版本 row: the hash the export wrote. */
function exportedFrom(book: ExcelJS.Workbook): string | null {
  let hash: string | null = null;
  book.getWorksheet(GUIDE_SHEET)?.eachRow((row) => {
    if (String(row.getCell(1).text).trim() === VERSION_LABEL)
      hash = String(row.getCell(2).text).trim() || null;
  });
  return hash;
}

/** The zip's parts, inflated with a running limit: whether it is safe to hand to the reader. */
function checkParts(bytes: Uint8Array): Refusal | null {
  let expanded = 0;
  let parts = 0;
  let macro = false;
  let workbook = false;
  let bomb = false;
  try {
    const unzip = new Unzip();
    unzip.register(UnzipInflate);
    unzip.onfile = (file) => {
      parts += 1;
      if (/vbaProject\.bin$/i.test(file.name)) macro = true;
      if (file.name === 'xl/workbook.xml') workbook = true;
      if (parts > MAX_PARTS) bomb = true;
      file.ondata = (error, chunk) => {
        if (error) throw error;
        expanded += chunk.length;
        if (expanded > MAX_EXPANDED_BYTES && !bomb) {
          bomb = true;
          file.terminate();
        }
      };
      if (!bomb) file.start();
    };
    unzip.push(bytes, true);
  } catch {
    return notWorkbook();
  }
  if (bomb)
    return fileRefusal(
      {
        message: `文件解压后超过 ${MAX_EXPANDED_BYTES / 1024 / 1024} MB（或部件过多），不像正常的表格，可能是恶意文件。`,
        fix: '请用导出的表格填写后直接保存，不要放入其他内容。',
      },
      {
        message: `its parts expand past ${MAX_EXPANDED_BYTES / 1024 / 1024} MB (or it has too many parts): not a workbook of this layout, possibly a zip bomb.`,
        fix: 'fill in the exported workbook and save it as it is.',
      },
    );
  if (macro) return macroRefusal();
  if (!workbook) return notWorkbook();
  return null;
}

const notWorkbook = () =>
  fileRefusal(
    {
      message: '这不是 Excel 工作簿（.xlsx）。',
      fix: '请在 Excel、WPS 或 LibreOffice 中另存为“Excel 工作簿（.xlsx）”。',
    },
    {
      message: 'this is not an Excel workbook (.xlsx).',
      fix: 'save it as "Excel Workbook (.xlsx)" in Excel, WPS or LibreOffice.',
    },
  );

const macroRefusal = () =>
  fileRefusal(
    {
      message: '这是含宏的工作簿（.xlsm），出于安全不予读取。',
      fix: '请另存为不含宏的“Excel 工作簿（.xlsx）”。',
    },
    {
      message: 'this is a macro-enabled workbook (.xlsm), which is never read.',
      fix: 'save it as a plain "Excel Workbook (.xlsx)".',
    },
  );

/** Opens `bytes` (the file named `name`) as the workbook of layout.ts, or says why not. */
export async function openWorkbook(name: string, bytes: Uint8Array): Promise<Opened> {
  if (/\.xlsm$/i.test(name)) return refused(macroRefusal());
  if (bytes.length > MAX_FILE_BYTES)
    return refused(
      fileRefusal(
        {
          message: `文件有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 5 MB 的上限。`,
          fix: '导出的表格远小于 5 MB：请删去插入的图片或其他内容后再发。',
        },
        {
          message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit.`,
          fix: 'an exported workbook is far smaller: remove pictures or other content added to it.',
        },
      ),
    );
  const unsafe = checkParts(bytes);
  if (unsafe) return refused(unsafe);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return refused(notWorkbook());
  }
  const rowCount = book.worksheets.reduce((n, sheet) => n + Math.max(0, sheet.actualRowCount - 1), 0);
  if (rowCount > MAX_ROWS)
    return refused(
      fileRefusal(
        {
          message: `表格共有 ${rowCount} 行，超过 ${MAX_ROWS} 行的上限。`,
          fix: '请只在导出的行中填写，不要粘贴大量其他数据。',
        },
        {
          message: `the workbook has ${rowCount} rows, over the limit of ${MAX_ROWS}.`,
          fix: 'fill in the exported rows only.',
        },
      ),
    );
  const layout = checkLayout(book);
  if (layout.length > 0) return refused(...layout);
  const sheets = new Map<string, SheetRows>();
  const refusals: Refusal[] = [];
  for (const name of SHEETS.slice(1)) {
    const sheet = book.getWorksheet(name)!;
    const headers = headersOf(sheet);
    const rows: SheetRows['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const cells = new Map<string, Cell>();
      let good = true;
      const key = String(row.getCell(1).text ?? '').trim();
      headers.forEach((header, i) => {
        const read = readCell(row.getCell(i + 1), { sheet: name, row: number, key, column: header });
        if ('refusal' in read) {
          refusals.push(read.refusal);
          good = false;
        } else cells.set(header, read.cell);
      });
      if (good) rows.push({ row: number, cells });
    });
    sheets.set(name, { headers, rows });
  }
  return { refusals, sheets, exportedFrom: exportedFrom(book) };
}
