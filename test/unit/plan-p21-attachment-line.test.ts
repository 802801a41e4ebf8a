// The 附件 line at a notice's foot naming its one form without quotes ("附件：2022年市科普讲解大赛推荐汇总表") is a file
// sent with it, not words of the last section (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';

describe('an attachment named bare on its 附件 line', () => {
  it('is dropped', () => {
    expect(cleanLines('四、联系方式\n联系人：李明\n附件：2022年市科普讲解大赛推荐汇总表')).not.toContain('附件：2022年市科普讲解大赛推荐汇总表');
  });
  it('keeps a sentence that speaks of an attachment', () => {
    expect(cleanLines('请填写附件：推荐表，并于5月10日前报送。')).toContain('请填写附件：推荐表，并于5月10日前报送。');
  });
});
