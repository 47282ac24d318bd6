import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, YAMLMap } from 'yaml';
import { readListFile, spliceItems } from '../../../scripts/editor/yaml-splice.ts';

const read = (file: string) => readFileSync(file, 'utf8');

describe('spliceItems', () => {
  // The one item whose text the yaml package writes differently: an inline comment after three
  // spaces comes back after one. Editing that place changes that line's spacing too.
  const RESPACED = new Set(['site.airport']);

  it.each(['geodata/src/places.yaml', 'geodata/src/projects.yaml'])(
    'writes back every unedited item of %s byte for byte',
    (path) => {
      const text = read(path);
      const file = readListFile(text, path);
      expect(file.list.items.length).toBeGreaterThan(40);
      for (const item of file.list.items) {
        const key = String(item.get('key') ?? item.get('id'));
        if (RESPACED.has(key)) continue;
        expect(spliceItems(file, [item], []), key).toBe(text);
      }
    },
  );

  it('changes only the edited field, keeping comments and the other items', () => {
    const text =
      '# heading\n- id: a\n  # why\n  places: []\n  unplaced: not_named\n\n# next\n- id: b\n  places: [x]\n';
    const file = readListFile(text, 'test.yaml');
    const a = file.list.items[0]!;
    a.set('places', file.doc.createNode(['site.a'], { flow: true }));
    a.delete('unplaced');
    expect(spliceItems(file, [a], [])).toBe(
      '# heading\n- id: a\n  # why\n  places: [site.a]\n\n# next\n- id: b\n  places: [x]\n',
    );
  });

  it('appends a new item after a blank line, quoting what must stay a string', () => {
    const text = '- key: town.a\n  township: "621002101"\n';
    const file = readListFile(text, 'test.yaml');
    const place = file.doc.createNode({
      key: 'site.b',
      township: '621002102',
      coordinates: [107.6, 35.7],
    }) as YAMLMap;
    (place.get('coordinates', true) as { flow?: boolean }).flow = true;
    const out = spliceItems(file, [], [place]);
    expect(out).toBe(
      '- key: town.a\n  township: "621002101"\n\n- key: site.b\n  township: "621002102"\n  coordinates: [107.6, 35.7]\n',
    );
    expect(parse(out)).toEqual([
      { key: 'town.a', township: '621002101' },
      { key: 'site.b', township: '621002102', coordinates: [107.6, 35.7] },
    ]);
  });

  it('refuses a file that is not a list of mappings, naming it', () => {
    expect(() => readListFile('key: value\n', 'geodata/src/places.yaml')).toThrow('geodata/src/places.yaml');
    expect(() => readListFile('- [a\n', 'geodata/src/places.yaml')).toThrow('geodata/src/places.yaml');
  });
});
