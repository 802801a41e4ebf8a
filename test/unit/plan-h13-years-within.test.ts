// "3年内" is within three years, not "年内" (by this year's end): a count of years before 年内 gives no deadline;
// "年内" and "2027年内" still do (issue 17, holdout 13).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2027).map((d) => `${d.start}..${d.end}`);

describe('a number of years before 年内', () => {
  it('is no deadline of this year', () => {
    expect(spans('力争3年内，全市青少年科学素质达标率达到60%以上')).toEqual([]);
    expect(spans('争取两年内建成市级科普基地')).toEqual([]);
    expect(spans('十年内完成全部改造')).toEqual([]);
  });
  it('leaves 年内 and a year’s 年内 as they were', () => {
    expect(spans('年内完成科普馆改造')).toEqual(['2027-12-31..2027-12-31']);
    expect(spans('2028年内建成科普基地')).toEqual(['2028-12-31..2028-12-31']);
    expect(spans('今年年底前完成验收')).toEqual(['2027-12-31..2027-12-31']);
  });
});
