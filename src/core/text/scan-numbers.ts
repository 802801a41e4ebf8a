// Finds the numbers in a message in one pass, as staff write them: 1,200 · 1.5万 · 三百二十 · 叁佰 ·
// 五六十 (a range) · 十几 · 二十几; no regex, so any text is read in linear time.
import { parseChineseNumber } from './chinese-number.js';

/** A number found in a text: its span, its value (the lower bound of a range) and how loose it is. */
export interface NumberToken {
  start: number;
  end: number;
  /** The value, or the lower bound of a range ("五六十" → 50). */
  value: number;
  /** The upper bound of a range ("五六十" → 60); absent for a single number. */
  max?: number;
  /** A loose number: a range or 几. */
  approximate: boolean;
  /** A number written with digits (as opposed to Chinese numerals). */
  arabic: boolean;
  /** True when the written number is too large or malformed to store (400 nines, 1e20). */
  invalid: boolean;
  written: string;
}

const HAN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const HAN_UNIT = new Set(['十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億']);
const MAX_RUN = 24;
/** The largest figure a record may hold; anything larger is a typo or an attack. */
export const MAX_FIGURE = 1e9;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHan = (c: string | undefined): boolean => c !== undefined && (c in HAN_DIGIT || HAN_UNIT.has(c) || c === '几');

/** Every number in the text, left to right. The text should be normalised (half-width, simplified). */
export function scanNumbers(text: string, options: { multipliers?: boolean } = {}): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isDigit(c)) {
      const token = readArabic(text, i, options.multipliers ?? true);
      out.push(token);
      i = token.end;
    } else if (c === '俩' || c === '仨') {
      // 俩 = 两个, 仨 = 三个: a count with its 个 built in.
      out.push({ start: i, end: i + 1, value: c === '俩' ? 2 : 3, approximate: false, arabic: false, invalid: false, written: c });
      i++;
    } else if (isHan(c)) {
      let j = i;
      while (j < text.length && isHan(text[j])) j++;
      // "百把人", "千把份": about a hundred (a thousand); 把 belongs to the number, the unit follows it.
      const about = (text[i] === '百' || text[i] === '千') && text[i + 1] === '把' && /^[人个号户位名份]/u.test(text.slice(i + 2, i + 3));
      let token = about ? { start: i, end: i + 2, value: text[i] === '百' ? 100 : 1000, approximate: true, arabic: false, invalid: false, written: text.slice(i, i + 2) } : j - i <= MAX_RUN ? readHan(text.slice(i, j), i) : undefined;
      // "初二两个班", "高三三百多名学生": a school grade's digit run into the count after it ("二两" reads as no number);
      // the count is the run without the grade's digit.
      if (!token && j - i >= 2 && j - i <= MAX_RUN && (text[i - 1] === '初' || text[i - 1] === '高') && /[一二三四]/u.test(text[i] ?? '')) token = readHan(text.slice(i + 1, j), i + 1);
      if (token) out.push(token);
      if (about) j = i + 2;
      i = j;
    } else i++;
  }
  return out;
}

/** A number in a plan's text: its span, its value, and whether it was written in Chinese numerals. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  han: boolean;
}

/**
 * The numbers the plan reader counts with, from the same scan: exact numbers only (no ranges, no 几), a 万
 * after digits left to the caller (万元 vs 5万株), and no run of units alone (万人, 千村万户) or long ids.
 */
export function scanPlainNumbers(text: string): NumberSpan[] {
  return scanNumbers(text, { multipliers: false })
    .filter((t) => !t.invalid && !t.approximate && (t.arabic ? t.written.replace(/[^\d]/gu, '').length <= 12 : t.written.length <= 10 && (/[一二两三四五六七八九]/u.test(t.written) || t.written.startsWith('十'))))
    .map((t) => ({ start: t.start, end: t.end, value: t.value, han: !t.arabic }));
}

