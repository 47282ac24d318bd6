/**
 * The browser's side of the workbook's routes (scripts/editor/workbook-api.ts, docs/editor-api.md):
 * the download's address, and a chosen file sent as it is, checked (a dry run) or written.
 */
import { API_PREFIX } from './protocol.ts';

/** What an office is told about one refused cell, row or file, in one language. */
export interface RefusalSaid {
  message: string;
  fix: string;
}

/** As scripts/sheet/refusal.ts gives it: where, the value found, and what to do, in both languages. */
export interface WorkbookRefusal {
  sheet: string | null;
  row: number | null;
  /** The row's 编号 (a record's id, a township's code), to find it by. */
  key: string | null;
  column: string | null;
  value: string | null;
  zh: RefusalSaid;
  en: RefusalSaid;
}

export interface WorkbookCheck {
  /** The files' hash after the request (a new one when `written`). */
  hash: string;
  written: boolean;
  diff: string;
  applied: number;
  appliedBySheet: Record<string, number>;
  skipped: number;
  refusals: WorkbookRefusal[];
  staleNotes: string[];
  /** Whether the data changed since the workbook was exported (null: the workbook does not say). */
  changedSinceExport: boolean | null;
}

export type WorkbookOutcome =
  | { kind: 'checked'; result: WorkbookCheck }
  | { kind: 'stale'; hash: string }
  | { kind: 'too_large' }
  | { kind: 'failed'; message: string };

/** Check only; write all or nothing; write the rows that pass. */
export type WorkbookAction = 'check' | 'write' | 'write_valid';

const PATH = `${API_PREFIX.slice(1)}workbook`;
/** The server reads no more (MAX_WORKBOOK_BYTES): a larger file is not sent at all. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024 + 64 * 1024;

/** The download's address, relative to the page (as the other requests). */
export const workbookHref = (area: string): string => (area ? `${PATH}?area=${area}` : PATH);

export async function sendWorkbook(
  file: File,
  baseHash: string,
  action: WorkbookAction,
): Promise<WorkbookOutcome> {
  if (file.size > MAX_UPLOAD_BYTES) return { kind: 'too_large' };
  const query = new URLSearchParams({
    base_hash: baseHash,
    dry_run: action === 'check' ? '1' : '0',
    accept_valid: action === 'write_valid' ? '1' : '0',
  });
  let response: Response;
  try {
    response = await fetch(new URL(`${PATH}?${query}`, document.baseURI), {
      method: 'POST',
      // A header carries Latin-1 only: the name (often Chinese) goes URI-encoded.
      headers: { 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 200) return { kind: 'checked', result: answer as unknown as WorkbookCheck };
  if (response.status === 409) return { kind: 'stale', hash: String(answer.hash) };
  if (response.status === 413) return { kind: 'too_large' };
  return { kind: 'failed', message: `HTTP ${response.status}: ${String(answer.message ?? '')}` };
}
