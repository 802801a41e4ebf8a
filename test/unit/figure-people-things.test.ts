// Which counted figure is people and whose (issue 16, blind set w7): 个 after a thing is not people, a
// 村民小组 is a place, helpers and members who went out are staff, an English audience before its number is
// the headcount, the people who came in English are the participants, judges invited are people.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const read = (text: string, today = '2026-11-20') => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(JSON.stringify(r));
  const x = r.records[0]!;
  return { headcount: x.headcount, metrics: x.metrics };
};

describe('people and their companions', () => {
  it('takes the pupils as the headcount when teachers are named after them as a new subject', () => {
    expect(read('昨天在中心小学搞了一场应急科普讲座学生三百二十个老师也来了十几个').headcount).toBe(320);
    expect(read('昨天科技馆开放日孩子们八十多个家长也来了四十几个').headcount).toBe(80);
  });
  it('reads people named right after 来 + 个 as people, even when the noun starts with 村 or 校', () => {
    expect(read('前天带专家服务团去了柳树沟村 七十来个村民来听 讲的玉米追肥 登记了42户')).toEqual({ headcount: 70, metrics: { 户: 42 } });
    expect(read('昨天院坝会来了五十多个村民听讲')).toEqual({ headcount: 50, metrics: {} });
  });
  it('reads helpers counted with 个 as staff (人(会员)), not things', () => {
    expect(read('昨天老科协办了一场防骗讲座，参加的老同志有九十来位，老科协会员来了二十多个帮忙张罗。')).toEqual({ headcount: 90, metrics: { 场: 1, '人(会员)': 20 } });
  });
  it('takes members who went out to serve households as staff, with no headcount', () => {
    expect(read('今天在石桥村给二十三户种植大户上门指导 农技协会员去了6个')).toEqual({ headcount: null, metrics: { 户: 23, '人(会员)': 6 } });
  });
  it('takes invited judges as people (人(评委)), not an award (名)', () => {
    expect(read('今天县级评审完成，共收到参评作品186件，邀请评委11名，参赛学生及指导教师到场约260人。').metrics).toEqual({ 件: 186, '人(评委)': 11 });
    expect(read('昨天作品评审，邀请评委7位，参观学生300人').metrics).toEqual({ '人(评委)': 7 });
    expect(read('昨天科普讲解大赛评出一等奖选手5名，现场观众200人').metrics).toEqual({ 名: 5 });
  });
  it('reads a number after an English audience word, and engineers who attended, as the headcount', () => {
    expect(read('流动科技馆今天在石门中心校，students ~520，teachers 18 位陪同，展品 set up 了 16 件。').headcount).toBe(520);
    expect(read('我们公司科协 yesterday 组织了一场数控技术交流会，around 50 engineers attended，还请了理工学院2位专家做 keynote。')).toEqual({ headcount: 50, metrics: { 场: 1, '人(专家)': 2 } });
  });
  it('takes the people counted after households ("来了四十几户 人嘛有六十多") as the headcount', () => {
    expect(read('县里专家昨天去了南坪村的蔬菜大棚 现场教怎么保温防冻 来了四十几户 人嘛有六十多 专家说下礼拜再来').headcount).toBe(60);
  });
});

describe('things counted with 个 and places named with a number', () => {
  it('counts desks and stands as 个, not people', () => {
    expect(read('国庆七天在集镇搞了科普大集累计来了一千五左右的群众发资料三千二百份设了咨询台两个').metrics).toEqual({ 份: 3200, 个: 2 });
    expect(read('昨天科普日活动来了三百多群众，摆了展台五个').metrics).toEqual({ 个: 5 });
  });
  it('reads 四组 after 在 as a place (a 村民小组), not 组:4', () => {
    expect(read('上个月28号科普进万家活动在四组文化坝子搞的来了一百来个老乡发了资料六百份志愿者八个').metrics).toEqual({ 份: 600, '人(志愿者)': 8 });
    expect(read('昨天到三组院坝讲了防诈骗，来了四十多个村民').metrics).toEqual({});
  });
  it('reads 六组七组, 二组 after a name, and 在5个组 + a deed as places, not counts of 组 (holdout 7)', () => {
    expect(read('昨天国际减灾日 我在六组七组走了一圈宣传地址灾害避险 发明白之一百二十份 跟群众讲了 大概四十人听').metrics).toEqual({ 份: 120 });
    expect(read('今天在“百村千户”科技示範工程二組開了個現場會 市裡來了兩個專家 來聽的農戶六十五人').metrics).not.toHaveProperty('组');
    expect(read('8月底那几天 我跟网格员一起在5个组搞了健康义诊 量血压测血糖 一共看了一百零三个人').metrics).not.toHaveProperty('组');
    expect(read('昨天亲子活动分成5个组比赛，来了28组家庭').metrics).toHaveProperty('组');
  });
  it('keeps groups that were counted', () => {
    expect(read('昨天亲子活动参加的家庭一共63组').metrics).toEqual({ 组: 63 });
  });
});

