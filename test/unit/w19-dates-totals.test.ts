// Issue 16, w19 follow-ups (helper D): days written "N号M号两天" without a mark between them are a span; a writer who
// says the day is still to be looked up is asked for it; a weekday in the sentence of a whole 上周 is last week's;
// the people and sessions that total every record are no figure of the last one.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w19 dates and totals (D)', () => {
  it('two days written one after the other with 号 and counted as two days are a span from the first', () => {
    const [r] = read('上周末，14号15号两天在镇集市摆了科普摊，发放防诈骗手册900余份，来问的群众大概400人次', '2026-03-17');
    expect(r).toMatchObject({ date: '2026-03-14', dateEnd: '2026-03-15', headcount: 400 });
  });
  it('a writer who has still to look up which days it was is asked for the day', () => {
    const [r] = read('上个月我们在镇卫生院搞了几场健康讲座，前后来了九十多个老人，具体哪几天我记不清了，回头翻翻台账', '2026-07-08');
    expect(r).toMatchObject({ headcount: 90, asked: true });
    const [t] = read('十月份那場防災減災宣傳我們也去了，大概來了七十多位村民，具體是哪一天我得再查一下，查到再跟你說。', '2026-12-02');
    expect(t).toMatchObject({ asked: true });
  });
  it('a weekday in the sentence of a whole 上周 is last week\'s, the people of both totalled are no figure', () => {
    // Wednesday 2026-06-17: last week's Monday is 06-08, Wednesday 06-10.
    const rs = read('上周我们去了南关、北坡两所小学做防溺水宣传：南关小学周一，学生一百二十人；北坡小学周三，学生九十人，两次一共二百一十人。', '2026-06-17');
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ date: '2026-06-08', headcount: 120, metrics: {} });
    expect(rs[1]).toMatchObject({ date: '2026-06-10', headcount: 90, metrics: {} });
  });
  it('a weekday in a sentence of its own after 上周 stays this week\'s', () => {
    const [r] = read('上周的活动已经报过了。周一我们在社区办了垃圾分类讲座，居民45人', '2026-06-17');
    expect(r).toMatchObject({ date: '2026-06-15', headcount: 45 });
  });
});
