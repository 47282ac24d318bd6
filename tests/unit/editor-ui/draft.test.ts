import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { LocationDraft } from '../../../src/lib/editor/draft.svelte.ts';
import { convertDatum as convert } from '../../../src/lib/domain/datum.ts';

const citation = { kind: 'citation' as const, title: '选址批复', url: '' };

describe('LocationDraft', () => {
  it('keeps one point for a point, and adds up sites and lines', () => {
    const draft = new LocationDraft();
    draft.add([107.6, 35.7]);
    draft.add([107.61, 35.71]);
    expect(draft.points).toEqual([[107.61, 35.71]]);
    draft.setMode('line');
    draft.add([107.62, 35.72]);
    expect(draft.points).toHaveLength(2);
    expect(draft.active).toBe(1);
    draft.remove(1);
    expect(draft.ready).toBe(false); // a line needs two points
    draft.setMode('sites');
    expect(draft.ready).toBe(true);
  });

  it('builds the request body: geometry by mode, the source texts, the note only when edited', () => {
    const draft = new LocationDraft();
    draft.source = citation;
    draft.reset({ zh: '位置不详。', en: 'Location not known.' });
    draft.add([107.6400004, 35.64]);
    expect(draft.body('h1')).toEqual({
      geometry: { type: 'Point', coordinates: [107.64, 35.64] },
      datum: 'WGS84',
      precision: 'near',
      location_source_zh: '引用：选址批复',
      location_source_en: 'cited: 选址批复',
      base_hash: 'h1',
    });
    draft.note.zh = '';
    draft.note.en = '';
    draft.note.touched = true;
    draft.setMode('line');
    draft.add([107.65, 35.65]);
    expect(draft.body('h2')).toMatchObject({
      geometry: {
        type: 'LineString',
        coordinates: [
          [107.64, 35.64],
          [107.65, 35.65],
        ],
      },
      note_zh: '',
      note_en: '',
    });
    draft.setMode('places');
    draft.placeKeys = ['town.dongzhi'];
    draft.placesAsLine = false;
    expect(draft.body('h3')).toEqual({
      places: ['town.dongzhi'],
      shape: null,
      base_hash: 'h3',
      note_zh: '',
      note_en: '',
    });
  });

  it('keeps points on the same ground when the basemap’s datum changes, and takes typed BD-09 points', () => {
    const draft = new LocationDraft();
    draft.add([107.64, 35.64]);
    draft.setDatum('GCJ02');
    const gcj = gcoord.transform([107.64, 35.64], gcoord.WGS84, gcoord.GCJ02);
    expect(draft.points[0]![0]).toBeCloseTo(gcj[0], 6);
    expect(draft.points[0]![1]).toBeCloseTo(gcj[1], 6);
    expect(draft.body('h').datum).toBe('GCJ02');
    // A Baidu coordinate typed in is converted to the basemap's datum (GCJ-02 here).
    draft.setMode('sites');
    const bd = gcoord.transform([107.65, 35.65], gcoord.WGS84, gcoord.BD09) as [number, number];
    draft.add(bd, 'BD09');
    const back = convert(draft.points[1]!, 'GCJ02', 'WGS84');
    expect(back[0]).toBeCloseTo(107.65, 5);
    expect(back[1]).toBeCloseTo(35.65, 5);
  });
});
