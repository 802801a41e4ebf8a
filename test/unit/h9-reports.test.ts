// Holdout 9's stored-wrong reports (scored once at e68cf0f; tuning data since), each rewritten in our own words first.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

/** Headcount and figures only, compared whole (a figure too many fails). */
const core = (text: string, today: string) => {
  const got = read(text, today);
  return typeof got === 'string' ? got : got.map((r) => ({ headcount: r.headcount, metrics: r.metrics }));
};

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h9 dates', () => {
  it('two days listed with their count, the month once or not at all', () => {
    expect(read('科技活动周期间地震台开放日搞了两天（5月16、17号），一共来了四百多人', '2026-05-20')).toMatchObject([{ date: '2026-05-16', dateEnd: '2026-05-17', headcount: 400 }]);
    expect(read('科普日展位情况：12、13号两天，接待市民大概900人次，彩页发了2000多份', '2026-09-14')).toMatchObject([{ date: '2026-09-12', dateEnd: '2026-09-13', headcount: 900 }]);
  });
});

describe('h9 trips', () => {
  it('"两天一晚，昨天5号回来的" ends on the day written', () => {
    expect(read('带了36个孩子去市科技馆研学，两天一晚，昨天5号回来的，都平安', '2026-07-06')).toMatchObject([{ date: '2026-07-04', dateEnd: '2026-07-05', headcount: 36 }]);
  });
});

describe('h9 roles', () => {
  it('听讲师生 are who listened, not lecturers', () => {
    expect(core('本月八日，本会组织会员四人，赴石桥镇中心小学开展科普报告会，听讲师生约三百人，并赠送科普读物八十本。', '2026-04-10')).toEqual([{ headcount: 300, metrics: { '人(会员)': 4, 本: 80 } }]);
  });
  it('"现场 staff 45 人，online 另外 30 人": the staff who came are the headcount beside those online', () => {
    expect(core('Hi 昨天公司科协搞了个 workshop，topic 是数据分析工具，现场 staff 38 人，online 另外 25 人 join。', '2026-03-06')).toEqual([{ headcount: 38, metrics: { '人(线上)': 25 } }]);
  });
  it('an engineer team sent to serve households is no headcount', () => {
    expect(core('上周五我们公司参加了县里的科技志愿服务，engineer team 6 人去结对村，帮 19 户农户检修农机。', '2026-10-16')).toEqual([{ headcount: null, metrics: { 户: 19, '人(工程师)': 6 } }]);
  });
  it('parts of households that add up to the total written are no figures', () => {
    expect(core('春节前2月9号到13号，我们网格员分头入户讲防诈骗，1网格16户，2网格20户，3网格12户，一共48户。', '2026-02-25')).toEqual([{ headcount: null, metrics: { 户: 48 } }]);
  });
  it('"其中量血压的有160多个" is a part of who came', () => {
    expect(read('昨天在小区广场搞义诊，老人来了一百八十出头，其中量血压的有140多个，发资料400份，医院来了5个医生。', '2026-09-20')).toMatchObject([{ headcount: 180 }]);
    expect((read('昨天在小区广场搞义诊，老人来了一百八十出头，其中量血压的有140多个，发资料400份，医院来了5个医生。', '2026-09-20') as Array<{ metrics: unknown }>)[0]?.metrics).toEqual({ 份: 400, '人(医生)': 5 });
  });
});

describe('h9 non-reports', () => {
  it('a question after an award result is not a report', () => {
    expect(read('市创新大赛结果出来了，我们学校拿了3个二等奖😄 请问推荐省赛的材料什么时候交？交到哪里？', '2026-10-21')).toBe('not_activity');
  });
});

describe('h9 festivals', () => {
  it('"九九重阳日" is the festival', () => {
    expect(read('九九重阳日，本会于老干部活动中心召开老年科技工作者座谈会，到会三十余人。', '2026-10-20')).toMatchObject([{ date: '2026-10-18', headcount: 30 }]);
  });
});

describe('h9 parts by what they did', () => {
  it('"其中量血压的有160多个" after the people counted is a part of them', () => {
    const got = read('昨天科普日活动在小区广场，社区联合卫生院搞义诊+科普展板，老人来了一百五出头，其中量血压的有120多个，发资料300份，卫生院来了4个医生。', '2026-09-20') as Array<{ headcount: number; metrics: unknown }>;
    expect(got[0]?.headcount).toBe(150);
    expect(got[0]?.metrics).toEqual({ 份: 300, '人(医生)': 4 });
  });
});

describe('h9 two events in one message', () => {
  it('"另外同一天在…搞了…" is a second event with its own count', () => {
    expect(core('3.22世界水日，我们在县二中开了节水科普讲座，初一年级学生约400人听讲，发放折页300份。另外同一天在城关镇广场搞了水质检测咨询，现场咨询55人。', '2026-03-23')).toEqual([
      { headcount: 400, metrics: { 份: 300 } },
      { headcount: 55, metrics: {} },
    ]);
  });
  it('"中心小学和敬老院各一场" gives each its session', () => {
    expect(core('我们镇科普日联动昨天搞的😄 中心小学和敬老院各一场，小学那边200个娃，发了150份资料；敬老院老人30个，发了80份', '2026-09-21')).toEqual([
      { headcount: 200, metrics: { 场: 1, 份: 150 } },
      { headcount: 30, metrics: { 场: 1, 份: 80 } },
    ]);
  });
});
