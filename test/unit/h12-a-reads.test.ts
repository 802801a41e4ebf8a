// Asking less where the words decide (issue 16), from the twelfth holdout's asked cases (each rewritten in our own
// words first):
// - "全年级" is a whole school year of pupils, not the whole year of the calendar;
// - a sign-up count written without a unit ("报名 120") beside who actually came is no figure to ask about;
// - a pasted table of one row under a barred header is still a table; 应测 is who was expected, 实测 who came;
// - a festival named right before where the team went ("植树节进社区了") is the day it went.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h12 A: asking less', () => {
  it('a whole school year of pupils (全年级) is no period of the calendar', () => {
    const [r] = read('5月20日科技节，团委在县二中组织了科学知识抢答赛，初一全年级学生共计412名参加，评委老师3人。', '2026-05-21');
    expect(r).toMatchObject({ date: '2026-05-20', dateEnd: null, headcount: 412, asked: false });
  });
  it('sign-ups written without a unit beside who actually came are not asked about', () => {
    const [r] = read('Last Sunday 科技活动周, 我们图书馆 did a 3D printing workshop, 报名 64, 实到 58 人, 用了 4 台 printers.', '2026-05-20');
    expect(r).toMatchObject({ headcount: 58, asked: false });
  });
  it('a barred table of one row: who was measured, not who should have been', () => {
    const [r] = read('本周视力筛查进幼儿园情况：\n| 幼儿园 | 筛查日期 | 应测人数 | 实测人数 |\n| 城东幼儿园 | 3月2日-3月4日 | 412 | 398 |', '2026-03-06');
    expect(r).toMatchObject({ date: '2026-03-02', dateEnd: '2026-03-04', headcount: 398, asked: false });
  });
  it('a festival named before going somewhere is the day of it', () => {
    const [r] = read('植树节进社区了\n幸福社区\n给居民讲家庭用药安全\n来了居民六十几个', '2026-03-13');
    expect(r).toMatchObject({ date: '2026-03-12', dateEnd: null, headcount: 60, asked: false });
    // "国庆节进行了…": 进行 says nothing of which day of the holiday.
    const [h] = read('国庆节进行了科普展览，接待游客300人', '2026-10-09');
    expect(h?.date).not.toBe('2026-10-01');
  });
  it('referees are staff beside the contestants', () => {
    const [r] = read('我校承办的市中学生机器人比赛5月9日举行，已顺利闭幕。设竞速、搬运、编程3个项目，参赛选手92名，裁判15名。', '2026-05-11');
    expect(r).toMatchObject({ date: '2026-05-09', headcount: 92, asked: false });
  });
  it('people sent to a firm to give a service are staff; the workers trained there came', () => {
    const [r] = read('4月8日，农机系组织农机专业教师4人到县农机合作社开展技术服务，帮合作社修复了3台收割机，并为社员开设了一场农机保养培训，参训社员52人。', '2026-04-10');
    expect(r).toMatchObject({ date: '2026-04-08', headcount: 52, asked: false });
  });
  it('a few told as well, closing a report, asks nothing', () => {
    const [r] = read('5.8上午 石门村\n进村宣传防电信诈骗\n村民38人\n发折页\n80份\n冒充客服的案例也讲了几个', '2026-05-09');
    expect(r).toMatchObject({ date: '2026-05-08', headcount: 38, metrics: { 份: 80 }, asked: false });
  });
  it('couples counted by the pair are kept in their unit', () => {
    const [r] = read('10月12日上午孕期营养講座，到場準爸媽夫妻28對。', '2026-10-13');
    expect(r).toMatchObject({ date: '2026-10-12', headcount: null, metrics: { 对: 28 }, asked: false });
    const [s] = read('6月6日 亲子阅读会，来了16对亲子，发放绘本16本', '2026-06-08');
    expect(s).toMatchObject({ date: '2026-06-06', headcount: null, metrics: { 对: 16, 本: 16 }, asked: false });
  });
  it('a heading counting two events over a morning line and an afternoon line: one record each', () => {
    const rs = read('昨天两场\n上午 幸福里养老院 老人42位 发了60份\n下午 城北物流园 司机85人左右 发了100份\n都是讲交通安全', '2026-04-22');
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ date: '2026-04-21', headcount: 42, metrics: { 份: 60 }, asked: false });
    expect(rs[1]).toMatchObject({ date: '2026-04-21', headcount: 85, metrics: { 份: 100 }, asked: false });
  });
});
