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

/**
 * Texts of the editor's code that a minifier keeps (string literals, class names), each with the
 * file that holds it: were the editor in a bundle, these would be in it.
 */
const EDITOR_MARKS = [
  { text: '__editor/', file: 'src/lib/editor/protocol.ts' },
  { text: 'editor-panel', file: 'src/lib/editor/EditorPanel.svelte' },
  { text: 'draft-marker', file: 'src/lib/map/draft-markers.ts' },
  { text: 'basemapTencent', file: 'src/lib/editor/editor-basemap.ts' },
];

describe('the production build', () => {
  it("contains none of the editor's code", () => {
    // The marks are still the editor's: a mark gone from its file would make this check pass blind.
    for (const { text, file } of EDITOR_MARKS) expect(readFileSync(file, 'utf8'), file).toContain(text);
    const files = filesUnder('dist');
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const withEditor = files.flatMap((file) => {
      const content = readFileSync(file, 'latin1');
      return EDITOR_MARKS.filter(({ text }) => content.includes(text)).map(({ text }) => `${file}: ${text}`);
    });
    expect(withEditor).toEqual([]);
  });
});
