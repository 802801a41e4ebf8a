// Reads numbers as Chinese officials write them: 两万, 3000多, 8万余, 1.5万, 三千五, 1,200, 三百二十.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/**
 * A regex source matching one number in either script, with an optional 万/亿 multiplier. Each
 * alternative may only start where a run of numerals starts (the lookbehinds), so a long run with no
 * unit after it is tried once, not from every position: matching stays linear in the text's length.
 */
export const NUMBER_SOURCE =
  '(?<![\\d.])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:[万亿])?|(?<![零〇一二两三四五六七八九十百千万亿])[零〇百千万亿]*[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*';

/** The value of a written number, or undefined when it is not one. */
export function parseChineseNumber(raw: string): number | undefined {
  // 廿 and 卅 are written for 二十 and 三十 (廿二日).
  const text = raw.trim().replace(/,/g, '').replace(/廿/gu, '二十').replace(/卅/gu, '三十');
  if (text === '') return undefined;
  const mixed = /^(\d+(?:\.\d+)?)([万亿萬億]?)$/.exec(text);
  if (mixed) {
    const base = Number(mixed[1]);
    const unit = mixed[2] ? (BIG_UNITS[mixed[2]] ?? 1) : 1;
    return finite(Math.round(base * unit * 1e6) / 1e6);
  }
  return parseHanNumber(text);
}

function parseHanNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  let lastWasDigitAfterUnit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      const value = DIGITS[ch] ?? 0;
      // After a 零 the next digit is plain ones (一百零五 = 105), so it no longer counts a unit lower.
      lastWasDigitAfterUnit = lastUnit > 1 && value !== 0 && digit !== 0;
      digit = value;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      lastUnit = small;
      lastWasDigitAfterUnit = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      section += digit ?? 0;
      total += (section === 0 ? 1 : section) * big;
      section = 0;
      digit = undefined;
      lastUnit = big;
      lastWasDigitAfterUnit = false;
      continue;
    }
    return undefined;
  }
  if (digit !== undefined) {
    // 三千五 = 3500, 两万三 = 23000: a trailing digit right after a unit counts one unit lower.
    section += lastWasDigitAfterUnit ? digit * (lastUnit / 10) : digit;
  }
  return finite(total + section);
}

/** The largest number any figure may hold; 400 nines or 1e20 are typos or attacks, not counts. */
export const MAX_NUMBER = 1e12;
const finite = (n: number): number | undefined => (Number.isFinite(n) && Math.abs(n) <= MAX_NUMBER ? n : undefined);
