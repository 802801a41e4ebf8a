// A template site's "相关文章：" list after a text is dropped, but a plan's own line that reads like one keeps the
// paragraphs after it (issue 17: nothing lost).
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';

describe('a 相关… line', () => {
  it('drops a list of links after it', () => {
    const text = '某镇2025年科普工作计划\n一、3月底前完成科普宣传栏更新。\n二、9月开展全国科普日活动。\n相关文章：\n社区科普工作计划范文\n学校科技节活动方案';
    const out = cleanLines(text).join('\n');
    expect(out).toContain('全国科普日');
    expect(out).not.toContain('学校科技节活动方案');
  });
  it('keeps the paragraphs after it when they are the plan\'s own sentences', () => {
    const text = '某镇2025年科普工作计划\n一、3月底前完成科普宣传栏更新。\n相关文章：\n二、9月开展全国科普日活动，组织各村开展联动活动不少于10场。\n三、11月底前完成年度科普工作总结。';
    const out = cleanLines(text).join('\n');
    expect(out).toContain('不少于10场');
    expect(out).toContain('年度科普工作总结');
  });
});
