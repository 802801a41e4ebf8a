// A span of months that runs to the year's end ("9月至年底", "2026年10月到年末") is one span, not a month and a
// separate year-end deadline; "每月" inside a stated span of months recurs within that span, not all year (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2026).map((d) => `${d.start}..${d.end}`);

describe('a span of months to the year’s end', () => {
  it('is one span from the first month to 31 December', () => {
    expect(spans('第四步：9月至年底为验收阶段，整理资料、评选表彰')).toEqual(['2026-09-01..2026-12-31']);
    expect(spans('2026年10月到年末，开展巡回展览')).toEqual(['2026-10-01..2026-12-31']);
    expect(spans('自7月中旬至年终，持续推进科普进社区')).toEqual(['2026-07-11..2026-12-31']);
  });
  it('leaves a lone year-end and a month as they were', () => {
    expect(spans('年底前完成验收')).toEqual(['2026-12-31..2026-12-31']);
    expect(spans('9月开展科普日活动')).toEqual(['2026-09-01..2026-09-30']);
  });
});

describe('每月 inside a stated span of months', () => {
  it('adds no whole-year span', () => {
    expect(spans('推广阶段(2026年5月-9月)每月组织一场科普讲座')).toEqual(['2026-05-01..2026-09-30']);
  });
  it('still spans the year when no months are stated', () => {
    expect(spans('每月组织一场科普讲座')).toEqual(['2026-01-01..2026-12-31']);
  });
});
