// Questions about the asker's own records ("我上个月报了哪些活动", "我们单位今年登记了几场讲座"; holdout3 m-q011,
// m-q019): 报了/报的/登记的 are records the asker (or the asker's unit) reported, never sign-ups (报名).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { ownRecordsOf } from '../../src/core/questions/own-records.js';
import { whoAndKind } from '../../src/core/questions/unit-records.js';
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

describe('a sum of people over records that carry 场 (w10-q020)', () => {
  it('says the 场 total too, and never adds 人 and 人次', () => {
    const talks = [
      record('2026-01-29', '实验小学科普讲座', 'U15', 280, '人', { metrics: { 场: 1 } }),
      record('2026-03-19', '实验小学磁铁科普讲座', 'U15', 320, '人', { metrics: { 场: 1 } }),
      record('2026-05-19', '科技活动周科普讲座', 'U15', 150, '人次', { metrics: { 场: 2 } }),
      record('2026-09-17', '科普日科学实验秀', 'U15', 600, '人', { metrics: { 场: 1 } }),
    ];
    const answer = answerQuestion(understandQuestion('我今年报的讲座一共多少人', today), { plans: [plan], today, observances: OBSERVANCES, activities: talks, asker: { user: 'U15' } }).answer;
    expect(answer).toContain('600人');
    expect(answer).toContain('150人次');
    expect(answer).toContain('4场');
    expect(answer).not.toContain('750');
    expect(answer).not.toContain('1200');
  });
  it('says how many records did not write their 场', () => {
    const talks = [record('2026-01-29', '科普讲座', 'U15', 280, '人', { metrics: { 场: 2 } }), record('2026-03-19', '磁铁科普讲座', 'U15', 320)];
    const answer = answerQuestion(understandQuestion('今年讲座一共多少人', today), { plans: [plan], today, observances: OBSERVANCES, activities: talks }).answer;
    expect(answer).toContain('600人');
    expect(answer).toMatch(/写明场次的共2场[^\n]*另1条没写场次/u);
  });
});

describe('a department named before a kind of work (w10-q011)', () => {
  const text = '工作要点\n三、服务创新驱动发展\n2、开展科技志愿服务下乡活动。每月组织专家服务团下乡，全年服务农户不少于1000户。牵头部门：农技协。\n';
  it('sums the department’s records of that kind: linked to the kind’s item or titled with it', () => {
    const own = parsePlan(text, { source: 't', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
    const item = own.items.find((i) => i.title.includes('下乡'));
    const linked = { itemId: item?.id ?? null, planId: own.id };
    const log = [
      record('2026-06-10', '城关镇夏季病虫害防治科技下乡', 'U6', 90, '人', { metrics: { 户: 55 }, ...linked }),
      record('2026-08-06', '农技协专家服务团白马乡下乡', 'U6', 110, '人', { metrics: { 户: 48 }, ...linked }),
      record('2026-09-10', '农技协科普月科技咨询下乡', 'U6', 480, '人次', { metrics: { 场: 6 } }),
      record('2026-10-21', '城关镇秋冬果树管理科技下乡', 'U6', 70, '人', { metrics: { 户: 38 }, ...linked }),
      record('2026-11-18', '城关镇冬季大棚蔬菜管理培训', 'U6', 55, '人', { metrics: { 户: 30 }, ...linked }),
      record('2026-10-12', '白马乡冬小麦管理科技下乡', 'U13', 95, '人', { metrics: { 户: 60 } }),
    ];
    const teams = [{ name: '农技协', people: ['U6'] }];
    const answer = answerQuestion(understandQuestion('农技协下半年下乡服务了多少户', today), { plans: [own], today, observances: OBSERVANCES, activities: log, teams }).answer;
    expect(answer).toContain('116户');
    // Only one of the three records wrote its 场: a sum of 户 does not mention them.
    expect(answer.split('\n')[0]).not.toContain('场');
    expect(answer).not.toContain('白马乡冬小麦');
    expect(answer).not.toContain('病虫害');
    const listed = answerQuestion(understandQuestion('农技协下半年开展了哪些下乡活动', today), { plans: [own], today, observances: OBSERVANCES, activities: log, teams }).answer;
    expect(listed).toContain('大棚蔬菜');
    expect(listed).not.toContain('白马乡冬小麦');
  });
  it('reads a department by its full name only, and a township as the place, not its unit', () => {
    const log = [record('2026-05-01', '白马乡科技下乡', 'U13', 10, '人', { reporterUnit: '白马乡科协' }), record('2026-05-02', '青少年科技创新大赛', 'U3', 10)];
    const teams = [{ name: '青少年科技教育中心', people: ['U3'] }, { name: '农技协', people: ['U6'] }];
    expect(whoAndKind('农技协的下乡', log, teams)).toEqual({ records: [], kind: '下乡' });
    expect(whoAndKind('白马乡科协培训', log, teams)?.records).toEqual([log[0]]);
    expect(whoAndKind('白马乡下乡', log, teams)).toBeUndefined();
    expect(whoAndKind('青少年科技创新大赛', log, teams)).toBeUndefined();
  });
});

describe('a unit’s short name before a kind of work', () => {
  it('takes off 科协 or 企业科协 only as a whole word, so 城关镇科技下乡 is the place 城关镇', () => {
    const log = [record('2026-05-01', '恒达机械安全生产培训', 'U17', 10, '人', { reporterUnit: '恒达机械企业科协' }), record('2026-05-02', '城关镇科技下乡', 'U11', 10, '人', { reporterUnit: '城关镇科协' })];
    expect(whoAndKind('恒达机械培训', log)?.records).toEqual([log[0]]);
    expect(whoAndKind('城关镇科技下乡', log)).toBeUndefined();
  });
});
