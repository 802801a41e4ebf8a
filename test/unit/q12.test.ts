// Issue 16, w12 questions (our own wordings, on a state built here): 人 beside a 人次 target, sign-ups asked in
// English or by a group of units, which units reported nothing, the asker's own place, two clauses about one kind,
// dialect, which months a monthly item missed, and records reported by a group of units.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import type { QuestionState } from '../support/question-state.js';
import { askOn, row } from '../support/ask-question.js';


const state: QuestionState = {
  activities: [
    // 三/2, the monthly 下乡: nothing in March or July.
    row('2026-01-10', '白马乡冬季果树培训', 'U13', 85, '三/2', { place: '白马乡', metrics: { 户: 20 } }),
    row('2026-02-15', '城关镇春耕科技下乡', 'U6', 120, '三/2', { place: '城关镇' }),
    row('2026-04-09', '白马乡农机安全培训', 'U6', 60, '三/2', { place: '白马乡' }),
    row('2026-05-12', '城关镇夏粮科技下乡', 'U11', 50, '三/2', { place: '城关镇' }),
    row('2026-06-08', '白马乡茶叶技术培训', 'U13', 40, '三/2', { place: '白马乡', headcountUnit: '人次' }),
    row('2026-08-20', '城关镇秋收科技下乡', 'U6', 70, '三/2', { place: '城关镇' }),
    row('2026-09-10', '白马乡秋播科技下乡', 'U6', 65, '三/2', { place: '白马乡' }),
    row('2026-10-11', '城关镇果树科技下乡', 'U6', 45, '三/2', { place: '城关镇' }),
    row('2026-11-15', '白马乡冬储科技下乡', 'U6', 35, '三/2', { place: '白马乡' }),
    row('2026-03-20', '城关镇电商培训', 'U11', 30, null, { place: '城关镇' }),
    // 二/（一）/1 科技周: 1800人次 against the 5000人次 target, and 300 + 200 = 500人 beside it.
    row('2026-05-17', '科技周开幕式科普展览', 'U1', 1800, '二/（一）/1', { headcountUnit: '人次', place: '县文化广场' }),
    row('2026-05-18', '实验小学科技周讲座', 'U15', 300, '二/（一）/1', { place: '实验小学', metrics: { 场: 1 } }),
    row('2026-05-19', '白马乡科技周科技咨询', 'U13', 200, '二/（一）/1', { place: '白马乡' }),
    // 实验小学's lectures: 200 + 300 + 250 = 750; the 实验秀 is no lecture.
    row('2026-03-05', '实验小学“植物的秘密”科普讲座', 'U15', 200, null, { place: '实验小学', metrics: { 场: 1 } }),
    row('2026-09-20', '实验小学科普日实验秀', 'U15', 400, '二/（一）/2', { place: '实验小学' }),
    row('2026-10-13', '实验小学减灾应急讲座', 'U15', 250, '二/（一）/3', { place: '实验小学', metrics: { 场: 1 } }),
    // 二/（一）/3 by schools: 250 + 180 = 430; 白马乡's 90 is a township's.
    row('2026-05-12', '县一中防灾减灾讲座', 'U16', 180, '二/（一）/3', { place: '县第一中学', metrics: { 场: 1 } }),
    row('2026-05-12', '白马乡防灾减灾讲座', 'U13', 90, '二/（一）/3', { place: '白马乡', metrics: { 场: 1 } }),
    // 恒达: 30 + 100 by its own people; the 50 at 恒达 was reported by someone else.
    row('2026-04-20', '恒达机械技术座谈', 'U17', 30, null, { place: '恒达机械' }),
    row('2026-08-18', '恒达机械安全讲座', 'U17', 100, null, { place: '恒达机械' }),
    row('2026-06-01', '恒达机械企业科协成立大会', 'U5', 50, null, { place: '恒达机械' }),
    // October: 城关镇科协, 县第一中学 and 实验小学 reported; 白马乡科协 and 恒达 did not.
    row('2026-10-20', '城关镇重阳节健康讲座', 'U11', 80, null, { place: '城关镇' }),
    row('2026-10-25', '县一中航模比赛', 'U16', 120, null, { place: '县第一中学' }),
  ],
  signups: [
    { event: '科普讲解大赛', unit: '实验小学', count: 5 },
    { event: '科普讲解大赛', unit: '县第一中学', count: 3 },
    { event: '科普讲解大赛', unit: '城关镇科协', count: 2 },
    { event: '科普讲解大赛', unit: '白马乡科协', count: 4 },
  ],
  units: [
    { name: '城关镇科协', people: ['U11'] },
    { name: '白马乡科协', people: ['U13'] },
    { name: '实验小学', people: ['U15'] },
    { name: '县第一中学', people: ['U16'] },
    { name: '恒达机械企业科协', people: ['U17'] },
  ],
  departments: { U1: '科普部', U6: '农技协' },
};

const reply = askOn(state);

