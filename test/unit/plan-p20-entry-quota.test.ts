// A quota on how many entries each sender or each category may send in ("每校不超过4项", "每类作品最多报送2件") is a
// cap the office works to, a max target; a cap on the parts of one entry ("每篇不超过三张") stays a format rule (p20).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const caps = (text: string) => parseTargets(text).map((t) => `${t.max ?? t.value ?? t.min}${t.unit}`);

describe('a quota on entries sent in', () => {
  it('is a max target when it counts entries per sender or per category', () => {
    expect(caps('各学会推荐的优秀论文、科普视频每类不超过4篇。')).toEqual(['4篇']);
    expect(caps('同一单位申报的项目每校不超过2项。')).toEqual(['2项']);
  });
  it('is no target when it counts the parts of one entry', () => {
    expect(caps('报送活动总结，附照片（每篇不超过三张/段）及新闻链接。')).toEqual([]);
    expect(caps('每个活动不超过五张图片。')).toEqual([]);
  });
  it('is no target when it caps what each entrant sends (每人, as 作者 is): a rule for entrants, not the office\'s quota', () => {
    expect(caps('参赛作品须为原创，每人限报不超过1件。')).toEqual([]);
    expect(caps('征文每人不超过两篇，字数3000字以内。')).toEqual([]);
  });
});
