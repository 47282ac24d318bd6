/**
 * The browser's side of the editor's write API (scripts/editor/api.ts, docs/editor-api.md): every
 * answer becomes one of a few outcomes the panel shows. Same-origin requests, so the browser sends
 * the Origin the server checks.
 */
import { API_PREFIX, type ApiProblem, type EditorState } from './protocol.ts';

export type SaveOutcome =
  | { kind: 'saved'; hash: string; diff: string }
  | { kind: 'stale'; hash: string; message: string }
  | { kind: 'refused'; problems: ApiProblem[] }
  | { kind: 'failed'; message: string };

/** Relative to the page, so the app works under any base path. */
const BASE = API_PREFIX.slice(1);

export async function readState(): Promise<EditorState> {
  const response = await fetch(new URL(`${BASE}state`, document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as EditorState;
}

export async function post(path: string, body: Record<string, unknown>): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(new URL(`${BASE}${path}`, document.baseURI), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 200) return { kind: 'saved', hash: String(answer.hash), diff: String(answer.diff) };
  if (response.status === 409)
    return { kind: 'stale', hash: String(answer.hash), message: String(answer.message) };
  if (response.status === 422) return { kind: 'refused', problems: answer.problems as ApiProblem[] };
  return { kind: 'failed', message: `HTTP ${response.status}: ${String(answer.message ?? '')}` };
}
