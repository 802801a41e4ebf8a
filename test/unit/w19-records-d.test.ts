// Issue 16, w19 follow-ups (helper D): lines that are no event of their own. A greeting counting "两个活动" over the
// events it brings; a year's target written in English ("target 10 所"); a sign-up list of groups, added up, under
// one dated event.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w19 lines that are no event (D)', () => {
  it('an opening line counting 两个活动 over the two is their lead, not a record', () => {
    const rs = read('张主任好！这阵子迎检，两个活动一直没顾上报，不好意思。\n一是4月21日，县气象局2名技术员来我校讲“云的奥秘”，四年级学生65人听讲。\n二是4月24日，组织六年级学生参观县污水处理厂，学生48人。\n麻烦帮忙登记一下，谢谢！', '2026-04-28');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-04-21', 65], ['2026-04-24', 48]]);
  });
  it('a year\'s target written in English beside the stops is no record', () => {
    const rs = read('科普大篷车 第 5 站 & 第 6 站 finished\n• 10/12 城关一中：820 人次\n• 10/14 南街小学：610 人次\n本年度 goal 6 所 reached 👍', '2026-10-15');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-10-12', 820], ['2026-10-14', 610]]);
  });
  it('groups signed up under one dated contest, added up, are one event', () => {
    const rs = read('🏁5月20日 安全知识竞赛 参赛队伍\n1. 初一3班 4人\n2. 初二1班 5人\n3. 初三2班 3人\n4. 初三5班 4人\n合计16人 🏆冠军：初二1班', '2026-05-21');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ date: '2026-05-20', headcount: 16, asked: false });
  });
  it('a class named again without its 班 after the list is that name, not a number to ask about', () => {
    const rs = read('🏁12月3日 技能节 安全知识抢答 参赛班级\n1. 数控2203班 5人\n2. 物流2301班 4人\n3. 会计2302班 6人\n合计15人 🥇第一名：会计2302', '2026-12-04');
    expect(rs).toEqual([expect.objectContaining({ date: '2026-12-03', headcount: 15, asked: false })]);
  });
});

describe('w19 staff sent out (D)', () => {
  it('the unit\'s own staff organised to go out to others ran it; households alone give no headcount', () => {
    const [r] = read('3月22日世界水日，我站组织干部职工6人，深入沿河的东湾、西湾2个自然村开展节水宣传，走访农户130户，发放节水手册260本。', '2026-03-23');
    expect(r).toMatchObject({ headcount: null });
    expect(r!.metrics).toMatchObject({ 户: 130, 本: 260 });
    expect(Object.entries(r!.metrics).filter(([k]) => k.startsWith('人')).map(([, v]) => v)).toEqual([6]);
  });
  it('staff organised to take part are who came', () => {
    const [r] = read('3月20日，我站组织干部职工45人，参加县里的安全生产知识培训。', '2026-03-23');
    expect(r).toMatchObject({ headcount: 45 });
  });
});
