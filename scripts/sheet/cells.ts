/**
 * A cell of a returned workbook as a plain value. Formulas are refused, never evaluated (a cell
 * that computes its value can change it, and an import must take only what a person typed); so are
 * error values. Rich text and links are read as their text.
 */
import ExcelJS from 'exceljs';
import { refusal, type Refusal } from './refusal.ts';

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A cell the spreadsheet keeps as a date: the day it shows, as `YYYY-MM-DD`. */
  | { kind: 'date'; day: string }
  | { kind: 'boolean'; value: boolean };

export const EMPTY: Cell = { kind: 'empty' };

interface Where {
  sheet: string;
  row: number;
  /** The row's 编号, as typed. */
  key: string;
  column: string;
}

function text(value: string): Cell {
  const trimmed = value.trim();
  return trimmed === '' ? EMPTY : { kind: 'text', text: trimmed };
}

/**
 * Spreadsheets store a date as a moment at midnight of the day they show; ExcelJS reads it as that
 * moment in UTC, so the UTC day is the day the office typed.
 */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function readCell(cell: ExcelJS.Cell, where: Where): { cell: Cell } | { refusal: Refusal } {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { cell: EMPTY };
    case ExcelJS.ValueType.Number:
      return { cell: { kind: 'number', value: value as number } };
    case ExcelJS.ValueType.Date:
      return { cell: { kind: 'date', day: dayOf(value as Date) } };
    case ExcelJS.ValueType.Boolean:
      return { cell: { kind: 'boolean', value: value as boolean } };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return { cell: text(String(value)) };
    case ExcelJS.ValueType.RichText:
      return { cell: text((value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('')) };
    case ExcelJS.ValueType.Hyperlink: {
      const link = value as ExcelJS.CellHyperlinkValue;
      return { cell: text(String(link.text ?? link.hyperlink ?? '')) };
    }
    case ExcelJS.ValueType.Formula:
      return {
        refusal: refusal(
          { ...where, value: `=${cell.formula ?? ''}` },
          {
            message: '单元格里是公式。导入只接受直接填写的值，公式不会被计算。',
            fix: '复制该单元格，用“选择性粘贴 → 仅粘贴数值”粘回原处，或直接输入值。',
          },
          {
            message:
              'the cell holds a formula. The import takes typed values only and never evaluates a formula.',
            fix: 'copy the cell and paste it back as values only, or type the value.',
          },
        ),
      };
    default:
      return {
        refusal: refusal(
          { ...where, value: String(cell.text ?? '') },
          { message: '单元格里是错误值。', fix: '请填写正确的值。' },
          { message: 'the cell holds an error value.', fix: 'type the value.' },
        ),
      };
  }
}

/** A sheet's headings, one a column (a blank column's is ''), from its first row. */
export function headersOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as unknown[];
  return Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => String(values[i + 1] ?? '').trim());
}
