import { describe, expect, it } from 'vitest';
import { evidenceSummary } from '../../../../src/lib/domain/promises/evidence.ts';
import type { ProjectFeature } from '../../../../src/lib/domain/project.ts';
import { publishedProjects } from '../../../helpers/published-map-data.ts';

const entry = (reported_by: string | null) => ({
  date: '2023-01-01',
  date_kind: 'event' as const,
  status: 'other' as const,
  fact_zh: '事实。',
  fact_en: reported_by ? null : 'A fact.',
  source_name: reported_by ?? '庆阳网',
  source_url: reported_by ? null : 'https://example.org/',
  retrieved: '2026-11-29',
  reported_by,
});
const record = (id: string, phase: string, searched: string | null, progress: ReturnType<typeof entry>[]) =>
  ({
    properties: { ...publishedProjects[0]!.properties, id, phase, progress_searched: searched, progress },
  }) as ProjectFeature;

describe('evidenceSummary', () => {
  it('gives the latest search, the records not searched, and public against office entries', () => {
    const records = [
      record('a', '2022', '2026-11-29', [entry(null), entry('区住建局')]),
      record('b', '2022', '2026-12-07', [entry(null)]),
      record('c', '2022', null, []),
      record('d', '2021', '2027-01-01', [entry('区教育局')]),
    ];
    expect(evidenceSummary(records, '2022')).toEqual({
      lastSearched: '2026-12-07',
      notSearched: 1,
      publicEntries: 2,
      officeEntries: 1,
    });
    expect(evidenceSummary(records, '1999')).toEqual({
      lastSearched: null,
      notSearched: 0,
      publicEntries: 0,
      officeEntries: 0,
    });
  });

  it('counts every progress entry of the published 2022 tasks', () => {
    const inPhase = publishedProjects.filter((f) => f.properties.phase === '2022');
    const summary = evidenceSummary(publishedProjects, '2022');
    expect(summary.publicEntries + summary.officeEntries).toBe(
      inPhase.reduce((n, f) => n + f.properties.progress.length, 0),
    );
  });
});
