// The festival tables of src/core/dates/festival-days.ts are copied by hand (the core reads no calendar library);
// this test holds each copied day to chinese-days (紫金山天文台's lunar calendar and solar terms, the State
// Council's holiday notices), so a wrong or mistyped day fails here rather than in a stored record.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates/civil-date.js';
import { festivalDay, holidaySpan, type Festival } from '../../src/core/dates/festival-days.js';

type ChineseDays = {
  getSolarTermsInRange(start: string, end: string): Array<{ date: string; name: string; index: number }>;
  getLunarFestivals(start: string, end: string): Array<{ date: string; name: string[] }>;
  getDayDetail(date: string): { date: string; work: boolean; name: string };
};
const calendar = createRequire(import.meta.url)('chinese-days') as ChineseDays;
const YEARS = [2024, 2025, 2026, 2027, 2028];

const TERMS: Array<[Festival, string]> = [
  ['lichun', '立春'], ['jingzhe', '惊蛰'], ['chunfen', '春分'], ['qingming', '清明'], ['guyu', '谷雨'], ['lixia', '立夏'],
  ['mangzhong', '芒种'], ['xiazhi', '夏至'], ['liqiu', '立秋'], ['chushu', '处暑'], ['qiufen', '秋分'], ['lidong', '立冬'], ['dongzhi', '冬至'],
];
const LUNAR: Array<[Festival, string]> = [
  ['laba', '腊八节'], ['chuxi', '除夕'], ['chunjie', '春节'], ['yuanxiao', '元宵节'], ['duanwu', '端午节'], ['zhongqiu', '中秋节'], ['chongyang', '重阳节'],
];
const HOLIDAYS: Array<[Festival, string]> = [
  ['yuandan', '元旦'], ['chunjie', '春节'], ['qingming', '清明'], ['laodong', '劳动节'], ['duanwu', '端午'], ['zhongqiu', '中秋'], ['guoqing', '国庆节'],
];

describe('the festival tables agree with chinese-days', () => {
  it.each(YEARS)('solar terms of %i fall on the day chinese-days gives', (year) => {
    const days = calendar.getSolarTermsInRange(`${year}-01-01`, `${year}-12-31`).filter((d) => d.index === 1);
    for (const [festival, name] of TERMS) {
      const expected = days.find((d) => d.name === name)?.date;
      expect(expected, `${name} ${year}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(festivalDay(festival, year), `${name} ${year}`).toBe(expected);
    }
  });

  it.each(YEARS)('lunar festivals of %i fall on the day chinese-days gives', (year) => {
    const days = calendar.getLunarFestivals(`${year}-01-01`, `${year}-12-31`);
    for (const [festival, name] of LUNAR) {
      const expected = days.find((d) => d.name.includes(name))?.date;
      expect(expected, `${name} ${year}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(festivalDay(festival, year), `${name} ${year}`).toBe(expected);
    }
    // 小年 is 腊月二十三: fifteen days after 腊八, in the same lunar month.
    expect(festivalDay('xiaonian', year)).toBe(addDays(festivalDay('laba', year)!, 15));
  });

  it.each([2024, 2025, 2026])('published holiday spans of %i are days off under that festival, and the day after is not', (year) => {
    for (const [festival, name] of HOLIDAYS) {
      const span = holidaySpan(festival, year);
      expect(span?.published, `${name} ${year}`).toBe(true);
      for (let d = span!.start; d <= span!.end; d = addDays(d, 1)) {
        const detail = calendar.getDayDetail(d);
        expect(detail.work, `${name} ${year}: ${d}`).toBe(false);
      }
      // The festival's own name is on at least one day of the span (国庆 and 中秋 can share a span).
      const names = [];
      for (let d = span!.start; d <= span!.end; d = addDays(d, 1)) names.push(calendar.getDayDetail(d).name);
      expect(names.join(' '), `${name} ${year}`).toContain(name);
      const after = calendar.getDayDetail(addDays(span!.end, 1));
      expect(after.work || !after.name.includes(name), `${name} ${year}: the day after ${span!.end}`).toBe(true);
    }
  });
});
