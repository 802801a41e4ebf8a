// Issue 16, w15 follow-ups: questions kexie asked where the words already settle the answer, each as a general rule
// with sentences of our own:
// - parts written beside a total that add up to it exactly ("（23 kids + 19 parents）", "so ~60 in the room") are
//   the total's parts, not a second audience; "…，加上旁听的家长一共N人" is the total of who came;
// - in English "N signed up and M showed up" keeps who showed up (an outcome such as 考核合格 stays asked: the older
//   sets keep it as 人(合格), the w15 labels as a part);
// - people invited to speak ("请…的两位…讲…") taught; the residents who came to listen are the headcount;
// - "views on the livestream" are watchers online, beside who came;
// - "每场各派志愿者8名" belongs to every session; "3所中学各捐了一台，一共3台" stores the total;
// - a deadline or a series' end ahead ("before the Aug 20 deadline", "将持续至5月29日") is no day of the event;
//   "12/21 周一" read on a later Monday is the day written;
// - "人数报多少", "Which number should I report?" after the counts: read as a report and asked back.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, doubts: [...x.doubts, ...r.doubts].map((d) => d.question), asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};
const peopleValues = (m: Record<string, number>): number[] => Object.entries(m).filter(([k]) => k.includes('(')).map(([, v]) => v).sort((a, b) => a - b);

describe('w15 asks the words settle', () => {
  it('parts in brackets that add up to the total are no second audience', () => {
    const [r] = read('补报一下上周日的 family robotics day 🤖 在文化馆一楼，当天 total 42 people came（23 kids + 19 parents），volunteers 4人帮忙，robot kits 用了20套', '2026-06-10');
    expect(r).toMatchObject({ headcount: 42, unit: '人', asked: false });
    expect(r!.metrics).toEqual({ '人(志愿者)': 4, 套: 20 });
  });

  it('a total written after its parts in English ("so ~60 people") is the headcount', () => {
    const [r] = read('Report: on Saturday we held a paper-rocket workshop at the community center — 34 kids + around 26 parents, so ~60 people in the room. 3 volunteer teachers from 二中 led it, and we used 30套 kits.', '2026-07-13');
    expect(r).toMatchObject({ headcount: 60, unit: '人', asked: false });
    expect(peopleValues(r!.metrics)).toEqual([3]);
  });

  it('"学生N人，加上旁听的家长一共M人": the total with the parents is who came', () => {
    const [r] = read('昨天下午在县实验小学开了场“火星探测”讲座，五年级学生210人，加上旁听的家长一共260人左右，派志愿者6名。', '2026-04-16');
    expect(r).toMatchObject({ headcount: 260, unit: '人', asked: false });
    expect(peopleValues(r!.metrics)).toEqual([6]);
  });

  it('"N signed up and M showed up": who showed up', () => {
    const [r] = read("Yesterday's 科普 talk on phone safety at the 社区活动中心 went fine — 55 residents signed up and 49 showed up. Speaker was Ms. Wang from 县反诈中心.", '2026-09-09');
    expect(r).toMatchObject({ headcount: 49, unit: '人', asked: false });
  });

  it('"N kids + M parents showed up" with no sign-ups: never the parents alone', () => {
    const [r] = read('Hi! Our family coding hour on Sat Nov 7 went great — 31 kids + 22 parents showed up, and we gave out 30套 kits. Thx!', '2026-11-09');
    expect(r!.headcount === 53 || r!.asked).toBe(true);
    expect(r!.headcount).not.toBe(22);
  });

  it('people invited to speak taught; the residents who came to listen are the headcount', () => {
    const [r] = read('4月10日服务站“科技进社区”活动走进了河东社区，请退伍的三位通信兵讲卫星通信和应急广播，社区居民九十来人来听。', '2026-04-12');
    expect(r).toMatchObject({ headcount: 90, unit: '人', asked: false });
    expect(peopleValues(r!.metrics)).toEqual([3]);
  });

  it('views on the livestream are watchers online beside who came', () => {
    const [r] = read('FYI: our 学会 held a seminar on "Smart farming drones" on Jun 4. ~45 farmers attended on-site, plus 310 views on the livestream. Speaker was Prof. Sun from 农大.', '2026-06-06');
    expect(r).toMatchObject({ headcount: 45, unit: '人', asked: false });
  });
});

