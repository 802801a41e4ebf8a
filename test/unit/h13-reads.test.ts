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
