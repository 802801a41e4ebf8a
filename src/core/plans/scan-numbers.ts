// Finds the numbers in a text in one left-to-right pass (no regex backtracking): the plan parsers'
// linear-time alternative to NUMBER_SOURCE, safe on any input (a 3 KB run of 一一一… included).
import { parseChineseNumber } from '../text/chinese-number.js';

/** One number as written: where it is in the text and its value. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  /** True for 一百二十 etc.; false for 120, 1,200, 1.5. */
  han: boolean;
}

const HAN_DIGIT = new Set('零〇一二两三四五六七八九');
const HAN_UNIT = new Set('十百千万亿');
const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHanNumeral = (c: string | undefined): boolean => c !== undefined && (HAN_DIGIT.has(c) || HAN_UNIT.has(c));

/** Longer runs are not quantities (ids, phone numbers, "一一一…"): they are skipped whole. */
const MAX_DIGITS = 12;
const MAX_HAN = 10;

/**
 * Every number in `text` (already normalised: half-width, simplified), in order. Each character is
 * looked at a bounded number of times, so the pass is linear in the length of the text.
 * A trailing 万/亿 directly after digits is not taken here: the caller decides (万元 vs 5万株).
 */
export function scanNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (isAsciiDigit(c)) {
      // Digits, with thousands commas only in their place ("1,200", not "1,2,3") and one decimal point.
      // Every test looks a fixed number of characters ahead, so each character is read a bounded number of times.
      const start = i;
      let digits = 0;
      let group = 0;
      let grouped = false;
      let dotted = false;
      while (i < n) {
        const ch = text[i];
        if (isAsciiDigit(ch)) {
          digits++;
          group++;
          i++;
        } else if (ch === ',' && !dotted && (grouped ? group === 3 : group <= 3) && isAsciiDigit(text[i + 1]) && isAsciiDigit(text[i + 2]) && isAsciiDigit(text[i + 3]) && !isAsciiDigit(text[i + 4])) {
          grouped = true;
          group = 0;
          i++;
        } else if (ch === '.' && !dotted && isAsciiDigit(text[i + 1])) {
          dotted = true;
          group = 0;
          i++;
        } else break;
      }
      if (digits > MAX_DIGITS) continue;
      const value = parseChineseNumber(text.slice(start, i));
      if (value !== undefined && Number.isFinite(value)) out.push({ start, end: i, value, han: false });
      continue;
    }
    if (isHanNumeral(c)) {
      const start = i;
      while (i < n && isHanNumeral(text[i])) i++;
      const raw = text.slice(start, i);
      if (raw.length > MAX_HAN) continue;
      // A run made only of units (万, 千万) is a word (万人, 千村万户), not a number.
      if (![...raw].some((ch) => HAN_DIGIT.has(ch) && ch !== '零' && ch !== '〇') && !raw.startsWith('十')) continue;
      const value = parseChineseNumber(raw);
      if (value !== undefined && Number.isFinite(value)) out.push({ start, end: i, value, han: true });
      continue;
    }
    i++;
  }
  return out;
}
