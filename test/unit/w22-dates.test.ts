// Issue 16, w22 follow-ups (dates): lunar days villages date by (三月三, 六月六, 七夕, 二月二), 母亲节 and 父亲节 (the
// second Sunday of May, the third of June), a New Year greeting beside a written 正月初N, a weekend whose days are
// written (上周末 6/6-6/7), a week summary whose span is written before its weekday lines, two events on a festival
// and the day before it, a period total whose days the writer never noted, and a second event of unknown day.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w22 dates', () => {
  it('lunar month-days name their day (三月三, 六月六, 七夕, 二月二)', () => {
    const [r] = read('三月三那天村里对歌 我们摆了农技咨询台 来问的有两百来人', '2026-04-25');
    expect(r).toMatchObject({ date: '2026-04-19', headcount: 200, asked: false });
    const [s] = read('六月六那天(农历)寨子里请农技员讲茶叶病虫害 来了四十几个', '2026-07-25');
    expect(s).toMatchObject({ date: '2026-07-19', headcount: 40, asked: false });
    const [t] = read('七夕那天社区办了婚育新风讲座，来了五十来个年轻人。', '2026-08-24');
    expect(t).toMatchObject({ date: '2026-08-19', headcount: 50, asked: false });
    const [u] = read('二月二龙抬头那天在村里讲春耕备耕，村民八十多人。', '2026-03-25');
    expect(u).toMatchObject({ date: '2026-03-20', headcount: 80, asked: false });
  });
  it('a month and day written with 日 are the solar day, not the lunar festival', () => {
    const [r] = read('三月三日那天在村里讲了春耕备耕，村民五十多人。', '2026-03-10');
    expect(r).toMatchObject({ date: '2026-03-03', headcount: 50, asked: false });
    const [s] = read('六月六日当天去中学讲了爱眼护眼，学生三百人。', '2026-06-12');
    expect(s).toMatchObject({ date: '2026-06-06', headcount: 300, asked: false });
  });
  it('母亲节 and 父亲节 are Sundays of May and June', () => {
    const [r] = read('母亲节那天我们在社区办了亲子科学小实验，妈妈和孩子一共52人。', '2026-05-15');
    expect(r).toMatchObject({ date: '2026-05-10', headcount: 52, asked: false });
    const [s] = read('父亲节当天组织了亲子科普游园，来了九十多位爸爸和孩子。', '2026-06-25');
    expect(s).toMatchObject({ date: '2026-06-21', headcount: 90, asked: false });
  });
  it('a New Year greeting does not stand against a written 正月初N', () => {
    const [r] = read('各位过年好 正月初五我们村搞了科普灯谜会 猜灯谜的有两百多人 回来过年的人多', '2026-02-26');
    expect(r).toMatchObject({ date: '2026-02-21', headcount: 200, asked: false });
  });
  it('a weekend whose days are written right after it is not asked about', () => {
    const [r] = read('上周末 5/30-5/31 两天的机器人夏令营结束了，36 名同学参加。', '2026-06-03');
    expect(r).toMatchObject({ date: '2026-05-30', dateEnd: '2026-05-31', headcount: 36, asked: false });
  });
  it('weekdays under a heading that writes its week are that week\'s, even when the heading says 本周', () => {
    const rs = read('本周小结（3/2—3/8）：\n·周三 请药师讲用药安全，老人四十位；\n·周五 防跌倒操教学，老人二十六位。', '2026-03-09');
    expect(rs.map((r) => [r.date, r.headcount, r.asked])).toEqual([['2026-03-04', 40, false], ['2026-03-06', 26, false]]);
  });
  it('a festival and, after 另外, the day before it with a date of its own are two events', () => {
    const rs = read('五一那天我们在广场搞了防诈骗宣传来了八十多个居民发资料两百份另外前一天四月三十号在社区门口也摆了摊子来问的有二十几个人', '2026-05-06');
    expect(rs.map((r) => [r.date, r.headcount, r.asked])).toEqual([['2026-05-01', 80, false], ['2026-04-30', 20, false]]);
  });
  it('a period total over sessions whose days were never noted is the period, not asked', () => {
    const [r] = read('补报上个月：三月下旬馆里办了三场防诈骗讲座，累计约九十人次，每场日子没记，只有合计。', '2026-04-03');
    expect(r).toMatchObject({ date: '2026-03-21', dateEnd: '2026-03-31', headcount: 90, asked: false });
  });
  it('a second event of a loose time of its own is not on the first one\'s day: asked', () => {
    const rs = read('补报两场讲座：一场是中秋节当天在东村，老人四十人左右；另一场是前阵子在西村，二十多人。', '2026-10-05');
    expect(rs[0]).toMatchObject({ date: '2026-09-25', headcount: 40 });
    expect(rs[1]).toMatchObject({ headcount: 20, asked: true });
    const ts = read('补报两场讲座：一场是中秋节当天在东村，老人四十人左右；另一场在西村，二十多人，具体日子一时记不起。', '2026-10-05');
    expect(ts[1]).toMatchObject({ headcount: 20, asked: true });
  });
});


describe('w22 background before the report', () => {
  it('the places an office is answerable for are no figure, and leave no record of their own', () => {
    const rs = read('各位好：\n先交代一下，我们站管着东坪、西坪、南坪四个村，去年起县里要求把科普也算进来。\n3月9日在东坪村开了防火宣讲会，村民约七十人，发资料一百五十份。', '2026-03-12');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ date: '2026-03-09', headcount: 70, metrics: { 份: 150 }, asked: false });
  });
});

describe('w22 follow-ups found on the older sets (cases in our own words)', () => {
  it('另外 before a thing the writer will not report opens no event', () => {
    const rs = read('补报一个九月十号给社区老人讲了防诈骗来了三十五个老人另外九月中旬我们学生去省里比赛拿了两个二等奖这个不算科普就不报了', '2026-09-25');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ date: '2026-09-10', headcount: 35 });
  });
  it('sessions of one day inside a run whose total came before are no figure of their own', () => {
    const rs = read('国庆七天 (10.1–10.7) 球幕影院共放映 42 场，观众 3,150 人次，高峰是十月三号一天 8 场，另外十月二号晚上办了一场观星讲座，来了 50 多人。', '2026-10-09');
    expect(rs.map((r) => [r.date, r.dateEnd, r.headcount, r.metrics])).toEqual([['2026-10-01', '2026-10-07', 3150, { 场: 42 }], ['2026-10-02', null, 50, { 场: 1 }]]);
  });
});
