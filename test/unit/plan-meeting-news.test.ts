// The news lead of a meeting report ("…，4月21日，某市某协会在某公司召开三届一次理事会。") tells what happened:
// it is no task of the plan the meeting set out (issue 17, blind w9).
import { describe, expect, it } from 'vitest';
import { isTaskParagraph } from '../../src/core/plans/task-sentences.js';

describe('a meeting report lead', () => {
  it('is not a task when a 协会 or 学会 met at a place', () => {
    expect(isTaskParagraph('为加强全市各级学会的交流，经市科协同意，5月12日，某市植物保护学会在某农业公司召开二届三次理事会。市科协领导出席会议并讲话，全体理事约40人参加了会议。')).toBe(false);
  });
  it('still reads a dated meeting a plan sets out', () => {
    expect(isTaskParagraph('9月中旬，市学会召开年度学术年会，交流论文50篇以上。')).toBe(true);
  });
});

describe('a line of figures', () => {
  it('is no task', () => {
    expect(isTaskParagraph('2024-5-12 09:31:07 2876')).toBe(false);
  });
});
