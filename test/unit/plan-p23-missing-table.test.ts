// "(二)活动安排表" with nothing under it: the heading of a table the page lost, no task; a task that names a form
// ("填写报名表") stays one (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a table\'s name with nothing under it', () => {
  const { plan } = parsePlan(
    ['某中学科技节活动方案', '一、活动内容', '(一)活动项目', '1、科技小论文评比', '2、航模表演', '(二)活动安排表', '(三)请各班于4月20日前填写报名表'].join('\n'),
    { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-03-20', observances: OBSERVANCES },
  );
  it('is no item', () => {
    expect(plan.items.some((i) => i.text === '活动安排表')).toBe(false);
  });
  it('leaves the tasks', () => {
    expect(plan.items.some((i) => i.text.includes('填写报名表'))).toBe(true);
    expect(plan.items.some((i) => i.text.includes('航模表演'))).toBe(true);
  });
});
