/**
 * The editor's conversation with its server: the hash of the source files the page last read, the
 * gazetteer, and the outcome of the last save, workbook import or undo (the diff, or the problems by
 * field, or why nothing was written). After each of them the app reads its data again (`onchanged`).
 */
import { post, readState } from './editor-api.ts';
import type { ApiProblem, GazetteerPlace } from './protocol.ts';
import { slotOf, type Slot } from './problem-slot.ts';

export type Outcome = 'saved' | 'imported' | 'undone' | 'stale' | 'refused' | 'failed';

export class EditorSession {
  hash = $state('');
  places: GazetteerPlace[] = $state.raw([]);
  busy = $state(false);
  outcome: Outcome | null = $state(null);
  /** The server's words when the outcome is `failed`. */
  failure = $state('');
  problems: ApiProblem[] = $state.raw([]);
  diff = $state('');
  canUndo = $state(false);

  constructor(private readonly onchanged: () => Promise<void>) {}

  /** Reads the files' hash and the gazetteer again (at start, and after a refusal as stale). */
  async read(): Promise<void> {
    const state = await readState();
    this.hash = state.hash;
    this.places = state.places;
  }

  /** "Read again" after a stale refusal: the page takes the files as they are now. */
  async reload(): Promise<void> {
    await this.read();
    await this.onchanged();
    this.outcome = null;
  }

  problemsAt(slot: Slot): ApiProblem[] {
    return this.problems.filter((p) => slotOf(p.field) === slot);
  }

  /** Problems the client found before sending (same shape, so they show in the same places). */
  refuse(problems: ApiProblem[]): void {
    this.problems = problems;
    this.outcome = 'refused';
  }

  async save(path: string, body: Record<string, unknown>): Promise<boolean> {
    return this.send(path, body, 'saved');
  }

  /** A workbook's rows were written (WorkbookPanel): as after a save, the data is read again, Undo undoes it. */
  async imported(hash: string, diff: string): Promise<void> {
    this.hash = hash;
    this.diff = diff;
    this.problems = [];
    this.canUndo = true;
    await this.onchanged();
    this.outcome = 'imported';
  }

  async undo(): Promise<boolean> {
    return this.send('undo', {}, 'undone');
  }

  private async send(path: string, body: Record<string, unknown>, done: Outcome): Promise<boolean> {
    this.busy = true;
    try {
      const result = await post(path, { ...body, base_hash: this.hash });
      this.problems = result.kind === 'refused' ? result.problems : [];
      this.failure = result.kind === 'failed' ? result.message : '';
      if (result.kind !== 'saved') {
        this.outcome = result.kind;
        return false;
      }
      this.hash = result.hash;
      this.diff = result.diff;
      this.canUndo = done === 'saved';
      // Said once it is true: "saved, the map shows it" after the app has read its data again.
      await this.onchanged();
      this.outcome = done;
      return true;
    } finally {
      this.busy = false;
    }
  }
}
