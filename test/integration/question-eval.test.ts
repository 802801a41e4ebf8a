import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, score } from '../eval/score-questions.js';
import { fixture } from '../support/kexie-for-tests.js';

describe('chat questions, scored on the labelled sets', () => {
  it('judges a reply right, wrong or not understood by the format', () => {
    const c = { id: 'x', today: '2026-11-23', text: 't', expect: 'answer' as const, mustInclude: ['4场'], mustNotInclude: ['6场'], items: ['四/1'] };
    expect(judge(c, '共4场，见 四/1').verdict).toBe('right');
    expect(judge(c, '共4场，另6场，见 四/1').verdict).toBe('wrong');
    expect(judge(c, '共4场').why).toEqual(['未提到条目 四/1']);
    expect(judge(c, '没看懂这句话').verdict).toBe('not_understood');
    expect(judge({ ...c, expect: 'not_understood' }, '没看懂这句话。你可以试试：').verdict).toBe('right');
  });

  it('answers at least 95% of our own question set right', async () => {
    const result = await score(fixture('chat', 'dev-questions.jsonl'), fixture('chat', 'dev-state.json'));
    expect(result.accuracy['questions right'], result.report).toBeGreaterThanOrEqual(0.95);
  }, 600_000);

  it.skipIf(!existsSync(fixture('chat', 'questions.jsonl')))('answers at least 95% of the blind question set right', async () => {
    const result = await score();
    expect(result.accuracy['questions right'], result.report).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});
