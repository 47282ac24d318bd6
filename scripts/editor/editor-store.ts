/**
 * The editor's saves, with file access: a change is applied to the source files as they are on
 * disk, refused when they changed since the page read them (409), refused with the validator's
 * problems when it would not build (422), and otherwise written (sources and compiled files, each
 * through a temporary file and a rename) with the diff of the sources. The last save can be undone
 * byte for byte, as long as nobody changed the files after it: the editor's saves and a workbook's
 * import share one store, and the last save is kept in a file (`UNDO_FILE`), so that `npm run
 * sheet:import -- --undo` or the editor's button can undo it after a restart too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { absolute, type DataPaths } from '../data/paths.ts';
import type { SourceProblem } from '../data/source-problem.ts';
import { writeFileAtomic } from '../data/write-file.ts';
import { buildCandidate } from './check-candidate.ts';
import { EditError, type SourceTexts } from './source-edit.ts';

export type SaveResult =
  | { status: 200; hash: string; diff: string }
  | { status: 404; message: string }
  | { status: 409; hash: string; message: string }
  | { status: 422; problems: SourceProblem[] };

/** One hash for the source files: a change to any of them makes a page's copy stale. */
export function sourcesHash(texts: SourceTexts): string {
  return createHash('sha256')
    .update(texts.places)
    .update('\u0000')
    .update(texts.projects)
    .update('\u0000')
    .update(texts.townships)
    .digest('hex');
}

/** Where the last save is kept for undo, relative to the data root (git-ignored). */
export const UNDO_FILE = '.editor-undo.json';

interface LastSave {
  before: SourceTexts;
  after: SourceTexts;
}

export class EditorStore {
  constructor(readonly paths: DataPaths) {}

  read(): SourceTexts {
    const { paths } = this;
    return {
      places: readFileSync(absolute(paths, paths.places), 'utf8'),
      projects: readFileSync(absolute(paths, paths.projects), 'utf8'),
      townships: readFileSync(absolute(paths, paths.townshipFacts), 'utf8'),
    };
  }

  /** The last save, if one is kept and nobody changed the files since. */
  private get last(): LastSave | null {
    const file = absolute(this.paths, UNDO_FILE);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LastSave) : null;
  }

  private set last(save: LastSave | null) {
    const file = absolute(this.paths, UNDO_FILE);
    if (save === null) rmSync(file, { force: true });
    else writeFileAtomic(file, JSON.stringify(save));
  }

  hash(): string {
    return sourcesHash(this.read());
  }

  /** Applies `edit` to the files read at `baseHash`; see SaveResult. */
  save(baseHash: string, edit: (texts: SourceTexts) => SourceTexts): SaveResult {
    const current = this.read();
    const stale = this.staleness(current, baseHash);
    if (stale) return stale;
    let next: SourceTexts;
    try {
      next = edit(current);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      if (error.reason === 'unknown_project') return { status: 404, message: error.message };
      return {
        status: 422,
        problems: [
          {
            file: this.paths.projects,
            line: null,
            subject: null,
            message: error.message,
            fix: 'give the change its place or points',
          },
        ],
      };
    }
    if (sourcesHash(next) === sourcesHash(current))
      return { status: 200, hash: sourcesHash(current), diff: '' };
    const refused = this.write(next);
    if (refused) return refused;
    this.last = { before: current, after: next };
    return { status: 200, hash: sourcesHash(next), diff: this.diff(current, next) };
  }

  /** Puts back the files as they were before the last save. */
  undo(baseHash: string): SaveResult {
    const last = this.last;
    if (!last) return { status: 409, hash: this.hash(), message: 'there is no save to undo' };
    const current = this.read();
    const hash = sourcesHash(current);
    if (hash !== sourcesHash(last.after) || baseHash !== hash)
      return {
        status: 409,
        hash,
        message: 'the files changed after the last save; it cannot be undone here',
      };
    const { before } = last;
    const refused = this.write(before);
    if (refused) return refused;
    this.last = null;
    return { status: 200, hash: sourcesHash(before), diff: this.diff(current, before) };
  }

  private staleness(current: SourceTexts, baseHash: string): SaveResult | null {
    const hash = sourcesHash(current);
    if (hash === baseHash) return null;
    return {
      status: 409,
      hash,
      message:
        'the source files changed since this page read them (another tab or a hand edit); reload and make the change again',
    };
  }

  /** Builds `texts` and writes them with their compiled files (null), or returns the problems and writes nothing. */
  private write(texts: SourceTexts): Extract<SaveResult, { status: 422 }> | null {
    const built = buildCandidate(this.paths, texts);
    if (built.projectsText === null || built.townshipsText === null)
      return { status: 422, problems: built.problems };
    const { paths } = this;
    writeFileAtomic(absolute(paths, paths.places), texts.places);
    writeFileAtomic(absolute(paths, paths.projects), texts.projects);
    writeFileAtomic(absolute(paths, paths.townshipFacts), texts.townships);
    writeFileAtomic(absolute(paths, paths.projectsOut), built.projectsText);
    writeFileAtomic(absolute(paths, paths.townshipsOut), built.townshipsText);
    return null;
  }

  /** The unified diff of the source files between two states (also shown before a workbook import). */
  diff(before: SourceTexts, after: SourceTexts): string {
    const { paths } = this;
    return [
      [paths.places, before.places, after.places],
      [paths.projects, before.projects, after.projects],
      [paths.townshipFacts, before.townships, after.townships],
    ]
      .filter(([, a, b]) => a !== b)
      .map(([file, a, b]) => createTwoFilesPatch(`a/${file!}`, `b/${file!}`, a!, b!, '', '', { context: 2 }))
      .join('');
  }
}
