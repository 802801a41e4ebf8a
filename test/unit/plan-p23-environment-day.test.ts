// 世界环境日 goes by other names in office plans ("世界环境保护日", "六五环境日"): an item naming one is due on 6月5日
// (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('世界环境日 by its other names', () => {
  it('dates the item on 6月5日', () => {
    const { plan } = parsePlan(
      ['某社区2023年科普工作计划', '一、围绕世界环境保护日开展垃圾分类科普宣传活动。', '二、在六五环境日组织居民参观污水处理厂。'].join('\n'),
      { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-01-10', observances: OBSERVANCES },
    );
    for (const words of ['垃圾分类', '污水处理厂']) expect(plan.items.find((i) => i.text.includes(words))?.due.map((d) => d.start)).toEqual(['2023-06-05']);
  });
});
