// Holdout 18 follow-ups (dates, record counts, headcounts), each a general rule in sentences of our own: an English month
// heading a total is the whole month; a class "一期N天" opened on a day written runs N days from it; households with one
// person each are the headcount; a diary line that says no event was held is no record; a dated line whose people were
// not counted is an event all the same; a part told in turn dated only by a 旬, beside a part with its day, is asked.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, approximate: x.approximate, metrics: x.metrics, asked: x.doubts.some((d) => d.field === 'date') || r.doubts.length > 0 }));
};

describe('h18 dates and counts', () => {
  it('英文月份开头的合计（Oct recap … 一共N场）：按整月记', () => {
    const [r] = read('Oct recap: 社区 "反诈" talk 一共 3 场, 累计 150 人 👍', '2026-10-31');
    expect(r).toMatchObject({ date: '2026-10-01', dateEnd: '2026-10-31', headcount: 150, asked: false });
  });
  it('“本周一…开班…培训一期N天”：从开班那天起N天', () => {
    const [r] = read('本周一 镇里的青年农民电商培训班开班了，来了36人，培训一期4天', '2026-06-09');
    expect(r).toMatchObject({ date: '2026-06-08', dateEnd: '2026-06-11', headcount: 36 });
  });
  it('“来了N户，基本一户来一个人”：人数就是户数', () => {
    const [r] = read('九月三号，农技站的老师到桃树村讲柑橘修剪，来了三十几户，基本一户来一个人。', '2026-09-08');
    expect(r).toMatchObject({ date: '2026-09-03', headcount: 30, approximate: true, metrics: { 户: 30 } });
  });
  it('周记里写明“没有培训”的那一行不是一次活动', () => {
    const rs = read('【本周】\n周一 村部 果树冬剪讲座 到会22人\n周四(今天) 下去看了三个果园 没有培训', '2026-12-10');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ date: '2026-12-07', headcount: 22 });
  });
  it('周记里有日子、写明“人没统计”的一行仍是一次活动，人数空着', () => {
    const rs = read('上周小结\n周一：绘本共读，孩子二十多个\n周三：科普电影放映，人没统计，挺满的', '2026-03-09');
    expect(rs).toHaveLength(2);
    expect(rs[1]).toMatchObject({ date: '2026-03-04', headcount: null });
  });
  it('分几件说、一件只写“上旬”另一件写了日子：问哪一天', () => {
    const rs = read('补报两件：一是11月上旬给社区办了一场防诈骗讲座，六十人；二是立冬那天，夜校这一期结业，学员四十人。', '2026-11-20');
    expect(rs[0]).toMatchObject({ headcount: 60, asked: true });
  });
});
