// Issue 16, holdout 8 questions: the asker's unit by name or bare 我们, sign-ups of the asker's unit and unit by unit,
// 下乡 is no place, a follow-up keeps what it counts, one day and "before a month", how the plan puts a piece of work,
// the items marked done, and departments with nothing reported. Our own wordings, answered from the blind state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { fixture } from '../support/kexie-for-tests.js';
import type { QuestionState } from '../support/question-state.js';
import { askOn } from '../support/ask-question.js';

const state = JSON.parse(readFileSync(fixture('chat', 'blind', 'question-state.json'), 'utf8')) as QuestionState;
const reply = askOn(state);

describe("the asker's unit named in full, or a bare 我们, asks about its own records", () => {
  it('我们青石镇科协报的活动: only U14 records, 人 apart from 人次', async () => {
    expect(understandQuestion('我们青石镇科协报过的活动总共来了多少人', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'people', by: 'my_unit', topic: null });
    // U14: 240+300+80+65+150+140 = 975人.
    const text = await reply({ today: '2026-11-25', user: 'U14', text: '我们青石镇科协报过的活动总共来了多少人' });
    expect(text).toContain('975人');
  });
  it('我们报的: the unit of the asker (U13 白马乡科协: 785人 and 200人次 apart)', async () => {
    const text = await reply({ today: '2026-11-25', user: 'U13', text: '我们今年报过的活动一共来了多少人？' });
    expect(text).toContain('785人');
    expect(text).toContain('200人次');
    expect(text).not.toContain('985');
  });
});

describe('sign-ups of the asker unit, and unit by unit', () => {
  it('科普讲解大赛咱们科协报了几个来着: the event under the asker unit', async () => {
    expect(understandQuestion('科普讲解大赛咱们科协报了几个来着', '2026-05-06')).toMatchObject({ intent: 'signups', event: '科普讲解大赛', by: 'my_unit' });
    expect(await reply({ today: '2026-05-06', user: 'U13', text: '科普讲解大赛咱们科协报了几个来着' })).toContain('2人');
  });
  it('农村实用技术培训班报名多少人，各单位分别多少: the whole event with every unit', async () => {
    expect(understandQuestion('农村实用技术培训班报名了多少人？各单位分别多少', '2026-05-06')).toMatchObject({ intent: 'signups', event: '农村实用技术培训班', unit: null });
    const text = await reply({ today: '2026-05-06', text: '农村实用技术培训班报名了多少人？各单位分别多少' });
    expect(text).toContain('71人');
    expect(text).toContain('青石镇科协25人');
  });
});

describe('下乡 is going to the villages, not a township', () => {
  it('二季度科技下乡培训参加多少人: the 三/2 records of the quarter', async () => {
    // Apr–Jun 三/2: 75 (4/08) + 90 (6/10) = 165人.
    const text = await reply({ today: '2026-07-02', user: 'U6', text: '二季度科技下乡培训一共多少人参加' });
    expect(text).toContain('165人');
  });
});

describe('a follow-up that names no unit counts what the question before counted', () => {
  it('那还差多少 after a 人次 total is the gap in 人次 to the item target', async () => {
    const text = await reply({ today: '2026-11-25', user: 'U4', before: ['县科技馆今年一共接待多少人次'], text: '那距离目标还差多少' });
    expect(text).toContain('还差8900人次');
    expect(text).not.toContain('8885');
  });
});

describe('one day, and before a month', () => {
  it('5月12号那天两场讲座: that day only', async () => {
    expect(understandQuestion('5月12号那天的两场讲座加起来多少人', '2026-06-01')).toMatchObject({ intent: 'tally', period: { start: '2026-05-12', end: '2026-05-12' } });
    // 210 + 130 (约) = 340人.
    expect(await reply({ today: '2026-06-01', text: '5月12号那天的两场讲座加起来多少人' })).toContain('340人');
  });
  it('10月以前要完成的: today up to the end of September', () => {
    expect(understandQuestion('10月以前需要完成哪些任务', '2026-08-20')).toMatchObject({ intent: 'due', period: { start: '2026-08-20', end: '2026-09-30' } });
  });
  it('9月20号前 stays a deadline, and 9月1日到9月30日 no single day', () => {
    expect(understandQuestion('9月20号前有啥要交', '2026-09-14')).toMatchObject({ intent: 'due', period: { start: '2026-09-14', end: '2026-09-20' } });
    expect(understandQuestion('9月1日到9月30日开了几场讲座', '2026-10-08')).not.toMatchObject({ period: { start: '2026-09-30', end: '2026-09-30' } });
  });
});

describe('how the plan puts a piece of work, and the amount it sets', () => {
  it.each([
    ['科普示范社区这块计划里怎么规定的', '科普示范社区'],
    ['建言献策方面是如何要求的', '建言献策'],
    ['科普示范社区今年要新建几个？什么时候完成', '科普示范社区'],
  ])('%s', (text, topic) => {
    expect(understandQuestion(text, '2026-04-20')).toMatchObject({ intent: 'detail', topic });
  });
  it('还要 or 了 is no plan amount', () => {
    expect(understandQuestion('科普讲座还要办几场', '2026-04-20').intent).not.toBe('detail');
  });
  it('the answer gives the plan text', async () => {
    expect(await reply({ today: '2026-04-20', text: '建言献策方面是如何要求的' })).toContain('8条');
  });
});

describe('the items marked done', () => {
  it.each(['目前哪些工作已经做完了', '已经完成的任务有哪些'])('%s', (text) => {
    expect(understandQuestion(text, '2026-11-25')).toEqual({ intent: 'finished' });
  });
  it('lists them with who marked them', async () => {
    const text = await reply({ today: '2026-11-25', text: '已经完成的任务有哪些？' });
    expect(text).toContain('一/2');
    expect(text).toContain('四/1');
    expect(text).toContain('共 2 项');
  });
});

describe('departments with nothing reported', () => {
  it('哪些部门今年一条都没报: by the people who said they are in each', async () => {
    const text = await reply({ today: '2026-11-25', text: '今年有哪些部门还没报过活动？' });
    expect(text).toContain('组织宣传部');
    expect(text).not.toContain('科普部、');
  });
});

describe('a first clause that restates the target only names the work', () => {
  it('应急科普讲座6月底前要办6场，现在办了几场: the year so far, not the deadline', () => {
    expect(understandQuestion('应急科普讲座6月底前要办6场，现在办了几场了？', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'sessions', topic: '应急科普讲座', period: { start: '2026-01-01', end: '2026-11-25' } });
  });
  it('counts every record of the year against the target', async () => {
    expect(await reply({ today: '2026-11-25', text: '应急科普讲座年底前要办6场，目前办了几场？' })).toContain('4场');
  });
});

describe('nothing due in a near window names the next date after it', () => {
  it('最近有啥要到期的 for 组织宣传部 in late July: 三/1 on 20 August', async () => {
    const text = await reply({ today: '2026-07-28', user: 'U5', text: '我们部门最近有啥要到期的没' });
    expect(text).toContain('没有到期的任务');
    expect(text).toContain('三/1');
    expect(text).toContain('8月20日');
  });
});
