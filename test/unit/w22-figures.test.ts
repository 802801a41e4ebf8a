// Figure holes the w22 blind set showed (issue 16), in our own words: places reached after people went out are
// places, not people; a volunteer typed 自愿者 is still a volunteer; people with an outcome at the event (gave blood,
// were vaccinated, signed on to a register) are a labelled figure beside who came, never the headcount; a count of
// households as who came leaves the headcount empty; two helpers "各一名" are one each; one stand is no figure;
// 一场 before a named 活动 is 场:1.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
/** The values of the people figures kept beside the headcount ("人(志愿者)"), whatever their labels. */
const roles = (r: ReadRecord): number[] => Object.entries(r.metrics).filter(([k]) => k.includes('(') && !/应到|报名/u.test(k)).map(([, v]) => v).sort((a, b) => a - b);
const plain = (r: ReadRecord): Record<string, number> => Object.fromEntries(Object.entries(r.metrics).filter(([k]) => !k.includes('(')));

describe('figures (w22)', () => {
  it('counts villages reached by staff who went out as places, not people (w22c-r025)', () => {
    const r = one('3月17日跟林业站的同志去了四个村,查松树病害,给农户讲怎么识别病树,入户52户.', '2026-03-20');
    expect(r.headcount).toBeNull();
    expect(r.metrics).toEqual({ 个: 4, 户: 52 });
    // Said without stops, the place after who came opens the next clause: they are still people.
    expect(one('5月12日在社区搞了个讲座居民来了八十来个社区那边志愿者出了六个', '2026-05-13').headcount).toBe(80);
  });
  it('reads 自愿者 as a slip for 志愿者 (w22c-r014)', () => {
    const r = one('三月十号在镇小学办了科学营来了二十几个娃娃大学生自愿者九个做了小实验', '2026-03-12');
    expect(r.headcount).toBe(20);
    expect(plain(r)).toEqual({});
    expect(roles(r)).toEqual([9]);
  });
  it('keeps young people who signed on to a register as a labelled figure beside the donors (w22a-r001)', () => {
    const r = one('3月15日采血车开到步行街，献血成功三十二人，采血九千毫升，另有九个小年轻现场登记了造血干细胞', '2026-03-20');
    expect(r.headcount).toBe(32);
    expect(plain(r)).toEqual({ 毫升: 9000 });
    expect(roles(r)).toEqual([9]);
    expect(r.doubts).toEqual([]);
  });
  it('keeps who gave blood after a talk as a labelled figure beside its audience (w22a-r003)', () => {
    const r = one('3月13日县二中开学典礼，我们讲了个献血小知识，听讲的学生有四百来人，散会后自愿献血的十七个', '2026-03-16');
    expect(r.headcount).toBe(400);
    expect(plain(r)).toEqual({});
    expect(roles(r)).toEqual([17]);
    expect(r.doubts).toEqual([]);
  });
  it('leaves the headcount empty when households came and some children were vaccinated (w22a-r027)', () => {
    const r = one('三月九号卫生院搞了个接种宣传日家长带孩子来的有五十户左右现场补种了十四个孩子', '2026-03-12');
    expect(r.headcount).toBeNull();
    expect(plain(r)).toEqual({ 户: 50 });
    expect(roles(r)).toEqual([14]);
  });
  it('counts two speakers "各一名" as one each (w22b-r028)', () => {
    const r = one('3月12日本所联合县科协在镇会议室举办讲座一场，应到六十人，实到五十四人。主讲为本所律师及县科协推荐的专家各一名。', '2026-03-14');
    expect(r.headcount).toBe(54);
    expect(plain(r)).toEqual({ 场: 1 });
    expect(roles(r)).toEqual([1, 1]);
  });
  it('leaves out a single stand set up (w22b-r001)', () => {
    const r = one('3月14日在城南广场搞防火宣传，群众约200人，发放资料600份,设咨询台1个', '2026-03-16');
    expect(r.headcount).toBe(200);
    expect(r.metrics).toEqual({ 份: 600 });
  });
  it('counts 一场 before a named 活动 as one session, as 一场讲座 (w22a-r009; the label convention of session 17)', () => {
    const r = one('4月25日在东门社区做了一场“家庭小药箱”活动，来了60人，回收过期药120盒', '2026-04-28');
    expect(r.metrics).toEqual({ 场: 1, 盒: 120 });
  });
});
