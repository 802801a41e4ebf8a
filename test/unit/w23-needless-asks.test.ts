// Issue 16, w23 and holdout 19 needless asks: the people who ran, led or came along with an event (teachers bringing
// their pupils, teachers a centre sent, guests invited to give it, the sender's own office) are never a second
// audience beside the people it served; places named by who lives in them are places, not people.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { withAudit } from '../../src/core/understanding/report-audit.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return withAudit(text, r.records).map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0, doubts: [...x.doubts, ...r.doubts].map((d) => d.question) }));
};

describe('w23 needless asks: who ran or came along is no second audience', () => {
  it('villages named by who lives in them (两个移民村) are places reached, the villagers the headcount', () => {
    const [r] = read('上周四我们在水库下游的两个移民村讲了汛期安全，来听的村民一百五十来人。', '2026-07-13');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 150, asked: false });
    expect(r!.metrics).toMatchObject({ 个: 2 });
  });
  it('teachers who brought their pupils (由三位老师带着) came along; the pupils are the headcount', () => {
    const [r] = read('上周五实验中学生物社团的三十个学生由三位老师带着，来我们站参观了水文监测。', '2026-05-11');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 30, asked: false });
  });
  it('teachers who tagged along after the pupils (老师跟着来了两个) came with them', () => {
    const [r] = read('上个礼拜二给河坝小学讲了防溺水 四年级六十来个学生 老师跟着来了两个', '2026-06-15');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 60, asked: false });
  });
  it('teachers a county centre sent (县里农技中心来了三个老师) taught; the growers who came are the headcount', () => {
    const [r] = read('正月初九我们合作社搞了个春耕座谈会 县里农技中心来了三个老师 来了五十多个种植户', '2026-03-05');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 50, asked: false });
  });
  it('guests invited back to hold a talk for others (邀请校友四位回校，为…举办) gave it', () => {
    const [r] = read('清明节前一天，我校邀请在外工作的校友四位回校，为初三学生举办“理想与科学”报告会，学生约二百人。', '2026-04-10');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 200, asked: false });
  });
  it("the sender's own office who all went (站里五个人全去了) ran it; the public asking is the headcount", () => {
    const [r] = read('昨天世界气象日 我们在城南广场摆了摊 发了资料三百来份 来问的市民一百来人 站里五个人全去了', '2026-03-24');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 100, asked: false });
  });
  it('prize winners (评出二等奖3人) are some of who competed, no second audience', () => {
    const [r] = read('补报上月的: 质量月, 9月中旬连着办了3场焊工技能比武, 参赛职工共38人次. 评出二等奖3人.', '2026-10-09');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 38, asked: false });
  });
});

describe('w23 needless asks: what the reader misread and the audit rightly doubted', () => {
  it('points inspected (去排查隐患点 跑了五六个点) are counted; experts alone with no public are no headcount', () => {
    const [, r] = read('礼拜一 在站里给各村的护林员搞了防火培训 来了二十个左右\n礼拜二 跟县局请来的三个专家去排查滑坡点 跑了五六个点 这个没有群众', '2026-06-12');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: null, asked: false });
    expect(r!.metrics).toMatchObject({ 个: 5 });
  });
  it('plots measured (测产4个点位) are counted', () => {
    const [r] = read('8月20日在河西村召开水稻新品种观摩会，参会种植户80人，现场测产4个点位。', '2026-08-24');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 80, asked: false });
    expect(r!.metrics).toMatchObject({ 个: 4 });
  });
  it('"补报一条 🙏" announces the message, no 条 of the event', () => {
    const [r] = read('补报一条 🙏 11/18 (周三) 县二中的同学来我们实验室做 3D 打印体验, 学生 38 人, 发了打印笔 10 支.', '2026-11-23');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 38, asked: false });
    expect(r!.metrics).not.toHaveProperty('条');
  });
  it('one lesson given to each class (讲了一节防火小知识) is the event itself', () => {
    const [r] = read('前天119消防日，我们园组织了一次消防疏散演练，全园一百八十个孩子都参加了。演练完又去各班讲了一节防火小知识。', '2026-11-11');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 180, asked: false });
    expect(r!.metrics).not.toHaveProperty('节');
  });
  it('experts invited into a live studio gave it; the viewers online are kept beside the growers on site', () => {
    const [r] = read('科技周周二我们在合作社开了个直播间请了县植保站的三位专家讲果树病虫害怎么防线上看的有八百来人现场来的果农二十个左右', '2026-05-22');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 20, asked: false });
    expect(r!.metrics).toMatchObject({ '人(线上)': 800 });
  });
  it('a festival whose name opens with a number (七夕) is a day, not a count', () => {
    const [r] = read('两件事\n1. 前天七夕🌙 搞了星空故事会 讲牛郎星织女星 游客两百多\n2. 上礼拜六 农家乐老板食品安全培训 一期 30个人', '2026-08-21');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 200, asked: false });
  });
  it('who passed a test (最后考试合格20个) are some of those trained', () => {
    const [r] = read('上周四 给农家乐厨师搞了食品安全培训 一期 25个人 最后考试合格20个', '2026-08-24');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 25, asked: false });
  });
  it('除夕前两日 is two days before 除夕', () => {
    const [r] = read('除夕前两日，本会邀请在外工作的校友三位回村，为返乡学生办了科普分享会，学生约六十人。', '2026-02-19');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 60, asked: false });
  });
});