describe('a 人次 target: the records counted in 人 are summed beside it, never added', () => {
  it('科技周群众参与达到5000人次了吗', async () => {
    const text = await reply({ today: '2026-05-25', text: '科技周群众参与达到5000人次了吗' });
    expect(text).toContain('已完成1800人次');
    expect(text).toContain('500人');
    expect(text).not.toContain('2300');
  });
});

describe('sign-ups asked in English with the event in Chinese', () => {
  it('how many people registered for 科普讲解大赛, by unit', async () => {
    expect(understandQuestion('how many people registered for 科普讲解大赛 altogether? list each unit please', '2026-06-01')).toMatchObject({ intent: 'signups', event: '科普讲解大赛' });
    const text = await reply({ today: '2026-06-01', text: 'how many people registered for 科普讲解大赛 altogether? list each unit please' });
    expect(text).toContain('14人');
    expect(text).toContain('实验小学5人');
  });
});

describe('sign-ups asked in English about a unit named in Chinese', () => {
  it('how many from 实验小学 signed up for the speech contest', async () => {
    expect(understandQuestion('How many from 实验小学 signed up for the science speech contest?', '2026-06-01')).toMatchObject({ intent: 'signups', unit: '实验小学' });
    expect(await reply({ today: '2026-06-01', text: 'How many from 实验小学 signed up for the science speech contest?' })).toContain('5人');
  });
});

describe('sign-ups of an event by a group of units (三个乡镇, 两所学校)', () => {
  it('科普讲解大赛两所学校一共报了多少人: the schools only', async () => {
    const text = await reply({ today: '2026-06-01', text: '科普讲解大赛两所学校一共报了多少人' });
    expect(text).toContain('8人');
    expect(text).not.toContain('还没有报名');
  });
  it('科普讲解大赛几个乡镇加起来报了几个人: the townships only, not 城关镇中心校', async () => {
    const text = await reply({ today: '2026-06-01', text: '科普讲解大赛几个乡镇加起来报了几个人' });
    expect(text).toContain('6人');
    expect(text).not.toContain('还没有报名');
  });
});

describe('which units reported nothing in a month, with a word before 单位', () => {
  it('10月哪些下属单位一条记录都没报', async () => {
    expect(understandQuestion('10月哪些下属单位一条记录都没报', '2026-10-30')).toMatchObject({ intent: 'unreported', period: { start: '2026-10-01' } });
    const text = await reply({ today: '2026-10-30', text: '10月哪些下属单位一条记录都没报' });
    expect(text).toContain('白马乡科协');
    expect(text).toContain('恒达机械企业科协');
    expect(text).not.toMatch(/：[^。]*实验小学/u);
  });
});

describe('我们镇 / 咱们乡 without a verb of reporting: the records at the asker unit’s place', () => {
  it('咱们乡今年搞培训来了多少人 (白马乡科协): every 培训 at 白马乡, whoever reported it', async () => {
    const text = await reply({ today: '2026-07-01', user: 'U13', text: '咱们乡今年搞培训来了多少人' });
    expect(text).toContain('145人');
    expect(text).toContain('40人次');
    expect(text).not.toContain('185');
    expect(text).not.toContain('城关镇电商培训');
  });
});

describe('two clauses about one kind: how many, then the people of them', () => {
  it('我校今年登记了几场讲座，听讲座的同学合计多少人', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U15', text: '我校今年登记了几场讲座，听讲座的同学合计多少人？' });
    expect(text).toContain('750人');
    expect(text).toContain('3场');
    expect(text).not.toContain('1150');
  });
});

describe('dialect: 俺们, 自个儿, 几回, 加一块', () => {
  it('俺们单位今年自个儿报了几回活动，加一块多少人', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U17', text: '俺们单位今年自个儿报了几回活动，加一块多少人' });
    expect(text).toContain('130人');
    expect(text).not.toContain('180人');
    expect(text).not.toContain('报名');
  });
});

describe('which months a monthly item has no record in', () => {
  it('下乡服务每月都得搞，今年有哪些月份漏了', async () => {
    const q = understandQuestion('下乡服务每月都得搞，今年有哪些月份漏了', '2026-12-05');
    expect(q).toMatchObject({ intent: 'months_missing' });
    const text = await reply({ today: '2026-12-05', text: '下乡服务每月都得搞，今年有哪些月份漏了' });
    expect(text).toContain('三/2');
    expect(text).toContain('3月');
    expect(text).toContain('7月');
    expect(text).not.toMatch(/缺[^。]*12月/u);
  });
  it('in English words among Chinese: 科技下乡 which months missing', async () => {
    const text = await reply({ today: '2026-12-05', text: '科技下乡 plan 里要求每个月都做，今年哪几个月 missing 了' });
    expect(text).toContain('3月');
    expect(text).toContain('7月');
  });
});

describe('records reported by a group of units (两所学校报的, 三个乡镇科协报的)', () => {
  it('两所学校报的减灾讲座一共来了多少人', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: '两所学校报的减灾讲座，一共来了多少人？' });
    expect(text).toContain('430人');
    expect(text).toContain('二/（一）/3');
  });
});
