import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataPaths, type DataPaths } from '../../../scripts/data/paths.ts';
import { runCheck } from '../../../scripts/data/pipeline.ts';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { editLocation, type LocationChange } from '../../../scripts/editor/source-edit.ts';

const FILES = [
  'geodata/sources/xifeng-2022-government-work-report.txt',
  'geodata/townships.json',
  'geodata/xifeng-boundary.geojson',
  'geodata/src/places.yaml',
  'geodata/src/projects.yaml',
  'geodata/projects.geojson',
  'geodata/townships.geojson',
];
const point: LocationChange = {
  kind: 'points',
  coordinates: [[107.64, 35.64]],
  shape: null,
  datum: 'WGS84',
  precision: 'near',
  township: '621002101',
  method: 'cited',
  source: 'local knowledge: Xifeng water bureau, site visit 2026-11-29',
  source_zh: '本单位掌握：西峰区水务局，2026-11-29现场核实',
};
const place =
  (change: LocationChange, id = 'dongzhiyuan-water-plant') =>
  (texts: Parameters<typeof editLocation>[0]) =>
    editLocation(texts, id, change);

let root: string;
let paths: DataPaths;
const snapshot = () => FILES.map((file) => readFileSync(join(root, file), 'utf8'));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xifeng-store-'));
  for (const file of FILES) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(file, join(root, file));
  }
  paths = dataPaths(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('EditorStore', () => {
  it('saves a valid change: sources and compiled files written, data:check passes, the diff is that change', () => {
    const store = new EditorStore(paths);
    const result = store.save(store.hash(), place(point));
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.hash).toBe(store.hash());
    expect(runCheck(paths).problems).toEqual([]);
    expect(result.diff).toContain(
      '-  places: []\n-  unplaced: site_unknown\n+  places: [site.dongzhiyuan-water-plant]',
    );
    expect(result.diff).toContain('+- key: site.dongzhiyuan-water-plant');
    const compiled = JSON.parse(readFileSync(join(root, 'geodata/projects.geojson'), 'utf8')) as {
      features: { id: string; properties: { precision: string } }[];
    };
    expect(compiled.features.find((f) => f.id === 'dongzhiyuan-water-plant')!.properties.precision).toBe(
      'near',
    );
  });

  it('refuses a change that would not build (422) and writes nothing', () => {
    const store = new EditorStore(paths);
    const before = snapshot();
    const result = store.save(store.hash(), place({ ...point, coordinates: [[108.5, 36.5]] }));
    expect(result.status).toBe(422);
    if (result.status === 422) expect(result.problems[0]!.message).toMatch(/outside/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a save from a page that read older files (409), and an unknown project (404)', () => {
    const store = new EditorStore(paths);
    const pageHash = store.hash();
    expect(store.save(pageHash, place(point)).status).toBe(200);
    const before = snapshot();
    // A second tab still holds the first hash.
    expect(store.save(pageHash, place({ ...point, coordinates: [[107.65, 35.65]] })).status).toBe(409);
    expect(store.save(store.hash(), place(point, 'no-such-project')).status).toBe(404);
    expect(snapshot()).toEqual(before);
  });

  it('notices a hand edit of the files since the page read them', () => {
    const store = new EditorStore(paths);
    const pageHash = store.hash();
    writeFileSync(
      join(root, 'geodata/src/places.yaml'),
      `${readFileSync(join(root, 'geodata/src/places.yaml'), 'utf8')}\n`,
    );
    expect(store.save(pageHash, place(point)).status).toBe(409);
  });

  it('undoes the last save byte for byte, once, and not after someone else changed the files', () => {
    const store = new EditorStore(paths);
    const original = snapshot();
    const saved = store.save(store.hash(), place(point));
    expect(saved.status).toBe(200);
    const undone = store.undo(store.hash());
    expect(undone.status).toBe(200);
    expect(snapshot()).toEqual(original);
    expect(store.undo(store.hash()).status).toBe(409);

    expect(store.save(store.hash(), place(point)).status).toBe(200);
    writeFileSync(
      join(root, 'geodata/src/projects.yaml'),
      `${readFileSync(join(root, 'geodata/src/projects.yaml'), 'utf8')}\n`,
    );
    expect(store.undo(store.hash()).status).toBe(409);
  });
});
