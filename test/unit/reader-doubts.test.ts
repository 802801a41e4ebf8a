// The reader of issue 16: what a message is, when it happened, what each figure counts, and its doubts.
import { describe, expect, it } from 'vitest';
import { festivalDay, firstWorkdayAfter, holidaySpan } from '../../src/core/dates/festival-days.js';
import { readReport, type ReadRecord, type ReportReading } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): ReportReading => readReport(text, today, { observances: OBSERVANCES });
const one = (text: string, today: string): ReadRecord => {
  const r = read(text, today);
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('what a message is', () => {
  it.each([
    ['转发：关于开展全国科普日活动的通知。各乡镇于9月15日至21日组织活动，每场不少于300人参加。', '2026-09-10'],
    ['请各学校于11月30日前报送参赛学生名单，每校不少于50人', '2026-11-20'],
    ['定于12月3日上午9点召开科普工作推进会，请各乡镇科协主席准时参加', '2026-11-26'],
    ['【邻县科协】9月16日邻县科普日主场活动在人民广场举行，参与群众3000余人。（转自邻县科协公众号）', '2026-09-20'],
    ['下周计划去东沟、西沟两个村搞苹果套袋技术培训，每个村预计40户左右，专家已经联系好了。', '2026-06-01'],
  ])('refuses a notice, forward, call or plan: %s', (text, today) => {
    expect(read(text, today).kind).toBe('not_activity');
  });

  it('reads a long report with a question word in its middle as a report', () => {
    expect(read('12月初馆里的AI科学展临展开展了，头天接待不多，2000人次', '2026-12-10').kind).toBe('activity');
  });

  it('asks about a report that mentions a notice and says something was done', () => {
    const r = read('关于开展科普月活动的通知收到后，我镇于9月5日举办了科普讲座，参加群众120人', '2026-09-10');
    expect(r.kind === 'activity' && r.doubts.map((d) => d.field)).toEqual(['kind']);
  });
});

describe('dates', () => {
  it('asks about a date a few days ahead with no year, never files it a year back', () => {
    const r = one('11月5日在城关小学开展科普讲座，参加学生120人', '2026-11-02');
    expect(r.date).toBe('2026-11-05');
    expect(r.doubts[0]?.question).toBe('是今年11月5日吗？还没到这一天。');
    expect(read('12月1日 科普讲座，参加50人', '2026-03-10').kind).toBe('activity');
    expect(one('12月1日 科普讲座，参加50人', '2026-03-10').date).toBe('2025-12-01');
  });

  it.each([
    ['中秋节当天在敬老院开展健康科普讲座，老人60人参加', '2026-10-10', '2026-09-25', null],
    ['国庆节前两天在县一中开展航天科普报告会，师生400人参加', '2026-10-10', '2026-09-29', null],
    ['春节后第一个工作日，县科协组织科学素质学习，参加45人', '2026-03-10', '2026-02-24', null],
    ['劳动节假期第二天，科技馆接待参观群众1200人次', '2026-05-20', '2026-05-02', null],
    ['重阳节在老年公寓开展防诈骗讲座，老人55人参加', '2026-10-25', '2026-10-18', null],
    ['元宵节在城关镇开展科普猜灯谜活动，群众500余人参与', '2026-03-10', '2026-03-03', null],
    ['端午节当天龙泉乡搞了防溺水宣传，覆盖群众300多人', '2026-07-01', '2026-06-19', null],
    ['11月上旬在三个村开展果树修剪培训，共培训果农150人', '2026-11-23', '2026-11-01', '2026-11-10'],
    ['11月底在县一中开展流动科技馆巡展，参观学生900人次', '2026-12-05', '2026-11-26', '2026-11-30'],
    ['五一五天，县科技馆共接待游客3000人次', '2026-05-10', '2026-05-01', '2026-05-05'],
    ['开学到现在，科学组共开展实验课16场，学生800人次', '2026-10-20', '2026-09-01', '2026-10-20'],
    ['2025年12月28日至2026年1月3日，科技馆举办冬季科普展，参观群众2000人次', '2026-01-10', '2025-12-28', '2026-01-03'],
    ['本月协会共组织专家服务团下乡5次，服务农户186户', '2026-12-29', '2026-12-01', '2026-12-31'],
    ['2026年全年，县科协共组织科普活动216场次，参与群众约6.8万人次', '2027-01-04', '2026-01-01', '2026-12-31'],
  ])('%s', (text, today, date, end) => {
    expect(one(text, today)).toMatchObject({ date, dateEnd: end });
  });

  it('never lets the leftover of 月底 into the title', () => {
    expect(one('11月底在县一中开展流动科技馆巡展，参观学生900人次', '2026-12-05').title).not.toMatch(/^底/u);
  });

  it.each([
    ['11月5号在白马乡搞了果树冬剪培训，来了六十多个果农，发放资料300份', '白马乡果树冬剪培训'],
    ['11月中旬县一中开展了防震减灾疏散演练，师生1500人参加', '县一中防震减灾疏散演练'],
    ['11月份共开展科普讲座12场，受众1800余人次', '科普讲座'],
  ])('titles keep no verb of doing inside the name (console trial): %s', (text, title) => {
    expect(one(text, '2026-12-05').title).toBe(title);
  });

  it('takes the date next to the figures when a paragraph names background dates', () => {
    const r = one('7月底那轮强降雨过后隐患点多。8月7日在白马村委会开了地质灾害防范培训会，群众共计96人参加。', '2026-08-20');
    expect(r.date).toBe('2026-08-07');
    expect(r.doubts).toEqual([]);
  });

  it('splits dates listed with 分别, and spans them with 连续…合计', () => {
    const split = read('昨天和今天，分别在杨庄镇中学和大营镇中学做了近视防控讲座，分别是320人和275人', '2026-03-20');
    expect(split.kind === 'activity' && split.records.map((r) => [r.date, r.headcount])).toEqual([['2026-03-19', 320], ['2026-03-20', 275]]);
    expect(one('前天和昨天，龙泉乡连续两天开展茶叶加工技术培训，两天合计参训茶农132人', '2026-07-10')).toMatchObject({ date: '2026-07-08', dateEnd: '2026-07-09', headcount: 132 });
  });

  it('holds a cited festival table', () => {
    expect(festivalDay('zhongqiu', 2027)).toBe('2027-09-15');
    expect(holidaySpan('chunjie', 2026)).toMatchObject({ start: '2026-02-15', end: '2026-02-23', published: true });
    expect(firstWorkdayAfter('guoqing', 2026)).toBe('2026-10-08');
  });
});

describe('what each figure counts', () => {
  it('takes 实到 as the headcount and keeps 应到 apart', () => {
    expect(one('昨天召开科技工作者座谈会，应到30人，实到26人', '2026-11-23')).toMatchObject({ headcount: 26, metrics: { '人(应到)': 30 } });
    expect(one('昨天下午机关学习会 应到18 实到16', '2026-11-23').headcount).toBe(16);
  });

  it('labels volunteers, experts and accompanying teachers', () => {
    expect(one('上周六在县城广场开展科普宣传，志愿者15人，群众300多人参加，发放资料800份', '2026-11-23')).toMatchObject({ headcount: 300, metrics: { '人(志愿者)': 15, 份: 800 } });
    expect(one('昨天城关镇科普大集，群众八百多人，县里来了专家9位、志愿者30多名', '2026-11-23')).toMatchObject({ headcount: 800, metrics: { '人(专家)': 9, '人(志愿者)': 30 } });
    expect(one('10月15日 流动科技馆进校园 清水镇中学 学生620人 老师35人', '2026-10-20')).toMatchObject({ headcount: 620, doubts: [] });
  });

  it('asks when two audiences could each be the participants', () => {
    expect(one('昨天在城东小学开展科普讲座，学生120人，家长80人', '2026-11-23').doubts.map((d) => d.field)).toEqual(['headcount']);
  });

  it('does not read words inside names as figures', () => {
    expect(one('11月20日科普进万家活动在东街社区举行，居民80人参加', '2026-11-23').metrics).toEqual({});
    expect(one('前天千会带万户科普宣讲在石桥村开讲，村民60余人参加', '2026-11-23').metrics).toEqual({});
    expect(one('百校科普行活动上周三走进实验中学，学生300人参加', '2026-11-23').metrics).toEqual({});
  });
});

describe('pasted lists', () => {
  it('reads one record per event line, skipping the header, sums and lines that are not events', () => {
    const r = read('元旦假期三天接待情况\n1月1日 1260人次\n1月2日 980人次\n1月3日 705人次\n合计2945人次', '2026-01-05');
    expect(r.kind === 'activity' && r.records.map((x) => x.headcount)).toEqual([1260, 980, 705]);
    expect(r.kind === 'activity' && r.skipped).toEqual(['合计2945人次']);
  });
});

describe('figures the author is unsure of (holdout 4)', () => {
  it('asks when the author does not know whether to count a group', () => {
    const x = one('今天上午流动科技馆巡展进城关二小 学生320人 王老师说下午还有一批大概200人也去看了 不知道要不要算进去', '2026-03-18');
    expect(x.doubts.map((d) => d.field)).toContain('headcount');
    expect(one('昨天科普讲座来了80人 隔壁村还来了20人 这个算不算进去', '2026-03-18').doubts.map((d) => d.field)).toContain('headcount');
  });
  it('asks when only the expected turnout of an event is given', () => {
    const r = read('那个国际减灾日的讲座我们南关社区本来是定在昨天的 后来好像街道说要跟消防一起搞 反正我是通知了居民的 大概能来五十个吧', '2026-10-14');
    expect(r.kind === 'activity' ? r.records.flatMap((x) => x.doubts.map((d) => d.field)) : [r.kind]).toContain('headcount');
  });
  it('does not ask when the people came', () => {
    expect(one('昨天的讲座来了五十个居民', '2026-10-14').doubts).toEqual([]);
  });
});
