/**
 * Types of the compiled data contract, `geodata/projects.geojson` (docs/data-model.md).
 * Plain TypeScript: the app, the data pipeline and the tests share them (and `positionsOf`).
 * The geometry types are our own small RFC 7946 subset, so this module needs no GeoJSON package.
 */
import type { AreaKey, CategoryKey, DateKindKey, PrecisionKey, StatusKey, UnitKey } from './vocabulary.ts';
import type { PhaseKey } from './phases.ts';

/** `[lon, lat]` in WGS84, at most 6 decimals. */
export type Position = [number, number];

export interface PointGeometry {
  type: 'Point';
  coordinates: Position;
}
export interface MultiPointGeometry {
  type: 'MultiPoint';
  coordinates: Position[];
}
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: Position[];
}
export interface MultiLineStringGeometry {
  type: 'MultiLineString';
  coordinates: Position[][];
}
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type ProjectGeometry =
  | PointGeometry
  | MultiPointGeometry
  | LineStringGeometry
  | MultiLineStringGeometry
  | PolygonGeometry
  | MultiPolygonGeometry;

export type ProjectGeometryType = ProjectGeometry['type'];

/** Every vertex of a geometry: lines and polygons by their vertices, MultiPoints by every point. */
export function positionsOf(geometry: ProjectGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** A number the report sets as a target, in the base unit of `unit` (万 and 亿 multiplied out). */
export interface Target {
  value: number;
  unit: UnitKey;
  /** The target as it stands in the quote, e.g. `1.12万头`. */
  text: string;
}

/** A multi-site item the report names only in part: `named` of `total` sites are placed. */
export interface Sites {
  total: number;
  named: number;
}

/**
 * What one public source says happened since the report, in our own words, with where it was read.
 * `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source; `date_kind` says whether it is
 * the event's own date or only the page's publication date.
 */
export interface ProgressEntry {
  date: string;
  date_kind: DateKindKey;
  status: StatusKey;
  fact_zh: string;
  /** null: an office's entry not yet translated (the English interface shows `fact_zh`, marked). */
  fact_en: string | null;
  source_name: string;
  /** http or https only; null only when a district office is itself the source (`reported_by`). */
  source_url: string | null;
  /** The day the page was read, `YYYY-MM-DD`; for an office's entry, the day it reported. */
  retrieved: string;
  /** The district office that reported the entry (through the workbook); null for a public page. */
  reported_by: string | null;
}

/**
 * A record of a later report that follows a record up (its `continues` names it): next year's report
 * saying the promise was kept, or carried over. `delivered` is the day that later report was delivered.
 */
export interface Continuation {
  id: string;
  report: string;
  report_line: number;
  quote: string;
  status_as_stated: string;
  /** `YYYY-MM-DD`. */
  delivered: string;
}

/** The properties of one record, in the fixed order the build writes them. */
export interface ProjectProperties {
  id: string;
  name_zh: string;
  name_en: string;
  /** The id of the report the record comes from (geodata/reports.yaml), e.g. `xifeng-2022`. */
  report: string;
  area: AreaKey;
  phase: PhaseKey;
  section: string;
  category: CategoryKey;
  status_as_stated: string;
  quote: string;
  report_line: number;
  /** The worst precision of the record's places; `district` when it has none (and no geometry). */
  precision: PrecisionKey;
  location_source: string;
  /** The same in Chinese, for the Chinese interface. */
  location_source_zh: string;
  /** 9-digit NBS township code, or null when district-wide or spanning several townships. */
  township: string | null;
  /** Every township code the record touches, sorted; empty when district-wide. */
  townships: string[];
  /** The gazetteer keys used. */
  places: string[];
  targets: Target[];
  sites: Sites | null;
  note: string | null;
  /** The note in Chinese; present exactly when `note` is. */
  note_zh: string | null;
  /** What public sources say happened since the report, oldest first; [] when nothing was found. */
  progress: ProgressEntry[];
  /**
   * What public sources say happened before the report was delivered, oldest first: context, never
   * progress, never the record's latest status; [] when none.
   */
  background: ProgressEntry[];
  /** The day public sources were last searched for this record, `YYYY-MM-DD`; null: not searched yet. */
  progress_searched: string | null;
  /** The id of the record of an earlier report this record follows up; null when none. */
  continues: string | null;
  /** The records of later reports that follow this one up, in the order they were delivered; [] when none. */
  continued_by: Continuation[];
}

export interface ProjectFeature {
  type: 'Feature';
  /** Equal to `properties.id`; never an array index. */
  id: string;
  geometry: ProjectGeometry | null;
  properties: ProjectProperties;
}

/** Plain RFC 7946: no `crs`, no foreign members. */
export interface ProjectCollection {
  type: 'FeatureCollection';
  features: ProjectFeature[];
}
