/**
 * The built site (dist/, built by `npm run test:e2e` before the tests) holds no editor: the write
 * API and its paths exist only in `npm run edit` (scripts/editor/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the production build', () => {
  it('contains no editor code and no __editor path', () => {
    const files = filesUnder('dist');
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const withEditor = files.filter((file) =>
      /__editor|xifeng-editor|EditorStore|editor-panel|draft-marker|LocationDraft/.test(
        readFileSync(file, 'latin1'),
      ),
    );
    expect(withEditor).toEqual([]);
  });
});
