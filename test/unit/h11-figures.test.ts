// Figures of a report (holdout 11's stored-wrong figures, each rewritten in our own words first): firms that
// took part are counted, prize winners are some of the people, a rule of how many each is no figure beside
// its total, classes opened count by 班, and the message's "一项工作" counts nothing.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h11 figures', () => {
  it('firms that came to take part are a figure, not households among the people', () => {
    expect(read('前天全国爱耳日，协会在人民广场设点搞听力科普，来测听力问问题的男女老少大概有三百人吧，折页送了一千五百张，还有6家会员单位来参加', '2026-03-05')).toMatchObject([
      { headcount: 300, metrics: { 张: 1500, 家: 6 } },
    ]);
  });
  it('prize winners are some of the contestants', () => {
    expect(read('11月28日，由县人社局主办的全县青年创业大赛（种植、电商两个组别）顺利闭幕，共有参赛选手64名，聘请评委9名，最终评出金奖3名、银奖8名。', '2026-12-01')).toMatchObject([
      { headcount: 64, metrics: { 组: 2, '人(评委)': 9 } },
    ]);
  });
  it('"一项工作情况" of a letter counts nothing', () => {
    expect(read('现将我科近期一项工作情况报送如下。10月9日我科在县会议中心举办专利申请培训会，邀请省知识产权中心3名讲师授课，企业人员八十余人参加，会后为11家企业提供咨询。', '2026-10-12')).toMatchObject([
      { headcount: 80, metrics: { '人(讲师)': 3, 家: 11 } },
    ]);
  });
  it('how many each got is a rule; the total beside it is the figure', () => {
    expect(read('那个科技报啊 前天送到了九个社区的图书角 每个社区四份 一共三十六份 回执我都收好了', '2026-12-20')).toMatchObject([
      { metrics: { 个: 9, 份: 36 } },
    ]);
  });
  it('classes opened count by 班', () => {
    expect(read('暑期汇报：今年少年宫首次开设“趣味编程”公益班，7月6日至7月17日，开了3个班，学员共75人，结业时举办了作品展。', '2026-07-20')).toMatchObject([
      { headcount: 75, metrics: { 班: 3 } },
    ]);
  });
});

describe('h11 loose counts', () => {
  it('"估计得有…吧" is an about', () => {
    const r = readReport('昨天在文化广场搞了防诈骗宣传，围过来听的大爷大妈估计得有三百人吧，发了折页八百张', '2026-06-10', { observances: OBSERVANCES });
    expect(r.kind === 'activity' && r.records[0]!.approximate).toBe(true);
  });
});
