// Issue 16, w20 follow-ups (dates): a writer who cannot quite remember the day (记不太清) is asked for it; a period
// "截止" a day runs from the period's first day; a class's 开班 and 结业 days are its span, the 旬 named before it
// only its setting; "X日起…至Y日结束" is one span; 圣诞节 is 12月25日.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w20 dates', () => {
  it('a writer who does not quite remember the day (记不太清, 记不大清) is asked, whatever period follows', () => {
    const [r] = read('我们几个老会员上门慰问了村里的老党员，一共看望了十二位。具体哪天我记不太清了，大概是上月中旬。', '2026-09-03');
    expect(r).toMatchObject({ headcount: 12, asked: true });
    const [t] = read('协会组织会员去敬老院做了健康讲座，来了三十五位老人，几号去的记不大清了，反正是月初。', '2026-04-20');
    expect(t).toMatchObject({ headcount: 35, asked: true });
  });
  it('a period, then 截止 a day of it: the span from the period\'s first day to that day', () => {
    const [r] = read('学会4月上旬在会员里发了调查问卷，截止4月9日回收有效问卷八十八份，已经交上去了。', '2026-05-11');
    expect(r).toMatchObject({ date: '2026-04-01', dateEnd: '2026-04-09', asked: false });
  });
  it('a class opened on one day and closed on another is that span; the 旬 named first is its setting', () => {
    const [r] = read('十月中旬我们街道办了老年人防诈骗培训班，十月十二日开班，十六日结业，学员二十八人。', '2026-10-28');
    expect(r).toMatchObject({ date: '2026-10-12', dateEnd: '2026-10-16', headcount: 28, asked: false });
    // Opened the day before the 旬 named: the days written win, the 旬 is loose.
    const [t] = read('六月中旬社区和老年大学合办了手机防诈骗课，六月十号开班，十三号结业，学员四十一人。', '2026-07-02');
    expect(t).toMatchObject({ date: '2026-06-10', dateEnd: '2026-06-13', headcount: 41, asked: false });
  });
  it('"X日起…至Y日结束" with the place and the name between is one span', () => {
    const [r] = read('补报：9月15日起，馆里在二楼展厅办了「身边的气象」图片展，至9月21日结束，累计接待观众八百余人次。', '2026-10-09');
    expect(r).toMatchObject({ date: '2026-09-15', dateEnd: '2026-09-21', headcount: 800, asked: false });
    const [t] = read('補報：9月15日防災日起，館裡在二樓展廳辦了「身邊的氣象」圖片展，至9月21日結束，累計接待觀眾八百餘人次。', '2026-10-09');
    expect(t).toMatchObject({ date: '2026-09-15', dateEnd: '2026-09-21', headcount: 800, asked: false });
  });
  it('圣诞节 is the 25th of December', () => {
    const [r] = read('圣诞节那天上午大班搞了“雪花是怎么来的”科学小实验，八十六个孩子参加。', '2026-12-28');
    expect(r).toMatchObject({ date: '2026-12-25', headcount: 86, asked: false });
  });
});
