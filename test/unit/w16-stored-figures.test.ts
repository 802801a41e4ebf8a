// Figures of a report (w16's stored-wrong figures, headcounts and record counts, each rewritten in our own
// words first): a table column's unit in brackets or named by its count, people counted by 个 with the
// people after it, and who listened to the explaining.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, approximate: x.approximate, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w16 stored figures', () => {
  it('a column whose unit is written in brackets counts by that unit, whatever its name says', () => {
    expect(read('上半年农技推广培训台账\n日期\t地点\t培训主题\t参训合作社(家)\t参训人数\n4月8日\t城关镇\t果树修剪\t9\t31\n5月19日\t河口乡\t病虫害防治\t12\t47\n合计\t\t\t21\t78', '2026-06-30')).toMatchObject([
      { date: '2026-04-08', headcount: 31, metrics: { 家: 9 } },
      { date: '2026-05-19', headcount: 47, metrics: { 家: 12 } },
    ]);
  });
  it('a column named by the count of a unit ("服务户数") counts by that unit', () => {
    expect(read('10月入户科普登记\n日期\t村名\t内容\t走访户数\t受众人数\n10/5\t东坡村\t安全用电\t18\t26\n10/17\t西岭村\t燃气安全\t22\t30\n合计\t\t\t40\t56', '2026-10-31')).toMatchObject([
      { date: '2026-10-05', headcount: 26, metrics: { 户: 18 } },
      { date: '2026-10-17', headcount: 30, metrics: { 户: 22 } },
    ]);
  });
  it('old men and women counted by 个 are the people who came', () => {
    expect(read('昨儿在村部教大伙用医保App，来了三十五六个老头老太，挺热闹', '2026-08-12')).toMatchObject([
      { date: '2026-08-11', headcount: 35, approximate: true, metrics: {} },
    ]);
  });
  it('people who listened to the explaining are the audience, not who explained', () => {
    expect(read('5月8日跟着县消防大队去了柳河乡，给村民讲用电防火，上门查看电线线路41户，在场听讲解的村民七十多人。', '2026-05-09')).toMatchObject([
      { date: '2026-05-08', headcount: 70, approximate: true, metrics: { 户: 41 } },
    ]);
  });
  it('people who watched the stream, written with no people word, are counted online beside who came', () => {
    expect(read('Update: on March 3 we ran the district Maker Day at the Youth Center. Around 80 parents joined on site and about 650 watched the live stream. Exhibits shown: 12件.', '2026-03-04')).toMatchObject([
      { date: '2026-03-03', headcount: 80, metrics: { '人(线上)': 650, 件: 12 } },
    ]);
  });
  it('sessions announced are not split by who watched online', () => {
    expect(read('4月18日在镇文化站演了 2 场 科学魔术，到场观众约220人次，抖音直播 3000 人次。', '2026-04-20')).toMatchObject([
      { date: '2026-04-18', headcount: 220, metrics: { 场: 2, '人次(线上)': 3000 } },
    ]);
  });
  it('sessions announced are not split by others counted on top of who took part', () => {
    const r = read('Last Saturday (Oct 10) we held a coding camp at the town school, 2 场 altogether, 45 students joined, plus some 25 parents sitting in. 4 of our tutors helped.', '2026-10-14');
    expect(r).toHaveLength(1);
  });
  it('a weekend with no day written is asked which day, not stored on the day it was sent', () => {
    expect(read('周末在市青少年宫办了 3 场机器人体验课，现场孩子大约90人次。', '2026-06-14')).toMatchObject([{ asked: true }]);
  });
  it('an event named for weekends ("周末开放日") names no day to ask about', () => {
    expect(read('青少年宫周末亲子课堂 来上课的家长孩子差不多一百二', '2026-06-14')).toMatchObject([{ asked: false }]);
  });
  it('parents who came on the last day are not stored as the campers', () => {
    const r = read('Summer camp 第二期 finished！7月13-17日，5 days，students 32人，结营那天 family day 来了41位家长。', '2026-07-18');
    expect(r).toHaveLength(1);
    expect(r).not.toMatchObject([{ headcount: 41, asked: false }]);
  });
  it('parents looking on beside the children who took part are a figure of their own, not more participants', () => {
    expect(read('Quick note: on June 6 we did a kite-making class at the town library, 38 children took part, plus around 15 parents looking on.', '2026-06-08')).toMatchObject([
      { date: '2026-06-06', headcount: 38, metrics: { '人(家长)': 15 }, asked: false },
    ]);
  });
});
