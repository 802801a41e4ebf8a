import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, QUESTION_SETS, scoreSet } from '../eval/score-questions.js';

describe('chat questions, scored on the labelled sets', () => {
  it('judges a reply right, wrong or not understood by the format', () => {
    const c = { id: 'x', today: '2026-11-23', text: 't', expect: 'answer' as const, mustInclude: ['4场'], mustNotInclude: ['6场'], items: ['四/1'] };
    expect(judge(c, '共4场，见 四/1').verdict).toBe('right');
    expect(judge(c, '共4场，另6场，见 四/1').verdict).toBe('wrong');
    expect(judge(c, '共4场').why).toEqual(['未提到条目 四/1']);
    expect(judge(c, '没看懂这句话').verdict).toBe('not_understood');
    expect(judge({ ...c, expect: 'not_understood' }, '没看懂这句话。你可以试试：').verdict).toBe('right');
  });

  // No wall-clock limit that a busy machine breaks: the sets take what they take.
  for (const set of QUESTION_SETS) {
    it.skipIf(!existsSync(set.questions))(`answers at least ${(set.floor ?? set.threshold) * 100}% of the ${set.key} question set (${set.note}) right`, async () => {
      const result = await scoreSet(set.questions, set.state, set.key);
      expect(result, `${set.questions} could not be read`).toBeDefined();
      expect((result?.right ?? 0) / (result?.total || 1), result?.report).toBeGreaterThanOrEqual(set.floor ?? set.threshold);
    }, 600_000);
  }
});
