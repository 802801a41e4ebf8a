// "全年计划举办培训班6期" is the year's work, due by the year's end like "全年开展…"; "制定全年计划" and "全年工作总结"
// (the year's plan or summary as a thing) are no date (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2027).map((d) => `${d.start}..${d.end}`);

describe('work for the whole year', () => {
  it('reads 全年计划 followed by the work as the year’s work', () => {
    expect(spans('全年计划举办实用技术培训班6期')).toEqual(['2027-12-31..2027-12-31']);
    expect(spans('服务队全年开展农技培训80场次')).toEqual(['2027-12-31..2027-12-31']);
  });
  it('keeps the year’s plan or summary as a thing no date', () => {
    expect(spans('制定全年计划')).toEqual([]);
    expect(spans('全年工作总结')).toEqual([]);
    expect(spans('全年计划任务')).toEqual([]);
  });
});