describe('sessions given "each" of a known number of parts', () => {
  it('multiplies 各一场 by the parts named before it', () => {
    expect(read('中秋节当天馆里搞了“月球知多少”主题科普活动，上下午各一场，参加的亲子家庭一共63组，大约150人。').metrics).toEqual({ 场: 2, 组: 63 });
    expect(read('昨天在社区上午下午各讲了两场，听众200人').metrics).toEqual({ 场: 4 });
    expect(read('周六日两天各办了一场讲座，来了120人').metrics).toEqual({ 场: 2 });
  });
  it('leaves 各一份 and an unknown number of parts alone', () => {
    expect(read('昨天讲座来了80人，每人各一份资料').metrics).toEqual({});
    expect(read('昨天在好些村各一场讲座，来了200人').metrics).toEqual({});
  });
});

describe('experts who came to teach a training are staff, not its participants', () => {
  it('takes the farmers as the headcount when experts came from the county or lectured', () => {
    expect(read('昨天搞了个春耕技术培训县科协专家服务团来了两个专家讲的来了八十多个农户发了资料两百来份')).toEqual({ headcount: 80, metrics: { 份: 200, '人(专家)': 2 } });
    expect(read('昨天在河湾村搞了个大棚蔬菜培训县里来了俩技术员村民来了得有六十来口人').headcount).toBe(60);
    expect(read('昨天镇上办了养殖培训，县畜牧站派来了三个技术员，养殖户来了四十多个').headcount).toBe(40);
  });
  it('keeps volunteers trained at a training for them as its participants', () => {
    expect(read('昨天开展了应急救护志愿者培训，参训志愿者45人').headcount).toBe(45);
  });
});

describe('people counted only by their classes', () => {
  const doubts = (text: string): string[] => {
    const r = readReport(text, '2026-11-20', {});
    return r.kind === 'activity' ? r.records.flatMap((x) => x.doubts.map((d) => d.field)) : [r.kind];
  };
  it('asks how many came when only the classes are counted', () => {
    expect(doubts('前两天给五年级两个班上了堂防震减灾课，孩子们可感兴趣了')).toContain('headcount');
    expect(doubts('昨天带三个班去科技馆研学，孩子们收获很大')).toContain('headcount');
  });
  it('does not ask when the pupils are counted too', () => {
    expect(doubts('今天下午流动科技馆进我们学校了，四、五年级共5个班去参观，差不多230个学生')).not.toContain('headcount');
  });
});

describe('people counted with 个 in unpunctuated speech (holdout 4)', () => {
  it('counts people named in the clause, with 有/比较多/大概 between, when no noun follows the 个', () => {
    expect(read('昨天搞了个果树管理培训请的县里的果树专家两个来听的果农有六十多个发了资料200来份')).toEqual({ headcount: 60, metrics: { '人(专家)': 2, 份: 200 } });
    expect(read('今天上午科普日在社区门口摆了展板来看的老年人比较多大概有一百二三十个吧然后发了资料四百多份还有志愿者是十个')).toEqual({ headcount: 120, metrics: { 份: 400, '人(志愿者)': 10 } });
  });
  it('reads 砖家 as a slip of 专家', () => {
    expect(read('昨天搞了个果树管理培训请的县里的果树砖家两个来听的果农有六十多个发了资料200来份')).toEqual({ headcount: 60, metrics: { '人(专家)': 2, 份: 200 } });
  });
  it('takes any …农 or …民 word as people', () => {
    expect(read('上周五开了年终技术交流会 来了蜂农四十多个 协会会员出了6个人帮忙张罗')).toEqual({ headcount: 40, metrics: { '人(会员)': 6 } });
    expect(read('昨天在码头搞了安全宣传 来了渔民三十多个')).toEqual({ headcount: 30, metrics: {} });
  });
  it('keeps a thing counted with 个 a thing', () => {
    expect(read('昨天果农培训会上群众提了问题十几个')).toEqual({ headcount: null, metrics: { 个: 10 } });
  });
});
