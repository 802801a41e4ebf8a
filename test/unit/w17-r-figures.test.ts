// Reports stored with a wrong figure (issue 16, w17 helper R), each class rewritten in our own words first:
// - the parts of a total of things written after it ("共收到88份，其中A 40份、B 30份") are no figures of their own;
// - "个" followed by a measure of its own ("5个批次", "12个架次") counts by that measure;
// - a count of 个 naming nobody, smaller than a count of people in 个 before it ("学生来了六十个，答对的有二十几个"),
//   is a part of those people, not a figure;
// - "二次供水", "二次污染": a term, no count of 次.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w17 R: parts of a total of things', () => {
  it('the parts written after the total are not kept', () => {
    const [r] = read('青少年创意征文活动上周五收稿结束，共收到来稿215篇，其中小学组96篇、初中组74篇、高中组45篇，来自23所学校。', '2026-04-13');
    expect(r?.metrics).toEqual({ 篇: 215, 所: 23 });
  });
  it('one by one after the total ("一件是…，一件是…")', () => {
    const [r] = read('上个月镇里的科技惠民提案3月30号已经交到政协了，一共2件：一件是关于农村电商物流的，一件是关于冷库建设的。', '2026-04-10');
    expect(r?.metrics).toEqual({ 件: 2 });
  });
});

describe('w17 R: a measure after 个', () => {
  it('"6个批次" counts 批次', () => {
    const [r] = read('4月20日植保站在河西片区开展无人机统防统治演示，共飞了12个架次，围观农户二百来人。', '2026-04-22');
    expect(r?.metrics).toEqual({ 架次: 12 });
    expect(r?.headcount).toBe(200);
  });
});

describe('w17 R: a part of who came counted in 个', () => {
  it('those who had their blood sugar measured among the villagers', () => {
    const [r] = read('今天上午我们去东关村搞了义诊给村民测血糖村民来了六十来个测了血糖的有三十多个', '2026-07-08');
    expect(r?.headcount).toBe(60);
    expect(r?.metrics).toEqual({});
  });
  it('those who passed the test among the trainees', () => {
    const [r] = read('跟你说下上周三我们给镇卫生院的护士做了急救技能培训就是包扎那个护士来了三十五个考核合格了三十一个还行', '2026-06-15');
    expect(r?.headcount).toBe(35);
    expect(r?.metrics).toEqual({});
  });
});

describe('w17 R: numbers inside terms', () => {
  it('"二次供水" is no count of 次', () => {
    const [r] = read('6月3日，我站为辖区各小区二次供水管理人员举办了卫生管理培训，邀请1名专家授课，实到学员32人。', '2026-06-05');
    expect(r?.headcount).toBe(32);
    expect(r?.metrics).toEqual({ '人(专家)': 1 });
  });
});

describe('w17 R: staff named one after another without commas', () => {
  it('each count of staff keeps the noun after it', () => {
    const [r] = read('今天上午我们在和平里社区搞了个糖尿病义诊测了血糖的大概有八十多个老人宣传折页发了两百份我们中心去了五个护士还有三个医生', '2026-03-02');
    expect(r?.headcount).toBe(80);
    expect(r?.metrics).toEqual({ 份: 200, '人(护士)': 5, '人(医生)': 3 });
  });
});

describe('w17 R: the writer asks which count to report', () => {
  it('asked back, not picked', () => {
    const [r] = read('十月六号我们站搞的科普开放日签到表上是八十个人但是实际发出去的资料袋有一百一十几个这个人数报哪个啊', '2026-10-09');
    expect(r?.asked).toBe(true);
  });
});

describe('w17 R: a recap of the sessions already told', () => {
  it('"两场都是我讲的" adds no figure', () => {
    const records = read('昨天防灾减灾日，上午在河口村讲了一场防汛避险知识，村民80来人；下午又去河口中学讲一场，学生200个。两场都是我一个人讲的 累死了', '2026-05-14');
    expect(records.map((r) => [r.headcount, r.metrics, r.asked])).toEqual([[80, { 场: 1 }, false], [200, { 场: 1 }, false]]);
  });
});

describe('w17 R: who was called to come', () => {
  it('"通知参训" is who was expected', () => {
    const [r] = read('县科协：\n5月12日，我中心为各乡镇食品安全协管员举办了快检技术培训，邀请省检测院2名专家授课。原通知参训人员64名，因雨天部分人员未到，实到约50人。\n特此报告。', '2026-05-14');
    expect(r?.headcount).toBe(50);
    expect(r?.metrics).toEqual({ '人(专家)': 2, '人(应到)': 64 });
  });
  it('a question about which plan item is not a question about the count', () => {
    const [r] = read('前天去县职业中专讲了食用菌栽培，两个班，一共96个学生，不知道算哪个项目', '2026-04-10');
    expect(r?.headcount).toBe(96);
    expect(r?.metrics).toEqual({ 班: 2 });
  });
});

describe('w17 R: a sheet of items and their counts', () => {
  it('"项目 数量" rows with the unit in brackets', () => {
    const [r] = read('9月20日我站参加科普日主场活动，情况：\n项目\t数量\n咨询群众（人次）\t410\n发放手册（本）\t900\n展板（块）\t12\n参与职工（人）\t7', '2026-09-22');
    expect(r).toMatchObject({ date: '2026-09-20', headcount: 410, unit: '人次', asked: false });
    expect(r?.metrics).toEqual({ 本: 900, 块: 12, '人(职工)': 7 });
  });
});

describe('w17 R: those who came, named by a mistyped noun', () => {
  it('"来的群从大概两百来个" is the headcount', () => {
    const [r] = read('科协小王你好，前天世界水日我们站在河堤公园搞了个节水宣传，来的群从大概两百来个，传单发了600多份，站里去了5个人帮忙。', '2026-03-24');
    expect(r).toMatchObject({ headcount: 200, asked: false });
    expect(r?.metrics).toMatchObject({ 份: 600 });
    expect(r?.metrics['个']).toBeUndefined();
  });
});

describe("w17 R: a weekly log's own people at another body's training", () => {
  it('is no event the sender held', () => {
    const records = read('第33周（8.10—8.14）\n8.10 暴雨，电话通知各村防汛\n8.11 到东岗村查看玉米倒伏，现场指导9户\n8.12-8.13 三人参加省农科院植保技术培训\n8.14 科普进校园，在东岗小学讲“认识农作物病虫害”，来了四十几个学生', '2026-08-17');
    expect(records.map((r) => [r.date, r.headcount, r.asked])).toEqual([['2026-08-11', null, false], ['2026-08-14', 40, false]]);
  });
});
