// An inline numbered list of document titles ("內容有:1.《科普法》。2.《…》") says what a task covers: it is not a
// list of tasks (issue 17, blind w9).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;

describe('a numbered list of titles inside a task', () => {
  it('stays in the task', () => {
    const plan = read('某学会科技周活动方案\n一、活动内容\n1、法规宣传\n通过学会网站每日介绍一部法规。内容有:1.《科学技术进步法》。2.《科普法》。3.《水法》等。\n2、节水宣传\n在学会公众号制作宣传海报，大力宣传节水。');
    expect(plan.items.filter((i) => i.kind === 'task').map((i) => i.text.slice(0, 4))).toEqual(['法规宣传', '节水宣传']);
  });
  it('still splits a numbered list of tasks', () => {
    const plan = read('某学会科技周活动方案\n一、活动内容\n1、法规宣传\n内容有:1.举办《科普法》知识竞赛。2.开展法规进社区活动。\n2、节水宣传\n在学会公众号制作宣传海报。');
    expect(plan.items.some((i) => i.text.startsWith('举办《科普法》知识竞赛'))).toBe(true);
  });
});
