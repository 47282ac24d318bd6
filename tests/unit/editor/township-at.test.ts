import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { townshipLookup } from '../../../scripts/editor/township-at.ts';

const dir = mkdtempSync(join(tmpdir(), 'xifeng-township-at-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('townshipLookup', () => {
  it('finds the township of a point, and follows the file when a save rewrites it', () => {
    const file = join(dir, 'townships.geojson');
    const text = readFileSync('geodata/townships.geojson', 'utf8');
    writeFileSync(file, text);
    const lookup = townshipLookup(file);
    expect(lookup([107.64, 35.64])).toBe('621002101');
    expect(lookup([108.5, 36.5])).toBeNull();
    writeFileSync(file, text.replaceAll('"code":"621002101"', '"code":"621002999"'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(lookup([107.64, 35.64])).toBe('621002999');
  });
});
