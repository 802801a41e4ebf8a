// An event notice's 时间 line that a web page stripped of its 年/月/日 and dash ("2027年6月3日—9日" shown as
// "2027639"): read back when the digits split into one valid month and days only one way (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'tongzhi.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;

describe('a 时间 line of bare digits', () => {
  it('gives the event’s window to the content tasks', () => {
    const plan = read('2027年某市科技活动周通知\n一、时间与主题\n(一)时间\n202751623\n(二)主题\n科技点亮生活\n(三)主要内容\n1.集中宣传科技政策，解读新出台的科技规划。\n2.展示本地科技创新成果，组织企业开放实验室。');
    const due = (w: string) => plan.items.find((i) => i.text.includes(w))?.due.map((d) => `${d.start}..${d.end}`);
    expect(due('解读新出台的科技规划')).toEqual(['2027-05-16..2027-05-23']);
    expect(due('组织企业开放实验室')).toEqual(['2027-05-16..2027-05-23']);
  });
  it('leaves digits that split more than one way unread', () => {
    // 2027 1 1 12 or 2027 11 1 2: no window from them.
    const plan = read('2027年某市科技活动周通知\n一、时间与主题\n(一)时间\n20271112\n(二)主要内容\n1.集中宣传科技政策，解读新出台的科技规划。\n2.展示本地科技创新成果，组织企业开放实验室。');
    expect(plan.items.find((i) => i.text.includes('解读新出台的科技规划'))?.due.some((d) => d.start === '2027-01-01' || d.start === '2027-11-01')).toBe(false);
  });
});
