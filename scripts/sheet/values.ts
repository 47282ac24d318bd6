/**
 * The values an office types, read strictly: a date in any form a spreadsheet or a person writes
 * it (a date cell, 2024-05-18, 2024/5/18, 2024年5月18日, full-width digits), never an Excel serial
 * number read as a guess; a choice from its drop-down; a coordinate in decimal degrees. What
 * cannot be read is refused with the reason and the fix, in Chinese and English. Pure.
 */
import { isRealDate } from '../../src/lib/domain/progress.ts';
import type { Cell } from './cells.ts';
import type { Said } from './refusal.ts';

export type Read<T> = { value: T } | { problem: { zh: Said; en: Said } };

const problem = (zh: Said, en: Said): Read<never> => ({ problem: { zh, en } });

/** The cell as the text a person sees in it, kept character for character (a fact's punctuation too). */
export function plain(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.day;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}

/** The cell's text with full-width digits, letters and signs made plain (NFKC), to read a value from. */
export const normalised = (cell: Cell): string => plain(cell).normalize('NFKC').trim();

/** Excel's day 1 is 1900-01-01 and it counts 1900-02-29, which never was: day 60. */
function serialDay(serial: number): string {
  const days = Math.floor(serial) - (serial > 60 ? 2 : 1);
  return new Date(Date.UTC(1900, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

const DATE_FORMS: RegExp[] = [
  /^(\d{4})$/,
  /^(\d{4})[-/.](\d{1,2})$/,
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年$/,
  /^(\d{4})年(\d{1,2})月$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

const two = (n: string | undefined) => (n === undefined ? undefined : n.padStart(2, '0'));

/**
 * A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`dayOnly`: a whole day), not after `today`.
 */
export function readDate(cell: Cell, today: string, { dayOnly = false } = {}): Read<string> {
  const shape = dayOnly ? '2026-05-18' : '2026、2026-05 或 2026-05-18';
  const shapeEn = dayOnly ? '2026-05-18' : '2026, 2026-05 or 2026-05-18';
  let date: string | null = null;
  if (cell.kind === 'date') date = cell.day;
  else if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100)
    date = String(cell.value);
  else if (cell.kind === 'number') {
    const day = serialDay(cell.value);
    return problem(
      {
        message: `这是一个数字，像是 Excel 的日期序号（${day}），但单元格不是日期格式，无法确认。`,
        fix: `请把单元格设为日期格式，或直接填写文字 ${day}。`,
      },
      {
        message: `this is a number that looks like an Excel date serial (${day}), but the cell is not formatted as a date, so it is not taken as one.`,
        fix: `format the cell as a date, or type ${day}.`,
      },
    );
  } else {
    const text = normalised(cell);
    for (const form of DATE_FORMS) {
      const m = form.exec(text);
      if (m) date = [m[1], two(m[2]), two(m[3])].filter(Boolean).join('-');
    }
  }
  if (date === null || !isRealDate(date, { dayOnly }))
    return problem(
      { message: '不是有效的日期。', fix: `请写成 ${shape}。` },
      { message: 'this is not a real date.', fix: `write it as ${shapeEn}.` },
    );
  if (`${date}-01-01`.slice(0, 10) > today)
    return problem(
      {
        message: `日期晚于今天（${today}）。`,
        fix: '进展只记已经发生的事；计划中的事请用“其他进展”并写明是计划，日期填作出计划的日期。',
      },
      {
        message: `the date is after today (${today}).`,
        fix: 'record what has happened; for a plan, choose 其他进展, say it is a plan, and date it when the plan was made.',
      },
    );
  return { value: date };
}

/** One of a drop-down's choices (its Chinese words), as the data's key. */
export function readChoice<K extends string>(cell: Cell, choices: Record<string, K>): Read<K> {
  const text = normalised(cell);
  const key =
    choices[plain(cell)] ?? Object.entries(choices).find(([label]) => label.normalize('NFKC') === text)?.[1];
  if (key !== undefined) return { value: key };
  const list = Object.keys(choices).join('、');
  return problem(
    { message: '不是下拉列表中的选项。', fix: `请从下拉列表中选：${list}。` },
    {
      message: 'this is not one of the drop-down choices.',
      fix: `choose one of: ${Object.keys(choices).join(', ')}.`,
    },
  );
}

/** Degrees-minutes-seconds as people write them: 107°38′24″, 107度38分24秒, 107 38 24. */
const DMS =
  /^(\d{1,3})\s*[°度]\s*(\d{1,2}(?:\.\d+)?)\s*[′'分]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*["″秒]?)?\s*[NEne北东]?$/;

/**
 * A longitude or latitude in decimal degrees. DMS is refused with its decimal value shown, so the
 * office confirms it rather than the import guessing what a `′` meant.
 */
export function readDegrees(cell: Cell, axis: 'lon' | 'lat'): Read<number> {
  const text = normalised(cell);
  const example = axis === 'lon' ? '107.6412' : '35.6315';
  const dms = DMS.exec(plain(cell)) ?? DMS.exec(text);
  if (dms) {
    const decimal = Number(dms[1]) + Number(dms[2]) / 60 + Number(dms[3] ?? 0) / 3600;
    return problem(
      { message: '这是度分秒格式。', fix: `请换算成十进制度数再填，这个值约为 ${decimal.toFixed(6)}。` },
      {
        message: 'this is in degrees, minutes and seconds.',
        fix: `give decimal degrees: this one is about ${decimal.toFixed(6)}.`,
      },
    );
  }
  const value = Number(text);
  if (text === '' || !Number.isFinite(value))
    return problem(
      { message: '不是数字。', fix: `请填十进制度数，如 ${example}。` },
      { message: 'this is not a number.', fix: `give decimal degrees, e.g. ${example}.` },
    );
  return { value };
}

/** A whole number from `min` to `max` (thousands separators allowed). */
export function wholeNumber(text: string, min: number, max: number): Read<number> {
  const value = Number(text.replace(/[,，]/g, ''));
  if (Number.isInteger(value) && value >= min && value <= max) return { value };
  return {
    problem: {
      zh: { message: `不是 ${min} 到 ${max} 之间的整数。`, fix: '请填整数，不带单位，如 35120。' },
      en: {
        message: `this is not a whole number from ${min} to ${max}.`,
        fix: 'give a whole number without a unit, e.g. 35120.',
      },
    },
  };
}

/** A number above 0 and below `max`. */
export function positiveNumber(text: string, max: number): Read<number> {
  const value = Number(text.replace(/[,，]/g, ''));
  if (Number.isFinite(value) && value > 0 && value < max) return { value };
  return {
    problem: {
      zh: { message: `不是 0 到 ${max} 之间的数。`, fix: '请填平方公里数，不带单位，如 126.5。' },
      en: {
        message: `this is not a number between 0 and ${max}.`,
        fix: 'give square kilometres without a unit, e.g. 126.5.',
      },
    },
  };
}
