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
});
