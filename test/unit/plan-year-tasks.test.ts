// A task that sets itself in the plan's year ("2021年将评选…", "2021第三十一届年会") and names no date is due
// within that year; a task naming no year and no date stays undated (issue 17, the scored plan holdout).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a task set in the plan year', () => {
  const { plan } = parsePlan(
    '某学会2021年度重点工作计划\n1.组织召开好学会2021第三十一届科技年会。\n2.开展表彰奖励活动。2021年将评选青年科技奖。\n3.继续开展科学普及活动。\n4.开展2019年以来成果的评价工作。\n5.技术示范：为此，今年全镇计划完成 8500 亩科技示范片。',
    { source: 'x.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES },
  );
  const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => [d.start, d.end]);
  it('is due within that year', () => {
    expect(due('科技年会')).toEqual([['2021-01-01', '2021-12-31']]);
    expect(due('表彰奖励')).toEqual([['2021-01-01', '2021-12-31']]);
    // "今年…计划完成": a goal for this year, due by its end.
    expect(due('科技示范片')).toEqual([['2021-01-01', '2021-12-31']]);
  });
  it('but a task naming no year, or an earlier one, stays undated', () => {
    expect(due('科学普及')).toEqual([]);
    expect(due('成果的评价')).toEqual([]);
  });
});
