import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataPaths } from '../../../scripts/data/paths.ts';
import { buildCandidate } from '../../../scripts/editor/check-candidate.ts';
import {
  addProgress,
  EditError,
  editLocation,
  type LocationChange,
  type SourceTexts,
} from '../../../scripts/editor/source-edit.ts';
import { changedLines } from '../../helpers/changed-lines.ts';

const paths = dataPaths(process.cwd());
const texts: SourceTexts = {
  places: readFileSync(paths.places, 'utf8'),
  projects: readFileSync(paths.projects, 'utf8'),
  townships: readFileSync(paths.townshipFacts, 'utf8'),
};
const DONGZHI = '621002101';
const record = (projects: string, id: string) =>
  (parse(projects) as Record<string, unknown>[]).find((r) => r.id === id)!;

describe('editLocation', () => {
  const point: Extract<LocationChange, { kind: 'points' }> = {
    kind: 'points',
    coordinates: [[107.64, 35.64]],
    shape: null,
    datum: 'WGS84',
    precision: 'near',
    townships: [DONGZHI],
    method: 'cited',
    source: 'local knowledge: Xifeng water bureau, site visit 2026-11-29',
    source_zh: '本单位掌握：西峰区水务局，2026-11-29现场核实',
  };

  it("places an unplaced project at a point: one new site, and only the record's place fields change", () => {
    const out = editLocation(texts, 'dongzhiyuan-water-plant', point);
    expect(changedLines(texts.projects, out.projects)).toEqual({
      added: ['  places: [site.dongzhiyuan-water-plant]'],
      removed: ['  places: []', '  unplaced: site_unknown'],
    });
    const { added, removed } = changedLines(texts.places, out.places);
    expect(removed).toEqual([]);
    expect(added).toContain('- key: site.dongzhiyuan-water-plant');
    expect(added).toContain('  township: "621002101"');
    expect(added).toContain('  coordinates: [107.64, 35.64]');
    expect(out.places.startsWith(texts.places.trimEnd())).toBe(true);
  });

  it('rewrites the note with the place, or removes it when both texts are empty', () => {
    const noted = editLocation(texts, 'dongzhiyuan-water-plant', point, {
      en: 'Placed by the district water bureau.',
      zh: '由区水务局标注。',
    });
    expect(record(noted.projects, 'dongzhiyuan-water-plant')).toMatchObject({
      note: 'Placed by the district water bureau.',
      note_zh: '由区水务局标注。',
    });
    const cleared = record(
      editLocation(texts, 'dongzhiyuan-water-plant', point, { en: ' ', zh: '' }).projects,
      'dongzhiyuan-water-plant',
    );
    expect(cleared).not.toHaveProperty('note');
    expect(cleared).not.toHaveProperty('note_zh');
    // Without a note change the note stays as it was.
    expect(
      record(editLocation(texts, 'dongzhiyuan-water-plant', point).projects, 'dongzhiyuan-water-plant').note,
    ).toMatch(/^Location not known/);
  });

  it('gives a change the same build checks as npm run data:build: valid here, refused outside the district', () => {
    const valid = buildCandidate(paths, editLocation(texts, 'dongzhiyuan-water-plant', point));
    expect(valid.problems).toEqual([]);
    const compiled = JSON.parse(valid.projectsText!) as {
      features: { id: string; properties: { precision: string } }[];
    };
    expect(compiled.features.find((f) => f.id === 'dongzhiyuan-water-plant')!.properties.precision).toBe(
      'near',
    );

    const outside = editLocation(texts, 'dongzhiyuan-water-plant', {
      ...point,
      coordinates: [[108.5, 36.5]],
    });
    const refused = buildCandidate(paths, outside);
    expect(refused.projectsText).toBeNull();
    expect(refused.problems.map((p) => `${p.file} ${p.subject} ${p.message}`).join('\n')).toMatch(
      /places\.yaml place site\.dongzhiyuan-water-plant .*outside/,
    );
  });

  it('places a project again by updating its own site, not adding a second one', () => {
    const once = editLocation(texts, 'dongzhiyuan-water-plant', point);
    const twice = editLocation(once, 'dongzhiyuan-water-plant', { ...point, coordinates: [[107.65, 35.65]] });
    expect(changedLines(once.places, twice.places)).toEqual({
      added: ['  coordinates: [107.65, 35.65]'],
      removed: ['  coordinates: [107.64, 35.64]'],
    });
    expect(twice.projects).toBe(once.projects);
  });

  it('draws a line through several clicked points, each a site of its own', () => {
    const out = editLocation(texts, 'dongzhiyuan-water-plant', {
      ...point,
      shape: 'line',
      coordinates: [
        [107.63, 35.64],
        [107.65, 35.66],
      ],
    });
    expect(record(out.projects, 'dongzhiyuan-water-plant')).toMatchObject({
      places: ['site.dongzhiyuan-water-plant-1', 'site.dongzhiyuan-water-plant-2'],
      shape: 'line',
    });
    expect(out.places).toContain('name_zh: 董志塬水厂（第2处）');
  });

  it('places a project at gazetteer places', () => {
    const out = editLocation(texts, 'dongzhiyuan-water-plant', {
      kind: 'places',
      keys: ['town.dongzhi'],
      shape: null,
    });
    expect(out.places).toBe(texts.places);
    expect(record(out.projects, 'dongzhiyuan-water-plant')).toMatchObject({ places: ['town.dongzhi'] });
    expect(record(out.projects, 'dongzhiyuan-water-plant')).not.toHaveProperty('unplaced');
  });

  it('refuses an unknown project and an empty change with a reason', () => {
    expect(() => editLocation(texts, 'no-such-project', point)).toThrow(EditError);
    expect(() => editLocation(texts, 'dongzhiyuan-water-plant', { ...point, coordinates: [] })).toThrow(
      'no point',
    );
  });
});

describe('addProgress', () => {
  const entry = {
    date: '2023',
    status: 'under_construction' as const,
    fact_zh: '区水务局称水厂在建。',
    fact_en: 'The district water bureau says the plant is being built.',
    source_name: '西峰区水务局',
    source_url: 'https://example.org/news/1',
    retrieved: '2026-11-29',
  };

  it('adds the entry to a record without progress, quoting its dates', () => {
    const out = addProgress(texts, 'dongzhiyuan-water-plant', entry);
    const { added, removed } = changedLines(texts.projects, out.projects);
    expect(removed).toEqual([]);
    const block = [
      '  progress:',
      '    - date: "2023"',
      '      status: under_construction',
      '      fact_zh: 区水务局称水厂在建。',
      '      fact_en: The district water bureau says the plant is being built.',
      '      source_name: 西峰区水务局',
      '      source_url: https://example.org/news/1',
      '      retrieved: "2026-11-29"',
    ];
    expect([...added].sort()).toEqual([...block].sort());
    expect(out.projects).toContain(
      `  progress_searched: "2026-11-29"\n${block.join('\n')}\n\n- id: old-water-pipes-2022`,
    );
    expect(buildCandidate(paths, out).problems).toEqual([]);
  });

  it('appends to existing progress, and the build checks the entry (a bad address is refused)', () => {
    const out = addProgress(texts, 'dead-end-roads-2022', { ...entry, source_url: 'javascript:alert(1)' });
    expect((record(out.projects, 'dead-end-roads-2022').progress as unknown[]).length).toBeGreaterThan(1);
    const problems = buildCandidate(paths, out).problems;
    expect(
      problems.some((p) => p.subject === 'record dead-end-roads-2022' && /source_url/.test(p.message)),
    ).toBe(true);
  });
});
