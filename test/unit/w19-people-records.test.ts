// Issue 16, w19 follow-ups (helper F): who a count of people is, and how many records a message holds. A task
// quoted from the plan ("…不少于50人次”的任务") is no event of its own; members counted where an event was held are who came, not the body's membership; a list
// after 参会 names who attended, technicians among them; an inspection team is asked about, never stored as the
// headcount.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w19 people and records (F)', () => {
  it('a task quoted from the plan is no second record', () => {
    const records = read('县科协：\n4月12日由站长带队，分别走访慰问了城南村、城北村、河口村的种粮大户，共计18人，现场解答了病虫害防治问题。\n考虑到贵会今年有“走访慰问基层农技人员不少于50人次”的任务，特此报送，供统计参考。', '2026-04-14');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ date: '2026-04-12', headcount: 18 });
  });
  it('members counted where an event was held are who came', () => {
    const [visit] = read('昨天本会组织老年会员到市博物馆参观“古代科技”展，到馆会员四十五人，志愿者十余人陪同讲解。', '2026-03-12');
    expect(visit).toMatchObject({ headcount: 45 });
    expect(visit!.metrics).toEqual({ '人(志愿者)': 10 });
    const talks = read('三月份本会办了两场“春季养生”科普讲座：三月八日在南街活动中心，会员三十一人；三月二十日在西河社区，会员二十六人。', '2026-04-01');
    expect(talks.map((r) => r.headcount)).toEqual([31, 26]);
  });
  it('a body\'s membership is still no headcount', () => {
    const [r] = read('5月6日，镇蜂业协会新成立，会员32人，选举产生了理事会。', '2026-05-08');
    expect(r!.headcount).toBeNull();
  });
  it('a list after 参会 names who attended, technicians among them', () => {
    const [r] = read('6.12 开发区安全生产技术研讨会。邀请市应急局专家3名；参会企业12家，技术人员39人。材料已存档。', '2026-06-15');
    expect(r).toMatchObject({ headcount: 39 });
    expect(r!.metrics).toEqual({ '人(专家)': 3, 家: 12 });
  });
});

describe('w19 teams and colloquial people (F)', () => {
  it('an inspection team is no audience: asked, never stored as the headcount', () => {
    const [r] = read('跟你说一声啊，我们村申报的科普示范村今天下午县里来检查了，检查组一共四个人，看了农家书屋和科普宣传栏，说问题不大。', '2026-07-09');
    expect(r!.asked || r!.headcount === null).toBe(true);
  });
  it('people counted with 个 by a word of speech (兄弟, 骑手) are people', () => {
    const [r] = read('车队队长报一下：前天给司机们搞了个冬季行车安全培训，来了35个兄弟，讲了防滑链怎么装。', '2026-12-10');
    expect(r).toMatchObject({ headcount: 35, unit: '人' });
    expect(r!.metrics).toEqual({});
    const [s] = read('上周五站里给骑手上了堂交通安全课，骑手28个都来了。', '2026-03-16');
    expect(s).toMatchObject({ headcount: 28, unit: '人' });
  });
  it('a sister unit is no person', () => {
    const [r] = read('4月9日，县科协联合3个兄弟单位在广场开展科普宣传，群众约300人。', '2026-04-10');
    expect(r).toMatchObject({ headcount: 300 });
  });
});

describe('w19 tables and held meetings (F)', () => {
  it('a Markdown table of one row over several days: its rule line is no minus sign', () => {
    const [r] = read('农机安全宣传周（北岭乡站）\n| 日期 | 发放资料 | 咨询群众 | 其中妇女 |\n|---|---|---|---|\n| 6月8日—10日 | 500份 | 730人次 | 120人次 |', '2026-06-12');
    expect(r).toMatchObject({ date: '2026-06-08', headcount: 730, unit: '人次' });
    expect(r!.metrics).toEqual({ 份: 500 });
  });
  it('a meeting held that sets a deadline is no deadline of the message', () => {
    const records = read('5.11 镇农业技术协会换届筹备会召开。参会：9个村的种植大户代表，共23人。会议商定换届方案，7月底前完成选举。', '2026-05-13');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ date: '2026-05-11', headcount: 23 });
  });
  it('a count hedged with 得有…吧 is approximate', () => {
    const [r] = read('前天在人民广场搞了防诈骗宣传，现场得有两百人吧。', '2026-08-12');
    expect(r).toMatchObject({ headcount: 200 });
    const rec = readReport('前天在人民广场搞了防诈骗宣传，现场得有两百人吧。', '2026-08-12', { observances: OBSERVANCES });
    expect(rec.kind === 'activity' && rec.records[0]!.approximate).toBe(true);
  });
});

describe('w19 one thing, no count (F)', () => {
  it('one thing a deed was done with or at is no figure', () => {
    const [r] = read('3月9日下午，我所举办了“农村土地承包法律知识”讲座，会场到了56人，线上参会的有80余人（有的村是一群人挤在一台手机前看的）。', '2026-03-11');
    expect(r).toMatchObject({ headcount: 56 });
    expect(r!.metrics).toEqual({ '人(线上)': 80 });
  });
});

describe('w19 a count with a part still to come (F)', () => {
  it('a count that holds one not yet done is no figure', () => {
    const [r] = read('县科协：\n我中心近期为镇上两所中学筹建青少年科技社团提供了指导。9月12日，镇一中科技社团成立仪式在学校礼堂举行，师生210人参加。另一所（镇二中）的成立仪式尚在筹备中，预计10月举行。\n镇科普中心', '2026-09-15');
    expect(r).toMatchObject({ headcount: 210 });
    expect(r!.metrics).toEqual({});
  });
});

describe('w19 a note under a table (F)', () => {
  it('a note in brackets that names one row is read with that row, not as a row', () => {
    const records = read('十月科普活动登记\n日期\t活动\t对象\t人数\n10月9日\t地震应急避险演练\t全校学生\t1500\n10月21日\t网络诈骗防范讲座\t高一新生\t420\n（避险演练请了县应急局派人指导，来了教官3名）', '2026-10-26');
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.headcount)).toEqual([1500, 420]);
    expect(records[0]!.metrics).toEqual({ '人(教官)': 3 });
    expect(records[1]!.metrics).toEqual({});
  });
});
