/**
 * The editor's saves, with file access: a change is applied to the source files as they are on
 * disk, refused when they changed since the page read them (409), refused with the validator's
 * problems when it would not build (422), and otherwise written (sources and compiled files, each
 * through a temporary file and a rename) with the diff of the sources. The last save can be undone
 * byte for byte, as long as nobody changed the files after it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { absolute, type DataPaths } from '../data/paths';
import type { SourceProblem } from '../data/source-problem';
import { writeFileAtomic } from '../data/write-file';
import { buildCandidate } from './check-candidate';
import { EditError, type SourceTexts } from './source-edit';

export type SaveResult =
  | { status: 200; hash: string; diff: string }
  | { status: 404; message: string }
  | { status: 409; hash: string; message: string }
  | { status: 422; problems: SourceProblem[] };

/** One hash for the pair of source files: a change to either makes a page's copy stale. */
export function sourcesHash(texts: SourceTexts): string {
  return createHash('sha256').update(texts.places).update('\u0000').update(texts.projects).digest('hex');
}

export class EditorStore {
  private last: { before: SourceTexts; after: SourceTexts } | null = null;

  constructor(readonly paths: DataPaths) {}

  read(): SourceTexts {
    return {
      places: readFileSync(absolute(this.paths, this.paths.places), 'utf8'),
      projects: readFileSync(absolute(this.paths, this.paths.projects), 'utf8'),
    };
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
    const refused = this.write(next);
    if (refused) return refused;
    this.last = { before: current, after: next };
    return { status: 200, hash: sourcesHash(next), diff: this.diff(current, next) };
  }

  /** Puts back the files as they were before the last save. */
  undo(baseHash: string): SaveResult {
    if (!this.last) return { status: 409, hash: this.hash(), message: 'there is no save to undo' };
    const current = this.read();
    const hash = sourcesHash(current);
    if (hash !== sourcesHash(this.last.after) || baseHash !== hash)
      return {
        status: 409,
        hash,
        message: 'the files changed after the last save; it cannot be undone here',
      };
    const { before } = this.last;
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
    writeFileAtomic(absolute(paths, paths.projectsOut), built.projectsText);
    writeFileAtomic(absolute(paths, paths.townshipsOut), built.townshipsText);
    return null;
  }

  private diff(before: SourceTexts, after: SourceTexts): string {
    const { paths } = this;
    return [
      [paths.places, before.places, after.places],
      [paths.projects, before.projects, after.projects],
    ]
      .filter(([, a, b]) => a !== b)
      .map(([file, a, b]) => createTwoFilesPatch(`a/${file!}`, `b/${file!}`, a!, b!, '', '', { context: 2 }))
      .join('');
  }
}
