// Issue 21.2: the number check of a summary no longer adds every pair of figures. Same answers as the old quadratic
// check on many small inputs, and a month of 25,000 records is checked in a number of steps linear in the facts.
import { describe, expect, it } from 'vitest';
import { checkNumbers, claimedFigures, fitsClaim } from '../../src/core/summaries/check-numbers.js';
import type { Fact } from '../../src/core/summaries/gather-facts.js';
import { normalizeText } from '../../src/core/text/normalize.js';

/** The check as it was before issue 21 (every pair of one unit added into a set), kept to compare answers; it reads
 * the draft's figures as the check does (`claimedFigures`), so what it compares is how they are supported. */
function quadraticCheck(draft: string, facts: readonly Fact[], names: readonly string[] = []): string[] {
  let text = normalizeText(draft);
  for (const name of [...names].map(normalizeText).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length)) text = text.split(name).join('※'.repeat(name.length));
  const values = new Set(facts.map((f) => f.value));
  const byUnit = new Map<string, number[]>();
  for (const f of facts) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f.value]);
  for (const list of byUnit.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) values.add((list[i] ?? 0) + (list[j] ?? 0));
  const all = [...values];
  const unsupported: string[] = [];
  for (const c of claimedFigures(text)) if (!all.some((f) => fitsClaim(c, f))) unsupported.push(c.whole.trim());
  return [...new Set(unsupported)];
}

let seed = 21;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
const UNITS = ['人次', '人', '场', '份', '%', '家', '户'];

describe('checkNumbers, linear', () => {
  it('gives the answers of the quadratic check on 400 random small drafts', () => {
    let unsupportedSeen = 0;
    let supportedSeen = 0;
    for (let round = 0; round < 400; round++) {
      const facts: Fact[] = Array.from({ length: 1 + int(12) }, (_, i) => ({ section: 's', label: `l${i}`, value: pick([int(10), int(120), 10 * int(100), 1000 * int(30), 0.5 + int(90)]), unit: pick(UNITS) }));
      const figures = Array.from({ length: 1 + int(8) }, () => {
        const a = pick(facts);
        const b = pick(facts);
        const value = pick([a.value, a.value + b.value, a.value + 1, a.value - 1, Math.round(a.value * 1.08), Math.round(a.value * 0.85), int(5000), Math.floor(a.value / 10) * 10]);
        const written = pick([String(value), value >= 10_000 && value % 10_000 === 0 ? `${value / 10_000}万` : String(value)]);
        return `${pick(['', '约', '近', '超过', '逾', ''])}${written}${pick(['', '', '余', '多'])}${pick([a.unit, b.unit, '', '人次', '个'])}`;
      });
      const draft = `2026年5月工作总结\n一、主要工作\n${figures.map((f, i) => `第${i + 1}项活动共${f}，5月${1 + i}日举办`).join('，')}。千人科普大讲堂参加1000人。`;
      const expected = quadraticCheck(draft, facts, ['千人科普大讲堂']);
      expect(checkNumbers(draft, facts, ['千人科普大讲堂']).unsupported, draft).toEqual(expected);
      unsupportedSeen += expected.length;
      supportedSeen += figures.length - expected.length;
    }
    expect(unsupportedSeen).toBeGreaterThan(100);
    expect(supportedSeen).toBeGreaterThan(100);
  });

  it('checks a month of 25,000 records in steps linear in the facts (the pairs were 300 million)', () => {
    const facts: Fact[] = [];
    for (let i = 0; i < 25_000; i++) facts.push({ section: 's', label: `活动${i}`, value: 20 + ((i * 7919) % 50_000), unit: i % 2 ? '人次' : '人' }, { section: 's', label: `资料${i}`, value: 100 + ((i * 31) % 3000), unit: '份' });
    const figures = ['参加20人', '参加99999999人次', '约12345人', '发放资料3099份', '共计5000余份', '共计6198份', '参加120余人次', '共31716人次'];
    const draft = `2026年5月工作总结\n${figures.join('，')}。`;
    const count = { steps: 0 };
    const result = checkNumbers(draft, facts, [], count);
    expect(result.unsupported).toEqual(['99999999人次']);
    // Per figure: a binary search of the values and one pass of two pointers over each unit's list.
    expect(count.steps).toBeLessThanOrEqual(figures.length * (facts.length + 3 * 20));
    expect(count.steps).toBeGreaterThan(0);
  });
});
