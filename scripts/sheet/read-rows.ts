/**
 * The filled rows of a returned workbook as changes to the data, each tied to its sheet and row:
 * a progress entry, a location, or a township's figures. A row counts as filled when any of its
 * columns to fill holds something besides the unit and the day. Whatever cannot be read is refused
 * by cell, in both languages; a refused row changes nothing. Pure: today, the keys the data holds
 * and the township lookup are given.
 */
import { toWgs84 } from '../data/coordinates.ts';
import type { Datum, PlacePrecision } from '../data/source-types.ts';
import type { Position } from '../../src/lib/domain/project.ts';
import { sourceTexts } from '../../src/lib/domain/location-source-form.ts';
import type { ProgressInput } from '../editor/source-edit.ts';
import {
  BASIS_CHOICES,
  COLUMNS,
  DATE_KIND_CHOICES,
  DATUM_CHOICES,
  FINGERPRINT_COLUMN,
  ID_COLUMN,
  LOCATION_SHEET,
  POPULATION_KIND_CHOICES,
  PRECISION_CHOICES,
  PROGRESS_SHEET,
  STATUS_CHOICES,
  TOWNSHIP_SHEET,
  type DataSheet,
} from './layout.ts';
import type { SheetRows } from './open-workbook.ts';
import type { Refusal } from './refusal.ts';
import { NOT_COUNTED, RowReader } from './row-reader.ts';
import { normalised, positiveNumber, readChoice, readDate, readDegrees, wholeNumber } from './values.ts';
import type { TownshipFactsEdit } from './township-edit.ts';

interface RowOf<S extends DataSheet> {
  sheet: S;
  row: number;
  /** The record's id, or the township's code. */
  key: string;
  fingerprint: string;
}
export type ProgressRow = RowOf<typeof PROGRESS_SHEET> & { entry: ProgressInput };
export type LocationRow = RowOf<typeof LOCATION_SHEET> & {
  point: Position;
  datum: Datum;
  precision: PlacePrecision;
  township: string;
  source_zh: string;
  source_en: string;
};
export type TownshipRow = RowOf<typeof TOWNSHIP_SHEET> & { facts: TownshipFactsEdit };
export type RowChange = ProgressRow | LocationRow | TownshipRow;

export interface ReadContext {
  today: string;
  /** The record ids (进展, 位置) and township codes (乡镇) the data holds. */
  keys: Record<DataSheet, ReadonlySet<string>>;
  /** The township code of a WGS84 point, or null outside the district. */
  townshipAt: (point: Position) => string | null;
}

function progressRow(r: RowReader, base: RowOf<typeof PROGRESS_SHEET>, today: string): ProgressRow | null {
  const date = r.need('日期', (c) => readDate(c, today));
  const kind = r.optional('日期类型', (c) => readChoice(c, DATE_KIND_CHOICES));
  const status = r.need('状态', (c) => readChoice(c, STATUS_CHOICES));
  const fact = r.required('进展情况');
  const unit = r.required('填报单位');
  const day = r.need('填报日期', (c) => readDate(c, today, { dayOnly: true }));
  const url = r.text('来源网址');
  if (r.refusals.length > 0 || !date || !status || !fact || !unit || !day) return null;
  const entry: ProgressInput = {
    date,
    ...(kind === 'published' ? { date_kind: 'published' as const } : {}),
    status,
    fact_zh: fact,
    source_name: r.text('来源名称') || unit,
    ...(url ? { source_url: url } : {}),
    retrieved: day,
    reported_by: unit,
  };
  return { ...base, entry };
}

function locationRow(
  r: RowReader,
  base: RowOf<typeof LOCATION_SHEET>,
  context: ReadContext,
): LocationRow | null {
  const address = r.required('地址或说明');
  const lon = r.need('经度', (c) => readDegrees(c, 'lon'));
  const lat = r.need('纬度', (c) => readDegrees(c, 'lat'));
  const datum =
    r.text('坐标系') === ''
      ? r.refuse(
          '坐标系',
          {
            message: '未填坐标系：同一个点在不同地图上相差可达数百米。',
            fix: '请选取坐标的来源：GPS 为 WGS84，高德、腾讯为 GCJ-02，百度为 BD-09。',
          },
          {
            message: 'no datum: one point differs by hundreds of metres between maps.',
            fix: 'choose where the coordinates come from: GPS is WGS84, AMap and Tencent GCJ-02, Baidu BD-09.',
          },
        )
      : r.take('坐标系', readChoice(r.cell('坐标系'), DATUM_CHOICES));
  const precision = r.need('精度', (c) => readChoice(c, PRECISION_CHOICES));
  const basis = r.need('依据', (c) => readChoice(c, BASIS_CHOICES));
  const unit = r.required('填报单位');
  const day = r.need('填报日期', (c) => readDate(c, context.today, { dayOnly: true }));
  if (r.refusals.length > 0 || !address || lon === undefined || lat === undefined) return null;
  if (!datum || !precision || !basis || !unit || !day) return null;
  if (lon >= 18 && lon <= 54 && lat >= 73 && lat <= 136)
    return (
      r.refuse(
        '经度',
        {
          message: `经度 ${lon}、纬度 ${lat} 像是填反了（西峰区经度约 107.6，纬度约 35.7）。`,
          fix: '请对调经度和纬度。',
        },
        {
          message: `longitude ${lon} and latitude ${lat} look swapped (Xifeng lies near 107.6 E, 35.7 N).`,
          fix: 'swap them.',
        },
      ) ?? null
    );
  const point: Position = [lon, lat];
  const township =
    lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90 ? context.townshipAt(toWgs84(point, datum)) : null;
  if (township === null)
    return (
      r.refuse(
        '经度',
        {
          message: `点（${lon}, ${lat}，${datum}）不在西峰区界内。`,
          fix: '请检查坐标和坐标系（高德、腾讯为 GCJ-02，百度为 BD-09）。',
        },
        {
          message: `the point (${lon}, ${lat}, ${datum}) lies outside the district.`,
          fix: 'check the coordinates and the datum (AMap and Tencent: GCJ-02, Baidu: BD-09).',
        },
      ) ?? null
    );
  const texts =
    basis === 'citation'
      ? sourceTexts({ kind: 'citation', title: address, url: '' })
      : sourceTexts({ kind: 'local', how: basis, unit, date: day });
  const where = basis === 'citation' ? { zh: '', en: '' } : { zh: `；${address}`, en: `; ${address}` };
  return {
    ...base,
    point,
    datum,
    precision,
    township,
    source_zh: `${texts.location_source_zh}${where.zh}`,
    source_en: `${texts.location_source_en}${where.en}`,
  };
}

