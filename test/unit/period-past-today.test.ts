// Issue 21.9: a period report that reaches past today is asked about (a Doubt with reason 'ask'); confirmed, it is
// stored up to today, so the months to come are never counted as done. …以来 ends today; this month stays whole.
import { describe, expect, it } from 'vitest';
import { kexieForTests } from '../support/kexie-for-tests.js';

describe('a period report reaching past today', () => {
  it('asks, and once confirmed stores the period up to today', async () => {
    const { kexie } = kexieForTests('2026-06-15');
    const ctx = kexie.context({ user: 'u1' });
    const asked = await kexie.log(ctx, '1月1日到12月31日共开展科普讲座30场，参加1500人');
    if (asked.ok || asked.reason !== 'ask') throw new Error(`expected a question, got ${JSON.stringify(asked)}`);
    expect(asked.doubts).toEqual([{ field: 'date', question: '“1月1日到12月31日”还没过完（今天是6月15日）：按1月1日至6月15日已开展的记录吗？' }]);
    expect(await kexie.activities(ctx)).toEqual([]);
    const stored = await kexie.confirm(ctx, asked.pending);
    expect(stored.ok).toBe(true);
    expect((await kexie.activities(ctx)).map((a) => [a.date, a.dateEnd, a.headcount])).toEqual([['2026-01-01', '2026-06-15', 1500]]);
  });

  it('keeps this month whole, ends a period reaching past this month today without asking when it says so (以来), and leaves a past period whole', async () => {
    const { kexie } = kexieForTests('2026-06-15');
    const ctx = kexie.context({ user: 'u1' });
    for (const text of ['本月共开展科普讲座8场，参加400人', '今年1-5月共开展培训10期，参加500人', '2025年以来累计开展科普展览12场，参加6000人']) expect((await kexie.log(ctx, text)).ok, text).toBe(true);
    expect((await kexie.activities(ctx)).map((a) => [a.date, a.dateEnd]).sort()).toEqual([['2025-01-01', '2026-06-15'], ['2026-01-01', '2026-05-31'], ['2026-06-01', '2026-06-30']]);
  });
});
