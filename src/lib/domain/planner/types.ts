/**
 * The shapes the coverage modules share: a grid cell and the grid (made by `grid.ts`, read by
 * `read.ts`, exported by `export.ts`) and a township's outline. Types only, importing nothing of
 * this folder, so every module here can use them without an import cycle.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { TownshipName } from '../search.ts';

export interface CellProperties {
  /** Stable for a given boundary and cell size: the cell's place in the unclipped grid. */
  id: string;
  /** Great-circle km from the cell's centre to the nearest project point; null when there is none. */
  distance_km: number | null;
}
export type CoverageCell = Feature<Polygon | MultiPolygon, CellProperties>;
export type CoverageGrid = FeatureCollection<Polygon | MultiPolygon, CellProperties>;

/** A township's outline with its names, to tell which township a point falls in. */
export type TownshipArea = Feature<Polygon | MultiPolygon, TownshipName>;
