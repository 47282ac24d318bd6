import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/data/pipeline.ts';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { editLocation, type LocationChange, type SourceTexts } from '../../../scripts/editor/source-edit.ts';
import { POINT as point, tempData, type TempData } from './temp-data.ts';

const place =
  (change: LocationChange, id = 'dongzhiyuan-water-plant') =>
  (texts: SourceTexts) =>
    editLocation(texts, id, change);

let data: TempData;
let root: string;
let paths: TempData['paths'];
const snapshot = () => data.snapshot();

beforeEach(() => {
  data = tempData();
  ({ root, paths } = data);
});
afterEach(() => data.remove());

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
