// The figure gate (issue 16): a figure is stored only when the reader can name what it counts. An unknown unit
// asks one short question; people named before a bare 个 count are the headcount or asked, never 个:N; a
// comparison is not stored; a "加上…" total beside who came is asked; a generic unit naming nothing is asked.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { judgeReading } from '../../src/core/understanding/model-reader.js';

const one = (text: string, today = '2026-11-10'): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
const metricQuestions = (r: ReadRecord): string[] => r.doubts.filter((d) => d.field === 'metrics').map((d) => d.question);

describe('figure gate', () => {
  it('asks one short question about a unit it does not know, and stores nothing of it', () => {
    const r = one('昨天科学社团做水火箭 30个娃 发射了12发🚀');
    expect(r.headcount).toBe(30);
    expect(r.metrics).toEqual({});
    const asked = metricQuestions(r);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('12发');
    expect(asked[0]).toContain('参加人数');
    expect(asked[0]!.length).toBeLessThan(60);
  });
  it('asks about an unknown unit even when the count is small (5颗), not dropping it', () => {
    const r = one('昨天在县一中搞了天文科普，学生320人参加，观测了行星5颗');
    expect(r.headcount).toBe(320);
    expect(metricQuestions(r).join('')).toContain('5颗');
  });
  it('files common counted things as written: 盆, 架次, 例', () => {
    expect(one('昨天社区开了家庭园艺讲座，居民46人参加，现场送出多肉30盆').metrics).toEqual({ 盆: 30 });
    expect(one('昨天在县一中搞了无人机科普表演，学生320人观看，无人机飞行5架次').metrics).toEqual({ 架次: 5 });
    const r = one('昨天县医院专家到柳河乡义诊，服务群众150人，筛查高血压42例');
    expect(r.headcount).toBe(150);
    expect(r.metrics).toEqual({ 例: 42 });
    expect(r.doubts).toEqual([]);
  });
  it('reads people named before a bare 个 count as the headcount, never 个:N', () => {
    const r = one('昨天集市上摆了科普摊子发资料六百多份来咨询的村民两百来个');
    expect(r.headcount).toBe(200);
    expect(r.metrics['个']).toBeUndefined();
  });
  it('never stores 个 for a count of 个 that names nothing; it asks', () => {
    const r = one('昨天下午社区科普讲座 发资料300份 大概二十个吧');
    expect(r.metrics['个']).toBeUndefined();
    expect(metricQuestions(r).join('')).toContain('二十个');
  });
  it('does not store a comparison number', () => {
    const r = one('上周五开的班 来了学员六十五个 比第二期多了十来个');
    expect(r.headcount).toBe(65);
    expect(r.metrics).toEqual({});
  });
  it('does not take a 加上… total beside who came as a second count; it asks', () => {
    const r = one('今天上午村里果树培训搞完了，来了村民三十几人，加上看热闹的有五十来人');
    expect(r.headcount).toBe(30);
    expect(Object.values(r.metrics)).not.toContain(50);
    expect(metricQuestions(r).join('')).toContain('加上看热闹的');
  });
  it('files what a careful office worker would file: known units with their things named', () => {
    const r = one('昨天县电子学会年会召开，到会会员112人，交流论文15篇，特邀专家作报告3个，展出作品20件。');
    expect(r.headcount).toBe(112);
    expect(r.metrics).toEqual({ 篇: 15, 个: 3, 件: 20 });
    expect(r.doubts).toEqual([]);
  });
  it('asks about a generic unit whose thing is not named (共3项)', () => {
    const r = one('昨天科技馆接待学生200人，共3项。');
    expect(r.metrics['项']).toBeUndefined();
    expect(metricQuestions(r).join('')).toContain('3项');
  });
  it("passes the language model's figures through the same gate: 个 and units off the lists are asked", () => {
    const message = '11月9日科学社团做水火箭 30个娃 发射成功了22个 发资料40份';
    const verdict = judgeReading({ kind: 'activity', records: [{ date: '2026-11-09', title: '水火箭', headcount: 30, metrics: { 个: 22, 份: 40 } }] }, message, '2026-11-10');
    const r = verdict.reading?.kind === 'activity' ? verdict.reading.records[0] : undefined;
    expect(r?.metrics).toEqual({ 份: 40 });
    expect(r?.doubts.map((d) => d.question).join('')).toContain('22个');
  });
});
