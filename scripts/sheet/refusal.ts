/**
 * A refused row, cell or file of a workbook, said in Chinese (the offices' language) and English:
 * where (sheet, row, column), the value found, what is wrong and how to fix it.
 */
export interface Said {
  message: string;
  fix: string;
}

export interface Refusal {
  /** null: the file as a whole. */
  sheet: string | null;
  /** The row as the spreadsheet numbers it (the heading is row 1); null: the sheet as a whole. */
  row: number | null;
  /** The row's 编号 (a record's id, a township's code), to find it by; null when unknown. */
  key: string | null;
  column: string | null;
  /** The value as found, cut short; null when there is none to show. */
  value: string | null;
  zh: Said;
  en: Said;
}

export type Lang = 'zh' | 'en';

export function refusal(
  where: Pick<Refusal, 'sheet' | 'row' | 'column'> & { value?: string | null; key?: string | null },
  zh: Said,
  en: Said,
): Refusal {
  return { ...where, key: where.key || null, value: where.value ?? null, zh, en };
}

/** A whole-file refusal (not a workbook, too large, a macro workbook …). */
export const fileRefusal = (zh: Said, en: Said): Refusal =>
  refusal({ sheet: null, row: null, column: null }, zh, en);

const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** One line: `进展 第 12 行「日期」“45413”：… 改法：…` or `进展 row 12, 日期, "45413": … Fix: …`. */
export function formatRefusal(r: Refusal, lang: Lang): string {
  const said = r[lang];
  const value = r.value === null ? '' : lang === 'zh' ? `“${cut(r.value)}”` : ` "${cut(r.value)}"`;
  if (lang === 'zh') {
    const where = [
      r.sheet ? `「${r.sheet}」表` : '文件',
      r.row ? ` 第 ${r.row} 行${r.key ? `（${r.key}）` : ''}` : '',
      r.column ? `「${r.column}」列` : '',
    ]
      .join('')
      .trim();
    return `${where}${value}：${said.message} 改法：${said.fix}`;
  }
  const where = [
    r.sheet ? `sheet ${r.sheet}` : 'the file',
    r.row ? `row ${r.row}${r.key ? ` (${r.key})` : ''}` : '',
    r.column ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}${value}: ${said.message} Fix: ${said.fix}`;
}
