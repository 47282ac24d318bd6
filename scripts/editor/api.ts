/**
 * The editor's write API (editor server only, never in the built site):
 *   GET  /__editor/state                      → { hash, places } (the gazetteer, see gazetteer.ts)
 *   POST /__editor/project/<id>/location      { geometry | places, precision, datum, township?, method?,
 *                                               (township: for every point; by default each point's own)
 *                                               location_source_zh, location_source_en, source_url?,
 *                                               note_en?, note_zh?, base_hash }
 *   POST /__editor/project/<id>/progress      { date, date_kind?, status, fact_zh, fact_en, source_name,
 *                                               source_url, retrieved, base_hash }
 *   POST /__editor/undo                       { base_hash }
 *   GET|POST /__editor/workbook               the workbook's download and upload (workbook-api.ts)
 * Answers 200 { hash, diff }, 400 (not JSON, or a field of the wrong type), 403 (a Host or Origin
 * that is not the editor's own: a page on another site must not write a staff member's files),
 * 404, 409 { hash, message } (stale), 413 (over 64 KB), 422 { problems } (nothing written).
 * Pure apart from the store: the HTTP plumbing is in middleware.ts.
 */
import type { Position } from '../../src/lib/domain/project.ts';
import { API_PREFIX, type EditorState } from '../../src/lib/editor/protocol.ts';
import {
  DATUMS,
  METHODS,
  PLACE_PRECISIONS,
  type Datum,
  type Method,
  type PlacePrecision,
} from '../data/source-types.ts';
import { toWgs84 } from '../data/coordinates.ts';
import type { SourceProblem } from '../data/source-problem.ts';
import { sourcesHash, type EditorStore, type SaveResult } from './editor-store.ts';
import { gazetteerOf } from './gazetteer.ts';
import {
  addProgress,
  editLocation,
  type LocationChange,
  type NoteChange,
  type ProgressInput,
} from './source-edit.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiRequest {
  method: string;
  path: string;
  host: string | undefined;
  origin: string | undefined;
  body: string;
}
export interface ApiResponse {
  status: number;
  body: unknown;
}

/** Finds the township code a point lies in, or null (the compiled township areas). */
export type TownshipAt = (point: Position) => string | null;

class BadRequest extends Error {}

const reply = (status: number, body: unknown): ApiResponse => ({ status, body });
const fromSave = (result: SaveResult): ApiResponse => {
  const { status, ...body } = result;
  return reply(status, body);
};

function string(body: Record<string, unknown>, field: string, optional = false): string | undefined {
  const value = body[field];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new BadRequest(`${field} must be a non-empty string`);
  return value;
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  field: string,
  values: readonly T[],
  fallback?: T,
): T {
  const value = body[field] ?? fallback;
  if (!values.includes(value as T)) throw new BadRequest(`${field} must be one of ${values.join(', ')}`);
  return value as T;
}

function position(value: unknown): Position {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    throw new BadRequest('each coordinate must be [longitude, latitude], two numbers');
  return [value[0] as number, value[1] as number];
}

/** A GeoJSON Point, MultiPoint or LineString as the points of a change, and whether they form a line. */
function pointsOf(geometry: unknown): { coordinates: Position[]; shape: 'line' | null } {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g?.type === 'Point') return { coordinates: [position(g.coordinates)], shape: null };
  if (
    (g?.type === 'MultiPoint' || g?.type === 'LineString') &&
    Array.isArray(g.coordinates) &&
    g.coordinates.length > 0
  )
    return { coordinates: g.coordinates.map(position), shape: g.type === 'LineString' ? 'line' : null };
  throw new BadRequest('geometry must be a GeoJSON Point, MultiPoint or LineString');
}

/** A point outside every township of the district, refused as the validator refuses one. */
class OutsideDistrict extends Error {
  constructor(
    readonly point: Position,
    readonly datum: Datum,
  ) {
    super('outside');
  }
}

function locationChange(body: Record<string, unknown>, townshipAt: TownshipAt): LocationChange {
  if (body.places !== undefined) {
    if (!Array.isArray(body.places) || !body.places.every((k) => typeof k === 'string'))
      throw new BadRequest('places must be a list of gazetteer keys');
    return { kind: 'places', keys: body.places as string[], shape: body.shape === 'line' ? 'line' : null };
  }
  const { coordinates, shape } = pointsOf(body.geometry);
  const datum: Datum = oneOf(body, 'datum', DATUMS);
  const url = string(body, 'source_url', true);
  const cite = (text: string) => (url ? `${text} (${url})` : text);
  const given = string(body, 'township', true);
  return {
    kind: 'points',
    coordinates,
    shape,
    datum,
    precision: oneOf<PlacePrecision>(body, 'precision', PLACE_PRECISIONS),
    method: oneOf<Method>(body, 'method', METHODS, 'cited'),
    townships: coordinates.map((point) => given ?? townshipOf(point, datum, townshipAt)),
    source: cite(string(body, 'location_source_en')!),
    source_zh: cite(string(body, 'location_source_zh')!),
  };
}

