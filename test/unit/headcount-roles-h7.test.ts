// Holdout 7: the reader was too sure of which count of people is the headcount. Each count is read by its role
// words (on site, sign-up, online, invited staff, a 的-nominalised verb); the audience is stored only when one
// count has that role, and two audience-like counts (到场 vs 签到) are asked about, naming both.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const records = (text: string, today: string): ReadRecord[] => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records;
};
const headcountDoubts = (r: ReadRecord | undefined): string[] => (r?.doubts ?? []).filter((d) => d.field === 'headcount').map((d) => d.question);

describe('the role of each count of people', () => {
  it('who sat on site are the headcount; who watched online are a labelled figure beside them, never added', () => {
    const [r] = records('周日下午“夏夜观星”线上线下同步讲座，现场读者60人，直播间观看300多人', '2026-07-20');
    expect(r?.headcount).toBe(60);
    expect(Object.entries(r?.metrics ?? {}).filter(([k]) => k.startsWith('人')).map(([, v]) => v)).toEqual([300]);
    expect(headcountDoubts(r)).toEqual([]);
    const [s] = records('上周五学院科协举办“青年科学家面对面”报告会，报名180人，现场大概坐了一百二三十人吧，线上直播观看的有500多。', '2026-07-20');
    expect(s?.headcount).toBe(120);
    expect(Object.values(s?.metrics ?? {})).toContain(500);
  });
  it('when only an online count is given, who watched are the headcount', () => {
    const [r] = records('9月上旬专家团队线上直播培训3场，在线观看2.3万人次，后台答复农户留言120余条。', '2026-09-11');
    expect(r?.headcount).toBe(23000);
    expect(headcountDoubts(r)).toEqual([]);
  });
  it('a training about livestreaming is not an online audience', () => {
    const [r] = records('8月7日 妇女电商直播培训 三十五人', '2026-08-09');
    expect(r?.headcount).toBe(35);
    expect(headcountDoubts(r)).toEqual([]);
  });
  it('到场 beside 签到 is asked, naming both counts', () => {
    const [r] = records('今天柳树村果树嫁接现场会 县农技站来了专家 到场的八十来个 签到的五十三个', '2026-04-10');
    const asked = headcountDoubts(r).join('');
    expect(asked).toContain('80');
    expect(asked).toContain('53');
  });
  it('teachers invited from a company ran the workshop; the 21 who came are the headcount', () => {
    const [r] = records('today 农产品包装设计workshop搞完了 县里请了设计公司2个老师 来了18家合作社 负责人一共21个', '2026-04-10');
    expect(r?.headcount).toBe(21);
  });
  it('members a body sent out to serve are not the headcount', () => {
    const [r] = records('前天农技协组织12名会员下乡义务检修农机 修了拖拉机旋耕机共31台 服务农户23户', '2026-04-10');
    expect(r?.headcount).toBeNull();
  });
  it('"听课的有四十几个": a verb made a noun by 的 counts people', () => {
    const [r] = records('8月20号在双河村给种植大户讲了抗旱保苗技术 听课的有四十几个 还带大家看了十来亩示范田。', '2026-08-22');
    expect(r?.headcount).toBe(40);
    expect(r?.metrics['个']).toBeUndefined();
  });
});

describe('a festival named with 的 dates the event', () => {
  it('"三八节的巾帼科普大讲堂" two days ahead of today is asked, not filed under today', () => {
    const [r] = records('三八节的巾帼科普大讲堂，人来得挺多的，差不多三百人，谢谢科协支持！🌹', '2026-03-06');
    expect(r?.date).toBe('2026-03-08');
    expect((r?.doubts ?? []).map((d) => d.field)).toContain('date');
  });
});

describe('counts and events the reader cannot name are asked', () => {
  it('"下午又去双河村讲 三十六个": a bare 个 after a deed may count people; asked, not stored as 个', () => {
    const rs = records('昨天上午请县农业局专家在高坎村讲玉米病虫害 四十多人 下午又去双河村讲 三十六个 今天在镇上发资料三百份', '2026-08-04');
    const second = rs[1];
    expect(second?.metrics['个']).toBeUndefined();
    expect((second?.doubts ?? []).map((d) => d.question).join('')).toContain('三十六个');
  });
  it('"另外上回西山村那场忘了报，40人左右": a second, earlier event is asked about, not merged', () => {
    const r = readReport('今天上午河口村嫁接技术培训35人～ 另外上回西山村那场忘了报，40人左右，一起记上吧', '2026-06-10', { explicit: false, observances: OBSERVANCES });
    expect(JSON.stringify(r)).toContain('2 次活动');
  });
});
