/**
 * One row of a returned workbook being read: its cells by heading, each value read through a
 * reader of values.ts, and the refusals gathered by column.
 */
import { EMPTY, type Cell } from './cells.ts';
import { ID_COLUMN, type DataSheet } from './layout.ts';
import { refusal, type Refusal, type Said } from './refusal.ts';
import { plain, type Read } from './values.ts';

/** Columns an office may fill on every row at once (by dragging): they alone do not make a row filled. */
export const NOT_COUNTED = new Set(['填报单位', '填报日期']);

export class RowReader {
  readonly refusals: Refusal[] = [];
  constructor(
    readonly sheet: DataSheet,
    readonly row: number,
    readonly cells: Map<string, Cell>,
  ) {}

  cell(column: string): Cell {
    return this.cells.get(column) ?? EMPTY;
  }
  text(column: string): string {
    return plain(this.cell(column));
  }
  refuse(column: string, zh: Said, en: Said): undefined {
    const value = this.text(column);
    const key = this.text(ID_COLUMN);
    this.refusals.push(
      refusal({ sheet: this.sheet, row: this.row, key, column, value: value || null }, zh, en),
    );
    return undefined;
  }
  take<T>(column: string, read: Read<T>): T | undefined {
    if ('value' in read) return read.value;
    return this.refuse(column, read.problem.zh, read.problem.en);
  }
  /** A column that must be filled, or undefined with its refusal. */
  required(column: string): string | undefined {
    const text = this.text(column);
    if (text !== '') return text;
    return this.refuse(
      column,
      { message: '未填写。', fix: '此列必填。' },
      { message: 'it is empty.', fix: 'this column is required.' },
    );
  }
  /** A column that must be filled, read by `read`. */
  need<T>(column: string, read: (cell: Cell) => Read<T>): T | undefined {
    return this.required(column) === undefined ? undefined : this.take(column, read(this.cell(column)));
  }
  optional<T>(column: string, read: (cell: Cell) => Read<T>): T | undefined {
    return this.text(column) === '' ? undefined : this.take(column, read(this.cell(column)));
  }
}
