/**
 * The checked form of the two source files (docs/data-model.md). `check-sources` turns unknown YAML
 * into these; `compile` turns these into the data contract.
 */
import type { Position, ProgressEntry, Sites, Target } from '../../src/lib/domain/project.ts';
import type { PhaseKey } from '../../src/lib/domain/phases.ts';
import type { AreaKey, CategoryKey, UnplacedReason } from '../../src/lib/domain/vocabulary.ts';
import type { Datum } from '../../src/lib/domain/datum.ts';

export const PLACE_KINDS = ['township_seat', 'village', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The key prefix each kind of place must use: `town.<pinyin>`, `village.<township>.<pinyin>`, `site.<slug>`. */
export const KEY_PREFIX: Record<PlaceKind, string> = {
  township_seat: 'town',
  village: 'village',
  site: 'site',
};

/** AMap and Tencent picks are GCJ02, Baidu picks BD09; the build converts both to WGS84. */
export { DATUMS, type Datum } from '../../src/lib/domain/datum.ts';

/** A place cannot be `district`: a district-wide record simply has no places. */
export const PLACE_PRECISIONS = ['exact', 'near', 'village', 'township'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const METHODS = ['cited', 'estimated'] as const;
export type Method = (typeof METHODS)[number];

export interface Place {
  key: string;
  name_zh: string;
  name_en: string;
  kind: PlaceKind;
  township: string;
  nbs_code: string | null;
  nbs_name: string | null;
  /** As written, in `datum`. */
  coordinates: Position;
  datum: Datum;
  precision: PlacePrecision;
  method: Method;
  source: string;
  /** The same in Chinese, for the Chinese interface. */
  source_zh: string;
  line: number;
}

export interface ProjectSource {
  id: string;
  name_zh: string;
  name_en: string;
  /** The id of its report in geodata/reports.yaml; null only for a draft checked without the registry. */
  report: string | null;
  /** The id of the record of an earlier report this one follows up; null when none. */
  continues: string | null;
  area: AreaKey;
  phase: PhaseKey;
  section: string;
  category: CategoryKey;
  status_as_stated: string;
  quote: string;
  report_line: number;
  places: string[];
  shape: 'line' | null;
  township: string | null;
  targets: Target[];
  sites: Sites | null;
  note: string | null;
  note_zh: string | null;
  /** Why a record without places has none; null when it has places. */
  unplaced: UnplacedReason | null;
  progress: ProgressEntry[];
  /** The entries dated before the report was delivered: context, never progress. */
  background: ProgressEntry[];
  progress_searched: string | null;
  line: number;
}

export interface TownshipName {
  name_zh: string;
  name_en: string;
}
