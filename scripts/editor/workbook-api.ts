/**
 * The workbook's routes of the editor API (docs/editor-api.md), behind the panel's 表格 / Workbook
 * tab: the same workbook and import as `npm run sheet:export` and `npm run sheet:import`.
 *   GET  /__editor/workbook[?area=<key>&township=<code>]       → the .xlsx, as an attachment
 *   POST /__editor/workbook?base_hash=H[&dry_run=1][&accept_valid=1]
 *        body: the .xlsx bytes; header X-File-Name: the file's name (URI-encoded), so that a .xlsm
 *        is refused by its name as the command line refuses it
 *        → 200 { hash, written, diff, applied, appliedBySheet, skipped, refusals, staleNotes,
 *                changedSinceExport }
 * As the other writes: 403 for another Host or Origin, 409 { hash, message } when the files changed
 * since the page read them (a dry run too: its diff would be against files the page has not seen),
 * 400 for a malformed request, 413 for a body over MAX_WORKBOOK_BYTES. Refusals of the workbook's
 * content are not errors: they come in the 200 answer, each in Chinese and English.
 */
import { todayIso } from '../../src/lib/domain/progress.ts';
import type { DataPaths } from '../data/paths.ts';
import { ChoiceError, exportChoice, exportInput } from '../sheet/export-input.ts';
import { exportWorkbook } from '../sheet/export-workbook.ts';
import { appliedBySheet, importWorkbook } from '../sheet/import-workbook.ts';
import { MAX_FILE_BYTES } from '../sheet/open-workbook.ts';
import { refuseForeign, type ApiResponse, type TownshipAt } from './api.ts';
import { EditorStore, sourcesHash } from './editor-store.ts';
import type { SourceTexts } from './source-edit.ts';

export const WORKBOOK_PATH = '/__editor/workbook';
/**
 * The largest upload read. A file a little over the import's own 5 MB limit is still read, so that
 * the import refuses it in words an office understands; anything larger is cut off with 413.
 */
export const MAX_WORKBOOK_BYTES = MAX_FILE_BYTES + 64 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookRequest {
  method: string;
  query: URLSearchParams;
  host: string | undefined;
  origin: string | undefined;
  /** The X-File-Name header as sent (URI-encoded by the panel: headers carry no Chinese). */
  fileName: string | undefined;
  body: Uint8Array;
}

/** A file to download. */
export interface FileResponse {
  status: 200;
  file: Buffer;
  type: string;
  name: string;
}

class BadRequest extends Error {}

/** The files changed since the page read them, found when the import reads them. */
class Moved extends Error {}

/**
 * The store as the page last read it. The import reads the files only after it has opened the
 * workbook (an await, during which another save may land): reading files that are no longer at
 * `baseHash` stops it, so it never applies rows the page checked to files it has not seen.
 */
class PinnedStore extends EditorStore {
  constructor(
    paths: DataPaths,
    private readonly baseHash: string,
  ) {
    super(paths);
  }

  override read(): SourceTexts {
    const texts = super.read();
    if (sourcesHash(texts) !== this.baseHash) throw new Moved();
    return texts;
  }
}

const reply = (status: number, body: unknown): ApiResponse => ({ status, body });
const stale = (store: EditorStore) =>
  reply(409, {
    hash: store.hash(),
    message:
      'the source files changed since this page read them (another tab or a hand edit); read them again and check the workbook again',
  });

function flag(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null || value === '0') return false;
  if (value === '1') return true;
  throw new BadRequest(`${name} must be 0 or 1`);
}

function fileNameOf(request: WorkbookRequest): string {
  const sent = request.fileName?.trim();
  if (!sent) throw new BadRequest('X-File-Name must give the file’s name');
  try {
    return decodeURIComponent(sent);
  } catch {
    return sent;
  }
}

async function download(store: EditorStore, query: URLSearchParams): Promise<FileResponse> {
  let choice;
  try {
    choice = exportChoice(query.get('area') || undefined, query.get('township') || undefined);
  } catch (error) {
    throw error instanceof ChoiceError ? new BadRequest(error.message) : error;
  }
  const input = exportInput(store.paths, choice);
  return {
    status: 200,
    file: await exportWorkbook(input),
    type: XLSX_TYPE,
    name: `xifeng-workbook-${todayIso()}.xlsx`,
  };
}

async function upload(
  store: EditorStore,
  request: WorkbookRequest,
  townshipAt: TownshipAt,
): Promise<ApiResponse> {
  const baseHash = request.query.get('base_hash');
  if (!baseHash) throw new BadRequest('base_hash must be given (the hash GET /__editor/state gave)');
  const options = {
    dryRun: flag(request.query, 'dry_run'),
    acceptValid: flag(request.query, 'accept_valid'),
    today: todayIso(),
    townshipAt,
  };
  const name = fileNameOf(request);
  if (store.hash() !== baseHash) return stale(store);
  let result;
  try {
    result = await importWorkbook(new PinnedStore(store.paths, baseHash), name, request.body, options);
  } catch (error) {
    if (error instanceof Moved) return stale(store);
    throw error;
  }
  return reply(200, {
    hash: store.hash(),
    written: result.written,
    diff: result.diff,
    applied: result.applied.length,
    appliedBySheet: appliedBySheet(result),
    skipped: result.skipped.length,
    refusals: result.refusals,
    staleNotes: result.staleNotes,
    changedSinceExport: result.changedSinceExport,
  });
}

/** Answers a request to WORKBOOK_PATH. */
export async function handleWorkbook(
  store: EditorStore,
  request: WorkbookRequest,
  ownOrigin: string,
  townshipAt: TownshipAt,
): Promise<ApiResponse | FileResponse> {
  const foreign = refuseForeign(request, ownOrigin);
  if (foreign) return foreign;
  if (request.body.length > MAX_WORKBOOK_BYTES)
    return reply(413, { message: `the workbook is over ${MAX_FILE_BYTES / 1024 / 1024} MB` });
  try {
    if (request.method === 'GET') return await download(store, request.query);
    if (request.method === 'POST') return await upload(store, request, townshipAt);
    return reply(404, { message: 'not found' });
  } catch (error) {
    if (error instanceof BadRequest) return reply(400, { message: error.message });
    throw error;
  }
}
