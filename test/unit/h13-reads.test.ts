// Asking less where the words decide (issue 16), from the thirteenth holdout's asked cases (rewritten in our own words):
// - a drill's own crew (参演人员, 参演队伍) beside those who watched it (观摩) ran it; the watchers are who it served.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h13 a drill watched', () => {
  it('the crew of a drill beside the residents who watched it', () => {
    const [r] = read('5月15日，公司联合县消防大队在城北加油站开展油品泄漏应急演练，周边居民观摩约一百五十人，参演人员28名，出动消防车3台。', '2026-05-20');
    expect(r).toMatchObject({ headcount: 150, metrics: { '人(参演人员)': 28, 台: 3 }, asked: false });
  });
  it('the crew first, the departments that came to watch after', () => {
    const [r] = read('10月13日国际减灾日，站里在县冷库组织开展禽流感疫情应急处置演练，参演人员38人，县市场监管局、各乡镇兽医站观摩人员52人。', '2026-10-20');
    expect(r).toMatchObject({ headcount: 52, metrics: { '人(参演人员)': 38 }, asked: false });
  });
  it('staff a drill trains are who it served, the watchers beside them', () => {
    const [r] = read('9月8日在县化肥厂开展液氨泄漏应急演练，企业职工参演140人，观摩人员30人。', '2026-09-10');
    expect(r).toMatchObject({ headcount: 140 });
  });
});

describe('h13 a loose count of people with 的', () => {
  it('六百出头的学生 counts pupils', () => {
    const [r] = read('昨天下午，卫生院去了城北小学，给五六年级讲流感防控和洗手，六百出头的学生，顺带把学校医务室也看了一遍。', '2026-10-14');
    expect(r).toMatchObject({ headcount: 600, asked: false });
  });
});

describe('h13 the day a programme airs', () => {
  it('a programme recorded at a school and aired two days later is the recording day', () => {
    const r = readReport('科协的老师好：我们电视台《身边的科学》栏目3月9日去实验中学录了一期春季防溺水科普，现场学生大概三百人，节目3月11日晚上已经播了。', '2026-03-12', { observances: OBSERVANCES });
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records.map((x) => [x.date, x.headcount, x.doubts.length])).toEqual([['2026-03-09', 300, 0]]);
  });
  it('a broadcast still ahead is no second day of the event', () => {
    const r = readReport('昨天防灾减灾日，台里和县地震局在二中录了一期防震演练专题，参加演练的师生980人，节目本周六（16号）晚上播出。', '2026-05-13', { observances: OBSERVANCES });
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records.map((x) => [x.date, x.headcount, x.doubts.length])).toEqual([['2026-05-12', 980, 0]]);
  });
});

describe('h13 a time of day', () => {
  it('the minutes of a broadcast time are no count', () => {
    const [r] = read('【县电视台】昨天我们跟着科协去走访了5位基层科技工作者，拍了专题片，分上下两集，6月5日晚8:30首播。', '2026-05-31');
    expect(r).toMatchObject({ headcount: 5, asked: false });
  });
});
