// A page's link list heading ("- 猜你喜欢", "· 相关推荐") above the document is the site's, not the title
// (issue 17, holdout 16).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a link list heading over the plan', () => {
  it('is not taken as the title', () => {
    for (const furniture of ['- 猜你喜欢', '· 相关推荐', '相关文章']) {
      const { plan } = read(
        [
          furniture,
          '社区科普工作计划范文',
          '新的一年里,社区将围绕群众需求,把科普工作做细做实,现将今年的工作计划安排如下:',
          '1、社区每月组织一次科普讲座,讲座做到有记录。',
          '2、年底前评选科普示范家庭5户。',
        ].join('\n'),
      );
      expect(plan.title).toBe('社区科普工作计划范文');
    }
  });
});
