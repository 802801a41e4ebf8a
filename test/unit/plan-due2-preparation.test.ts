// Preparing for the event is not holding it: "择优推荐参加全市科技活动周主场展" recommends entries (its "参加" is the
// entries'), while "深入宣传…重大决策部署" holds the event's work ("部署" there is a noun, not deploying) (issue 17).
import { describe, expect, it } from 'vitest';
import { preparing } from '../../src/core/plans/plan-items.js';

describe('preparing for an event', () => {
  it('reads recommending entries to take part as preparation', () => {
    expect(preparing('对申报的展项进行评审,择优推荐参加全市科技活动周主场展')).toBe(true);
    expect(preparing('组织学生报名参加全国青少年科技创新大赛')).toBe(true);
  });
  it('reads taking part as holding the event', () => {
    expect(preparing('组织科技工作者参加科技活动周主场活动')).toBe(false);
  });
  it('does not read a decision called 部署 as preparation', () => {
    expect(preparing('深入学习宣传党中央关于科技创新的重大决策部署')).toBe(false);
  });
});
