import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleApi, type ApiRequest } from '../../../scripts/editor/api.ts';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';
import { tempData, type TempData } from './temp-data.ts';

const OWN = 'http://127.0.0.1:5180';
let data: TempData;
let store: EditorStore;
beforeEach(() => {
  data = tempData();
  store = new EditorStore(data.paths);
});
afterEach(() => data.remove());

const townshipAt = townshipLookup('geodata/townships.geojson');
function call(path: string, body?: Record<string, unknown>, headers: Partial<ApiRequest> = {}) {
  return handleApi(
    store,
    {
      method: body ? 'POST' : 'GET',
      path,
      host: '127.0.0.1:5180',
      origin: body ? OWN : undefined,
      body: body ? JSON.stringify(body) : '',
      ...headers,
    },
    OWN,
    townshipAt,
  );
}
const location = (extra: Record<string, unknown> = {}) => ({
  geometry: { type: 'Point', coordinates: [107.64, 35.64] },
  precision: 'near',
  datum: 'WGS84',
  location_source_en: 'local knowledge: Xifeng water bureau, site visit 2026-11-29',
  location_source_zh: '本单位掌握：西峰区水务局，2026-11-29现场核实',
  base_hash: store.hash(),
  ...extra,
});

describe('the editor API', () => {
  it('gives the hash, then saves a placement (200 with the diff), finding the township from the point', () => {
    const state = call('/__editor/state') as { status: number; body: { hash: string; places: unknown[] } };
    expect(state.status).toBe(200);
    expect(state.body.hash).toBe(store.hash());
    // The gazetteer for the place picker: every place of places.yaml, with its names and township.
    expect(state.body.places).toHaveLength(
      parse(readFileSync(data.root + '/geodata/src/places.yaml', 'utf8')).length,
    );
    expect(state.body.places).toContainEqual({
      key: 'town.dongzhi',
      name_zh: '董志镇',
      name_en: 'Dongzhi Town',
      kind: 'township_seat',
      township: '621002101',
      precision: 'township',
    });
    const saved = call('/__editor/project/dongzhiyuan-water-plant/location', location());
    expect(saved.status).toBe(200);
    expect((saved.body as { diff: string }).diff).toContain('+  township: "621002101"');
  });

  it('refuses another Host or Origin (403), a big body (413), a stale hash (409), an unknown project (404)', () => {
    const before = data.snapshot();
    expect(
      call('/__editor/project/dongzhiyuan-water-plant/location', location(), {
        origin: 'https://evil.example',
      }).status,
    ).toBe(403);
    expect(
      call('/__editor/project/dongzhiyuan-water-plant/location', location(), { origin: undefined }).status,
    ).toBe(403);
    expect(call('/__editor/state', undefined, { host: 'evil.example' }).status).toBe(403);
    expect(
      call('/__editor/project/dongzhiyuan-water-plant/location', location({ pad: 'x'.repeat(70_000) }))
        .status,
    ).toBe(413);
    expect(
      call('/__editor/project/dongzhiyuan-water-plant/location', location({ base_hash: 'old' })).status,
    ).toBe(409);
    expect(call('/__editor/project/no-such-project/location', location()).status).toBe(404);
    expect(data.snapshot()).toEqual(before);
  });

  it('refuses a point outside the district with the validator problem (422) and writes nothing', () => {
    const before = data.snapshot();
    const outside = call(
      '/__editor/project/dongzhiyuan-water-plant/location',
      location({ geometry: { type: 'Point', coordinates: [108.5, 36.5] }, township: '621002101' }),
    );
    expect(outside.status).toBe(422);
    const [problem] = (outside.body as { problems: { field?: string; message: string }[] }).problems;
    // The field is named, so the editor can show the problem beside it.
    expect(problem).toMatchObject({ field: 'coordinates', message: expect.stringMatching(/outside/) });
    expect(data.snapshot()).toEqual(before);
  });

  it('takes a point clicked on a GCJ-02 basemap as it was entered, finding its township in WGS84', () => {
    const gcj = gcoord.transform([107.64, 35.64], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const saved = call(
      '/__editor/project/dongzhiyuan-water-plant/location',
      location({ datum: 'GCJ02', geometry: { type: 'Point', coordinates: gcj } }),
    );
    expect(saved.status).toBe(200);
    const diff = (saved.body as { diff: string }).diff;
    expect(diff).toContain('+  datum: GCJ02');
    expect(diff).toContain(`+  coordinates: [${gcj[0]}, ${gcj[1]}]`);
    expect(diff).toContain('+  township: "621002101"');
    // The compiled point is back in WGS84, within a metre of where it was meant.
    const built = JSON.parse(readFileSync(data.root + '/geodata/projects.geojson', 'utf8')) as {
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    const plant = built.features.find((f) => f.id === 'dongzhiyuan-water-plant')!;
    expect(plant.geometry.coordinates[0]).toBeCloseTo(107.64, 5);
    expect(plant.geometry.coordinates[1]).toBeCloseTo(35.64, 5);
  });

  it('answers a malformed body with what is wrong (400)', () => {
    const bad = (extra: Record<string, unknown>) =>
      call('/__editor/project/dongzhiyuan-water-plant/location', location(extra));
    expect(bad({ precision: 'somewhere' }).body).toEqual({
      message: 'precision must be one of exact, near, village, township',
    });
    expect(bad({ geometry: { type: 'Point', coordinates: [35.64] } }).status).toBe(400);
    // A point in no township of the district is refused as the validator would, naming the field.
    const before = data.snapshot();
    expect(bad({ geometry: { type: 'Point', coordinates: [106, 36] } })).toEqual({
      status: 422,
      body: {
        problems: [
          expect.objectContaining({
            field: 'coordinates',
            message: 'coordinates [106, 36] in WGS84 lie outside every township of the district',
          }),
        ],
      },
    });
    expect(data.snapshot()).toEqual(before);
    expect(bad({ note_en: 'Placed.' }).body).toEqual({
      message: 'note_en and note_zh must be given together, as strings',
    });
    const notJson = handleApi(
      store,
      { method: 'POST', path: '/__editor/undo', host: '127.0.0.1:5180', origin: OWN, body: '{' },
      OWN,
      townshipAt,
    );
    expect(notJson).toEqual({ status: 400, body: { message: 'the body is not JSON' } });
  });

  it('adds a progress entry and undoes it byte for byte', () => {
    const before = data.snapshot();
    const added = call('/__editor/project/dongzhiyuan-water-plant/progress', {
      date: '2023',
      status: 'under_construction',
      fact_zh: '区水务局称水厂在建。',
      fact_en: 'The district water bureau says the plant is being built.',
      source_name: '西峰区水务局',
      source_url: 'https://example.org/news/1',
      retrieved: '2026-11-29',
      base_hash: store.hash(),
    });
    expect(added.status).toBe(200);
    expect(call('/__editor/undo', { base_hash: store.hash() }).status).toBe(200);
    expect(data.snapshot()).toEqual(before);
  });
});
