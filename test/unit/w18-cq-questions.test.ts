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
    // Linked to no item: two before May, one after.
    row('2026-02-11', '城关镇寒假青少年天文科普活动', 'U1', 70, null),
    row('2026-04-16', '恒达电子职工消防安全培训', 'U1', 90, null),
    row('2026-07-09', '白马乡暑期防溺水宣传', 'U1', 130, null),
    // 一/1 (办公室, its day in May): 12人次 of 30 visited.
    row('2026-05-29', '走访慰问基层科技工作者', 'U2', 12, '一/1', { headcountUnit: '人次' }),
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
  it('<owner>年底前还有哪些没完成: the items past their dates and not reached are still open, with their progress', async () => {
    const text = await reply({ today: '2026-11-10', user: 'U2', text: '到年底我们办公室还有啥没做完的' });
    expect(text, text).toContain('四/2');
    expect(text, text).toContain('一/1');
    expect(text, text).toContain('12人次');
  }, 30_000);
  it('N月以前报的活动里哪些没关联任务: the records linked to no item, in that period', async () => {
    const text = await reply({ today: '2026-11-10', user: 'U1', text: '5月以前记的活动，哪些还没关联到计划条目？' });
    expect(text, text).toContain('天文');
    expect(text, text).toContain('消防');
    expect(text, text).not.toContain('防溺水');
    expect(text, text).not.toContain('果树');
  }, 30_000);
});
