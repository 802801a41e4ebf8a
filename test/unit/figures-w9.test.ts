// What each figure counts, from the misses of blind set w9 (issue 16): numbers given to compare are not the event's
// figures, people no list knows are still people (never "个"), a count of 个 with nothing named is asked about, the
// parts of a total in parentheses are not figures, 实际 beats 报名, and escorts are labelled figures.
import { describe, expect, it } from 'vitest';
import { comparedDate, comparedNumber, withoutParenParts } from '../../src/core/understanding/compared-context.js';
import { leadingPeopleNoun } from '../../src/core/understanding/people-words.js';
import { readReport } from '../../src/core/understanding/read-report.js';

const read = (text: string, today = '2026-11-20') => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(JSON.stringify(r));
  const x = r.records[0]!;
  return { headcount: x.headcount, metrics: x.metrics, asked: x.doubts.map((d) => d.question) };
};
const at = (text: string, number: string): number => text.indexOf(number);

describe('people named by words no list knows', () => {
  it('reads the head of the noun after the unit', () => {
    expect(leadingPeopleNoun('大夫顺带量血压')).toBe('大夫');
    expect(leadingPeopleNoun('大爷大妈听了')).toBe('大爷大妈');
    expect(leadingPeopleNoun('外部评委打分')).toBe('外部评委');
    expect(leadingPeopleNoun('放映员')).toBe('放映员');
    expect(leadingPeopleNoun('叔叔阿姨听得很认真')).toBe('叔叔阿姨');
  });
  it('leaves things and groups alone', () => {
    for (const s of ['项目上台', '展位', '村民小组', '学生会', '卫生间', '便民服务点', '车间代表队', '大棚', '社区']) expect(leadingPeopleNoun(s)).toBeUndefined();
  });
});

describe('numbers given to compare', () => {
  it('are an earlier occasion, the same time of an earlier year, or another place\'s report', () => {
    const cases: Array<[string, string]> = [
      ['去年那场来了三百人，今年少点，二百六十左右', '三百'],
      ['去年同期六十几个，今年来了75个老人', '六十'],
      ['群众来了得有一千多，去年差不多这个时候是八百左右', '八百'],
      ['入馆 4105人次（上周3660）', '3660'],
      ['发资料600份（去年才发了400）', '400'],
      ['看群里桃源报了300多，我们也不差', '300'],
      ['上回来了八十人，这回少点，六十左右', '八十'],
    ];
    for (const [text, n] of cases) expect(comparedNumber(text, at(text, n)), text).toBe(true);
  });
  it('are not the event\'s own figures, nor a report of last year', () => {
    const cases: Array<[string, string]> = [
      ['去年那场来了三百人，今年少点，二百六十左右', '二百六十'],
      ['去年12月讲座来了80人，发资料200份', '80'],
      ['上周科普讲座来了80人', '80'],
      ['补报一下去年12月的：总共大概1500人', '1500'],
    ];
    for (const [text, n] of cases) expect(comparedNumber(text, at(text, n)), text).toBe(false);
  });
  it('includes the month compared with', () => {
    const text = '4月中旬搞了6场油菜田间课，累计320人次，比3月份多了差不多一百';
    expect(comparedDate(text, at(text, '3月'))).toBe(true);
    expect(comparedDate(text, at(text, '4月'))).toBe(false);
  });
  it('drops the parts of a total in parentheses, not a group added to it', () => {
    const text = '5位专家（中国农科院2位、省农科院3位）';
    const f = (n: string, value: number) => ({ index: at(text, n), length: 2, value, unit: '人' });
    expect(withoutParenParts([f('5位', 5), f('2位', 2), f('3位', 3)], text).map((x) => x.value)).toEqual([5]);
    const other = '学生80人（另有家长12人、老师3人）';
    const g = (n: string, value: number) => ({ index: at(other, n), length: n.length, value, unit: '人' });
    expect(withoutParenParts([g('80人', 80), g('12人', 12), g('3人', 3)], other)).toHaveLength(3);
  });
});

