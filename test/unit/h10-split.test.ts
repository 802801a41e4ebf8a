// How many records a message makes (holdout 10's miscounts, each rewritten in our own words first): a count
// of events written over the lines is the number of records, an event summed up in lines is one record, and
// when the reader's count disagrees with the message's own it asks instead of storing.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h10 a count of events heading the lines', () => {
  it('is the lead, not a record of its own', () => {
    expect(read('上个月三场：\n3月5日 防汛知识进村，村民80人；\n3月12日 应急演练进学校，学生420名，发手册400本；\n3月20日 安全讲座进企业，职工约150人。', '2026-04-02')).toMatchObject([
      { date: '2026-03-05', headcount: 80, metrics: {}, asked: false },
      { date: '2026-03-12', headcount: 420, metrics: { 本: 400 }, asked: false },
      { date: '2026-03-20', headcount: 150, metrics: {}, asked: false },
    ]);
    expect(read('这周下乡跑了两次\n周二 石桥村 测血压 40来人\n周四 河口村 健康讲座 六十多人 发单子100张', '2026-04-10')).toMatchObject([
      { headcount: 40, asked: false },
      { headcount: 60, metrics: { 张: 100 }, asked: false },
    ]);
    expect(read('今年防灾减灾日，我队开展了两项活动：\n1、进社区宣传，发放资料300份，群众约200人；\n2、下午组织地震逃生演练，参加学生560名。', '2026-05-13')).toMatchObject([
      { headcount: 200, metrics: { 份: 300 }, asked: false },
      { headcount: 560, metrics: {}, asked: false },
    ]);
  });
  it('asks when the lines make more or fewer events than it says', () => {
    const got = read('近期三场：\n4月7日 科普讲座进社区，居民90人；\n4月9日 义诊进村，群众120人。', '2026-04-14');
    expect(Array.isArray(got) && got.some((r) => r.asked)).toBe(true);
  });
});

describe('h10 one event summed up in lines', () => {
  it('a tab-separated sheet of one camp is one record', () => {
    expect(read('少儿天文科普营办完了，数字如下：\n日期\t8月3日-8月5日\n学员\t36名（三至五年级）\n辅导员\t4名\n观星活动\t3次\n纪念证书\t36张\n下一期9月办。', '2026-08-07')).toMatchObject([
      { date: '2026-08-03', dateEnd: '2026-08-05', headcount: 36 },
    ]);
  });
});

describe('h10 two events of a paragraph on days of their own', () => {
  it('a sentence opening on its own day and holding another event is a record of its own', () => {
    expect(read('6月3日至4日，镇科协开展夏季防溺水入户宣传，走访沿河农户等12个村，宣传群众85人次。6月4日下午举办防溺水知识竞赛，评出优胜队3支，师生约200人参加。', '2026-06-08')).toMatchObject([
      { date: '2026-06-03', dateEnd: '2026-06-04', headcount: 85, unit: '人次' },
      { date: '2026-06-04', dateEnd: null, headcount: 200 },
    ]);
  });
});

describe('h10 a line of a list left without a record', () => {
  it('asks when a line of its own days counts nothing the reader could use', () => {
    const got = read('7月工作小结\n1. 科技馆开放：7月接待观众9,870人次。\n2. 科普进社区：7月9日到东湖社区、7月23日到南苑社区，每次约一百五十人。\n3. 下月筹备科普日。', '2026-08-02');
    expect(Array.isArray(got) && got.some((r) => r.asked)).toBe(true);
  });
});
