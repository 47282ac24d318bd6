/** The extractor's side of geodata/reports.yaml: which registered report it reads, or the entry to add. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RegisteredReport } from '../../../scripts/data/reports';
import { findRegistered, registryEntry, sha256Of, suggestedId } from '../../../scripts/extract/registry';

const text = '政府工作报告\n\n——2023年1月9日在白石县第十八届人民代表大会第二次会议上\n\n一、过去一年的工作\n';
const registered = (file: string, sha256: string): RegisteredReport => ({
  id: 'baishi-2023',
  title_zh: '政府工作报告',
  title_en: 'Baishi County government work report 2023',
  year: 2023,
  delivered: '2023-01-09',
  file,
  sha256,
  lines: [],
});

describe('findRegistered', () => {
  it('finds the report by its file, or by its bytes under another name', () => {
    const byFile = registered('geodata/sources/baishi-2023.txt', 'f'.repeat(64));
    expect(findRegistered([byFile], { file: 'geodata/sources/baishi-2023.txt', text })).toBe(byFile);
    const byBytes = registered('geodata/sources/other.txt', sha256Of(text));
    expect(findRegistered([byBytes], { file: '/tmp/copy.txt', text })).toBe(byBytes);
    expect(findRegistered([byFile], { file: '/tmp/copy.txt', text })).toBeNull();
  });
});

describe('suggestedId', () => {
  it('takes the file name without "-government-work-report"', () => {
    expect(suggestedId('geodata/sources/qinghe-2024-government-work-report.txt', 2024)).toBe('qinghe-2024');
    expect(suggestedId('/tmp/Baishi County 2023.txt', 2023)).toBe('baishi-county-2023');
  });

  it('falls back to the year when the name has no ASCII word', () => {
    expect(suggestedId('白石县政府工作报告.txt', 2023)).toBe('report-2023');
  });
});

describe('registryEntry', () => {
  it('fills the entry from the text, leaves the English title to write, and parses as a registry entry', () => {
    const entry = registryEntry({ file: 'geodata/sources/baishi-2023.txt', text }, 2023);
    expect(parse(entry)).toEqual([
      {
        id: 'baishi-2023',
        title_zh: '政府工作报告',
        title_en: 'TODO',
        year: 2023,
        delivered: '2023-01-09',
        file: 'geodata/sources/baishi-2023.txt',
        sha256: sha256Of(text),
      },
    ]);
  });

  it('says TODO where the text names no delivery day or year', () => {
    const entry = parse(registryEntry({ file: 'r.txt', text: '工作报告\n' }, null)) as Record<
      string,
      unknown
    >[];
    expect(entry[0]).toMatchObject({ year: 'TODO', delivered: 'TODO' });
  });
});
