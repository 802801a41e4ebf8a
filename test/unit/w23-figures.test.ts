// Issue 16, w23 and holdout 19 (helper v1): figures of stored records. Readers are people, so a 其中 part of an
// audience of readers is no figure; a quoted honour ending in 人 ("致富带头人") labels those honoured; 个 before a place ("四个中学的学生",
// "3个村民小组") counts places, not people; staff the sender sent out ("我站去了3个兽医", "组织技术员8人参加服务团")
// are people beside the event, not its audience; a base's area in the background is no figure of the event.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w23 / holdout 19 figures (v1)', () => {
  it('"听众七十多个 其中盲人读者三十来个": readers are people, so the 其中 part of the audience is no figure', () => {
    const [r] = read('9月9号那天 请了镇卫生院的三位医生来讲高血压防治 讲座一场 听众七十多个 其中盲人读者三十来个 剩下的是社区居民', '2026-09-11');
    expect(r).toMatchObject({ headcount: 70 });
    expect(r!.metrics).toEqual({ '人(医生)': 3, 场: 1 });
  });
  it('a quoted honour ending in 人 ("致富带头人") labels those honoured, not a bare 名', () => {
    const [r] = read('腊八那天，本会在村委会开年终总结会，到会会员七十二人，表彰「乡村振兴带头人」四名。', '2026-01-28');
    expect(r).toMatchObject({ headcount: 72 });
    expect(r!.metrics).toEqual({ '人(乡村振兴带头人)': 4 });
  });
  it('"请了三个小学的学生过来": 个 before a school counts the schools, not the pupils', () => {
    const [r] = read('昨天消防中队开放日请了三个小学的学生过来参观消防车一共来了一百八十个学生体验灭火器准备了五台', '2026-11-10');
    expect(r).toMatchObject({ headcount: 180 });
    expect(r!.metrics).toEqual({ 个: 3, 台: 5 });
  });
  it('"在三个村民小组开展…服务农户95户": village groups are places; no headcount', () => {
    const [r] = read('6月3日至5日，工作队在上坝、下坝、河口3个村民小组开展果园病虫害田间指导，累计服务农户95户。', '2026-06-20');
    expect(r).toMatchObject({ date: '2026-06-03', headcount: null });
    expect(r!.metrics).toEqual({ 个: 3, 户: 95 });
  });
  it('"我站去了2个农技员": staff the sender sent out beside households served are a role figure', () => {
    const [r] = read('补报：4月12号，跟县专家服务团去了石门镇两个村，给果农剪枝指导，服务果农60户，发资料150份，我站去了2个农技员。', '2026-04-20');
    expect(r).toMatchObject({ date: '2026-04-12', headcount: null });
    expect(r!.metrics).toEqual({ 个: 2, 户: 60, 份: 150, '人(农技员)': 2 });
  });
  it('"组织公司技术员6人参加专家服务团…服务农户90户": the staff sent are no audience', () => {
    const [r] = read('9月20日（周日），组织公司技术员6人参加县农技协专家服务团赴柳河乡开展油菜良种服务，服务农户90户。', '2026-09-28');
    expect(r).toMatchObject({ date: '2026-09-20', headcount: null });
    expect(r!.metrics).toEqual({ '人(技术员)': 6, 户: 90 });
  });
  it('a base\'s area told as background ("面积500亩") is no figure of the training held there', () => {
    const [r] = read('我社自2020年起在青石村建设柑橘标准化示范园，面积500亩。5月6日（周三），我社在示范园举办柑橘疏果技术现场培训会一场，报名果农50人，实到46人，发放技术资料90份。', '2026-05-12');
    expect(r).toMatchObject({ date: '2026-05-06', headcount: 46 });
    expect(r!.metrics).toMatchObject({ 场: 1, 份: 90 });
    expect(r!.metrics).not.toHaveProperty('亩');
  });
  it('"慰问了一线技术员 15 位…公布了 \'最美技术能手\' 2 名": those visited are the headcount, the named ones honoured', () => {
    const [r] = read("上周五 5·30 科技工作者日, 厂里科协搞了个小活动: 厂长慰问了一线技术员 15 位, 送了慰问品; 同时公布了今年 '最美技术能手' 2 名.", '2026-06-02');
    expect(r).toMatchObject({ headcount: 15 });
    expect(r!.metrics).toEqual({ '人(最美技术能手)': 2 });
  });
  it('"慰问了质检 & 装配岗位技术员 9 位": posts joined by & before those visited are who the visit served', () => {
    const [r] = read("上周四 5月28号, 厂科协慰问了质检 & 装配岗位技术员 9 位, 送了慰问品; 同时公布了 '年度最美技术员' 2 名.", '2026-06-02');
    expect(r).toMatchObject({ date: '2026-05-28', headcount: 9 });
    expect(r!.metrics).toEqual({ '人(年度最美技术员)': 2 });
  });
  it('"每次带队老师2人" under a sheet of visits: the staff of each visit are on every row', () => {
    const rows = read('5月护理专业科技志愿服务下乡:\n日期\t村\t服务户数\t测血压(人)\n5.8\t青石村\t30\t70\n5.15\t白岩村\t26\t64\n每次带队老师2人, 学生志愿者12人。', '2026-05-20');
    expect(rows.map((r) => r.headcount)).toEqual([70, 64]);
    for (const r of rows) expect(r.metrics).toMatchObject({ '人(教师)': 2, '人(志愿者)': 12 });
  });
  it('"三场培训共计215人" after the three told one by one: the sessions are the records, no figure of the last', () => {
    const rows = read('我股于3月中旬分片组织村医培训：3月16日，东片在石桥镇卫生院举办，参训82人；3月17日，西片在梅溪乡卫生院举办，参训70人；3月18日，北片在县人民医院举办，参训63人。三场培训共计215人，均由县疾控中心专家授课。', '2026-03-20');
    expect(rows.map((r) => r.headcount)).toEqual([82, 70, 63]);
    for (const r of rows) expect(r.metrics).not.toHaveProperty('场');
  });
});
