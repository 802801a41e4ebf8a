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