describe('w15 a report that asks which count to give is read and asked back', () => {
  const kind = (text: string, today: string) => {
    const r = readReport(text, today, { observances: OBSERVANCES });
    return { kind: r.kind, asked: r.kind === 'activity' && (r.doubts.length > 0 || r.records.some((x) => x.doubts.some((d) => d.field === 'headcount'))) };
  };

  it('"…你看人数报多少" after the counts of one event', () => {
    expect(kind('前天那个县农技站老师来讲茶树病虫害的报名的有六十个来了多少我也没数清大概四十几个吧另外还有邻村跑来的十来个你看人数报多少', '2026-05-20')).toEqual({ kind: 'activity', asked: true });
  });

  it('"Which number should I report?" after English counts', () => {
    expect(kind('Coding club open day last Saturday at the library: 80 registered online, 64 checked in at the front desk, plus quite a few walk-ins, maybe 100 people total? Which number should I report?', '2026-05-20')).toEqual({ kind: 'activity', asked: true });
  });
});

describe('w15 a figure said of each session', () => {
  it('"每场各派志愿者N名" after two sessions belongs to both', () => {
    const rs = read('我们社团配合县科协在二中办了两场讲座，都是前天（周二）：上午“芯片是怎样炼成的”，高二学生280人；下午“走进量子世界”，学生130人。每场各派志愿者5名。', '2026-05-21');
    expect(rs.map((r) => r.headcount)).toEqual([280, 130]);
    expect(rs.map((r) => r.metrics['人(志愿者)'])).toEqual([5, 5]);
  });
});

describe('w15 a day ahead that is no day of the event', () => {
  it('"before the Sep 30 deadline" after "yesterday"', () => {
    const [r] = read("FYI the 青年科协 at 远航机械 was set up yesterday — 31 members came to the founding meeting. I'll hand in the 登记 forms before the Sep 30 deadline 🙏", '2026-09-15');
    expect(r).toMatchObject({ date: '2026-09-14', headcount: 31, asked: false });
  });

  it('"本次…将持续至M月D日": the end of a series still running', () => {
    const [r] = read('本报讯 9月16日上午，2026年全县全国科普日活动启动仪式在县体育馆广场举行。现场设置科普展位12个，吸引群众1500余人次参与，发放科普资料4000余份。本次科普月活动将持续至9月30日。', '2026-09-17');
    expect(r).toMatchObject({ date: '2026-09-16', headcount: 1500, asked: false });
  });
});

describe('w15 a weekday after the day written', () => {
  it('"3/9 周一 …" in a week summary read on the next Monday is the day written', () => {
    const rs = read('本周科普工作小结：\n3/9 周一 走进城南幼儿园上防火绘本课，幼儿45人\n3/11 周三 东城社区防诈宣传，居民约70人，发资料200份\n3/13 周五 企业安全生产培训，安全员28人，来自20家企业\n合计约143人', '2026-03-16');
    expect(rs.map((r) => r.date)).toEqual(['2026-03-09', '2026-03-11', '2026-03-13']);
    expect(rs.every((r) => !r.asked)).toBe(true);
  });
});

describe('w15 figures the words name', () => {
  it('"各送了一台…，一共4台": the total, not the one each', () => {
    const [r] = read('10月9日 AED donation done ✅ 给河西镇4所小学各送了一台AED，一共4台，顺便培训了老师75名。', '2026-10-10');
    expect(r).toMatchObject({ headcount: 75, asked: false });
    expect(r!.metrics).toEqual({ 所: 4, 台: 4 });
  });

  it('"老人N人、职工M人都参加了": who the drill served is asked, never the staff alone', () => {
    const [r] = read('前天，敬老院搞了一次防震疏散演练，全院老人58人、职工12人都参加了，县地震局来了2名专家指导。', '2026-07-20');
    expect(r!.asked).toBe(true);
  });
});
