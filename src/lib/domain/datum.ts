/**
 * Coordinate systems a position may be entered in, and conversion between them (gcoord): WGS84
 * (GPS, 天地图/CGCS2000 within centimetres), GCJ02 (AMap, Tencent) and BD09 (Baidu). Shared by the
 * data build (scripts/data/coordinates.ts) and the data editor, so both convert the same way.
 */
import gcoord from 'gcoord';
import type { Position } from './project.ts';

export const DATUMS = ['WGS84', 'GCJ02', 'BD09'] as const;
export type Datum = (typeof DATUMS)[number];

const CRS: Record<Datum, Parameters<typeof gcoord.transform>[1]> = {
  WGS84: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
};

/** Rounds to 6 decimals (about 0.1 m); n / 1e6 is the double nearest the decimal, so it prints with ≤ 6 decimals. */
export function round6(x: number): number {
  const rounded = Math.round(x * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded; // never -0
}

/** `position`, entered in `from`, as it reads in `to`, rounded to 6 decimals. */
export function convertDatum(position: Position, from: Datum, to: Datum): Position {
  const [lon, lat] =
    from === to ? position : gcoord.transform([position[0], position[1]], CRS[from], CRS[to]);
  return [round6(lon), round6(lat)];
}
