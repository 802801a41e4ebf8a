// Targets of the fourteenth plan holdout's misses, in other words (issue 17): 副 as the measure of pictures and
// couplets, never of a deputy.
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const texts = (s: string) => parseTargets(s).map((t) => t.text);

describe('副 as a measure word', () => {
  it('counts pictures and couplets ("每校至少报送4—6副绘画作品", "50副春联")', () => {
    expect(texts('每校至少报送4—6副绘画作品。')).toEqual(['4—6副']);
    expect(texts('组织书法家写赠50副春联。')).toEqual(['50副']);
  });
  it('is never a deputy ("设组长1名、副组长2名")', () => {
    expect(texts('设组长1名、副组长2名。')).toEqual(['1名', '2名']);
  });
});

describe('a cap on the size of one team or entry', () => {
  it('is a rule, not a target ("允许合作作品(作者不超过2人)", "团队成员不超过5名")', () => {
    expect(texts('允许提交合作作品(作者不超过2人)。')).toEqual([]);
    expect(texts('以团队形式参赛,团队成员不超过5名。')).toEqual([]);
  });
  it('leaves a floor on the people reached as a target ("参训人员不少于50人")', () => {
    expect(texts('参训人员不少于50人。')).toEqual(['不少于50人']);
  });
});
