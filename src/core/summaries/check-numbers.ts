// Checks that every figure in a draft is supported by the facts (8万 = 80000, "余/多" as floors, sums of two).
import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';
import { maskNames } from '../text/find-names.js';
import { normalizeText } from '../text/normalize.js';
import type { Fact } from './gather-facts.js';

export interface NumberCheck {
  ok: boolean;
  /** Figures as written that no fact supports. */
  unsupported: string[];
}

const UNITS = '人次|场次|个百分点|%|人|名|位|场|次|份|册|块|件|家|期|篇|幅|张|本|套|台|所|项|条|处|批|户|组|支|元';
const FIGURE = new RegExp(`(约|近|超过|逾)?(${NUMBER_SOURCE})\\s*(余|多)?\\s*(${UNITS})?`, 'gu');

/** What "X余" leaves open: 600余 is 600–699, 1500余 is 1500–1599, 8万余 is 80000–89999. */
function floorStep(value: number): number {
  let step = 1;
  while (value >= step * 10 && value % (step * 10) === 0) step *= 10;
  return step;
}

/** Which side of the supported range a candidate lies: below it (-1), in it (0), above it (1). */
type Side = (f: number) => -1 | 0 | 1;

/** The sorted values of the facts, alone and by unit: a figure may be one fact or the sum of two of one unit. */
interface Support {
  singles: number[];
  byUnit: number[][];
}

function supportOf(facts: readonly Fact[]): Support {
  const byUnit = new Map<string, number[]>();
  for (const f of facts) {
    const list = byUnit.get(f.unit);
    if (list) list.push(f.value);
    else byUnit.set(f.unit, [f.value]);
  }
  const ascending = (a: number, b: number): number => a - b;
  return { singles: [...new Set(facts.map((f) => f.value))].sort(ascending), byUnit: [...byUnit.values()].map((l) => l.sort(ascending)) };
}

/**
 * Whether one fact, or the sum of two facts of one unit, lies in the range. The range holds the figure itself, so a
 * candidate outside it is below or above: a binary search finds the single, two pointers the pair (n log n to sort,
 * then linear per figure, where adding every pair was quadratic). `count` tallies the steps.
 */
function isSupported(side: Side, support: Support, count: { steps: number }): boolean {
  const { singles } = support;
  let lo = 0;
  let hi = singles.length;
  while (lo < hi) {
    count.steps++;
    const mid = (lo + hi) >> 1;
    if (side(singles[mid] ?? 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < singles.length && side(singles[lo] ?? 0) === 0) return true;
  for (const list of support.byUnit) {
    let i = 0;
    let j = list.length - 1;
    while (i < j) {
      count.steps++;
      const s = side((list[i] ?? 0) + (list[j] ?? 0));
      if (s === 0) return true;
      if (s < 0) i++;
      else j--;
    }
  }
  return false;
}

/** A figure a draft states: as written, its value, and how loosely (约/近 within a tenth, 余/多 a floor). */
export interface ClaimedFigure {
  whole: string;
  value: number;
  prefix: string | undefined;
  approx: boolean;
  unit: string | undefined;
}

/**
 * The figures a (normalized, names masked) draft states as claims: dates ("5月", "3季度"), ordinals (第3), list numbers
 * ("1、"), bare numbers with no unit and Chinese numerals before 个/位/名 ("三位专家") are not claims. Also the
 * oracle in the number-check tests, so both checks read the same figures.
 */
export function* claimedFigures(text: string): Generator<ClaimedFigure> {
  for (const m of text.matchAll(FIGURE)) {
    const index = m.index ?? 0;
    const [whole, prefix, number = '', suffix, unit] = m;
    const before = text.slice(Math.max(0, index - 1), index);
    const after = text.slice(index + whole.length, index + whole.length + 2);
    if (/^[年月日号]|^季度|^周|^月份/u.test(after) && !unit) continue;
    if (before === '第' || /[\d.]/.test(before)) continue;
    const isHan = !/\d/.test(number);
    if (!unit && !suffix && !/[万亿]/u.test(number)) continue;
    if (isHan && (!unit || unit === '个' || unit === '位' || unit === '名')) continue;
    if (/^[、.．]/.test(after) && !unit) continue;
    const value = parseChineseNumber(number);
    if (value === undefined) continue;
    yield { whole, value, prefix, approx: Boolean(suffix || prefix), unit };
  }
}

/** Whether fact value `f` supports a figure claimed as `c`. */
export function fitsClaim(c: ClaimedFigure, f: number): boolean {
  if (c.prefix === '约' || c.prefix === '近') return Math.abs(f - c.value) <= Math.max(1, f * 0.1);
  if (c.approx) return f >= c.value && f < c.value + floorStep(c.value);
  return f === c.value || (c.unit === '%' && Math.abs(f - c.value) <= 1);
}

/**
 * Finds the figures in a draft that the facts do not support. `names` (activity titles, headings) are
 * masked first, so "千人科普大讲堂" is a name, not a claim. `count` (optional) tallies the search steps.
 */
export function checkNumbers(draft: string, facts: readonly Fact[], names: readonly string[] = [], count: { steps: number } = { steps: 0 }): NumberCheck {
  const text = maskNames(normalizeText(draft), names.map(normalizeText).filter((n) => n.length >= 2));
  const support = supportOf(facts);
  const unsupported: string[] = [];
  for (const c of claimedFigures(text)) {
    if (!isSupported((f) => (fitsClaim(c, f) ? 0 : f < c.value ? -1 : 1), support, count)) unsupported.push(c.whole.trim());
  }
  return { ok: unsupported.length === 0, unsupported: [...new Set(unsupported)] };
}
