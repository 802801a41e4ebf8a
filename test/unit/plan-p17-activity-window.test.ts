// An activity scheme with no title line (the page gave it none) still reads as one: its top-rank "活动时间" section
// dates the activities under its content section. A blank form field ending in a colon ("宣传报道:") just before the
// next top heading is a line of its section, not a heading over the rest of the plan (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'fangan.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;
const item = (plan: ReturnType<typeof read>, s: string) => plan.items.find((i) => i.text.includes(s));
const due = (plan: ReturnType<typeof read>, s: string) => item(plan, s)?.due.map((d) => `${d.start}..${d.end}`);

const UNTITLED = [
  '一、活动目的',
  '激发学生学科学、爱科学的兴趣,提高动手能力和创新意识。',
  '二、活动时间',
  '2024年3月4日至5月31日',
  '三、领导小组',
  '组长:',
  '成员:',
  '宣传报道:',
  '四、活动内容',
  '(一)宣传发动',
  '1.利用校园广播介绍本次读书节的各项活动。',
  '2.各班出一期科普主题黑板报。',
  '(二)比赛项目',
  '1、水火箭发射比赛,负责人:李老师',
  '2、科普知识竞赛,负责人:王老师',
];

describe('an untitled activity scheme', () => {
  it("dates the content section's activities by its 活动时间", () => {
    const plan = read(UNTITLED);
    expect(due(plan, '校园广播')).toEqual(['2024-03-04..2024-05-31']);
    expect(due(plan, '水火箭')).toEqual(['2024-03-04..2024-05-31']);
    expect(due(plan, '科普知识竞赛')).toEqual(['2024-03-04..2024-05-31']);
  });
  it('keeps a blank field before the next top heading in its own section', () => {
    const plan = read(UNTITLED);
    expect(item(plan, '活动内容')?.path).toBe('四');
    expect(plan.items.filter((i) => i.path.includes('宣传报道'))).toEqual([]);
  });
  it('leaves a yearly work plan with a 时间 line of one event as it was', () => {
    const plan = read(['2024年社区科普工作计划', '一、活动时间', '3月4日至5月31日', '二、工作内容', '1.办好科普画廊。', '2.组织科普讲座。']);
    expect(due(plan, '科普画廊')).toEqual([]);
  });
});

describe("an untitled scheme's 时间 section", () => {
  it('stays an item of its own, dated as written', () => {
    const plan = read(UNTITLED);
    expect(due(plan, '2024年3月4日至5月31日')).toEqual(['2024-03-04..2024-05-31']);
  });
});
