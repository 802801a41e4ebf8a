// A committee named after the event ("2026年某市科技活动周组委会") is a body being set up, not the event: the task that
// sets it up is not due in the event's week (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('a committee named after the event', () => {
  const plan = read(
    [
      '2026年某市科技活动周实施方案',
      '一、组织机构',
      '(一)主办:某市科学技术普及工作领导小组',
      '(二)机构设置:设立2026年某市科技活动周组委会,组长单位:市科学技术局;副组长单位:市委宣传部、市科协;成员单位:市教育局、市农业农村局',
      '二、活动安排',
      '(一)科普大篷车巡展。科技活动周期间组织科普大篷车到各乡镇巡回展出。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.filter((i) => i.text.includes(words)).at(-1)?.due;
  it('does not date the committee to the event', () => {
    expect(due('组委会')).toEqual([]);
  });
  it('still dates the event’s activities', () => {
    expect(due('科普大篷车')?.length).toBe(1);
  });
});
