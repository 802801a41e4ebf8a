// A site's sidebar of other articles after a text ("最新文章", "热门文章", "推荐阅读" over short titles, each with its
// source and day) is page furniture: its days are no deadlines, and its year is not the plan's (issue 17, p20).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a sidebar list of other articles after the text', () => {
  for (const head of ['最新文章', '热门文章', '推荐阅读']) {
    const { plan } = read(
      [
        '(一)申报时间。作品网上申报截止日期为2018年6月8日。',
        '(二)申报要求。每个单位推荐的作品不超过4件,须为原创。',
        '责任编辑:wangli',
        '',
        head,
        '-',
        '月球背面发现新的撞击坑',
        '科技日报 2023-03-14',
        '-',
        '深海鱼类如何适应高压?',
        '新华网 2023-03-14',
      ].join('\n'),
    );
    it(`(${head}) is dropped with its days`, () => {
      expect(plan.year).toBe(2018);
      expect(plan.items.some((i) => /撞击坑|新华网|科技日报/u.test(i.text))).toBe(false);
      expect(plan.items.flatMap((i) => i.due).map((d) => d.end)).toEqual(['2018-06-08']);
    });
  }
});
