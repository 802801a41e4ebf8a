// A count or list about a place and a kind ("县一中今年开了几场讲座"; holdout3 m-q024): both must match a record —
// the place by its name or a short form (县一中 = 县第一中学) in the record's words or its unit, the kind in its title.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { placeKindOf, placeKindRecords } from '../../src/core/questions/place-kind.js';

let n = 0;
const record = (title: string, text = title, extra: Partial<Activity> = {}): Activity =>
  ({ id: `a${++n}`, date: '2026-05-01', dateEnd: null, title, headcount: 100, approximate: false, headcountUnit: '人', metrics: { 场: 1 }, metricLabels: {}, itemId: null, planId: null, text, by: 'U1', at: '', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [], ...extra }) as Activity;

const log = [
  record('县一中科技创新大赛动员讲座', '在县第一中学县一中科技创新大赛动员讲座'),
  record('“人工智能与未来”科普讲座', '在县第一中学“人工智能与未来”科普讲座'),
  record('县一中校园航模竞赛', '在县第一中学县一中校园航模竞赛'),
  record('防灾减灾日应急科普讲座（城关镇）'),
  record('白马乡科技活动周科普讲座'),
  record('职工安全生产科普报告会', '职工安全生产科普报告会', { reporterUnit: '恒达机械企业科协' }),
  record('城关镇冬季大棚蔬菜管理培训'),
];
const titles = (list: readonly Activity[] | undefined) => (list ?? []).map((a) => a.title);

describe('a place and a kind in a topic', () => {
  it('splits a topic into a place and a kind only when the first part is a place', () => {
    expect(placeKindOf('县一中讲座')?.place).toBe('县一中');
    expect(placeKindOf('城关镇培训')?.place).toBe('城关镇');
    expect(placeKindOf('在县第一中学的讲座')?.place).toBe('县第一中学');
    expect(placeKindOf('科普讲座')).toBeUndefined();
    expect(placeKindOf('讲座')).toBeUndefined();
  });
  it('counts the records at that place (by its short or full name) of that kind only', () => {
    expect(titles(placeKindRecords('县一中讲座', log))).toEqual(['县一中科技创新大赛动员讲座', '“人工智能与未来”科普讲座']);
    expect(titles(placeKindRecords('县第一中学讲座', log))).toEqual(['县一中科技创新大赛动员讲座', '“人工智能与未来”科普讲座']);
    expect(titles(placeKindRecords('县一中竞赛', log))).toEqual(['县一中校园航模竞赛']);
    expect(titles(placeKindRecords('城关镇讲座', log))).toEqual(['防灾减灾日应急科普讲座（城关镇）']);
  });
  it('finds a unit by its short name through the unit the records were reported for', () => {
    expect(titles(placeKindRecords('恒达机械讲座', log))).toEqual(['职工安全生产科普报告会']);
  });
  it('leaves a topic with no place to the other readers', () => {
    expect(placeKindRecords('科普讲座', log)).toBeUndefined();
    expect(placeKindRecords('应急讲座', log)).toBeUndefined();
    expect(placeKindRecords(null, log)).toBeUndefined();
  });
});

describe('a place and a kind asked in chat', () => {
  it('answers the last time and the count from that place’s records of that kind', async () => {
    const { answerQuestion } = await import('../../src/core/questions/answer-question.js');
    const { understandQuestion } = await import('../../src/core/questions/understand-question.js');
    const { parsePlan } = await import('../../src/core/plans/parse-plan.js');
    const { OBSERVANCES, readFixture } = await import('../support/kexie-for-tests.js');
    const plan = parsePlan(readFixture('plans', 'traditional-outline.txt'), { source: 't', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
    const dated = log.map((a, k) => ({ ...a, date: `2026-0${k + 1}-10` }));
    const ask = (text: string) => answerQuestion(understandQuestion(text, '2026-11-23'), { plans: [plan], today: '2026-11-23', observances: OBSERVANCES, activities: dated }).answer;
    expect(ask('县一中最近一次讲座是什么时候')).toContain('2026-02-10');
    const count = ask('县第一中学今年开了几场讲座');
    expect(count).toContain('2场');
    expect(count).not.toContain('航模');
  });
});
