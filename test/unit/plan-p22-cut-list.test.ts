// A news page cut off just after a leader's list opens ("…抓好三方面工作:一是加快科普阵地"): the first task of the
// announced list is on the page and is imported; the rest were lost with the page's end (issue 17, p22).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '2025-02-20', observances: OBSERVANCES }).plan;

describe('a list cut off after its first task', () => {
  it('keeps that task', () => {
    const plan = read(
      [
        '县科协召开2025年主席办公会议',
        '2月18日,县科协召开2025年主席办公会议。县科协主席主持会议,班子成员参加会议。',
        '会议传达学习了上级会议精神。',
        '会上,副主席围绕科协助力产业发展作专题汇报,介绍了重点项目的进展情况。',
        '主席在讲话中回顾了2024年工作,部署2025年重点工作。他强调,要抓好三方面工作:一是加快基层科普阵地',
      ].join('\n'),
    );
    expect(plan.items.some((i) => i.text.startsWith('加快基层科普阵地'))).toBe(true);
    // The paragraphs telling the meeting around the list are no tasks.
    expect(plan.items.some((i) => i.text.includes('传达学习'))).toBe(false);
  });
  it('takes no lone 一是 inside a finished sentence as a list', () => {
    const plan = read(['一、加强科普宣传', '要把科普宣传作为一是一、二是二的硬任务来抓,全年开展科普宣传活动10场。'].join('\n'));
    expect(plan.items.some((i) => i.text.startsWith('一、二是二'))).toBe(false);
  });
});
