// Issue 16, w19 follow-ups (helper A): questions kexie asked where the words already settle the answer. "actual
// turned up" in English says who came; who were online at once during a stream are people online, and its views in 次
// person-times online; a field table's label (a two-cell row "志愿者 | 12名", a label ending in brackets) names who its
// number counts, and "村数：4个" counts things; who won a prize are a part of who competed; a bare 个 after "人少点"
// counts people; a total of the parts' headcounts is no figure of the last part; the sender's own staff who went, or
// the writer and another who gave the talk, ran it; a part after 其中 in 人 of a total in 人次 is a part; a roster under
// a heading of a few lines is counted; a day written in words with its month, or a sentence going on to another place,
// opens another event; days said "一次" each, then 第一次/第二次, are a record each.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w19 asks the words settle (A)', () => {
  it('"actual turned up" is who came, sign ups are not kept; peak online during a stream are people online', () => {
    const [r] = read('上周五我们lab办了个 robotics demo day，sign up 120人，actual turned up 95人，Bilibili 直播在线 ~400。', '2026-03-10');
    expect(r).toMatchObject({ date: '2026-03-06', headcount: 95, asked: false });
    expect(r!.metrics).toEqual({ '人(线上)': 400 });
  });
  it('a two-cell table row names who its number counts', () => {
    const [r] = read('义诊活动情况\n项目 | 内容\n时间 | 2026年4月8日\n地点 | 河西村委会\n活动 | 免费测血压、健康咨询\n医护志愿者 | 12名\n发放药品 | 40盒\n服务村民 | 约200人\n负责人 | 卫生院 王医生', '2026-04-10');
    expect(r).toMatchObject({ date: '2026-04-08', headcount: 200, asked: false });
    expect(r!.metrics).toEqual({ '人(志愿者)': 12, 盒: 40 });
  });
  it('a label in brackets still names its people; prize winners are a part of who competed', () => {
    const [r] = read('第三届青少年科技节（数据）\n时间：6月3日—5日\n展示项目：9个\n参展学生：164名\n评委（含高校评委）：11人\n获奖学生：38名', '2026-06-15');
    expect(r).toMatchObject({ headcount: 164, asked: false });
    expect(r!.metrics).toEqual({ 个: 9, '人(评委)': 11 });
  });
  it('a bare count of 个 after "人少点" counts people; a total of the days after them is no figure of the last day', () => {
    const [a, b] = read('8月9、10号两天在汽车站广场搞了暑期防拐骗宣传，9号来了九十多个，10号太热人少，五十个左右，两天加起来140多人', '2026-08-12');
    expect(a).toMatchObject({ date: '2026-08-09', headcount: 90, asked: false });
    expect(b).toMatchObject({ date: '2026-08-10', headcount: 50, asked: false });
    expect(b!.metrics).toEqual({});
    const [c, d] = read('昨天上午先去河边的张家村开了坝坝会，讲不要下河洗澡，来了四十几个人。下午又去赵庄讲了一遍，赵庄人多点，七十来个', '2026-05-21');
    expect(c).toMatchObject({ headcount: 40, asked: false });
    expect(d).toMatchObject({ headcount: 70, asked: false });
  });
  it('the sender\'s own staff who went, or the writer and another who gave the talk, ran it', () => {
    const [r] = read('全国科普日我们营业厅也参加了！昨天跟街道一起在文化广场摆摊做防电信诈骗宣传，现场来咨询的叔叔阿姨八十多人，发了宣传单400份，我们去了5个员工', '2026-09-21');
    expect(r).toMatchObject({ headcount: 80, asked: false });
    expect(r!.metrics).toEqual({ 份: 400, '人(员工)': 5 });
    const [t] = read('昨天上午去柳河镇中心小学讲防溺水了，三到六年级都叫到礼堂，一共296个娃，我跟小刘两个人讲的，娃娃们听得挺认真', '2026-06-24');
    expect(t).toMatchObject({ headcount: 296, asked: false });
    expect(t!.metrics).toEqual({ '人(工作人员)': 2 });
    const [v] = read('你好我是阳光小区物业的老王啊，科普日我们小区的活动搞完了，就是前天上午在小区广场，有科普展板十块，然后居民来的话我们签到的是一百八十六个人，然后志愿者我们物业出了十二个人，就这些。', '2026-09-21');
    expect(v).toMatchObject({ headcount: 186, asked: false });
    expect(v!.metrics).toEqual({ 块: 10, '人(志愿者)': 12 });
  });
  it('a field that counts things by 数 counts those things, not people', () => {
    const [r] = read('暑期“三下乡”科技服务队汇总\n时间：7月20日—7月24日\n走访社区数：6个\n服务居民户：85户\n大学生志愿者：30名\n检修家电：52台\n带队老师：4名', '2026-08-01');
    expect(r).toMatchObject({ headcount: null, asked: false });
    expect(r!.metrics).toMatchObject({ 个: 6, 户: 85, 台: 52 });
  });
  it('views of a stream counted in 次 are person-times online', () => {
    const [r] = read('寒假期间，受县文化馆邀约，本人于1月24日（周六）上午在该馆举办“星星为什么会眨眼”少儿天文讲座一场。到场儿童及家长合计约120人。另经文化馆视频号同步直播，观看量约1500次。', '2026-01-28');
    expect(r).toMatchObject({ headcount: 120, asked: false });
    expect(r!.metrics).toEqual({ 场: 1, '人次(线上)': 1500 });
  });
  it('a part after 其中 in 人 of a total in 人次 is no second audience', () => {
    const [r] = read('科技活动周 update：5/18–5/22 我们 fablab 搞了 open week，每天都有中学生来玩激光切割、micro:bit，5天 total visitors 约800人次，其中 5/21 那天的 AI 绘画体验课 35人。', '2026-05-25');
    expect(r).toMatchObject({ headcount: 800, unit: '人次', asked: false });
    expect(r!.metrics).toEqual({});
  });
  it('a sign-in list under a heading of a few lines (#接龙, the day and event) is counted, numbers inside names no figure', () => {
    const [r] = read('前天的防溺水小课堂签到接龙发你\n#接龙\n8月4日 防溺水小课堂\n1. 小李\n2. 阿华\n3. 王师傅\n4. 刘小红\n5. 老孙\n6. 大壮\n7. 张三\n8. 小六子\n9. 陈晨\n10. 赵师傅\n11. 钱多多\n12. 阿杰\n讲完每人发了一瓶花露水，一共12瓶', '2026-08-06');
    expect(r).toMatchObject({ date: '2026-08-04', headcount: 12, asked: false });
    expect(r!.metrics).toEqual({ 瓶: 12 });
  });
  it('a clause opening on a day written in words with its month is another event; "就这俩" counts the events', () => {
    const rs = read('哎那个月底了我把我们这边最近的科普活动给你报一下啊，就是十一月八号搞了个冬季防火的讲座，来了四十来个人，然后十一月二十二号就昨天搞了个那个反诈骗培训，教老人识别诈骗电话的，来了二十七个，就这俩', '2026-11-23');
    expect(rs).toEqual([
      { date: '2026-11-08', headcount: 40, unit: '人', metrics: {}, asked: false },
      { date: '2026-11-22', headcount: 27, unit: '人', metrics: {}, asked: false },
    ]);
  });
  it('a building number is no day', () => {
    const rs = read('11月9日我们小区搞了消防演练，五号楼和六号楼的住户参加的，来了一百二十人', '2026-11-10');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ headcount: 120 });
  });
  it('days each said to be one occasion, then 第一次 and 第二次 in turn, are a record each', () => {
    const rs = read('就是暑假嘛我们社区跟图书馆弄了个那个暑期阅读小课堂，每个礼拜四下午，已经搞了两次了，八月六号一次八月十三号一次，第一次来了十八个小孩，第二次来了二十五个，家长不算啊', '2026-08-20');
    expect(rs).toEqual([
      { date: '2026-08-06', headcount: 18, unit: '人', metrics: {}, asked: false },
      { date: '2026-08-13', headcount: 25, unit: '人', metrics: {}, asked: false },
    ]);
  });
  it('a sentence going on to another place after a part that counted people is another event', () => {
    const rs = read('昨天上午先去河边的张家村开了坝坝会，讲不要下河洗澡，来了四十几个人。完了又去赵庄村讲了一遍，赵庄人多点，七十来个', '2026-05-21');
    expect(rs.map((r) => [r.date, r.headcount, r.asked])).toEqual([['2026-05-20', 40, false], ['2026-05-20', 70, false]]);
  });
});
