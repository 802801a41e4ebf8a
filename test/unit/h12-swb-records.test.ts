// How many records a pasted list holds, from the twelfth holdout's misses (each rewritten in our own words first):
// - a closing line "共58户" under dated lines, with no day of its own, totals them: no record of its own;
// - a lead line ending on "情况如下：" that counts only the places the lines below went to is their heading;
// - "昨天和今天…两场…一共来了80人": events on two days named apart with one count between them are asked about,
//   never stored as one record (how many came to each is not said).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h12 records of a list', () => {
  it('a closing total of households under dated lines is no record', () => {
    const rs = read('7月走访汇总：\n7.3 东山村 走访农户12户\n7.10 西岭村 20户\n7.17 南坡村 16户 讲解防汛知识 到场村民35人\n7.24 北河村 10户\n共58户', '2026-07-28');
    expect(rs.map((r) => r.date)).toEqual(['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24']);
    const ps = read('9月入户汇总\n9.2 柳林社区 服务老人9户\n9.9 杏花社区 14户\n9.16 桃源社区 11户\n合计34户', '2026-09-20');
    expect(ps).toHaveLength(3);
  });

  it('a lead line ending on its colon that counts only the places below is their heading', () => {
    const rs = read('县科协：\n11月3日至5日，我站“科普大篷车进校园”活动先后走进三所小学，情况如下：\n3日 城南小学 参观学生410人\n4日 城北小学 参观学生360人\n5日 实验小学 参观学生约250人\n三天合计约1020人。活动受到师生好评。\n县科技馆', '2026-11-20');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-11-03', 410], ['2026-11-04', 360], ['2026-11-05', 250]]);
  });

  it('two events on two days named apart, counted together, are asked about', () => {
    const rs = read('昨天和今天在文化站搞了两场防诈骗讲座一共来了八十来个人', '2026-12-10');
    expect(rs.length === 2 || rs.some((r) => r.asked)).toBe(true);
    const ps = readReport('前天与昨天在敬老院各办了一次健康讲座，两次共来了老人56人', '2026-10-15', { observances: OBSERVANCES });
    expect(ps.kind !== 'activity' || ps.records.length === 2 || ps.doubts.length > 0 || ps.records.some((r) => r.doubts.length > 0)).toBe(true);
    // One event of several days is no such pair.
    const one = read('5月12日至13日在农技站办了两期果树修剪培训班，共培训果农64人', '2026-05-20');
    expect(one).toHaveLength(1);
  });
});

describe('h12 figures that are history told', () => {
  it('how many the years just named are is no figure of the event', () => {
    const rs = read('8月9日下午在县文化馆举办“地震里的记忆”讲座，由退休的老站长主讲，讲了1976年、2008年两次地震的亲历见闻，听众八十余人。', '2026-08-12');
    expect(rs).toHaveLength(1);
    expect(rs[0]!.metrics).toEqual({});
    expect(rs[0]!.headcount).toBe(80);
  });
});

describe('h12 tables of one event', () => {
  it('a table of one contest by groups, its people column headed by who competed, is one record', () => {
    const rs = read('2026年县青少年游泳比赛（8月15日-16日）\n组别 | 参赛学校 | 参赛选手\n小学组 | 12所 | 190人\n中学组 | 8所 | 150人\n合计 | 20所 | 340人\n另：裁判员30名', '2026-08-20');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ headcount: 340, asked: false });
    const ps = read('县第三届中小学生篮球联赛（11月1日-2日）\n组别 | 参赛队 | 参赛队员\n男子组 | 10支 | 120人\n女子组 | 6支 | 72人\n合计 | 16支 | 192人', '2026-11-05');
    expect(ps).toHaveLength(1);
  });
});
