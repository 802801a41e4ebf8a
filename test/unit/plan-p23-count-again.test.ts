// The same count written again in its sentence with the same words after it ("每组推荐3名队员参赛，3名队员分工协作")
// names the same people: one target. Counts of different things stay two ("办2场讲座，2场培训") (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const read = (s: string) => parseTargets(s).map((t) => `${t.value}${t.unit}`);

describe('a count written again', () => {
  it('is one target in its sentence', () => {
    expect(read('每组推荐3名队员参赛，3名队员分工协作完成作品。')).toEqual(['3名']);
  });
  it('stays two for different things or sentences', () => {
    expect(read('举办2场讲座，2场培训')).toEqual(['2场', '2场']);
    expect(read('上半年举办2场讲座。下半年再办2场讲座。')).toEqual(['2场', '2场']);
  });
});
