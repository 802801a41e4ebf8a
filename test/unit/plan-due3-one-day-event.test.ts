// An activity's 方案 for an event of one day ("活动时间：2024年6月15日"): its undated tasks (the goal, the invitations)
// are due by that day, and the 时间 line stays an item of its own. A site's column tag before the title
// ("【2024年公众开放日】…活动方案") is no part of the title (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const plan = parsePlan(
  [
    '【2024年公众开放日】某县气象局2024年“公众开放日”活动方案',
    '为进一步推进政务公开，结合工作实际，制定本活动方案。',
    '一、总体要求',
    '(一)主要目标。通过组织市民代表走进气象观测站、预报服务中心，实地体验气象服务全流程，增进群众对气象工作的了解。',
    '二、活动安排',
    '(一)活动时间及地点',
    '活动时间:2024年6月15日',
    '活动地点:某县气象局观测场。',
    '(二)邀请对象',
    '拟邀请人大代表、政协委员、社区工作者、中小学生代表参加。',
  ].join('\n'),
  { source: 'fangan.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES },
).plan;
const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => d.end);

describe('an activity plan for one day', () => {
  it('dates its undated tasks by the day', () => {
    expect(due('实地体验气象服务全流程')).toEqual(['2024-06-15']);
    expect(due('拟邀请人大代表')).toEqual(['2024-06-15']);
  });
  it('keeps the day as an item', () => {
    expect(due('活动时间:2024年6月15日')).toEqual(['2024-06-15']);
  });
  it('drops the column tag from the title', () => {
    expect(plan.title).toBe('某县气象局2024年“公众开放日”活动方案');
    expect(plan.items.some((i) => i.text.includes('【'))).toBe(false);
  });
});