function townshipRow(r: RowReader, base: RowOf<typeof TOWNSHIP_SHEET>, today: string): TownshipRow | null {
  const unit = r.required('填报单位');
  const day = r.need('填报日期', (c) => readDate(c, today, { dayOnly: true }));
  const cite = (source: string) => `${source}（${unit ?? ''}填报，${day ?? ''}）`;
  const facts: TownshipFactsEdit = {};
  if (['人口', '人口年份', '人口口径', '人口来源'].some((c) => r.text(c) !== '')) {
    const count = r.need('人口', (c) => wholeNumber(normalised(c), 1, 2_000_000));
    const year = r.need('人口年份', (c) => wholeNumber(normalised(c), 1950, Number(today.slice(0, 4))));
    const kind = r.need('人口口径', (c) => readChoice(c, POPULATION_KIND_CHOICES));
    const source = r.required('人口来源');
    if (count && year && kind && source)
      facts.population = {
        population: count,
        population_year: year,
        population_kind: kind,
        population_source: cite(source),
      };
  }
  if (['面积（平方公里）', '面积来源'].some((c) => r.text(c) !== '')) {
    const column = '面积（平方公里）';
    const area = r.need(column, (c) => positiveNumber(normalised(c), 1000));
    const source = r.required('面积来源');
    if (area && source) facts.area = { area_km2_official: area, area_source: cite(source) };
  }
  if (r.refusals.length > 0 || !unit || !day) return null;
  return { ...base, facts };
}

/** The filled rows of one sheet, read; rows that name the same key twice are all refused. */
export function readSheet(
  sheet: DataSheet,
  rows: SheetRows['rows'],
  context: ReadContext,
): { changes: RowChange[]; refusals: Refusal[] } {
  const toFill = COLUMNS[sheet].filter((c) => c.fill && !NOT_COUNTED.has(c.header)).map((c) => c.header);
  const readers = rows
    .map(({ row, cells }) => new RowReader(sheet, row, cells))
    .filter((r) => toFill.some((column) => r.text(column) !== ''));
  const changes: RowChange[] = [];
  const refusals: Refusal[] = [];
  const seen = new Map<string, number[]>();
  for (const r of readers) seen.set(r.text(ID_COLUMN), [...(seen.get(r.text(ID_COLUMN)) ?? []), r.row]);
  for (const r of readers) {
    const key = r.text(ID_COLUMN);
    const base = { sheet, row: r.row, key, fingerprint: r.text(FINGERPRINT_COLUMN) };
    const twice = seen.get(key)!;
    if (!context.keys[sheet].has(key))
      r.refuse(
        ID_COLUMN,
        {
          message: '数据中没有这个编号。',
          fix: '请勿改动编号；新项目不能用表格添加，请与地图维护人员联系。',
        },
        {
          message: 'no record or township has this id.',
          fix: 'leave the ids as exported; new projects cannot be added through the workbook.',
        },
      );
    else if (twice.length > 1)
      r.refuse(
        ID_COLUMN,
        {
          message: `同一编号在本表出现了 ${twice.length} 次（第 ${twice.join('、')} 行）。`,
          fix: '每个编号只填一行；同一项目的另一条进展请下次再报。',
        },
        {
          message: `the same id is on ${twice.length} rows (${twice.join(', ')}).`,
          fix: 'fill one row per id; send a second entry for the same project next time.',
        },
      );
    const change =
      r.refusals.length > 0
        ? null
        : sheet === PROGRESS_SHEET
          ? progressRow(r, { ...base, sheet }, context.today)
          : sheet === LOCATION_SHEET
            ? locationRow(r, { ...base, sheet }, context)
            : townshipRow(r, { ...base, sheet }, context.today);
    if (change) changes.push(change);
    refusals.push(...r.refusals);
  }
  return { changes, refusals };
}
