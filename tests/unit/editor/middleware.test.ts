import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { editorMiddleware } from '../../../scripts/editor/middleware.ts';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';
import { MAX_WORKBOOK_BYTES } from '../../../scripts/editor/workbook-api.ts';
import { exported, filled, load } from '../../helpers/workbook.ts';
import { tempData, type TempData } from './temp-data.ts';

let data: TempData;
let server: Server;
let origin: string;

beforeEach(async () => {
  data = tempData();
  const store = new EditorStore(data.paths);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = editorMiddleware(store, origin, townshipLookup('geodata/townships.geojson'));
  server.on('request', (req, res) =>
    api(req, res, () => {
      res.statusCode = 200;
      res.end('the app');
    }),
  );
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  data.remove();
});

const post = (path: string, body: string, from = origin) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    body,
    headers: { Origin: from, 'Content-Type': 'application/json' },
  });

describe('the editor API over HTTP', () => {
  it('answers /__editor/ itself and passes everything else on to the app', async () => {
    const state = await fetch(`${origin}/__editor/state`);
    expect(state.status).toBe(200);
    expect(state.headers.get('content-type')).toMatch(/json/);
    expect(((await state.json()) as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await (await fetch(`${origin}/index.html`)).text()).toBe('the app');
  });

  it('refuses a write from another origin (403) and a body over 64 KB (413), writing nothing', async () => {
    const before = data.snapshot();
    const { hash } = (await (await fetch(`${origin}/__editor/state`)).json()) as { hash: string };
    const foreign = await post('/__editor/undo', JSON.stringify({ base_hash: hash }), 'https://evil.example');
    expect(foreign.status).toBe(403);
    const big = await post('/__editor/undo', JSON.stringify({ base_hash: hash, pad: 'x'.repeat(200_000) }));
    expect(big.status).toBe(413);
    expect(data.snapshot()).toEqual(before);
  });

  it('saves a placement sent as a browser would', async () => {
    const { hash } = (await (await fetch(`${origin}/__editor/state`)).json()) as { hash: string };
    const saved = await post(
      '/__editor/project/dongzhiyuan-water-plant/location',
      JSON.stringify({
        geometry: { type: 'Point', coordinates: [107.64, 35.64] },
        precision: 'near',
        datum: 'WGS84',
        location_source_en: 'local knowledge: Xifeng water bureau, site visit 2026-11-29',
        location_source_zh: '本单位掌握：西峰区水务局，2026-11-29现场核实',
        base_hash: hash,
      }),
    );
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { diff: string }).diff).toContain('site.dongzhiyuan-water-plant');
  });

  it('downloads the workbook as an .xlsx attachment', async () => {
    const answer = await fetch(`${origin}/__editor/workbook?area=city`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="xifeng-workbook-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const book = await load(new Uint8Array(await answer.arrayBuffer()));
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '进展', '位置', '乡镇']);
  });

  it('takes a workbook as raw bytes (not text) with its name URI-encoded, up to a little over 5 MB', async () => {
    const before = data.snapshot();
    const { hash } = (await (await fetch(`${origin}/__editor/state`)).json()) as { hash: string };
    const bytes = await filled(await exported(data.paths), [
      {
        sheet: '进展',
        id: 'dongzhiyuan-water-plant',
        values: {
          日期: '2026-10',
          状态: '在建',
          进展情况: '主体完工。',
          填报单位: '西峰区水务局',
          填报日期: '2026-12-01',
        },
      },
    ]);
    const send = (body: Uint8Array, name = encodeURIComponent('西峰区水务局.xlsx')) =>
      fetch(`${origin}/__editor/workbook?dry_run=1&accept_valid=0&base_hash=${hash}`, {
        method: 'POST',
        body: new Blob([new Uint8Array(body)]),
        headers: { Origin: origin, 'X-File-Name': name },
      });
    const answer = await send(bytes);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ written: false, applied: 1, refusals: [] });
    expect((await send(new Uint8Array(MAX_WORKBOOK_BYTES + 1))).status).toBe(413);
    expect(data.snapshot()).toEqual(before);
  }, 30_000);
});
