// A call to sign up is not a report, even with a date, an age range and a quota ("开放报名啦…限20人…扫码报名"), and
// an age range written with a space before 岁 ("6-9 岁") is no date. Holdout 13 stored such a call as an activity of
// last year (its "8-12 岁" read as 8月12日).
import { describe, expect, it } from 'vitest';
import { messageKind } from '../../src/core/understanding/message-kind.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a sign-up call', () => {
  it('开放报名啦 with a quota and a code to scan is not a report', () => {
    expect(messageKind('📢 4月18日 周六下午 少儿 Scratch 编程 体验 workshop 开放报名啦！适合 6-9 岁小朋友，限 20 人，扫码报名，先到先得～')).toBe('not_report');
  });
  it('in English and Chinese mixed ("sign up", "first come first served")', () => {
    expect(messageKind('Robot workshop 周六下午 @ 图书馆, 名额 25 个, please sign up via the link, first come first served!')).toBe('not_report');
  });
  it('a report that mentions its quota is still a report', () => {
    expect(messageKind('上周六的编程体验课限30人，实到28人，孩子们都很喜欢')).toBe('report');
  });
});

describe('an age range is no date', () => {
  it('"6-9 岁" with a space before 岁 leaves the written day', () => {
    const r = readReport('3月8日 科学小实验课，6-9 岁的孩子来了24人', '2026-03-10', { observances: OBSERVANCES });
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records.map((x) => x.date)).toEqual(['2026-03-08']);
  });
  it('"6-9 岁" alone is not read as 6月9日', () => {
    const r = readReport('科学 workshop 适合 6-9 岁 kids, 来了 24 人', '2026-09-20', { observances: OBSERVANCES });
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records.map((x) => x.date)).not.toContain('2026-06-09');
  });
});
