// Review of session 17 (our own sentences): a 附件 line that asks for something by a day is a task, not furniture;
// one that only names the attachment still is.
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';

describe('review 17: 附件 lines', () => {
  it('keeps a 附件 line asking to send something by a day', () => {
    const lines = cleanLines('一、活动内容\n开展科普讲座10场。\n附件：请各单位于6月30日前报送推荐表\n附件2：各乡镇填写后于9月10日前报县科协');
    expect(lines).toContain('附件：请各单位于6月30日前报送推荐表');
    expect(lines).toContain('附件2：各乡镇填写后于9月10日前报县科协');
  });
  it('still drops a 附件 line naming one attachment', () => {
    expect(cleanLines('开展科普讲座10场。\n附件1：2026年科普讲座报送名额分配表')).toEqual(['开展科普讲座10场。']);
  });
});
