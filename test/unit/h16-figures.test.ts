// Holdout 16 follow-ups (helper h2): figures of stored records. Care workers (护工) are staff named by their trade; in
// speech with no stops, a hedge (上下, 左右) closes its count and "现场…" after it is the next clause; people put
// forward as candidates (推荐候选人二名) are no audience, and people invited to talk at a meeting (邀请…座谈) are who it
// was held with; "两场…活动" or "两次活动" counting the parts a message tells are those parts, no figure of one.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('holdout 16 figures stored wrong (h2)', () => {
  it('care workers counted by 个 after their trade are staff (人(护工)), not a count of 个', () => {
    const [r] = read('上周五敬老院搞了消防演练，住院老人八十多个都参加了，护工十五个帮着推轮椅，消防队的同志讲了一堂课', '2026-05-13');
    expect(r).toMatchObject({ headcount: 80, asked: false });
    expect(r!.metrics).toEqual({ '人(护工)': 15 });
  });
  it('in speech, 现场 after a hedged count opens the next clause: who came are not helpers', () => {
    const [r] = read('国庆那天我们在人民广场支了个摊子宣传防诈骗大概有两百人左右现场帮着注册反诈账号九十多台手机', '2026-10-09');
    expect(r).toMatchObject({ headcount: 200, asked: false });
    expect(r!.metrics).toEqual({ 台: 90 });
  });
  it('candidates put forward at a meeting are counted in 名; the people invited to talk there are its headcount', () => {
    const [r] = read('5月28日，学会召开座谈会，邀请基层农技专家十五人座谈，推荐“优秀科技工作者”候选人三名。', '2026-06-02');
    expect(r).toMatchObject({ headcount: 15, asked: false });
    expect(r!.metrics).toEqual({ 名: 3 });
    const [b] = read('6月5日学会召开青年科技人员座谈会，邀请各乡镇农技站技术骨干三十余人参加，会上推荐「青年科技人才」候选人3名。', '2026-06-08');
    expect(b).toMatchObject({ headcount: 30 });
    expect(b!.metrics).toEqual({ 名: 3 });
  });
  it('"两场…活动" heading the parts told one by one is those parts, no 场 on the first record', () => {
    const rs = read('县科协：我站本周开展了两场进社区活动，现报送如下：一是1月7日上午，到东风社区开展用电安全宣传，居民共85人参加，发放手册100本；二是1月8日下午，在南湖社区举办燃气安全讲座，居民约70人参加。', '2026-01-09');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-01-07', 85], ['2026-01-08', 70]]);
    expect(rs.map((r) => r.metrics)).toEqual([{ 本: 100 }, {}]);
  });
  it('"两次活动均由…" after the parts told is those parts again, no 次 on the last record', () => {
    const rs = read('防灾减灾周期间，我局走进县实验小学开展地震科普：5月11日面向四年级，学生180人；5月13日面向五年级，学生175人。两次活动均由地震台技术人员讲解。', '2026-05-15');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-05-11', 180], ['2026-05-13', 175]]);
    expect(rs.map((r) => r.metrics)).toEqual([{}, {}]);
  });
});

describe('holdout 16 side counts (h2)', () => {
  it('一节 before an English name of the lesson is the lesson itself, no 节', () => {
    const [r] = read('周一给镇中心小学四年级上了一节 hands-on STEM 科学实验课，学生四十二人，班主任2位老师全程陪同。', '2026-06-10');
    expect(r).toMatchObject({ headcount: 42 });
    expect(r!.metrics['节']).toBeUndefined();
  });
});
