/**
 * The workbook's round trip through LibreOffice Calc: exported, opened and saved by Calc, filled
 * as an office would (every record's progress, a location, a township's population), saved by Calc
 * again, imported. Prints the timings for the 142 rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/data/pipeline.ts';
import { EditorStore } from '../../scripts/editor/editor-store.ts';
import { townshipLookup } from '../../scripts/editor/township-at.ts';
import { importWorkbook, type ImportOptions } from '../../scripts/sheet/import-workbook.ts';
import { formatRefusal } from '../../scripts/sheet/refusal.ts';
import { columnOf, exported, load, rowOf, save } from '../helpers/workbook.ts';
import { tempData, type TempData } from '../unit/editor/temp-data.ts';
import { SOFFICE, savedByLibreOffice } from './libreoffice.ts';

let data: TempData;
let options: ImportOptions;
const timings: string[] = [];
async function timed<T>(what: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  timings.push(`${what}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

beforeAll(() => {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is not at ${SOFFICE}: apt-get install libreoffice-calc-nogui (or set SOFFICE_PATH)`,
    );
  data = tempData();
  options = {
    dryRun: false,
    acceptValid: false,
    today: '2026-12-07',
    townshipAt: townshipLookup(join(data.root, data.paths.townshipsOut)),
  };
});
afterAll(() => {
  data.remove();
  console.log(`Round trip of the whole workbook through LibreOffice Calc:\n  ${timings.join('\n  ')}`);
});

describe('the workbook through LibreOffice Calc', () => {
  it('keeps its layout, protection and drop-downs when Calc saves it', async () => {
    const saved = savedByLibreOffice(await exported(data.paths));
    const book = await load(saved);
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '进展', '位置', '乡镇']);
    const sheet = book.getWorksheet('进展')!;
    const row = sheet.getRow(rowOf(sheet, 'dongzhiyuan-water-plant'));
    expect(row.getCell(columnOf(sheet, '报告原文')).value).toBe('建成投用董志塬水厂');
    // Calc writes protection as "true"/"false", which ExcelJS does not read back: look at the XML.
    const parts = unzipSync(saved);
    const xml = (name: string) => new TextDecoder().decode(parts[name]);
    expect(xml('xl/worksheets/sheet2.xml')).toMatch(/<sheetProtection sheet="(true|1)"/);
    expect(xml('xl/worksheets/sheet2.xml')).toMatch(
      /<dataValidation [^>]*errorTitle="状态"[^>]*sqref="J2:J143" type="list">\s*<formula1>&quot;已开工,在建,已建成,已投用,延期,已取消,其他进展&quot;<\/formula1>/,
    );
    expect(xml('xl/styles.xml')).toMatch(/<protection locked="(false|0)"/);
  });

  it('imports every filled row of 142, and the data builds', async () => {
    const before = data.snapshot();
    const fresh = await timed('export (142 records)', () => exported(data.paths));
    const opened = await timed('LibreOffice opens and saves it', () => savedByLibreOffice(fresh));
    const book = await load(opened);
    const progress = book.getWorksheet('进展')!;
    const at = (header: string) => columnOf(progress, header);
    let rows = 0;
    progress.eachRow((row, number) => {
      if (number === 1) return;
      rows += 1;
      const date = row.getCell(at('日期'));
      if (number % 2 === 0) date.value = '2026-11';
      else {
        // A date cell, as a spreadsheet makes one when a date is typed or pasted into it.
        date.value = new Date(Date.UTC(2026, 10, 20));
        date.numFmt = 'yyyy-mm-dd';
      }
      row.getCell(at('状态')).value = '在建';
      row.getCell(at('进展情况')).value = `区里核实：第${number}行所列工程正在推进。`;
      row.getCell(at('填报单位')).value = '西峰区人民政府办公室';
      row.getCell(at('填报日期')).value = '2026-12-01';
    });
    expect(rows).toBe(142);
    const places = book.getWorksheet('位置')!;
    const plant = places.getRow(rowOf(places, 'dongzhiyuan-water-plant'));
    for (const [header, value] of Object.entries({
      地址或说明: '董志镇，水厂厂区',
      经度: 107.6412,
      纬度: 35.6315,
      坐标系: 'GCJ-02（高德、腾讯）',
      精度: '附近（约1公里内）',
      依据: '本单位掌握',
      填报单位: '西峰区水务局',
      填报日期: '2026-12-01',
    }))
      plant.getCell(columnOf(places, header)).value = value;
    const towns = book.getWorksheet('乡镇')!;
    const dongzhi = towns.getRow(rowOf(towns, '621002101'));
    for (const [header, value] of Object.entries({
      人口: 60321,
      人口年份: 2020,
      人口口径: '常住',
      人口来源: '第七次全国人口普查西峰区汇总资料',
      填报单位: '西峰区统计局',
      填报日期: '2026-12-01',
    }))
      dongzhi.getCell(columnOf(towns, header)).value = value;
    const returned = await timed('LibreOffice saves the filled workbook', async () =>
      savedByLibreOffice(await save(book)),
    );

    const store = new EditorStore(data.paths);
    const result = await timed('import (144 rows: dry run)', () =>
      importWorkbook(store, 'returned.xlsx', returned, { ...options, dryRun: true }),
    );
    expect(result.refusals.map((r) => formatRefusal(r, 'en'))).toEqual([]);
    expect(result.applied).toHaveLength(144);
    expect(data.snapshot()).toEqual(before);
    const written = await timed('import (144 rows: written)', () =>
      importWorkbook(store, 'returned.xlsx', returned, options),
    );
    expect(written.written).toBe(true);
    expect(runCheck(data.paths).problems).toEqual([]);
    const compiled = JSON.parse(readFileSync(join(data.root, 'geodata/projects.geojson'), 'utf8')) as {
      features: {
        properties: {
          id: string;
          precision: string;
          progress: { date: string; reported_by: string | null }[];
        };
      }[];
    };
    const office = compiled.features.flatMap((f) =>
      f.properties.progress.filter((e) => e.reported_by !== null),
    );
    expect(office).toHaveLength(142);
    // A date typed as a date cell arrives as the day the office saw.
    expect(new Set(office.map((e) => e.date))).toEqual(new Set(['2026-11', '2026-11-20']));
    expect(
      compiled.features.find((f) => f.properties.id === 'dongzhiyuan-water-plant')!.properties.precision,
    ).toBe('near');

    const again = await timed('import again (nothing to add)', () =>
      importWorkbook(store, 'returned.xlsx', returned, options),
    );
    expect([again.written, again.skipped.length, again.refusals.length]).toEqual([false, 144, 0]);
    await timed('undo', () => expect(store.undo(store.hash()).status).toBe(200));
    expect(data.snapshot()).toEqual(before);
  });
});
