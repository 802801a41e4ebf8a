// A programme for several years ("…行动实施方案（2021—2025年）") states a span, not the year its tasks fall in:
// imported within the span it is taken as the import date's year, in force to the span's end, and the import says
// so and asks to confirm. Its goals "力争2025年…" fall due by the end of that year (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const text = [
  '某县全民科学素质行动实施方案（2022—2026年）',
  '一、总体要求',
  '（一）工作目标',
  '力争2026年全县公民具备科学素质的比例达到14%。',
  '二、重点任务',
  '1.每年9月组织开展全国科普日活动，举办科普讲座30场。',
].join('\n');
const read = (today: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: Number(today.slice(0, 4)), importedAt: today, observances: OBSERVANCES });

describe('a programme for several years imported within its span', () => {
  const { plan, report, warnings } = read('2023-05-04');
  it('takes the import date’s year and keeps the span’s end', () => {
    expect(plan.year).toBe(2023);
    expect(plan.yearTo).toBe(2026);
    expect(report.yearFrom).toBe('import-date');
  });
  it('says it is a programme for several years and asks', () => {
    const said = warnings.map((w) => w.message).join('\n');
    expect(said).toContain('2022—2026年');
    expect(said).toContain('2023年');
  });
  it('dates the goal to the end of the year it names', () => {
    const goal = plan.items.find((i) => i.text.includes('比例达到14%'));
    expect(goal?.due.map((d) => d.end)).toEqual(['2026-12-31']);
  });
});

describe('the same programme imported after its span', () => {
  const { plan, report } = read('2028-01-10');
  it('keeps the span the title states', () => {
    expect([plan.year, plan.yearTo, report.yearFrom]).toEqual([2022, 2026, 'title']);
  });
});
