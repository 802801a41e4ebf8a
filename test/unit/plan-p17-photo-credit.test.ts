// A news photo's caption with its credit ("…活动现场。区科协供图", "…讲解科学原理。记者李明 摄") is the page's,
// never an item; a task sentence that mentions photos stays (issue 17).
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';

const kept = (line: string) => cleanLines(line).filter((l) => l !== '');

describe('a photo credit', () => {
  it('drops the caption line', () => {
    expect(kept('青少年科技创新大赛展评现场。市科技馆供图')).toEqual([]);
    expect(kept('志愿者为村民讲解防诈骗知识。通讯员王芳 摄')).toEqual([]);
    expect(kept('县科协供图')).toEqual([]);
  });
  it('keeps a task about photos', () => {
    expect(kept('组织科普摄影比赛,征集作品100幅。')).toHaveLength(1);
    expect(kept('各单位于6月底前报送活动照片,由宣传部统一供图。')).toHaveLength(1);
  });
});
