/**
 * The workbook round trip on a copy of the real data: export, fill as an office would, import.
 * What is written (through the editor's store and the data build), what is refused and why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/data/pipeline.ts';
import {
  factsOf,
  gapSummary,
  townshipMeasures,
  type TownshipFactsInfo,
} from '../../../src/lib/domain/planner/township-measures.ts';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { editLocation } from '../../../scripts/editor/source-edit.ts';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';
import { importWorkbook, type ImportOptions } from '../../../scripts/sheet/import-workbook.ts';
import { formatRefusal } from '../../../scripts/sheet/refusal.ts';
import { POINT, tempData, type TempData } from '../editor/temp-data.ts';
import { exported, filled, type Fill } from '../../helpers/workbook.ts';

const PLANT = 'dongzhiyuan-water-plant';
const DONGZHI = '621002101';
const OFFICE = { 填报单位: '西峰区水务局', 填报日期: '2026-12-01' };
const PROGRESS: Fill = {
  sheet: '进展',
  id: PLANT,
  values: { 日期: '2026-10', 状态: '在建', 进展情况: '一期主体工程完工，正在安装设备。', ...OFFICE },
};
const LOCATION: Fill = {
  sheet: '位置',
  id: PLANT,
  values: {
    地址或说明: '董志镇，水厂厂区',
    经度: 107.6412,
    纬度: 35.6315,
    坐标系: 'GCJ-02（高德、腾讯）',
    精度: '附近（约1公里内）',
    依据: '现场核实',
    ...OFFICE,
  },
};
const TOWNSHIP: Fill = {
  sheet: '乡镇',
  id: DONGZHI,
  values: {
    人口: 60321,
    人口年份: 2020,
    人口口径: '常住',
    人口来源: '第七次全国人口普查西峰区汇总资料',
    填报单位: '西峰区统计局',
    填报日期: '2026-12-01',
  },
};

let data: TempData;
let store: EditorStore;
let workbook: Buffer;
let options: ImportOptions;

beforeEach(async () => {
  data = tempData();
  store = new EditorStore(data.paths);
  workbook = await exported(data.paths);
  options = {
    dryRun: false,
    acceptValid: false,
    today: '2026-12-07',
    townshipAt: townshipLookup(join(data.root, data.paths.townshipsOut)),
  };
});
afterEach(() => data.remove());

const run = async (bytes: Uint8Array, over: Partial<ImportOptions> = {}, name = 'returned.xlsx') =>
  importWorkbook(store, name, bytes, { ...options, ...over });
const compiled = (id: string) =>
  (
    JSON.parse(readFileSync(join(data.root, 'geodata/projects.geojson'), 'utf8')) as {
      features: { id: string; geometry: unknown; properties: Record<string, unknown> }[];
    }
  ).features.find((f) => f.id === id)!;
const townships = () =>
  JSON.parse(readFileSync(join(data.root, 'geodata/townships.geojson'), 'utf8')) as {
    features: { id: string; properties: Record<string, unknown> }[];
  };
const said = (result: { refusals: Parameters<typeof formatRefusal>[0][] }) =>
  result.refusals.map((r) => formatRefusal(r, 'zh'));

describe('a filled workbook', { timeout: 20_000 }, () => {
  it('writes progress, a location and a township figure as the editor would; twice adds nothing; undo restores every byte', async () => {
    const before = data.snapshot();
    const bytes = await filled(workbook, [PROGRESS, LOCATION, TOWNSHIP]);
    const result = await run(bytes);
    expect(said(result)).toEqual([]);
    expect(result.changedSinceExport).toBe(false);
    expect(result.written).toBe(true);
    expect(result.applied.map((r) => r.sheet)).toEqual(['进展', '位置', '乡镇']);
    expect(runCheck(data.paths).problems).toEqual([]);

    const plant = compiled(PLANT);
    expect(plant.properties.progress).toEqual([
      {
        date: '2026-10',
        date_kind: 'event',
        status: 'under_construction',
        fact_zh: '一期主体工程完工，正在安装设备。',
        fact_en: null,
        source_name: '西峰区水务局',
        source_url: null,
        retrieved: '2026-12-01',
        reported_by: '西峰区水务局',
      },
    ]);
    expect(plant.properties.precision).toBe('near');
    expect(plant.properties.township).toBe(DONGZHI);
    expect(plant.properties.location_source_zh).toContain(
      '现场核实：西峰区水务局，2026-12-01；董志镇，水厂厂区',
    );
    // Stored as picked (GCJ-02), converted to WGS84 by the build: a few hundred metres apart.
    const [lon] = (plant.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeGreaterThan(107.634);
    expect(lon).toBeLessThan(107.641);
    expect(result.diff).toContain('-  unplaced: site_unknown');
    expect(result.diff).toContain('+  datum: GCJ02');
    expect(result.staleNotes).toEqual([PLANT]);
    const dongzhi = townships().features.find((f) => f.id === DONGZHI)!.properties;
    expect(dongzhi).toMatchObject({ population: 60321, population_year: 2020, population_kind: 'resident' });
    expect(dongzhi.population_source).toBe(
      '第七次全国人口普查西峰区汇总资料（西峰区统计局填报，2026-12-01）',
    );

    const after = data.snapshot();
    const again = await run(bytes);
    expect(again.written).toBe(false);
    expect(again.skipped).toHaveLength(3);
    expect(said(again)).toEqual([]);
    expect(data.snapshot()).toEqual(after);

    expect(store.undo(store.hash()).status).toBe(200);
    expect(data.snapshot()).toEqual(before);
  });

  it('with --dry-run shows the diff and writes nothing', async () => {
    const before = data.snapshot();
    const result = await run(await filled(workbook, [PROGRESS]), { dryRun: true });
    expect(result.written).toBe(false);
    expect(result.diff).toContain('+      reported_by: 西峰区水务局');
    expect(data.snapshot()).toEqual(before);
  });

  it('an official area refits the schematic areas and builds', async () => {
    const area: Fill = {
      sheet: '乡镇',
      id: DONGZHI,
      values: { '面积（平方公里）': 151.2, 面积来源: '区统计局', ...OFFICE },
    };
    const result = await run(await filled(workbook, [area]));
    expect(said(result)).toEqual([]);
    expect(result.diff).toMatch(/- {2}schematic_weight: [-\d.e]+\n/);
    expect(runCheck(data.paths).problems).toEqual([]);
    expect(townships().features.find((f) => f.id === DONGZHI)!.properties.area_km2_official).toBe(151.2);
  });
});

describe('all or nothing', { timeout: 20_000 }, () => {
  const bad: Fill = {
    sheet: '进展',
    id: 'xiaojin-sewage-plant',
    values: { ...PROGRESS.values, 状态: '完工了' },
  };

  it('one refused row and nothing is written; --accept-valid writes the rest', async () => {
    const before = data.snapshot();
    const bytes = await filled(workbook, [PROGRESS, bad]);
    const refused = await run(bytes);
    expect(refused.written).toBe(false);
    expect(said(refused)).toEqual([
      expect.stringMatching(
        /^「进展」表 第 \d+ 行（[a-z0-9-]+）「状态」列“完工了”：不是下拉列表中的选项。 改法：请从下拉列表中选：已开工、/,
      ),
    ]);
    expect(data.snapshot()).toEqual(before);
    const partly = await run(bytes, { acceptValid: true });
    expect(partly.written).toBe(true);
    expect(partly.applied.map((r) => r.key)).toEqual([PLANT]);
    expect(said(partly)).toHaveLength(1);
  });

  it('a record changed since the export is a conflict for its row, never overwritten', async () => {
    expect(store.save(store.hash(), (texts) => editLocation(texts, PLANT, POINT)).status).toBe(200);
    const before = data.snapshot();
    const result = await run(await filled(workbook, [LOCATION]));
    expect(result.changedSinceExport).toBe(true);
    expect(said(result)).toEqual([
      expect.stringMatching(
        /「位置」表 第 \d+ 行（[a-z0-9-]+）「编号」列“dongzhiyuan-water-plant”：这一项在导出表格之后已被修改/,
      ),
    ]);
    expect(data.snapshot()).toEqual(before);
  });

  it("a row the data build refuses is named with the build's reason", async () => {
    const english: Fill = {
      sheet: '进展',
      id: PLANT,
      values: { ...PROGRESS.values, 进展情况: 'The plant is finished and running well' },
    };
    const result = await run(await filled(workbook, [english]));
    expect(result.written).toBe(false);
    expect(said(result)).toEqual([
      expect.stringMatching(/^「进展」表 第 \d+ 行（[a-z0-9-]+）：数据检查未通过：中文事实里没有中文/),
    ]);
  });
});

describe("the statistics bureau's figures reach the planner", { timeout: 20_000 }, () => {
  it('with every township population imported, the planner can say what share of people a gap leaves out', async () => {
    const facts = () =>
      townships().features.map((f) => factsOf({ ...f.properties, code: f.id }) as TownshipFactsInfo);
    const rows = () => townshipMeasures([], facts(), 'tasks', { id: 'xifeng-2022', year: 2022 }).rows;
    expect(gapSummary(rows()).populationShare).toEqual({ share: null, reason: 'unknown' });
    const codes = townships().features.map((f) => f.id);
    const fills: Fill[] = codes.map((code, i) => ({
      sheet: '乡镇',
      id: code,
      values: { ...TOWNSHIP.values, 人口: 20_000 + i * 1_000 },
    }));
    const result = await run(await filled(workbook, fills));
    expect(said(result)).toEqual([]);
    expect(gapSummary(rows()).populationShare).toEqual({ share: 1, year: 2020 });
  });
});
