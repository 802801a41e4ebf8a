// Issue 16, w17 follow-ups (helper A): questions kexie asked where the words already settle the answer. People a
// unit sent out ran the event whatever their post; parents who waited outside did not take part; a group's own
// count before "…的也去了，一共N人" is a part of that total; a thing named before its count of 个 is what it counts,
// even after a "为居民…" that names who was served; "送出去", "发出去" end in a direction, not a deed.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w17 asks the words settle (A)', () => {
  it('people a unit sent out (出动 + post) are staff beside who they served', () => {
    const [r] = read('6月26日国际禁毒日，我所在城南农贸市场设点开展禁毒宣传，接受群众咨询160余人次，出动辅助人员7人，发放宣传单900份。', '2026-06-29');
    expect(r).toMatchObject({ headcount: 160, unit: '人次', asked: false });
  });
  it('people a unit sent (派了 + count + noun) are staff beside who came to ask', () => {
    const [r] = read('11月9日消防日我们公司也在广场摆了摊，派了6名职工，发放防火手册300本，来咨询的居民150多人次。', '2026-11-11');
    expect(r).toMatchObject({ headcount: 150, unit: '人次', asked: false });
  });
  it('parents who waited outside did not take part', () => {
    const [r] = read('周日下午在图书馆二楼办了一场科学小实验课，来了28个孩子，家长十几个在楼下大厅等着，教室有点挤。', '2026-03-16');
    expect(r).toMatchObject({ headcount: 28, asked: false });
    const [back] = read('今天 科技馆 办了 寒假机器人营 的开营，小朋友 45个，家长 30 个左右在后面站着看，辅导员 4 个 负责带队。', '2026-01-20');
    expect(back).toMatchObject({ headcount: 45, asked: false });
    expect(back!.metrics).toEqual({ '人(家长)': 30, '人(辅导员)': 4 });
  });
  it('a group\'s own count before another group also went and the total is a part of the total', () => {
    const [r] = read('今天下午我们站里9个人去听了县里的防汛知识培训，水利局的也去了，一共大概50人', '2026-06-10');
    expect(r).toMatchObject({ headcount: 50, asked: false });
    expect(r!.metrics).toEqual({});
    const [far] = read('上午我们所里7个人去县委党校礼堂听了市里专家讲的地质灾害防治和汛期避险常识专题讲座，自然资源局的也去了，总共五十来人', '2026-06-10');
    expect(far).toMatchObject({ headcount: 50, asked: false });
  });
  it('a thing named right before a count of 个 is what it counts, after the people it was done for', () => {
    const [r] = read('6月5日环境日，我站在文化广场设点，为居民免费检测自带土样36个，解答咨询180余人次，发放资料700份。', '2026-06-08');
    expect(r).toMatchObject({ headcount: 180, unit: '人次', asked: false });
    expect(r!.metrics).toMatchObject({ 个: 36, 份: 700 });
  });
  it('things given out (送出去) are counted as written', () => {
    const [r] = read('5月23日科技周我们在公园门口设了个点，来的群众大概三百人，资料发了800份，纪念品送出去150多个。', '2026-05-25');
    expect(r).toMatchObject({ headcount: 300, asked: false });
    expect(r!.metrics).toMatchObject({ 份: 800, 个: 150 });
  });
  it('counts right after a count that add up to it are its breakdown, no second figure', () => {
    const [r] = read('上周六带了9个学生去市里参加青少年科技模型比赛，一共拿了4块奖牌，三块银牌一块铜牌，孩子们特别开心', '2026-10-19');
    expect(r).toMatchObject({ headcount: 9, asked: false });
    expect(r!.metrics).toEqual({ 块: 4 });
    const [prizes] = read('上周日带了15个学生去参加市里的航模比赛，拿了4个奖，三个一等一个二等，大家都很高兴', '2026-10-19');
    expect(prizes).toMatchObject({ headcount: 15, asked: false });
    expect(prizes!.metrics).toEqual({ 个: 4 });
  });
  it('a smaller count opened by 有 right after a count says which of them, no second figure', () => {
    const [r] = read('昨天跟农技站去了柳树村讲果树修剪，来了四十几个果农，发了资料90份，顺便看了6户的果园，有三户的剪口没处理好当场说了。', '2026-03-11');
    expect(r).toMatchObject({ headcount: 40, asked: false });
    expect(r!.metrics).toMatchObject({ 份: 90, 户: 6 });
  });
  it('helpers named in English right before a count of 个 are people', () => {
    const [r] = read('今天科技周 booth 数据：on-site visitors ~260 人次，资料送出 500 份，volunteers 8 个，辛苦大家', '2026-05-20');
    expect(r).toMatchObject({ headcount: 260, asked: false });
    expect(r!.metrics).toMatchObject({ 份: 500, '人(志愿者)': 8 });
  });
  it('a drill done by the unit\'s own workers, watched by residents: the residents are who it served', () => {
    const [r] = read('6月16日安全生产月，我公司在东关社区广场开展燃气泄漏应急演练。演练由公司抢险班职工22人参与，居民约120人现场观摩，发放宣传单400份。', '2026-06-18');
    expect(r).toMatchObject({ headcount: 120, asked: false });
  });
  it('fry released are counted in 万尾 as written', () => {
    const [r] = read('7月3日我站在白河大桥下游开展增殖放流，投放鲫鱼、鲤鱼等鱼苗32万尾，现场群众约200人，发放宣传册300册。', '2026-07-06');
    expect(r).toMatchObject({ headcount: 200, asked: false });
    expect(r!.metrics).toMatchObject({ 万尾: 32, 册: 300 });
  });
  it('today written after an observance ending in 日 is the day, not a weekday annotating it', () => {
    const [r] = read('防灾减灾日 today 文化广场 booth done ✅ visitors ~300 人次，手册送出 200 本', '2026-05-12');
    expect(r).toMatchObject({ headcount: 300, asked: false });
    const [y] = read('科普日 yesterday 文化广场 booth done ✅ visitors ~300 人次，手册送出 200 本', '2026-09-20');
    expect(y).toMatchObject({ headcount: 300, asked: false });
  });
  it('a run of days in a row under one month, counted as such, is a span', () => {
    const r = readReport('科普月期间馆里搞了亲子开放日，9月12、13、14、15四天一共接待家庭和学生约2600人次。', '2026-09-17', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error('not an activity');
    expect(r.records.map((x) => [x.date, x.dateEnd, x.headcount, x.doubts.length])).toEqual([['2026-09-12', '2026-09-15', 2600, 0]]);
  });
});