/** The township a point lies in, looked up in WGS84 as the build will convert it. */
function townshipOf(point: Position, datum: Datum, townshipAt: TownshipAt): string {
  const code = townshipAt(toWgs84(point, datum));
  if (!code) throw new OutsideDistrict(point, datum);
  return code;
}

function outsideProblem(id: string, { point, datum }: OutsideDistrict): SourceProblem {
  return {
    file: 'geodata/src/places.yaml',
    line: null,
    subject: `place site.${id}`,
    field: 'coordinates',
    message: `coordinates [${point.join(', ')}] in ${datum} lie outside every township of the district`,
    fix: 'place it inside the district; points picked on AMap or Tencent maps are GCJ02, on Baidu BD09',
  };
}

/** `note_en` and `note_zh` together (either may be empty, which removes the note), or neither. */
function noteChange(body: Record<string, unknown>): NoteChange | undefined {
  const { note_en: en, note_zh: zh } = body;
  if (en === undefined && zh === undefined) return undefined;
  if (typeof en !== 'string' || typeof zh !== 'string')
    throw new BadRequest('note_en and note_zh must be given together, as strings');
  return { en, zh };
}

function progressInput(body: Record<string, unknown>): ProgressInput {
  const entry: Record<string, unknown> = {};
  for (const field of ['date', 'status', 'fact_zh', 'fact_en', 'source_name', 'source_url', 'retrieved'])
    entry[field] = string(body, field);
  const kind = string(body, 'date_kind', true);
  if (kind) entry.date_kind = kind;
  return entry as unknown as ProgressInput;
}

function route(store: EditorStore, request: ApiRequest, townshipAt: TownshipAt): ApiResponse {
  const path = request.path.slice(API_PREFIX.length);
  if (request.method === 'GET' && path === 'state') {
    const texts = store.read();
    const state: EditorState = { hash: sourcesHash(texts), places: gazetteerOf(texts.places) };
    return reply(200, state);
  }
  if (request.method !== 'POST') return reply(404, { message: 'not found' });
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(request.body) as Record<string, unknown>;
  } catch {
    throw new BadRequest('the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new BadRequest('the body must be a JSON object');
  const baseHash = string(body, 'base_hash')!;
  if (path === 'undo') return fromSave(store.undo(baseHash));
  const match = /^project\/([a-z0-9-]+)\/(location|progress)$/.exec(path);
  if (!match) return reply(404, { message: 'not found' });
  const [, id, what] = match as unknown as [string, string, string];
  if (what === 'location') {
    let change: LocationChange;
    try {
      change = locationChange(body, townshipAt);
    } catch (error) {
      if (error instanceof OutsideDistrict) return reply(422, { problems: [outsideProblem(id, error)] });
      throw error;
    }
    const note = noteChange(body);
    return fromSave(store.save(baseHash, (texts) => editLocation(texts, id, change, note)));
  }
  const entry = progressInput(body);
  return fromSave(store.save(baseHash, (texts) => addProgress(texts, id, entry)));
}

/**
 * The 403 for a request that is not the editor's own (null when it is): the Host must be the
 * editor's, and a write must come with its Origin. Shared by every route, the workbook's too.
 */
export function refuseForeign(
  request: Pick<ApiRequest, 'method' | 'host' | 'origin'>,
  ownOrigin: string,
): ApiResponse | null {
  const own = new URL(ownOrigin);
  if (request.host !== own.host) return reply(403, { message: `Host must be ${own.host}` });
  if (request.method !== 'GET' && request.origin !== own.origin)
    return reply(403, { message: `a write must come from ${own.origin}` });
  return null;
}

/**
 * Answers one request. `ownOrigin` is the editor's own `http://127.0.0.1:<port>`: the Host must be
 * its host, and a write must come with that Origin (browsers send it; another site's page cannot
 * forge it).
 */
export function handleApi(
  store: EditorStore,
  request: ApiRequest,
  ownOrigin: string,
  townshipAt: TownshipAt,
): ApiResponse {
  const foreign = refuseForeign(request, ownOrigin);
  if (foreign) return foreign;
  if (Buffer.byteLength(request.body) > MAX_BODY_BYTES)
    return reply(413, { message: 'the body is over 64 KB' });
  try {
    return route(store, request, townshipAt);
  } catch (error) {
    if (error instanceof BadRequest) return reply(400, { message: error.message });
    throw error;
  }
}
