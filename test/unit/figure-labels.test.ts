// What each figure counts (issue 16, blind set w8): a people-count is labelled by the people noun nearest
// before it (not by the verb: 还有, 派了, 陪同的有); "我跟另一位老师" is no figure; a part of a total (占了) is no
// second figure; the sites of an event ("三个点") are not counted as things; two headcounts that disagree
// (报的 vs 数的) are asked about.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today = '2026-06-10'): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
const read = (text: string, today?: string) => {
  const x = one(text, today);
  return { headcount: x.headcount, metrics: x.metrics };
};

describe('the label of a people-count is the people noun nearest before it', () => {
  it('keeps the noun before a verb (家长陪同的有15位 → 家长), and 我跟另一位老师 is not a figure', () => {
    expect(read('上周六带科学社的学生去县科技馆参观，学生42位，家长陪同的有15位，加上我跟另一位老师。')).toEqual({ headcount: 42, metrics: { '人(家长)': 15 } });
    expect(read('昨天带学生去科技馆，学生30人，我和另一名老师带队。')).toEqual({ headcount: 30, metrics: {} });
  });
  it('reads the people after the unit, not the verb before it (还有12位妈妈奶奶陪着 → 家长)', () => {
    expect(read('昨天在柳林村办科学小课堂，来了38个孩子，还有12位妈妈奶奶陪着，村里妇联执委4人全程帮忙。')).toEqual({ headcount: 38, metrics: { '人(家长)': 12, '人(执委)': 4 } });
  });
  it('reads 医护 sent as 助教 as people helping (人(助教)), not 个', () => {
    expect(read('本周二在镇卫生院给村医培训心肺复苏，参训村医23人，卫生院派了8个医护当助教，训练模型用了3台')).toEqual({ headcount: 23, metrics: { '人(助教)': 8, 台: 3 } });
  });
  it('reads 志愿着 (a speech slip of 志愿者) counted with 个 as volunteers', () => {
    expect(read('昨天在石桥村搞了科技志愿服务，志愿着去了十几个，村里群众来了两百来号人，发资料一千二百份')).toEqual({ headcount: 200, metrics: { '人(志愿者)': 10, 份: 1200 } });
  });
  it('takes people listed with 、 before 共 as the participants (参会工程师、技术员共38人)', () => {
    expect(read('公司科协这周三搞了一次技术交流会，参会工程师、技术员共38人，请了2位专家做报告。')).toEqual({ headcount: 38, metrics: { '人(专家)': 2 } });
  });
});

describe('what is not a second figure', () => {
  it('leaves out a part of the total (元旦三天占了3000出头)', () => {
    expect(read('1月份科技馆数据：接待观众18650人次，其中学校团体预约42批，4D影院放映310场。元旦三天占了3000出头。', '2026-02-02')).toEqual({ headcount: 18650, metrics: { 批: 42, 场: 310 } });
  });
  it('leaves out sessions still to come (后面还有两次)', () => {
    expect(read('8月20号在柳林村办了家庭科学小课堂，来了38个孩子。后面还有两次，等都办完了再一起报', '2026-08-26')).toEqual({ headcount: 38, metrics: {} });
  });
  it('does not count the sites of an event (三个点, 两个点) as things', () => {
    expect(read('4月上旬流动科技馆巡展去了三所学校，三个点加起来接待学生2600多人次。', '2026-04-14').metrics).toEqual({ 所: 3 });
    const clinic = read('昨天医学会去了幸福社区和东门社区搞义诊，两个点一共接诊了230多人，参加的会员医生有18个');
    expect([clinic.headcount, Object.values(clinic.metrics)]).toEqual([230, [18]]);
  });
  it('counts the days a place was open (累计开放142天)', () => {
    expect(read('上半年科技馆数据：累计开放142天，接待参观群众1.86万人次，其中学生团体37批次。', '2026-07-06').metrics).toEqual({ 天: 142, 批次: 37 });
  });
});

describe('two headcounts of one event', () => {
  it('asks when the count reported and the count made disagree (报的 vs 数的)', () => {
    const r = one('昨儿个科普大篷车进俺们河湾村了，乡里报的是来了三百人，俺数签到本上就一百八十几个，你看这咋填');
    expect(r.doubts.some((d) => d.field === 'headcount' && d.question.includes('300') && d.question.includes('180'))).toBe(true);
  });
  it('asks about an online peak beside the people in the room', () => {
    const r = one('今天下午的学术报告结束了，现场40多人，B站直播同时在线最高1300多');
    expect(r.headcount).toBe(40);
    expect(r.doubts.some((d) => d.question.includes('1300'))).toBe(true);
  });
});

describe('a day of several events, one a line', () => {
  it('reads each line’s people, a bare number ending the line among them, and not the lead’s 三个点', () => {
    const r = readReport('科普月最后一天 今天连跑三个点\n上午 城关一中 科普讲座 350人\n下午 东关社区 科普展 大概200\n晚上 人民广场 露天科普电影 百余人\n累瘫了', '2026-09-30', {});
    expect(r.kind === 'activity' && r.records.map((x) => [x.headcount, x.metrics])).toEqual([[350, {}], [200, {}], [100, {}]]);
  });
});
