// Issue 16, report reading (w12 misses, in messages of our own): how many records a message is, and totals
// read beside the parts they sum.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): { records: ReadRecord[]; questions: string } => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return { records: r.records, questions: [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question).join('') };
};
const peopleMetrics = (r: ReadRecord | undefined): string[] => Object.keys(r?.metrics ?? {}).filter((k) => k.startsWith('人'));

describe('how many records a message is', () => {
  it('a letter reporting one event is one record; its "一项…汇报如下" counts what follows', () => {
    const letter = '尊敬的市科协领导：\n现将我站近期一项科普活动情况简要报告如下：\n3月22日是世界水日，我站在镇中心广场开展节水宣传，共接待咨询群众一百五十余人（其中中小学生八十余人）。\n下一步，我站将继续做好节水科普工作。\n此致\n敬礼！\n河口镇水利站 李华\n2026年3月23日';
    const { records, questions } = read(letter, '2026-03-24');
    expect(records).toHaveLength(1);
    expect(records[0]?.date).toBe('2026-03-22');
    expect(records[0]?.headcount).toBe(150);
    expect(records[0]?.metrics['项']).toBeUndefined();
    expect(questions).toBe('');
  });
  it('the letter\'s closing and signature are not listed as lines left out, and its name is what was done', () => {
    const r = readReport('尊敬的市科协领导：\n现将我站近期一项科普活动情况简要报告如下：\n3月22日是世界水日，我站在镇中心广场开展节水宣传，共接待咨询群众一百五十余人。\n此致\n敬礼！\n河口镇水利站 李华\n2026年3月23日', '2026-03-24', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error(r.kind);
    expect(r.skipped ?? []).toEqual([]);
    expect(r.records[0]?.title).not.toMatch(/^是/u);
  });
  it('the same letter on one line keeps no 项 figure either', () => {
    const { records } = read('尊敬的市科协领导：现将我站近期一项科普活动情况简要报告如下：3月22日是世界水日，我站开展节水宣传，接待咨询群众一百五十余人。此致 敬礼！ 河口镇水利站 李华 2026年3月23日', '2026-03-24');
    expect(records).toHaveLength(1);
    expect(records[0]?.metrics['项']).toBeUndefined();
  });
  it('a 接龙 sign-up list is a call to sign up, not a report', () => {
    const r = readReport('#接龙 周日小区家庭防火讲座报名\n1. 张丽 2人\n2. 刘强 1人\n3. 陈芳 2人\n4. ', '2026-05-12', { observances: OBSERVANCES });
    expect(r.kind).toBe('not_activity');
    expect(readReport('接龙报名：下周六亲子科学实验课\n1. 小雨妈妈 2人\n2. 乐乐爸爸 3人', '2026-05-12', { observances: OBSERVANCES }).kind).toBe('not_activity');
  });
  it('a 接龙 of events done, each with its day and count, is still a report', () => {
    const { records } = read('#接龙 上周农技服务情况\n1. 小王 5月4日 东村 玉米追肥指导 26人\n2. 老李 5月6日 西村 病虫害防治 31人', '2026-05-11');
    expect(records.map((r) => r.headcount)).toEqual([26, 31]);
  });
  it('a training over two days with a count for each day is one event', () => {
    const { records, questions } = read('电工技能培训班（5月20日-21日）结束了，报名60人，第一天来了55人，第二天来了48人。', '2026-05-22');
    expect(records).toHaveLength(1);
    expect([records[0]?.date, records[0]?.dateEnd]).toEqual(['2026-05-20', '2026-05-21']);
    if (questions === '') expect([records[0]?.headcount, records[0]?.headcountUnit]).toEqual([103, '人次']);
  });
  it('"首日…次日…" of a two-day training that began on a day written runs from that day', () => {
    const { records } = read('上周一开始的两天农机培训结束了，首日到了40人，次日到了38人', '2026-05-22');
    expect(records).toHaveLength(1);
    expect([records[0]?.date, records[0]?.dateEnd]).toEqual(['2026-05-11', '2026-05-12']);
  });
  it('"为期两天…第一天…第二天…" is one event even with no day written', () => {
    expect(read('电工培训班办完了，为期两天，第一天来了55人，第二天来了48人。', '2026-05-22').records).toHaveLength(1);
  });
});

describe('a total over the lines above is never a record', () => {
  it('"本周合计227人次" under three dated lines is their sum, not a fourth record', () => {
    const { records } = read('本周工作简报：\n6月2日 社区健康讲座 35人\n6月4日 小学科学课 12人\n6月5日 广场宣传 180人\n本周合计227人次，无缺勤。', '2026-06-06');
    expect(records.map((r) => r.headcount)).toEqual([35, 12, 180]);
  });
  it('a last line whose figure is the sum of the lines above is their total, whatever it is called', () => {
    const { records } = read('这周下乡情况：\n3月2日 李村 果树修剪 40人\n3月4日 王庄 病虫害防治 25人\n3月6日 河湾 测土配方 30人\n三个村跑下来95人', '2026-03-07');
    expect(records.map((r) => r.headcount)).toEqual([40, 25, 30]);
  });
  it('a dated line that happens to equal the others added up is an event of its own', () => {
    const { records } = read('上周活动：\n5月4日 讲座 10人\n5月6日 展览 20人\n5月8日 义诊 30人', '2026-05-11');
    expect(records.map((r) => r.headcount)).toEqual([10, 20, 30]);
  });
});

describe('parts that sum to a stated total are no figures of their own', () => {
  it('"团队3批120人，散客980人，合计1100人" keeps the total and 批', () => {
    const { records } = read('5月1日（周五）接待日报：团队3批120人，散客980人，合计1100人。', '2026-05-02');
    expect(records).toHaveLength(1);
    expect(records[0]?.headcount).toBe(1100);
    expect(records[0]?.metrics['批']).toBe(3);
    expect(peopleMetrics(records[0])).toEqual([]);
  });
  it('"其中" covers every part after it up to the sentence end', () => {
    const { records } = read('7月份接待情况：本月共接待参观群众5230人次，其中团队26批1480人次，散客3750人次，暑期研学营2期。', '2026-07-31');
    expect(records).toHaveLength(1);
    expect(records[0]?.headcount).toBe(5230);
    expect(records[0]?.metrics['批']).toBe(26);
    expect(peopleMetrics(records[0])).toEqual([]);
  });
  it('helpers named after the 其中 are beside the total, not a part of it', () => {
    const { records, questions } = read('五一五天共接待游客8650人次，其中5月2日最多2100多人次，志愿者每天6个人轮流值班。', '2026-05-06');
    expect(records[0]?.headcount).toBe(8650);
    expect(questions).toBe('');
  });
  it('counts that only happen to add up to another, with no total said, are not parts', () => {
    const { questions } = read('3月8日亲子科学小实验，参加的孩子24名、家长18名，志愿者6名。', '2026-03-09');
    expect(questions).toContain('合计42');
  });
  it('"本月" under a heading naming last month, sent on the 1st, is that month', () => {
    for (const text of ['7月份接待情况：本月共接待参观群众5230人次，其中团队26批1480人次。', '7月份接待情况\n本月共接待参观群众5230人次，其中团队26批1480人次。']) {
      const { records, questions } = read(text, '2026-08-01');
      expect([records[0]?.date, records[0]?.dateEnd]).toEqual(['2026-07-01', '2026-07-31']);
      expect(questions).toBe('');
    }
  });
});

describe('children and parents on one line of a list', () => {
  it('pupils with parents who joined in are asked about, not stored with 家长 as a side figure', () => {
    const { records, questions } = read('本月安全教育进校园小结：\n4月8日 实验中学 初一年级 400人\n4月10日 东街小学 四至六年级 350人\n4月15日 阳光幼儿园 中班小朋友120人，家长也来了40多个一起参加演练\n合计走了3所学校', '2026-04-20');
    expect(records.map((r) => r.headcount).slice(0, 2)).toEqual([400, 350]);
    expect(questions).toContain('合计160');
    expect(records[2]?.doubts.length).toBeGreaterThan(0);
  });
});
