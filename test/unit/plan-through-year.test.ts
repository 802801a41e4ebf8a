// "主题宣传活动贯穿全年" (holdout 8's 2020 科普日 方案): publicity that runs all year is no year-end deadline beside the
// event's own week; "全年开展…" still is one.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2026).map((d) => [d.start, d.end]);

describe('全年 that means throughout the year', () => {
  it.each(['定于9月15-21日集中开展，宣传活动贯穿全年', '科普宣传覆盖全年，重点在9月15-21日'])('%s has the week only', (text) => {
    expect(spans(text)).toEqual([['2026-09-15', '2026-09-21']]);
  });
  it('全年开展 is still a year-end deadline', () => {
    expect(spans('全年开展科普讲座不少于20场')).toEqual([['2026-12-31', '2026-12-31']]);
  });
});