function readArabic(text: string, start: number, multipliers: boolean): NumberToken {
  let j = start;
  let dot = false;
  let digits = 0;
  while (j < text.length) {
    const c = text[j];
    if (isDigit(c)) {
      digits++;
      j++;
    } else if (c === ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4]) && !dot) j++;
    else if (c === '.' && !dot && isDigit(text[j + 1])) {
      dot = true;
      j++;
    } else break;
  }
  let written = text.slice(start, j);
  let value = Number(written.replace(/,/g, ''));
  // "1e20", "1.5e3": scientific notation is not how staff count people, and is refused, not misread.
  let invalid = digits > 15 || ((text[j] === 'e' || text[j] === 'E') && isDigit(text[j + 1] === '+' || text[j + 1] === '-' ? text[j + 2] : text[j + 1]));
  if (invalid) {
    while (j < text.length && (isDigit(text[j]) || 'eE+-.,'.includes(text[j] ?? ''))) j++;
    written = text.slice(start, j);
  }
  const big = text[j];
  // "1.2k", "1.5w": thousands and 万 as staff type them, when no other Latin word goes on ("5kg", "2km").
  if (multipliers && (big === 'k' || big === 'K' || big === 'w' || big === 'W') && !/[a-z]/iu.test(text[j + 1] ?? '')) {
    value *= big === 'k' || big === 'K' ? 1e3 : 1e4;
    j++;
    written = text.slice(start, j);
  } else if (multipliers && (big === '万' || big === '亿' || big === '千' || big === '百')) {
    value *= big === '万' ? 1e4 : big === '亿' ? 1e8 : big === '千' ? 1e3 : 100;
    j++;
    written = text.slice(start, j);
  }
  value = Math.round(value * 1e6) / 1e6;
  if (!Number.isFinite(value) || value > MAX_FIGURE) invalid = true;
  return { start, end: j, value, approximate: false, arabic: true, invalid, written };
}

/** 五六十 → 50..60, 十五六 → 15..16, 一两百 → 100..200, 十几 → 10, 几十 → 10, 二十几 → 20, 三百二十 → 320. */
function readHan(run: string, start: number): NumberToken | undefined {
  // "百十号人", "百十来人": about a hundred, not 110.
  if (run === '百十') return { start, end: start + 2, value: 100, approximate: true, arabic: false, invalid: false, written: run };
  const chars = [...run];
  let approximate = false;
  let lower = chars;
  let upper: string[] | undefined;
  const few = chars.indexOf('几');
  if (few >= 0) {
    if (chars.indexOf('几', few + 1) >= 0) return undefined;
    approximate = true;
    lower = few === chars.length - 1 ? chars.slice(0, -1) : chars.map((c) => (c === '几' ? '一' : c));
    if (lower.length === 0) return undefined;
  } else {
    for (let k = 0; k + 1 < chars.length; k++) {
      const a = HAN_DIGIT[chars[k] ?? ''];
      const b = HAN_DIGIT[chars[k + 1] ?? ''];
      // 五六十 (5,6) and the idiom 三五十 (3,5): a loose range.
      if (a !== undefined && b !== undefined && a > 0 && (b === a + 1 || (a === 3 && b === 5))) {
        lower = [...chars.slice(0, k), chars[k] ?? '', ...chars.slice(k + 2)];
        upper = [...chars.slice(0, k), chars[k + 1] ?? '', ...chars.slice(k + 2)];
        approximate = true;
        break;
      }
    }
  }
  const value = hanValue(lower);
  if (value === undefined) return undefined;
  const max = upper ? hanValue(upper) : undefined;
  if (upper && max === undefined) return undefined;
  return { start, end: start + run.length, value, ...(max !== undefined ? { max } : {}), approximate, arabic: false, invalid: value > MAX_FIGURE, written: run };
}

function hanValue(chars: string[]): number | undefined {
  // Bare digits with no 十/百/千 ("二〇二六", "一一一") are read digit by digit only when short (a year).
  if (chars.length > 1 && chars.every((c) => c in HAN_DIGIT)) {
    if (chars.length !== 4) return undefined;
    return Number(chars.map((c) => HAN_DIGIT[c]).join(''));
  }
  // Two digits in a row elsewhere ("一二百") are not a number.
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = HAN_DIGIT[chars[k] ?? ''];
    const b = HAN_DIGIT[chars[k + 1] ?? ''];
    if (a !== undefined && b !== undefined && a !== 0 && b !== 0) return undefined;
  }
  return parseChineseNumber(chars.join(''));
}
