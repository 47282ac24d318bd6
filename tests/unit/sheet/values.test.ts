import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../scripts/sheet/cells.ts';
import { STATUS_CHOICES } from '../../../scripts/sheet/layout.ts';
import { plain, readChoice, readDate, readDegrees } from '../../../scripts/sheet/values.ts';

const text = (t: string): Cell => ({ kind: 'text', text: t });
const number = (value: number): Cell => ({ kind: 'number', value });
const TODAY = '2026-12-07';
const value = <T>(read: { value: T } | { problem: unknown }) => ('value' in read ? read.value : undefined);
const problem = (read: { value: unknown } | { problem: { zh: { message: string; fix: string } } }) =>
  'problem' in read ? `${read.problem.zh.message} ${read.problem.zh.fix}` : undefined;

describe('readDate', () => {
  it.each([
    [text('2026'), '2026'],
    [text('2026-05'), '2026-05'],
    [text('2026-5-8'), '2026-05-08'],
    [text('2026/05/18'), '2026-05-18'],
    [text('2026.5.18'), '2026-05-18'],
    [text('2026年5月'), '2026-05'],
    [text('2026年5月18日'), '2026-05-18'],
    [text('２０２６－０５－１８'), '2026-05-18'],
    [text('２０２６年５月'), '2026-05'],
    [{ kind: 'date', day: '2026-05-18' } as Cell, '2026-05-18'],
    [number(2025), '2025'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(readDate(cell, TODAY))).toBe(expected);
  });

  it('refuses an Excel serial number in a cell not formatted as a date, naming the day it would be', () => {
    expect(problem(readDate(number(46160), TODAY))).toMatch(/Excel 的日期序号（2026-05-18）.*2026-05-18/);
    expect(problem(readDate(number(45000.5), TODAY))).toMatch(/2023-03-15/);
  });

  it('refuses a day after today, one that never was, and text that is no date', () => {
    expect(problem(readDate(text('2026-12-08'), TODAY))).toMatch(/晚于今天/);
    expect(problem(readDate(text('2027'), TODAY))).toMatch(/晚于今天/);
    expect(problem(readDate(text('2026-02-30'), TODAY))).toMatch(/不是有效的日期/);
    expect(problem(readDate(text('去年年底'), TODAY))).toMatch(/不是有效的日期/);
  });

  it('asks for a whole day where one is needed (填报日期)', () => {
    expect(problem(readDate(text('2026-05'), TODAY, { dayOnly: true }))).toMatch(/2026-05-18/);
  });
});

describe('readChoice', () => {
  it('takes a drop-down word as its key, and refuses any other with the list', () => {
    expect(value(readChoice(text('在建'), STATUS_CHOICES))).toBe('under_construction');
    expect(value(readChoice(text('已投用'), STATUS_CHOICES))).toBe('in_operation');
    expect(problem(readChoice(text('已完工'), STATUS_CHOICES))).toMatch(
      /已开工、在建、已建成、已投用、延期、已取消、其他进展/,
    );
  });
});

describe('readDegrees', () => {
  it('reads decimal degrees, as numbers or text (full-width too)', () => {
    expect(value(readDegrees(number(107.6412), 'lon'))).toBe(107.6412);
    expect(value(readDegrees(text('35.6315'), 'lat'))).toBe(35.6315);
    expect(value(readDegrees(text('１０７．６４'), 'lon'))).toBe(107.64);
  });

  it.each([`107°38'24"`, '107°38′24″', '107度38分24秒', '107°38.4′'])(
    'refuses DMS %s with its decimal value',
    (dms) => {
      expect(problem(readDegrees(text(dms), 'lon'))).toMatch(/度分秒.*107\.64/);
    },
  );

  it('refuses what is not a number', () => {
    expect(problem(readDegrees(text('东经107'), 'lon'))).toMatch(/不是数字/);
  });
});

describe('plain', () => {
  it("keeps a fact's text character for character, full-width punctuation and all", () => {
    expect(plain(text(' 一期完工，正在安装设备。 '))).toBe('一期完工，正在安装设备。');
  });
});
