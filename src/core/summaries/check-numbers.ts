// Checks that every figure in a draft is supported by the facts (8万 = 80000, "余/多" as floors, sums of two).
import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';
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

/**
 * Finds the figures in a draft that the facts do not support. `names` (activity titles, headings) are
 * masked first, so "千人科普大讲堂" is a name, not a claim.
 */
export function checkNumbers(draft: string, facts: readonly Fact[], names: readonly string[] = []): NumberCheck {
  let text = normalizeText(draft);
  for (const name of [...names].map(normalizeText).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length)) {
    text = text.split(name).join('※'.repeat(name.length));
  }
  const values = new Set(facts.map((f) => f.value));
  const byUnit = new Map<string, number[]>();
  for (const f of facts) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f.value]);
  for (const list of byUnit.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) values.add((list[i] ?? 0) + (list[j] ?? 0));
  const all = [...values];
  const unsupported: string[] = [];
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
    const approx = Boolean(suffix || prefix);
    const supported = all.some((f) => {
      if (prefix === '约' || prefix === '近') return Math.abs(f - value) <= Math.max(1, f * 0.1);
      if (approx) return f >= value && f < value + floorStep(value);
      return f === value || (unit === '%' && Math.abs(f - value) <= 1);
    });
    if (!supported) unsupported.push(whole.trim());
  }
  return { ok: unsupported.length === 0, unsupported: [...new Set(unsupported)] };
}
