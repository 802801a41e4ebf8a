// Questions asked where the reading is plainly sure (issue 16): the other figure beside the audience is not
// people who came (teams, honourees, leaders), so no "还是合计N人" is offered.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const records = (text: string, today: string): ReadRecord[] => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records;
};
const people = (m: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(m).filter(([k]) => !k.includes('(')));

describe('figures beside the audience that are plainly not it', () => {
  it('teams are counted by the team, the contestants are the headcount', () => {
    const [r] = records('今天下午公司科协组织了“安全生产月”科普知识竞赛，8个车间代表队共32名选手参赛，公司领导和员工代表在台下观摩。', '2026-06-18');
    expect([r?.headcount, people(r?.metrics ?? {})]).toEqual([32, { 个: 8 }]);
    expect(r?.doubts.filter((d) => d.field === 'headcount')).toEqual([]);
  });
  it('honourees who went up for their certificates are a count of 名, leaders a labelled figure', () => {
    const [r] = records('补报一下530那天下午的“最美科技工作者”发布会：会场基本坐满，大概120人，5名最美科技工作者都上台领了证书，县领导2人出席。', '2026-06-01');
    expect([r?.headcount, r?.metrics]).toEqual([120, { 名: 5, '人(领导)': 2 }]);
    expect(r?.doubts.filter((d) => /合计|记哪个/u.test(d.question))).toEqual([]);
  });
});

describe('dates read where they are plain', () => {
  it('a title in quotes that reads like a question ("月球知多少") is no question; 中秋节前一天 is the day before', () => {
    const [r] = records('中秋节前一天我们在城南社区搞了个“月球知多少”天文科普，小朋友加家长八十来人🌕', '2026-09-28');
    expect([r?.date, r?.dateEnd, r?.headcount]).toEqual(['2026-09-24', null, 80]);
  });
});

describe('a month and day written as one number', () => {
  it('530那天 is 5月30日, not a figure to ask about', () => {
    const [r] = records('补报一下530那天下午的“最美科技工作者”发布会：会场基本坐满，大概120人，5名最美科技工作者都上台领了证书，县领导2人出席。', '2026-06-01');
    expect([r?.date, r?.headcount, r?.doubts]).toEqual(['2026-05-30', 120, []]);
  });
  it('1201当天 is 12月1日', () => {
    const [r] = records('1201当天在社区办了防诈骗讲座，来了45人', '2026-12-05');
    expect([r?.date, r?.headcount]).toEqual(['2026-12-01', 45]);
  });
});

describe('two events on two days in one message', () => {
  it('"…三百来人，然后礼拜五又去了城关二小…两百五左右" is two records', () => {
    const got = records('嗯，那个，上礼拜二我们在城关一小讲了一次那个青少年进士防控，四五年级学生三百来人，然后礼拜五又去了城关二小，二小那边来了两百五左右，都是请的眼科医院医生讲的', '2026-01-14');
    expect(got.map((r) => [r.date, r.headcount])).toEqual([['2026-01-06', 300], ['2026-01-09', 250]]);
  });
});
