/**
 * The year of a report's tasks, and where the text says it. Reports name it in different places:
 * the tasks heading ("2022年重点任务"), the title ("青禾县2024年政府工作报告"), or only the delivery
 * line under a bare title ("——2023年1月9日在…会议上").
 */

/** 'option': --year; 'registry': the report's entry in geodata/reports.yaml. */
export type YearSource = 'option' | 'registry' | 'tasks heading' | 'title' | 'delivery line';

export interface ReportYear {
  year: number;
  from: YearSource;
  /** The line the year was read from (null when given on the command line). */
  line: number | null;
}

interface Line {
  line: number;
  text: string;
}

/** The delivery line under the title: "——2021年11月18日在…第九届人民代表大会第一次会议上". */
const DELIVERY_LINE = /^\s*——\s*(\d{4})年(\d{1,2})月(\d{1,2})日/;
/** The delivery line is near the top; the body quotes dates too. */
const DELIVERY_SEARCH_LINES = 8;
/**
 * A report delivered from this month on is about the next year's tasks: the 2022 report of
 * Xifeng was delivered on 2021-11-18, most reports in the new year's first quarter.
 */
export const LATE_DELIVERY_MONTH = 10;

/**
 * The first of: the year named in a tasks heading, the first year in the title line, the year
 * after a late delivery date or the year of an early one. Null when the text names none.
 */
export function reportYear(tasksHeadings: readonly Line[], paragraphs: readonly Line[]): ReportYear | null {
  for (const heading of tasksHeadings) {
    const year = /(\d{4})年/.exec(heading.text);
    if (year) return { year: Number(year[1]), from: 'tasks heading', line: heading.line };
  }
  const title = paragraphs[0];
  const titleYear = title ? /(\d{4})年/.exec(title.text) : null;
  if (title && titleYear && !DELIVERY_LINE.test(title.text)) {
    return { year: Number(titleYear[1]), from: 'title', line: title.line };
  }
  const delivered = deliveryDate(paragraphs);
  if (!delivered) return null;
  const late = delivered.month >= LATE_DELIVERY_MONTH;
  return { year: delivered.year + (late ? 1 : 0), from: 'delivery line', line: delivered.line };
}

/** The day of the delivery line near the top, or null when there is none. */
export function deliveryDate(
  paragraphs: readonly Line[],
): { year: number; month: number; day: number; line: number } | null {
  for (const paragraph of paragraphs.slice(0, DELIVERY_SEARCH_LINES)) {
    const date = DELIVERY_LINE.exec(paragraph.text);
    if (date)
      return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), line: paragraph.line };
  }
  return null;
}
