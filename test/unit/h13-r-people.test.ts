// Counts of people the thirteenth holdout stored wrong (issue 16), each rewritten in our own words first:
// - a bare count of 个 right after a total's 其中, doing something there, is a part of who came, not a figure;
// - a bare count of 个 whose clause is only a guess ("估摸着"), after a clause about the people who came, counts them;
// - 受众 (the audience of a talk) are who the event served, the headcount.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h13 R: people', () => {
  it('其中 N个 who did something is a part of who came', () => {
    const [r] = read('眼科义诊上周六在东关村办完了 来了差不多六十个村民 发了折页一百份 其中二十几个做了免费的眼底检查 回头把照片发群里', '2026-06-10');
    expect(r).toMatchObject({ headcount: 60, asked: false });
    expect(r?.metrics).toEqual({ 份: 100 });
  });
  it('a guessed bare count after the people who came counts them', () => {
    const [r] = read('全国科普日那天村里也搞了，20号在村委会门口，挂的横幅发的传单，看的人挺多，估计有两百来个', '2026-09-24');
    expect(r).toMatchObject({ date: '2026-09-20', headcount: 200, asked: false });
    expect(r?.metrics).toEqual({});
  });
  it('the audience of a talk (受众) is the headcount', () => {
    const [r] = read('3月8日，站里在镇卫生院开展包虫病防治宣传，发放折页约600份，现场讲解受众90余人。', '2026-03-10');
    expect(r).toMatchObject({ date: '2026-03-08', headcount: 90, asked: false });
    expect(r?.metrics).toEqual({ 份: 600 });
  });
});
