// Work set for the whole year ("全年开展培训80场", "全年计划举办培训班6期") runs from January to December of the
// plan's year, not only on its last day (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2027).map((d) => `${d.start}..${d.end}`);

describe('work for the whole year', () => {
  it('reads 全年 as the whole year', () => {
    expect(spans('服务队全年开展农技培训80场次')).toEqual(['2027-01-01..2027-12-31']);
    expect(spans('全年计划举办实用技术培训班6期')).toEqual(['2027-01-01..2027-12-31']);
  });
  it('keeps 年底/年内 a deadline at the year’s end, and the year as a thing no date', () => {
    expect(spans('年底前完成验收')).toEqual(['2027-12-31..2027-12-31']);
    expect(spans('制定全年计划')).toEqual([]);
    expect(spans('全年工作总结')).toEqual([]);
  });
});

describe('全年 beside other dates', () => {
  it('is the year’s total, due by the year’s end', () => {
    expect(spans('每季度末上报信息，全年不少于8条')).toEqual(['2027-03-31..2027-03-31', '2027-06-30..2027-06-30', '2027-09-30..2027-09-30', '2027-12-31..2027-12-31', '2027-12-31..2027-12-31']);
  });
});
