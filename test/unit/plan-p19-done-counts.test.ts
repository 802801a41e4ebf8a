// Counts in a sentence that tells what was done ("面向全市9所学校，开展了…征文比赛，共评出一等奖2名、二等奖4名")
// are past results, not targets, also in a news page about coming work (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const texts = (s: string) => parseTargets(s, 2026).map((t) => t.text);

describe('counts of work done in the same sentence', () => {
  it('are no targets, before or after the verb with 了', () => {
    expect(texts('今年的科普征文活动面向全市9所中小学,开展了“科学伴我成长”征文比赛,共评出一等奖2名、二等奖4名、三等奖6名,优秀作品将在市科技馆展出。')).toEqual([]);
  });
  it('a goal set after the done work is still one', () => {
    expect(texts('去年秋季学期开展了科普讲座,今年将在全市新建12所科普示范学校。')).toEqual(['12所']);
    expect(texts('活动期间将组织8场科普讲座,开设3个分会场。')).toEqual(['8场', '3个']);
  });
});
