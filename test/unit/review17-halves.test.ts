// Review of session 17 (our own sentences): the people of the parts of one day add up only when the parts name
// different people or places; an opening and the sessions after it, naming neither, are the same crowd.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('review 17: parts of a day', () => {
  it('does not add an afternoon session naming no people of its own to the morning crowd', () => {
    const r = one('今天上午开幕式来了200人，下午分组活动150人', '2026-11-09');
    expect(r.headcount).toBe(200);
  });
  it('adds the parts that name different people', () => {
    expect(one('今天在青石镇办防汛宣传，上午来了村民50人，下午学生共计70人参加', '2026-11-09').headcount).toBe(120);
  });
  it('adds the parts held in different places', () => {
    expect(one('今天上午在东村讲座来了40个村民，下午在西村放电影来了60个村民', '2026-11-09').headcount).toBe(100);
  });
});
