// A PDF that doubles characters at its line joins ("营营造", "场场所") may double a digit too: "3月5日至118日" is
// 3月5日至18日 when the day with its first digit doubled cannot be a day and the single one follows the start (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (s: string) => parseDeadlines(s, 2024).map((d) => `${d.start}..${d.end}`);

describe('a doubled digit in a span of days', () => {
  it('reads the span', () => {
    expect(spans('三、活动时间2024年3月5日至118日。')).toEqual(['2024-03-05..2024-03-18']);
    expect(spans('活动于11月2日—227日开展')).toEqual(['2024-11-02..2024-11-27']);
  });
  it('reads nothing it cannot tell', () => {
    expect(spans('3月25日至118日')).toEqual(spans('3月25日'));
    expect(spans('3月5日至123日')).toEqual(spans('3月5日'));
  });
});
