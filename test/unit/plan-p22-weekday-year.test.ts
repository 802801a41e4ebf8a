// "复赛时间：2023年9月16日（星期六）" in a 2024 notice: copied from last year's notice, the year was left as it was
// but the weekday was written for this year. A date whose weekday does not fall on it in the year written, but does
// in the year next to it, is that year's (issue 17, p22).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '2024-08-20', observances: OBSERVANCES }).plan;
const itemWith = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe('a year mistyped next to its weekday', () => {
  const plan = read(
    [
      '各学校、各有关单位：',
      '区科协决定举办青少年科学实验展示活动。现将有关事项通知如下：',
      '一、活动安排',
      '初赛时间：2024年9月7日（星期六）',
      '复赛时间：2023年9月21日（星期六）',
      '二、报名方式',
      '请各校于9月2日（星期一）17点前报送参赛名单。',
    ].join('\n'),
  );
  it('takes the year the weekday fits, for the plan and for the day', () => {
    expect(plan.year).toBe(2024);
    // The item still reads as the writer wrote it.
    expect(itemWith(plan, '复赛时间')?.text).toContain('2023年9月21日');
    expect(itemWith(plan, '复赛时间')?.due.map((d) => [d.start, d.end])).toEqual([['2024-09-21', '2024-09-21']]);
    expect(itemWith(plan, '报送参赛名单')?.due.map((d) => d.end)).toEqual(['2024-09-02']);
  });
  it('keeps a year whose weekday fits, and one with no weekday', () => {
    const kept = read(['一、活动安排', '决赛时间：2023年9月16日（星期六）', '颁奖时间：2023年9月21日'].join('\n'));
    expect(itemWith(kept, '决赛')?.due.map((d) => d.start)).toEqual(['2023-09-16']);
    expect(itemWith(kept, '颁奖')?.due.map((d) => d.start)).toEqual(['2023-09-21']);
  });
});
