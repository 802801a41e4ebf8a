// A quota after 限 written in characters ("每个镇仅限推荐一名", "各学会限报一项") counts as "限报1项" does: the one the
// office may send, not an article like "一批" (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const read = (s: string) => parseTargets(s).map((t) => [t.value, t.unit]);

describe('a quota after 限 in characters', () => {
  it('is a count of one', () => {
    expect(read('每个镇科协仅限推荐一名优秀科普工作者;')).toEqual([[1, '名']]);
    expect(read('各学会限报一项创新成果')).toEqual([[1, '项']]);
  });
  it('is none when 限 bounds no count', () => {
    expect(read('仅限本人参加，建立一个工作群')).toEqual([]);
    expect(read('打造一支无限热爱科普的队伍')).toEqual([]);
  });
});
