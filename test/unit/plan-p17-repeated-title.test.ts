// A page that prints its title again after the first heading ("社区科普工作计划" / "一、…" / "社区科普工作计划"):
// the repeat is the page's furniture, not the plan part of a report, so the text stays a plan and the first
// heading keeps the paragraphs under it (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'jihua.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a title printed twice', () => {
  it('is no plan part', () => {
    const { plan, report } = parse([
      '2024年街道科普工作计划',
      '一、健全组织,夯实基础',
      '2024年街道科普工作计划',
      '调整充实街道科普工作领导小组,明确分工,落实责任。',
      '发展科普志愿者,壮大科普队伍。',
      '二、丰富活动,服务居民',
      '1.每季度举办一次科普讲座。',
      '2.5月开展科技活动周宣传。',
    ]);
    expect(report.kind).toBe('plan');
    expect(plan.title).toBe('2024年街道科普工作计划');
    expect(plan.items.some((i) => i.text.includes('健全组织,夯实基础'))).toBe(true);
  });
});
