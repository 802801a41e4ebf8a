// A half-year named for what is planned ("下半年计划再办…，力争…") is no period of anything done (holdout 7 tc-r029).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

describe('a period named for a plan', () => {
  it('keeps one record for the half-year done, none for the half planned', () => {
    const r = readReport('上半年学院科协工作小结：共举办学术讲座11场，听众累计2100余人次，较去年同期增长三成；组织学生参加各类科技竞赛5项。下半年计划再办学术讲座10场以上，力争全年突破4000人次。', '2026-07-02', {});
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual([['2026-01-01', 2100]]);
  });
  it('still reads a second half that was done', () => {
    const r = readReport('下半年共举办学术讲座8场，听众累计900余人次。', '2026-12-20', {});
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => x.date)).toEqual(['2026-07-01']);
  });
});
