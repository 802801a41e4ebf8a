// Issue 16, w13 questions (our own wordings, on a state built here): a count with its yearly target asked beside it,
// the gap asked by its unit only, records "报上来" by everyone or by the asker's unit, what falls due before a day,
// a piece of work's records, the asker's unit's sign-ups, departments with no record, and two questions in one.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import type { QuestionState } from '../support/question-state.js';
import { askOn, row } from '../support/ask-question.js';


const state: QuestionState = {
  activities: [
    // 三/2: 20 + 25 + 15 = 60户 against the 1000户 target; one record without 户.
    row('2026-02-10', '城关镇春耕科技下乡', 'U6', 90, '三/2', { place: '城关镇', metrics: { 户: 20 } }),
    row('2026-05-08', '白马乡植保技术培训', 'U13', 70, '三/2', { place: '白马乡', metrics: { 户: 25 } }),
    row('2026-08-14', '青石镇果树管理下乡', 'U6', 50, '三/2', { place: '青石镇', metrics: { 户: 15 } }),
    row('2026-09-03', '城关镇秋种科技下乡', 'U6', 40, '三/2', { place: '城关镇' }),
    // 白马乡科协 (U13): 70 + 110 + 60 = 240人, and 150人次 apart.
    row('2026-03-12', '白马乡植树节科普宣传', 'U13', 110, null, { place: '白马乡' }),
    row('2026-10-09', '白马乡重阳节健康讲座', 'U13', 60, null, { place: '白马乡' }),
    row('2026-10-21', '白马乡科普大篷车进村', 'U13', 150, null, { place: '白马乡', headcountUnit: '人次' }),
    // October by everyone: 60 + 120 + 80 = 260人; 150 + 900 = 1050人次.
    row('2026-10-15', '实验小学航天科普讲座', 'U15', 120, null, { place: '实验小学' }),
    row('2026-10-18', '城关镇防诈骗讲座', 'U11', 80, null, { place: '城关镇' }),
    row('2026-10-02', '县科技馆国庆开放', 'U4', 900, '二/（二）/1', { headcountUnit: '人次', place: '县科技馆' }),
    // 一/1 走访慰问 and its 座谈会.
    row('2026-05-20', '走访慰问基层科技工作者', 'U2', 12, '一/1', { headcountUnit: '人次' }),
    row('2026-05-29', '科技工作者日座谈会', 'U2', 30, '一/1', { place: '县科协' }),
  ],
  signups: [
    { event: '青少年科技创新大赛', unit: '实验小学', count: 11 },
    { event: '青少年科技创新大赛', unit: '县第一中学', count: 7 },
    { event: '科普讲解大赛', unit: '白马乡科协', count: 5 },
    { event: '农村实用技术培训班', unit: '白马乡科协', count: 22 },
    { event: '农村实用技术培训班', unit: '城关镇科协', count: 14 },
  ],
  units: [
    { name: '城关镇科协', people: ['U11'] },
    { name: '白马乡科协', people: ['U13'] },
    { name: '实验小学', people: ['U15'] },
  ],
  departments: { U1: '科普部', U2: '办公室', U4: '科技馆', U5: '组织宣传部', U6: '农技协' },
};

const reply = askOn(state);

describe('a count with its target asked beside it, and the gap asked by its unit only', () => {
  it('下乡今年服务了多少户农户？全年目标是多少？', async () => {
    expect(understandQuestion('下乡今年服务了多少户农户？全年目标是多少？', '2026-10-30')).toMatchObject({ intent: 'tally', topic: '下乡', remaining: true });
    const text = await reply({ today: '2026-10-30', text: '下乡今年服务了多少户农户？全年目标是多少？' });
    expect(text).toContain('60户');
    expect(text).toContain('1000户');
    expect(text).toContain('三/2');
  });
  it('距离年度目标还差几户 after the count', async () => {
    const text = await reply({ today: '2026-10-30', before: ['今年下乡一共服务了多少户？'], text: '距离年度目标还差几户' });
    expect(text).toContain('940');
  });
});

describe('records reported up (报上来, 报上去): by everyone, or by the asker’s unit', () => {
  it('我们乡科协今年报上来的活动一共来了多少人 (白马乡科协)', async () => {
    const text = await reply({ today: '2026-11-01', user: 'U13', text: '我们乡科协今年报上来的活动，一共来了多少人' });
    expect(text).toContain('240人');
    expect(text).toContain('150人次');
    expect(text).not.toContain('390');
  });
  it('十月份大家报上去的活动参加人数合计多少', async () => {
    const text = await reply({ today: '2026-11-02', text: '十月份大家报上去的活动，参加人数合计多少' });
    expect(text).toContain('260人');
    expect(text).toContain('1050人次');
    expect(text).not.toContain('1310');
  });
});

describe('what falls due before a day', () => {
  it('3月底以前有哪些任务到期', async () => {
    const text = await reply({ today: '2026-03-02', text: '3月底以前有哪些任务到截止日期？' });
    expect(text).toContain('一/2');
    expect(text).toContain('一/3');
  });
  it('9月底前有哪些工作到截止时间: 第三季度完成… ends then, so it is due by then', async () => {
    const text = await reply({ today: '2026-09-01', text: '9月底前有哪些工作到截止时间' });
    expect(text).toContain('二/（二）/1');
    expect(text).toContain('展品采购');
  });
});

describe('the records of a piece of work named loosely (这块, 这方面)', () => {
  it('走访慰问这方面今年报了哪些活动', async () => {
    expect(understandQuestion('走访慰问这方面今年报了哪些活动', '2026-07-01')).toMatchObject({ intent: 'done_list' });
    const text = await reply({ today: '2026-07-01', text: '走访慰问这方面今年报了哪些活动' });
    expect(text).toContain('走访慰问基层科技工作者');
  });
});

describe('the asker’s unit’s sign-ups, named', () => {
  it('帮我汇总一下我们白马乡科协的报名情况', async () => {
    const text = await reply({ today: '2026-09-01', user: 'U13', text: '帮我汇总一下我们白马乡科协的报名情况' });
    expect(text).toContain('22');
    expect(text).toContain('5');
    expect(text).not.toContain('14');
  });
});

describe('departments with no record', () => {
  it('今年哪几个部门还一条记录都没有', async () => {
    const text = await reply({ today: '2026-11-01', text: '今年哪些部门还一条记录都没有' });
    expect(text).toContain('组织宣传部');
    expect(text).not.toContain('农技协、');
  });
});

describe('two questions in one message', () => {
  it('县级评审啥时候搞？创新大赛现在一共报名多少人了', async () => {
    const text = await reply({ today: '2026-09-01', text: '县级评审啥时候举办？创新大赛现在报名一共多少人了？' });
    expect(text).toContain('10月中旬');
    expect(text).toContain('18');
  });
});

describe('a second clause that names nothing leans on the first, so the message is one question', () => {
  it('走访慰问搞了没？来了几个人', async () => {
    const text = await reply({ today: '2026-07-01', text: '走访慰问搞了没？来了几个人' });
    expect(text).toContain('12人次');
    expect(text).not.toContain('110人');
  });
});
