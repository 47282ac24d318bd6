/**
 * The 说明 sheet: how to fill the workbook in, in plain Chinese, for a member of staff who has
 * never seen the map: what the sheets are, each column and its allowed values, an example of a
 * filled row, what is refused, and who to send it back to. Also the hash of the data it was
 * exported from (数据版本), which the import reads back.
 */
import { COLUMNS, LOCATION_SHEET, PROGRESS_SHEET, SHEETS, TOWNSHIP_SHEET, type DataSheet } from './layout.ts';

export const VERSION_LABEL = '数据版本';
export const NEUTRAL_RETURN_TO = '发给您这份表格的工作人员（原路发回即可）';

const SHEET_PURPOSE: Record<DataSheet, string> = {
  [PROGRESS_SHEET]: '每个项目一行：填写项目的最新进展。没有新情况的行空着即可。',
  [LOCATION_SHEET]: '尚未在地图上定位（或只定位到乡镇）的项目：知道具体位置的，填写地址和坐标。',
  [TOWNSHIP_SHEET]: '十个乡镇（街道）：统计部门请填写人口和面积（如第七次全国人口普查数据）。',
};

const EXAMPLES: Record<DataSheet, string> = {
  [PROGRESS_SHEET]:
    '日期 2026-10；日期类型 事件日期；状态 在建；进展情况 一期主体工程完工，正在安装设备；来源名称、来源网址 空着（本单位掌握）；填报单位 西峰区水务局；填报日期 2026-12-07',
  [LOCATION_SHEET]:
    '地址或说明 董志镇某村，某道路东侧；经度 107.6412；纬度 35.6315；坐标系 GCJ-02（高德、腾讯）；精度 精确（项目本身）；依据 现场核实；填报单位 西峰区水务局；填报日期 2026-12-07',
  [TOWNSHIP_SHEET]:
    '人口 35120；人口年份 2020；人口口径 常住；人口来源 第七次全国人口普查西峰区汇总资料；面积、面积来源 不掌握就空着；填报单位 西峰区统计局；填报日期 2026-12-07',
};

export function guideRows(dataHash: string, exportedAt: string, returnTo: string | null): string[][] {
  const rows: string[][] = [
    ['西峰区政府工作报告项目地图 · 区属单位填报表'],
    [
      '这份表格做什么',
      '把您单位掌握的项目进展、项目位置和乡镇人口面积填进来，发回后经与地图相同的检查导入地图。地图上会注明“区属单位填报”。',
    ],
    ['填好后发给', returnTo ?? NEUTRAL_RETURN_TO],
    [VERSION_LABEL, dataHash, '导出时数据的指纹，请勿改动'],
    ['导出时间', exportedAt],
    [],
    ['怎样填', '只在白色格子里填写；灰色格子是地图现有的数据，已锁定。每个项目一行，没有新情况的行空着。'],
    ['', '不要改动表名、列名和列的顺序，不要增删工作表或列，不要合并单元格，不要使用公式（只填值）。'],
    ['', '日期写成 2026、2026-05 或 2026-05-18（也可用日期格式的单元格），不能晚于填表当天。'],
    ['', '坐标用十进制度数（如 107.6412），不要用度分秒；并注明坐标取自哪种地图（坐标系）。'],
    ['', '“进展情况”用一句中文写明事实；英文由地图维护人员日后翻译。'],
    ['', '如果导出后这一项已被别人修改，这一行会被退回，请按最新表格重填。'],
    [],
  ];
  for (const sheet of SHEETS.slice(1) as DataSheet[]) {
    rows.push([`「${sheet}」表`, SHEET_PURPOSE[sheet]], ['列名', '填写说明', '可选值']);
    for (const column of COLUMNS[sheet])
      rows.push([
        column.header,
        `${column.fill ? '' : '（已锁定）'}${column.help}`,
        column.choices?.join('、') ?? '',
      ]);
    rows.push(['示例', EXAMPLES[sheet]], []);
  }
  return rows;
}
