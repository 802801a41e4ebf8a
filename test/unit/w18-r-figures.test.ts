// Issue 16, w18 follow-ups (helper R): figures stored wrong. Experts who commented on (点评/讲评) an event are people
// who worked it, not an award; helpers counted in 个 after a people noun are people; sign-ups said "报名的时候是N个"
// beside who came are no figure of their own.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w18 figures stored wrong (R)', () => {
  it('experts who commented on a drill are people, not an award of 名', () => {
    const [r] = read('5月12日全镇地震疏散演练1次。参加师生420人。县应急局专家现场点评3名。', '2026-05-20');
    expect(r).toMatchObject({ headcount: 420 });
    expect(r!.metrics).toEqual({ 次: 1, '人(专家)': 3 });
    const [b] = read('7月2日化工园区泄漏处置演练，参演员工130人，省厅专家讲评2名。', '2026-07-06');
    expect(b!.metrics['名']).toBeUndefined();
  });
  it('helpers counted in 个 after a people noun are people', () => {
    const [r] = read('十月八日我會在村口辦了防詐騙講座，到場村民八十多人，協會義工十來個幫忙，擺了展板四塊。', '2026-10-20');
    expect(r).toMatchObject({ headcount: 80 });
    expect(r!.metrics['个']).toBeUndefined();
    expect(r!.metrics).toMatchObject({ 块: 4 });
    expect(Object.entries(r!.metrics).find(([k]) => k.startsWith('人('))?.[1]).toBe(10);
  });
  it('sign-ups said as 报名的时候是N个 beside who came are not a count of things', () => {
    const [r] = read('上周六下午社区搞了个防范养老诈骗的讲座 报名的时候是九十几个 最后实际来了五十个左右', '2026-05-20');
    expect(r).toMatchObject({ headcount: 50 });
    expect(r!.metrics['个']).toBeUndefined();
  });
  it('sign-ups named in English before the count are not kept beside who came', () => {
    const [r] = read('5月16日社区科普日我们的垃圾分类游戏摊：网上registration报了90人，实际on-site来了76人玩，小礼品送出70份。', '2026-05-20');
    expect(r).toMatchObject({ headcount: 76 });
    expect(r!.metrics).toEqual({ 份: 70 });
  });
  it('times said in 回 after the telling are kept as written; 一回 before what was held is no count', () => {
    const [r] = read('今天上午同两个志愿者去河堤上巡查 碰到钓鱼的就过去讲汛期安全 前后讲了四回 差不多二十来个人', '2026-05-20');
    expect(r).toMatchObject({ headcount: 20 });
    expect(r!.metrics).toMatchObject({ 回: 4 });
    const [b] = read('上周村里组织了一回森林防火宣传，听的村民四十来个。', '2026-05-20');
    expect(b).toMatchObject({ headcount: 40 });
    expect(b!.metrics).toEqual({});
  });
  it('sites where stands were set up are counted, the setting up said right after them', () => {
    const [r] = read('5月12日在镇上车站、菜市场、学校门口4个点位设立咨询台，发放手册800份，现场群众约600人。', '2026-05-20');
    expect(r).toMatchObject({ headcount: 600 });
    expect(r!.metrics).toEqual({ 个: 4, 份: 800 });
  });
});
