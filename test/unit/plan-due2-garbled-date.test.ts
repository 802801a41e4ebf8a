// A page that dropped the 年 and 月 of a deadline ("请于2026315日前报送" for 2026年3月15日前) is read back when its
// digits split into a month and a day one way only; a clock time before 前 ("5月22日17:00前") keeps it a deadline (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const read = (text: string) => parseDeadlines(text, 2026).map((d) => `${d.start}..${d.end} ${d.kind}`);

describe('deadlines a page garbled', () => {
  it('reads a date whose 年 and 月 were dropped, when it splits one way', () => {
    expect(read('请各单位于2026315日前将推荐表报送至科协')).toEqual(['2026-03-15..2026-03-15 deadline']);
    expect(read('于20261120日前报送')).toEqual(['2026-11-20..2026-11-20 deadline']);
  });
  it('leaves digits that split more than one way', () => {
    // 1月11日 or 11月1日
    expect(read('于2026111日前报送')).toEqual([]);
  });
  it('reads a clock time before 前 as part of the deadline', () => {
    expect(read('并于2026年5月22日17:00前向市科技局报备')).toEqual(['2026-05-22..2026-05-22 deadline']);
  });
});
