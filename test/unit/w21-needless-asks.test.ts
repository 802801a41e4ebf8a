// Issue 16, w21 follow-ups (needless asks): who passed a test are some of who took part (人(考核合格)), no second
// audience; people the sender's own office sent (局里去了六个人) ran the event; "补报两个" counts the entries of the
// message, not a figure; a part dated 次日 is an event of its own, and a total of the parts before it is no headcount.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w21 needless asks', () => {
  it('who passed a test are some of who took part, kept as their own figure', () => {
    const [r] = read('6月8日给社区网格员做消防器材使用培训，参训人员40人，考试通过36人。', '2026-06-10');
    expect(r).toMatchObject({ date: '2026-06-08', headcount: 40, asked: false });
    expect(Object.values(r!.metrics)).toContain(36);
  });
  it('people the sender\'s own office sent ran the event', () => {
    const [r] = read('十月十号消防日我们在广场摆了灭火器展台 围观的群众三百来人次 站里去了五个人', '2026-10-12');
    expect(r).toMatchObject({ headcount: 300, asked: false });
  });
  it('how many entries a message carries is no figure', () => {
    const rs = read('补报两个哈 八月三号在李家村讲防汛 来了四十个人 八月五号去王庄发了宣传单八十张', '2026-08-10');
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ date: '2026-08-03', headcount: 40, asked: false });
  });
  it('a part dated 次日 is its own event, and a total of the parts before it is no headcount', () => {
    const rs = read('其一，10月12日在东坡小学办科学讲座，听讲学生九十人；次日到西岭小学，学生六十人，两校共计一百五十人。其二，本月3日陪同流动科技馆到南山中学，学生二百余人参观。', '2026-11-20');
    expect(rs.map((x) => [x.date, x.headcount])).toEqual([['2026-10-12', 90], ['2026-10-13', 60], ['2026-11-03', 200]]);
  });
  it('a hedge after the 人 that follows 个 makes the count loose', () => {
    const r = readReport('6月2日在柳村开了果园管理现场会 到了四十个人左右', '2026-06-05', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error('not an activity');
    expect(r.records[0]).toMatchObject({ headcount: 40, approximate: true });
  });
});
