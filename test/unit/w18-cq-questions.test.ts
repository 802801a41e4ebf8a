// Issue 16, the fourteenth blind set's questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    // 三/2 下乡: 200 + 150 = 350户 of 1000.
    row('2026-03-12', '白马乡春季果树管理科技下乡', 'U1', 80, '三/2', { metrics: { 户: 200 } }),
    row('2026-09-08', '青石镇秋季茶园管理科技下乡', 'U1', 60, '三/2', { metrics: { 户: 150 } }),
    // 一/2 问卷 done; 三/1 企业科协 has nothing logged.
    row('2026-03-20', '科技工作者状况调查问卷回收', 'U2', null, '一/2', { metrics: { 份: 520 } }),
  ],
  done: ['一/2'],
  departments: { U1: '农技协', U2: '办公室' },
};

const reply = askOn(state);

describe('w18 questions', () => {
  it('<work>凑够N<unit>没得: a spoken question whether a target is reached, never a report', async () => {
    const text = await reply({ today: '2026-10-20', user: 'U1', text: '下乡服务农户凑够1000户没得' });
    expect(text, text).toContain('350');
    expect(text, text).not.toContain('已记录活动');
  }, 30_000);
  it('下个月有哪些事要办: the month ahead, in this year (never last year’s same month)', async () => {
    const text = await reply({ today: '2026-10-26', user: 'U2', text: '下个月都有哪些事情要办？' });
    expect(text, text).toContain('2026年11月');
    expect(text, text).not.toContain('2025年');
    expect(text, text).toContain('二/（二）/3');
  }, 30_000);
  it('截止时间都过了还没做完的: the tasks past their deadline', async () => {
    const text = await reply({ today: '2026-10-20', user: 'U1', text: '哪些工作截止日期早就过了，还没弄完？' });
    expect(text, text).toContain('8月20日');
    expect(text, text).toContain('三/1');
  }, 30_000);
});
