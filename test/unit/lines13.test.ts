// Issue 16, report reading (w13 misses, in messages of our own): how many records a message is, and its dates.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

const reading = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
const read = (text: string, today: string): { records: ReadRecord[]; questions: string } => {
  const r = reading(text, today);
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return { records: r.records, questions: [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question).join('') };
};

describe('a total under the lines it sums is never a record', () => {
  it('"三趟一共…户" under dated lines counting 户 is their sum', () => {
    const { records } = read('这个月科技特派员入户情况：\n9月3日 石门村，走访农户26户，讲果树冬剪\n9月17日 白沙村，走访农户19户，讲测土施肥\n两趟一共45户。', '2026-09-30');
    expect(records.map((r) => r.metrics['户'])).toEqual([26, 19]);
  });
  it('a closing line with no day of its own counting as many 场 as the lines above is their summary', () => {
    const { records } = read('本周情况汇报：\n3/9 周一 东湖村 果树修剪培训 38人\n3/10 周二 下雨停了\n3/11 周三 西岭村 测土配方讲座 五十多人\n3/12 周四 北坡村 入户指导15户\n3/13 周五 单位学习\n一周跑下来三场，八十来号人', '2026-03-14');
    expect(records.map((r) => r.date)).toEqual(['2026-03-09', '2026-03-11', '2026-03-12']);
  });
  it('a remark after a pasted table, naming a month, is no row of it', () => {
    const { records } = read('上半年流动科技馆 data：\n| 月份 | 参观人次 |\n| 4月 | 1,820 |\n| 5月 | 4,310 |\n| 6月 | 2,005 |\n| 合计 | 8,135 |\n5月科技周 明显多～', '2026-07-02');
    expect(records.map((r) => r.headcount)).toEqual([1820, 4310, 2005]);
  });
});

describe('days listed, then each one\'s count in turn', () => {
  it('"十二号十三号十四号，第一场…第二场…第三场…" is one record per day with its own count', () => {
    const { records } = read('防诈骗宣传周我在桂花园小区一连讲了三场嘛，十二号十三号十四号，第一场五十几个人，第二场七十个，第三场刮风了人少只有二十来个', '2026-11-16');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([
      ['2026-11-12', 50],
      ['2026-11-13', 70],
      ['2026-11-14', 20],
    ]);
  });
});

describe('days each opening their part', () => {
  it('"4月11日第一晚…，4月12日第二晚…" is one record per night with its own count', () => {
    const { records } = read('读书月我们在图书馆门口搞了两个晚上的“亲子共读夜”：4月11日第一晚来了大约60人，4月12日第二晚刮风，只来了十几个。', '2026-04-15');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([
      ['2026-04-11', 60],
      ['2026-04-12', 10],
    ]);
  });
  it('an empty last item of a numbered list and the total under it are no event of their own', () => {
    const { records, questions } = read('#科普进校园接龙#\n1、3月2日 东关小学 防溺水讲座 860人\n2、3月3日 二中 防溺水讲座+演示 720人\n3、3月4日 河口中心校 防溺水讲座 310人\n4、\n合计：3所学校，1890人', '2026-03-05');
    expect(records.map((r) => r.headcount)).toEqual([860, 720, 310]);
    expect(questions).toBe('');
  });
});

describe('days listed, then each told again with its people', () => {
  it('"8号和15号各上了一次。8号22位家长，15号31位" is one record per day, the helpers of both on each', () => {
    const { records, questions } = read('读书月图书馆的“亲子阅读”课，8号和15号上了两次。8号22位家长，15号31位，两次都是6个师范生来手把手带。', '2026-04-16');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([
      ['2026-04-08', 22],
      ['2026-04-15', 31],
    ]);
    expect(records.map((r) => Object.values(r.metrics))).toEqual([[6], [6]]);
    expect(questions).toBe('');
  });
});

describe('dates', () => {
  it('"X号开始跑的…昨天收尾" is a span from that day to yesterday', () => {
    const { records } = read('5场，前天收尾。入夏前进校讲防溺水，9月2号开始跑的，5所学校，听的学生一千来人。', '2026-09-12');
    expect([records[0]?.date, records[0]?.dateEnd]).toEqual(['2026-09-02', '2026-09-10']);
  });
  it('"上周五到周日" runs from last Friday to the Sunday after it, not backwards', () => {
    const { records } = read('上周五到周日三天，在东坡、南湾两个村搞果园病虫害统防，无人机一共飞了88架次，服务156户。顺带现场培训飞手，来了十几个人。', '2026-04-08');
    expect([records[0]?.date, records[0]?.dateEnd]).toEqual(['2026-04-03', '2026-04-05']);
  });
  it('field work the department does for farmers (统防统治) is not the 下乡 volunteer service item', async () => {
    expect(await linkedPaths('上周五到周日三天，在东坡、南湾两个村搞小麦统防统治，无人机一共飞了88架次，服务156户。', '2026-04-08')).toEqual([null]);
  });
  it('talks given on the subject (进村讲防汛避险) serve the 减灾 talks item', async () => {
    expect(await linkedPaths('4场，前天收尾。雨季前进村讲防汛避险，7月1号开始跑的，4个村，听的群众两百来人。', '2026-07-12')).toEqual(['二/（一）/3']);
  });
  it('items of a quarter sent today are dated today, or asked about, never stored as the quarter', () => {
    const r = reading('三季度科普信息我们学会报了3条：一是校园气象站，二是节水农业，三是防灾科普。今天上午已经发到县科协邮箱了。', '2026-09-24');
    if (r.kind !== 'activity') return;
    const questions = [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question).join('');
    if (questions === '') expect([r.records[0]?.date, r.records[0]?.dateEnd]).toEqual(['2026-09-24', null]);
  });
});

describe('chatter', () => {
  it('a chore done, with nobody served, is not an activity', () => {
    expect(reading('档案柜总算理好了，两百多份资料重新归档，累死了😮‍💨', '2026-12-03').kind).not.toBe('activity');
  });
});
