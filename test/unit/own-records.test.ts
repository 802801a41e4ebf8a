// Questions about the asker's own records ("我上个月报了哪些活动", "我们单位今年登记了几场讲座"; holdout3 m-q011,
// m-q019): 报了/报的/登记的 are records the asker (or the asker's unit) reported, never sign-ups (报名).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { ownRecordsOf } from '../../src/core/questions/own-records.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const today = '2026-11-23';
let plan: Plan;
beforeAll(() => {
  plan = parsePlan(readFixture('plans', 'traditional-outline.txt'), { source: 't', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
});

let n = 0;
const record = (date: string, title: string, by: string, headcount: number, unit = '人', extra: Partial<Activity> = {}): Activity =>
  ({ id: `a${++n}`, date, dateEnd: null, title, headcount, approximate: false, headcountUnit: unit, metrics: {}, metricLabels: {}, itemId: null, planId: null, text: title, by, at: `${date}T10:00:00+08:00`, source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [], ...extra }) as Activity;

const log = [
  record('2026-10-21', '城关镇秋冬果树管理科技下乡', 'U6', 70),
  record('2026-11-18', '城关镇冬季大棚蔬菜管理培训', 'U6', 55),
  record('2026-10-12', '白马乡冬小麦管理科技下乡', 'U13', 95),
  record('2026-03-24', '白马乡春季小麦病虫害防治培训', 'U13', 95),
  record('2026-11-20', '白马乡防范电信诈骗科普讲座', 'U13', 200, '人次', { metrics: { 场: 1 } }),
  record('2026-05-21', '白马乡科技活动周科普讲座', 'U14', 160, '人', { reporterUnit: '白马乡科协', metrics: { 场: 1 } }),
  record('2026-06-02', '城关镇科普讲座', 'U1', 300, '人', { metrics: { 场: 1 } }),
];

const ask = (text: string, user: string, unit?: string) =>
  answerQuestion(understandQuestion(text, today), { plans: [plan], today, observances: OBSERVANCES, activities: log, asker: { user, ...(unit ? { unit } : {}) } }).answer;

describe('reading a question about the asker’s own records', () => {
  it('reads 我 + period + 报了 + 哪些活动 as the asker’s records of that period, not sign-ups', () => {
    expect(understandQuestion('我上个月报了哪些活动？', today)).toMatchObject({ intent: 'done_list', by: 'me', period: { start: '2026-10-01', end: '2026-10-31' } });
    expect(understandQuestion('我这周登记的活动有哪些', today)).toMatchObject({ intent: 'done_list', by: 'me' });
    expect(understandQuestion('上个月我记录了哪些活动', today)).toMatchObject({ intent: 'done_list', by: 'me', period: { start: '2026-10-01' } });
  });
  it('reads a sum over the asker’s records, with no topic', () => {
    expect(understandQuestion('我今年报的活动加起来多少人参加？', today)).toMatchObject({ intent: 'tally', by: 'me', measure: 'people', topic: null, period: { start: '2026-01-01', end: today } });
    expect(understandQuestion('我上个月报了几条？', today)).toMatchObject({ intent: 'tally', by: 'me', measure: 'activities' });
  });
  it('reads 我们单位 (or 我们镇, 本单位) with a kind of activity', () => {
    expect(understandQuestion('我们单位今年登记了几场讲座', today)).toMatchObject({ intent: 'tally', by: 'my_unit', measure: 'sessions', topic: '讲座' });
    expect(understandQuestion('本单位上半年上报的培训有哪些', today)).toMatchObject({ intent: 'done_list', by: 'my_unit', topic: '培训' });
  });
  it('leaves sign-ups, corrections and reports to their readers', () => {
    expect(ownRecordsOf('我报名了哪些活动')).toBeUndefined();
    expect(ownRecordsOf('我上周报的那条改成80人')).toBeUndefined();
    expect(ownRecordsOf('上个月我们村报的那个讲座记上了没有')).toBeUndefined();
    expect(ownRecordsOf('实验小学报了几个人')).toBeUndefined();
    expect(understandQuestion('我们要报几个人？', today).intent).not.toBe('done_list');
  });
});

describe('answering from the asker’s own records', () => {
  it('lists only the asker’s records of the period', () => {
    const answer = ask('我上个月报了哪些活动？', 'U6');
    expect(answer).toContain('果树');
    expect(answer).not.toContain('大棚');
    expect(answer).not.toContain('冬小麦');
    expect(answer).toContain('你报的');
  });
  it('sums the asker’s people with 人 and 人次 apart', () => {
    const answer = ask('我今年报的活动加起来多少人参加？', 'U13');
    expect(answer).toContain('190人');
    expect(answer).toContain('200人次');
    expect(answer).not.toContain('390');
  });
  it('counts a unit’s records: the asker’s and those stamped with the unit', () => {
    const answer = ask('我们单位今年报了几场讲座', 'U13', '白马乡科协');
    expect(answer).toContain('2场');
    expect(ask('我今年报了几场讲座', 'U13')).toContain('1场');
  });
  it('says so when the asker reported nothing in the period', () => {
    expect(ask('我上个月报了哪些活动', 'U99')).toMatch(/只算你报的记录[\s\S]*没有活动记录/u);
  });
});

describe('a department named in a question (w7-q011)', () => {
  it('lists the records its people reported, 人 and 人次 apart', () => {
    const may = [record('2026-05-12', '防灾减灾日应急科普讲座（城关镇）', 'U1', 210), record('2026-05-16', '科技活动周科普展览', 'U1', 2600, '人次'), record('2026-05-20', '白马乡科技活动周科普讲座', 'U13', 160)];
    const answer = answerQuestion(understandQuestion('科普部五月份干了哪些事', '2026-06-03'), { plans: [plan], today: '2026-06-03', observances: OBSERVANCES, activities: may, teams: [{ name: '科普部', people: ['U1', 'U8'] }] }).answer;
    expect(answer).toContain('210人');
    expect(answer).toContain('2600人次');
    expect(answer).not.toContain('白马乡');
    expect(answer).not.toContain('2810');
  });
});
