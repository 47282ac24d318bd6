/**
 * The reference data the sources are checked against: the township and village codes
 * (geodata/townships.json), the district outline (geodata/xifeng-boundary.geojson), and how a
 * report's text is split into lines and hashed (the registry of reports is in reports.ts).
 * Pure parsers: unknown JSON or text in, typed data or problems out.
 */
import { createHash } from 'node:crypto';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fileProblem, preview, type SourceProblem } from './source-problem.ts';
import type { TownshipName } from './source-types.ts';

export interface TownshipEntry extends TownshipName {
  code: string;
}

export interface VillageEntry extends TownshipName {
  code: string;
  nbs_name: string | null;
  /** The 9-digit code of the township the village is listed under. */
  township: string;
}

export interface Gazetteer {
  townships: ReadonlyMap<string, TownshipEntry>;
  villages: ReadonlyMap<string, VillageEntry>;
}

export type Boundary = Feature<Polygon | MultiPolygon>;

type Parsed<T> = { value: T; problems: [] } | { value: null; problems: SourceProblem[] };

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function parseTownshipsJson(json: unknown, file: string): Parsed<Gazetteer> {
  const fix =
    'rebuild it with npm run geodata:build (shape: { district, townships: [{ code, name_zh, name_en, villages }] })';
  const list = isMapping(json) ? json.townships : undefined;
  if (!Array.isArray(list))
    return { value: null, problems: [fileProblem(file, 'the file has no townships list', fix)] };
  const townships = new Map<string, TownshipEntry>();
  const villages = new Map<string, VillageEntry>();
  for (const t of list) {
    if (
      !isMapping(t) ||
      typeof t.code !== 'string' ||
      !/^\d{9}$/.test(t.code) ||
      !Array.isArray(t.villages)
    ) {
      return {
        value: null,
        problems: [
          fileProblem(
            file,
            `the file has a township entry that is not { code, villages }: ${preview(t)}`,
            fix,
          ),
        ],
      };
    }
    townships.set(t.code, { code: t.code, name_zh: text(t.name_zh), name_en: text(t.name_en) });
    for (const v of t.villages) {
      if (!isMapping(v) || typeof v.code !== 'string' || !/^\d{12}$/.test(v.code)) {
        return {
          value: null,
          problems: [
            fileProblem(file, `the file has a village entry without a 12-digit code under ${t.code}`, fix),
          ],
        };
      }
      const nbsName = typeof v.nbs_name === 'string' ? v.nbs_name : null;
      villages.set(v.code, {
        code: v.code,
        name_zh: text(v.name_zh),
        name_en: text(v.name_en),
        nbs_name: nbsName,
        township: t.code,
      });
    }
  }
  return { value: { townships, villages }, problems: [] };
}

/** Accepts a FeatureCollection with one Feature, a Feature, or a bare Polygon / MultiPolygon. */
export function parseBoundary(json: unknown, file: string): Parsed<Boundary> {
  let candidate: unknown = json;
  if (isMapping(candidate) && candidate.type === 'FeatureCollection' && Array.isArray(candidate.features)) {
    candidate = candidate.features.length === 1 ? candidate.features[0] : undefined;
  }
  if (isMapping(candidate) && candidate.type === 'Feature') candidate = candidate.geometry;
  if (
    isMapping(candidate) &&
    (candidate.type === 'Polygon' || candidate.type === 'MultiPolygon') &&
    Array.isArray(candidate.coordinates)
  ) {
    const geometry = candidate as unknown as Polygon | MultiPolygon;
    return { value: { type: 'Feature', properties: {}, geometry }, problems: [] };
  }
  const fix = 'give one Polygon or MultiPolygon feature in WGS84 (npm run geodata:build writes it)';
  return {
    value: null,
    problems: [fileProblem(file, 'the file is not a district outline (one Polygon or MultiPolygon)', fix)],
  };
}

/** The report's lines: line n is `lines[n - 1]`. Tolerates \r\n line ends (a copy saved on Windows). */
export function reportLines(reportText: string): string[] {
  const lines = reportText.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline ends a line, not starts one
  return lines;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** [minLon, minLat, maxLon, maxLat] of every vertex. */
export function boundaryBox(boundary: Boundary): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons =
    boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
  for (const ring of polygons.flat()) {
    for (const [lon = NaN, lat = NaN] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}
