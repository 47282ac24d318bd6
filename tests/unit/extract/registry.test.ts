/** The extractor's side of geodata/reports.yaml: which registered report it reads, or the entry to add. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RegisteredReport } from '../../../scripts/data/reports.ts';
import { sha256 } from '../../../scripts/data/reference-data.ts';
import { findRegistered, registryEntry, reportText, suggestedId } from '../../../scripts/extract/registry.ts';

const text = '政府工作报告\n\n——2023年1月9日在白石县第十八届人民代表大会第二次会议上\n\n一、过去一年的工作\n';
const report = (file: string, body = text) => reportText(file, Buffer.from(body));
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
    expect(findRegistered([byFile], report('geodata/sources/baishi-2023.txt'))).toBe(byFile);
    const byBytes = registered('geodata/sources/other.txt', sha256(text));
    expect(findRegistered([byBytes], report('/tmp/copy.txt'))).toBe(byBytes);
    expect(findRegistered([byFile], report('/tmp/copy.txt'))).toBeNull();
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
    const entry = registryEntry(report('geodata/sources/baishi-2023.txt'), 2023);
    expect(parse(entry)).toEqual([
      {
        id: 'baishi-2023',
        title_zh: '政府工作报告',
        title_en: 'TODO',
        year: 2023,
        delivered: '2023-01-09',
        file: 'geodata/sources/baishi-2023.txt',
        sha256: sha256(text),
      },
    ]);
  });

  it('says TODO where the text names no delivery day or year', () => {
    const entry = parse(registryEntry(report('r.txt', '工作报告\n'), null)) as Record<string, unknown>[];
    expect(entry[0]).toMatchObject({ year: 'TODO', delivered: 'TODO' });
  });
});

describe('reportText', () => {
  it('hashes the bytes as sha256sum does, also for a file not in UTF-8', () => {
    const gbk = Uint8Array.from([0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]); // 工作报告 in GBK
    const entry = parse(registryEntry(reportText('r.txt', gbk), 2024)) as Record<string, unknown>[];
    expect(entry[0]?.sha256).toBe(sha256(gbk));
    expect(entry[0]?.sha256).not.toBe(sha256(new TextDecoder().decode(gbk)));
  });
});