describe('w23: a proposal sent up is the 建言献策 work', () => {
  it('报送《…建议》 names the 建言献策 topic; a company 科协 beside a base being built is not building the 科协', async () => {
    const { topicsOf } = await import('../../src/core/activities/link-topics.js');
    const t = topicsOf('我公司企业科协结合示范基地建设实践，于5月8日向县科协报送《关于推广稻渔综合种养的建议》一条。');
    expect(t).toContain('建言献策信息');
    expect(t).not.toContain('企业科协建设');
  });
});

describe('w23: the message counting its own events, names and grades', () => {
  it('"补两个🎉" announces the events told after it; no figure of either', () => {
    const rs = read('补两个🎉\n① 4月4号 清明 亲子植树活动 小朋友45个\n② 4月6号晚上 湿地观鸟讲座 游客一百来人', '2026-04-08');
    expect(rs.map((r) => [r.headcount, r.asked])).toEqual([[45, false], [100, false]]);
  });
  it('a voltage in a place name (35kV 变电站) is no count', () => {
    const [r] = read('4月8日 县技工学校电力班学生参观 220kV 变电站 学生52人', '2026-04-10');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 52, asked: false });
  });
  it('teachers who came (老师来了五个) beside their pupils counted by grade (三四年级 一百六十人) came with them', () => {
    const [r] = read('4月2日 城南小学 三四年级 一百六十人 老师来了五个', '2026-04-03');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 160, asked: false });
  });
});

describe('w23: misreadings that asking used to hide', () => {
  it('people honoured by a quoted title before their count (评出“优秀科普志愿者” 3 名) are kept under the title', () => {
    const [r] = read('5/30 科技工作者日：公司科协组织走访慰问一线工程师 15 人，还评出“优秀科普志愿者” 3 名', '2026-06-02');
    expect(r!.metrics).toEqual({ '人(优秀科普志愿者)': 3 });
  });
  it('"上下午各一场" of one event gives no session to the next event told', () => {
    const rs = read('端午假期 报两个\n① 5月31号 亲子识虫研学 上下午各一场 两场 小朋友50个\n② 6月1号晚上 萤火虫观察活动 县昆虫协会来了2个老师 游客一百来人', '2026-06-03');
    expect(rs.map((r) => r.metrics['场'])).toEqual([2, undefined]);
  });
});

describe('w23: rates of each household and of each day', () => {
  it('"一户一个，共五十二户" after who came: one from each household, the households are the headcount too', () => {
    const [r] = read('小寒那天我们在柳溪村村委会讲了一上午冬季果园管护，来的都是各家管事的，一户一个，共五十二户，发了技术手册六十本。', '2026-01-09');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 52, asked: false });
    expect(r!.metrics).toEqual({ 户: 52, 本: 60 });
  });
  it('"3 天每天 1 场" over a span of three days is three sessions; 研学 is an event', () => {
    const [r] = read('五一假期 (5/1-5/3) 🌿 湿地自然观察研学 ✅ 3 天每天 1 场, 一共 60 组家庭, 大概 150 人', '2026-05-06');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 150, asked: false });
    expect(r!.metrics).toMatchObject({ 场: 3 });
  });
});

describe('w23: orders sold', () => {
  it('orders taken at a live-selling class (卖出去两百多单) are a figure; a block of flats (3单元) is none', () => {
    const [r] = read('上周三我们站搞了个农产品直播带货培训班来了四十几个人上午讲下午实操当天就卖出去土鸡蛋两百多单', '2026-03-16');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 40, asked: false, metrics: { 单: 200 } });
    const [s] = read('5月3日在幸福小区3单元楼下搞了垃圾分类宣传，居民40人，发资料100份', '2026-05-05');
    expect(s!.metrics).toEqual({ 份: 100 });
  });
});

describe('w23: an enumeration written inline', () => {
  it('"报两件事：一、…学生。二、昨天…群众…" is two events, each its own headcount', () => {
    const rs = read('周主任：报两件事：一、谷雨那天（上周一），到县二小给四年级三个班上了一堂节水实验课，共一百零五名学生。二、昨天世界地球日，在人民公园摆了宣传点，展板六块，发资料四百份，围观的群众估计两百人左右。', '2026-04-23');
    expect(rs.map((r) => [r.headcount, r.asked])).toEqual([[105, false], [200, false]]);
  });
});

describe('w23: speech without stops telling two events', () => {
  it('"…发了三百份明白纸还有就是上周四在…也讲了一场…" opens the next event on a day of its own', () => {
    const rs = read('周主任我报两个啊妇女节那天我们跟着科普大篷车去了青石乡赶场讲森林防火围过来听的老乡一百二三十人发了三百份明白纸还有就是上周四在青石中学也讲了一场初二的学生一百八十个', '2026-03-16');
    expect(rs.map((r) => [r.headcount, r.asked])).toEqual([[120, false], [180, false]]);
  });
});
