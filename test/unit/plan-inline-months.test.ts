// A plan flattened into one paragraph with month headings inline ("三月: 1.…; 2.… 四月: 1.… 七月。开展…"):
// each month is a section dating its tasks (issue 17, blind w9).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'jihua.txt', fallbackYear: 2016, importedAt: '', observances: OBSERVANCES }).plan;
const TEXT = '某区2016年少年科技工作计划 一、指导思想 以科学发展为指导,提高青少年科学素质。 二、重点工作 继续加强科技教育阵地建设。 三月: 1.选送优秀作品参加省科技创新大赛; 2.组织参加市程序设计竞赛。 五月: 1.组织参加科技活动周活动; 2.举办区头脑奥林匹克比赛。 七月。开展科技夏令营活动。 十一月: 1.组织参加省机器人竞赛; 2.组织参加信息学联赛。';

describe('month headings inside one paragraph', () => {
  it('date each task by its month', () => {
    const plan = read(TEXT);
    const dueOf = (w: string) => plan.items.filter((i) => i.text.includes(w)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);
    expect(dueOf('选送优秀作品')).toEqual(['2016-03-01..2016-03-31']);
    expect(dueOf('市程序设计竞赛')).toEqual(['2016-03-01..2016-03-31']);
    expect(dueOf('头脑奥林匹克')).toEqual(['2016-05-01..2016-05-31']);
    expect(dueOf('科技夏令营')).toEqual(['2016-07-01..2016-07-31']);
    expect(dueOf('信息学联赛')).toEqual(['2016-11-01..2016-11-30']);
    expect(plan.items.filter((i) => i.kind === 'task').length).toBe(7);
  });
});
