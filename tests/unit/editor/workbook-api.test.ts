/**
 * The workbook's routes of the editor API on a copy of the data: the download is the export, the
 * upload is the import (dry run, all or nothing, the valid rows only), undone by the editor's undo;
 * and the checks every write has (Host, Origin, base_hash), plus the file name and the size.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleApi } from '../../../scripts/editor/api.ts';
import { EditorStore } from '../../../scripts/editor/editor-store.ts';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';
import {
  handleWorkbook,
  MAX_WORKBOOK_BYTES,
  XLSX_TYPE,
  type FileResponse,
  type WorkbookRequest,
} from '../../../scripts/editor/workbook-api.ts';
import type { Refusal } from '../../../scripts/sheet/refusal.ts';
import { todayIso } from '../../../src/lib/domain/progress.ts';
import { exported, filled, load, rowOf, type Fill } from '../../helpers/workbook.ts';
import { tempData, type TempData } from './temp-data.ts';

const OWN = 'http://127.0.0.1:5180';
const PLANT = 'dongzhiyuan-water-plant';
const OFFICE = { 填报单位: '西峰区水务局', 填报日期: '2026-12-01' };
const GOOD: Fill = {
  sheet: '进展',
  id: PLANT,
  values: { 日期: '2026-10', 状态: '在建', 进展情况: '一期主体工程完工，正在安装设备。', ...OFFICE },
};
const BAD: Fill = {
  sheet: '进展',
  id: 'xiaojin-sewage-plant',
  values: { 日期: '2026-10', 状态: '完工', 进展情况: '主体完工。', ...OFFICE },
};

interface Checked {
  hash: string;
  written: boolean;
  diff: string;
  applied: number;
  appliedBySheet: Record<string, number>;
  skipped: number;
  refusals: Refusal[];
  staleNotes: string[];
  changedSinceExport: boolean | null;
}

let data: TempData;
let store: EditorStore;
let townshipAt: ReturnType<typeof townshipLookup>;
beforeEach(() => {
  data = tempData();
  store = new EditorStore(data.paths);
  townshipAt = townshipLookup(join(data.root, data.paths.townshipsOut));
});
afterEach(() => data.remove());

function call(request: Partial<WorkbookRequest> & { search?: string }) {
  const { search = '', ...rest } = request;
  const method = rest.method ?? (rest.body ? 'POST' : 'GET');
  return handleWorkbook(
    store,
    {
      method,
      query: new URLSearchParams(search),
      host: '127.0.0.1:5180',
      origin: method === 'GET' ? undefined : OWN,
      fileName: 'returned.xlsx',
      body: new Uint8Array(),
      ...rest,
    },
    OWN,
    townshipAt,
  );
}

const upload = (body: Uint8Array, search: string, extra: Partial<WorkbookRequest> = {}) =>
  call({ method: 'POST', body, search: `base_hash=${store.hash()}&${search}`, ...extra });

async function checked(body: Uint8Array, search: string): Promise<Checked> {
  const answer = await upload(body, search);
  expect(answer.status).toBe(200);
  return (answer as { body: Checked }).body;
}

describe('the workbook download', () => {
  it('is the exported workbook, as an .xlsx attachment named by the day', async () => {
    const answer = (await call({})) as FileResponse;
    expect(answer).toMatchObject({
      status: 200,
      type: XLSX_TYPE,
      name: `xifeng-workbook-${todayIso()}.xlsx`,
    });
    const book = await load(answer.file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '进展', '位置', '乡镇']);
    expect(rowOf(book.getWorksheet('进展')!, PLANT)).toBeGreaterThan(1);
  });

  it('keeps to one area or township when asked, and refuses an unknown one (400) or another Host (403)', async () => {
    const all = await load(((await call({})) as FileResponse).file);
    const water = await load(((await call({ search: 'area=livelihood' })) as FileResponse).file);
    const rows = (book: typeof all) => book.getWorksheet('进展')!.actualRowCount;
    expect(rows(water)).toBeGreaterThan(1);
    expect(rows(water)).toBeLessThan(rows(all));
    const dongzhi = await load(((await call({ search: 'township=621002101' })) as FileResponse).file);
    expect(dongzhi.getWorksheet('乡镇')!.actualRowCount).toBe(2);
    expect(await call({ search: 'area=moon' })).toEqual({
      status: 400,
      body: { message: expect.stringMatching(/^area must be one of /) },
    });
    expect((await call({ search: 'township=dongzhi' })).status).toBe(400);
    expect((await call({ host: 'evil.example' })).status).toBe(403);
  });
});

describe('the workbook upload', { timeout: 30_000 }, () => {
  it('checks without writing (dry run): counts, every refusal in both languages, the diff', async () => {
    const before = data.snapshot();
    const bytes = await filled(await exported(data.paths), [GOOD, BAD]);
    const result = await checked(bytes, 'dry_run=1&accept_valid=0');
    expect(result).toMatchObject({
      hash: store.hash(),
      written: false,
      applied: 1,
      appliedBySheet: { 进展: 1, 位置: 0, 乡镇: 0 },
      skipped: 0,
      staleNotes: [],
      changedSinceExport: false,
    });
    expect(result.refusals).toEqual([
      {
        sheet: '进展',
        row: expect.any(Number) as number,
        key: 'xiaojin-sewage-plant',
        column: '状态',
        value: '完工',
        zh: { message: expect.stringMatching(/不是下拉列表中的选项/), fix: expect.any(String) },
        en: { message: expect.any(String), fix: expect.any(String) },
      },
    ]);
    expect(result.diff).toContain('一期主体工程完工，正在安装设备。');
    expect(data.snapshot()).toEqual(before);
  });

  it('writes nothing when a row is refused (all or nothing), the valid rows with accept_valid=1; undo puts every byte back', async () => {
    const before = data.snapshot();
    const bytes = await filled(await exported(data.paths), [GOOD, BAD]);
    const refused = await checked(bytes, 'dry_run=0&accept_valid=0');
    expect(refused).toMatchObject({ written: false, applied: 1 });
    expect(data.snapshot()).toEqual(before);

    const written = await checked(bytes, 'dry_run=0&accept_valid=1');
    expect(written).toMatchObject({ written: true, applied: 1, hash: store.hash() });
    expect(written.refusals).toHaveLength(1);
    expect(data.snapshot()).not.toEqual(before);
    // The same workbook again: the row is in the data already, which changed since the export.
    expect(await checked(bytes, 'dry_run=1&accept_valid=1')).toMatchObject({
      applied: 0,
      skipped: 1,
      changedSinceExport: true,
    });

    const undone = handleApi(
      store,
      {
        method: 'POST',
        path: '/__editor/undo',
        host: '127.0.0.1:5180',
        origin: OWN,
        body: JSON.stringify({ base_hash: written.hash }),
      },
      OWN,
      townshipAt,
    );
    expect(undone.status).toBe(200);
    expect(data.snapshot()).toEqual(before);
  });

  it('refuses a stale base_hash (409), another Origin (403), a request without the file name or base_hash (400)', async () => {
    const before = data.snapshot();
    const bytes = await filled(await exported(data.paths), [GOOD]);
    const stale = await call({ method: 'POST', body: bytes, search: 'base_hash=old&dry_run=0' });
    expect(stale).toEqual({ status: 409, body: { hash: store.hash(), message: expect.any(String) } });
    expect((await upload(bytes, 'dry_run=0', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload(bytes, 'dry_run=0', { origin: undefined })).status).toBe(403);
    expect(await upload(bytes, 'dry_run=0', { fileName: undefined })).toEqual({
      status: 400,
      body: { message: 'X-File-Name must give the file’s name' },
    });
    expect((await call({ method: 'POST', body: bytes, search: 'dry_run=0' })).status).toBe(400);
    expect((await upload(bytes, 'dry_run=yes')).status).toBe(400);
    expect(data.snapshot()).toEqual(before);
  });

  it('refuses a macro workbook by its (URI-encoded) name, and a body over the limit (413)', async () => {
    const bytes = await filled(await exported(data.paths), [GOOD]);
    const macro = (await upload(bytes, 'dry_run=0', {
      fileName: encodeURIComponent('西峰区水务局.xlsm'),
    })) as { body: Checked };
    const [refusal] = macro.body.refusals;
    expect(refusal).toMatchObject({ sheet: null, zh: { message: expect.stringMatching(/含宏/) } });
    expect(macro.body.written).toBe(false);
    const huge = await upload(new Uint8Array(MAX_WORKBOOK_BYTES + 1), 'dry_run=1');
    expect(huge.status).toBe(413);
  });

  it('answers 409 and writes nothing when a save lands while the workbook is being opened', async () => {
    const bytes = await filled(await exported(data.paths), [GOOD]);
    const importing = upload(bytes, 'dry_run=0');
    // The import is waiting on the workbook; the editor saves a progress entry meanwhile.
    const saved = handleApi(
      store,
      {
        method: 'POST',
        path: `/__editor/project/${PLANT}/progress`,
        host: '127.0.0.1:5180',
        origin: OWN,
        body: JSON.stringify({
          date: '2023',
          status: 'under_construction',
          fact_zh: '区水务局称水厂在建。',
          fact_en: 'The district water bureau says the plant is being built.',
          source_name: '西峰区水务局',
          source_url: 'https://example.org/news/1',
          retrieved: '2026-11-29',
          base_hash: store.hash(),
        }),
      },
      OWN,
      townshipAt,
    );
    expect(saved.status).toBe(200);
    const afterSave = data.snapshot();
    expect(await importing).toEqual({
      status: 409,
      body: { hash: store.hash(), message: expect.any(String) },
    });
    expect(data.snapshot()).toEqual(afterSave);
  });
});
