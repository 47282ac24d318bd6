/**
 * Numbers as the report writes them: Arabic digits (1.12), or Chinese numerals before 万/亿
 * (百亿元), times the multipliers 万 (10^4) and 亿 (10^8).
 */

export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10 000 (百 = 100, 三十五 = 35, 两千 = 2000); null if it is not one. */
export function chineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    const value = DIGITS[char];
    const power = POWERS[char];
    if (value !== undefined) {
      if (digit !== null) return null;
      digit = value;
    } else if (power !== undefined) {
      total += (digit ?? 1) * power;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** The number a target's digits and multiplier stand for, without floating-point dust (1.12万 = 11200). */
export function numberValue(digits: string, multiplier: string): number | null {
  const base = /^\d+(?:\.\d+)?$/.test(digits) ? Number(digits) : chineseNumeral(digits);
  if (base === null) return null;
  const times = MULTIPLIERS[multiplier] ?? 1;
  return Number((base * times).toPrecision(12));
}