describe('w9 reports read whole', () => {
  it('leave comparisons out and keep this occasion\'s count', () => {
    expect(read('1月9号桃源村冬季科普赶集，去年那场来了三百人，今年少点，二百六十左右，天太冷了。资料发了700份', '2026-01-12')).toMatchObject({ headcount: 260, metrics: { 份: 700 }, asked: [] });
    expect(read('重阳节镇科协在敬老院搞了个防诈骗的科普讲座，去年同期六十几个，今年来了75个老人，效果还可以')).toMatchObject({ headcount: 75, metrics: {} });
    expect(read('看群里桃源报了300多，我们清溪也不差哈 昨天集镇广场科普日联动活动，现场统计240人，发资料900份')).toMatchObject({ headcount: 240, asked: [] });
    expect(read('4月中旬我们镇连着搞了几场油菜田间课，加起来6场，听课的累计320人次，比3月份多了差不多一百', '2026-05-02')).toMatchObject({ headcount: 320, metrics: { 场: 6 }, asked: [] });
  });
  it('reads a count repaired in speech, and this occasion\'s count after an earlier one', () => {
    expect(read('周四学雷锋日在集镇上摆了摊子，义诊、农技咨询都有。去年这个活动来了一百七八十人，今年人多一些，登记的是二百一十个，哦不对，二百零一，刚才看串行了。志愿者去了18个')).toMatchObject({ headcount: 201, metrics: { '人(志愿者)': 18 }, asked: [] });
    expect(read('上周六镇里搞了科技三下乡集中服务，县里来了7个单位，赶场的群众来了得有一千多，去年差不多这个时候是八百左右。发资料两千三百份，不对，是三千二，数字弄反了。')).toMatchObject({ headcount: 1000, metrics: { 个: 7, 份: 3200 }, asked: [] });
  });
  it('reads people no list knows as people, never 个', () => {
    expect(read('重阳节那天敬老院搞了个防诈骗科普 老人四十多个 镇卫生院来了5个大夫顺带量血压').metrics).toEqual({ '人(大夫)': 5 });
    expect(read('国庆七天馆里共接待1.2万人次，折页发了3000余份，工作人员每天6个在岗', '2026-10-09').metrics).toEqual({ 份: 3000, '人(工作人员)': 6 });
    expect(read('昨天下午给居民做了场食品安全小讲座,30多个大爷大妈听了.')).toMatchObject({ headcount: 30, metrics: { 场: 1 } });
    expect(read('昨天下午在活动室搞了科学小实验 娃娃们来了四十几个 还有家长陪着来的 大概二十个吧')).toMatchObject({ headcount: 40, metrics: { '人(家长)': 20 } });
    expect(read('今天下午在龙潭村讲了冬季防火 这次来了七十多个')).toMatchObject({ headcount: 70, metrics: {} });
  });
  it('asks what a bare 个 counts rather than storing 个', () => {
    expect(read('昨天在村里搞了防火宣传，发资料300份，大概二十个吧').asked).not.toEqual([]);
  });
  it('keeps 实际 over 报名, 趟 as a unit, and escorts as labelled figures', () => {
    expect(read('昨天亲子观月 报名30组家庭，实际来了28组，大人小孩差不多九十个人').metrics).toEqual({ 组: 28 });
    expect(read('这个月下乡跑了九趟 服务果农一百四十多户 现场培训的加起来差不多三百人', '2026-11-30').metrics).toEqual({ 趟: 9, 户: 140 });
    expect(read('昨天接待两所小学参观, 学生138人, 带队老师9人, 另外还有6个家长跟着')).toMatchObject({ headcount: 138, asked: [] });
    expect(read('流动科技馆巡展今天到我们石桥小学了！全校612名学生轮流体验，还有三十多个家长也跟着来看了')).toMatchObject({ headcount: 612, asked: [] });
    expect(read('今天开放日来了95个人 一大半是城关一小的小朋友')).toMatchObject({ headcount: 95, asked: [] });
  });
});
