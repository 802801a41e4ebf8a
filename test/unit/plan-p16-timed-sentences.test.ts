// A paragraph of prose whose sentences each set their own time ("今年我们将每月举办…。在7月份，我们将…。另外，我们还
// 利用寒暑假…"): each timed sentence is a task of its own with the undated sentences after it, and a sentence opening
// with 另外/此外 starts another task, so no task takes the dates of its neighbours (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'jihua.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
const due = (plan: ReturnType<typeof read>, s: string) =>
  plan.items
    .filter((i) => i.text.includes(s))
    .sort((a, b) => b.level - a.level)[0]
    ?.due.map((d) => `${d.start}..${d.end}`);

describe('timed sentences in one paragraph', () => {
  it('keep their own times', () => {
    const plan = read([
      '街道科普工作计划',
      '一、丰富活动形式,吸引居民参与',
      '居民是科普的主体,今年,我们将在7月份开展以防溺水为主题的科普活动,邀请专业人员现场讲解。我们还与辖区学校合作,组织学生参观科普基地。在10月份,我们将举办家庭科学实验展示活动,评出优秀家庭。另外,我们还利用寒暑假,开展亲子阅读活动,培养孩子的阅读习惯。',
      '二、加强阵地建设',
      '更新社区科普画廊内容。',
    ]);
    expect(due(plan, '以防溺水为主题')).toEqual(['2025-07-01..2025-07-31']);
    expect(due(plan, '家庭科学实验展示')).toEqual(['2025-10-01..2025-10-31']);
    expect(due(plan, '亲子阅读活动')).toEqual([]);
  });
  it('leave a paragraph with one time whole', () => {
    const plan = read(['社区科普计划', '一、开展讲座', '在9月份举办科普讲座。讲座结束后发放宣传资料,收集居民意见。']);
    expect(plan.items.filter((i) => i.kind === 'task')).toHaveLength(1);
  });
});

describe('a paragraph led by its period', () => {
  it("dates its undated sentences by the lead and keeps a sentence's own day", () => {
    const plan = read([
      '节水宣传活动方案',
      '三、工作安排',
      '2月份,做好准备工作,印制宣传资料。',
      '3-4月份,3月22日是世界水日,要在主要街道举办节水宣传咨询活动。通过在小区张贴节水海报,推送节水知识等形式,引导居民节约用水。',
    ]);
    expect(due(plan, '举办节水宣传咨询活动')).toEqual(['2025-03-22..2025-03-22']);
    expect(due(plan, '推送节水知识')).toEqual(['2025-03-01..2025-04-30']);
  });
});
