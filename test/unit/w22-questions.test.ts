// Issue 16, w22 (helper u4): questions. "<school>今年办了几场讲座，来了多少学生": the school's talks are counted; its other
// events (a 实验秀, an open day), which the asker may count among them, are named beside the count with the total that
// holds them, never added to it.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

describe('w22 questions', () => {
  it('a place\'s talks counted, its other events named beside them', async () => {
    const state: QuestionState = {
      activities: [
        row('2026-02-26', '城关二小“有趣的光”科普讲座', 'U30', 210, null, { metrics: { 场: 1 } }),
        row('2026-04-16', '城关二小“植物的秘密”科普讲座', 'U30', 240, null, { metrics: { 场: 1 } }),
        row('2026-09-18', '城关二小科普日机器人展演', 'U30', 500, '二/（一）/2', { metrics: { 场: 1 } }),
        row('2026-06-10', '县一中防溺水科普讲座', 'U31', 800, null, { metrics: { 场: 1 } }),
      ],
      done: [],
    };
    const text = await askOn(state)({ today: '2026-11-20', user: 'U30', text: '城关二小今年一共办了几场讲座，来了多少学生？' });
    expect(text, text).toContain('2场');
    expect(text, text).toContain('450');
    expect(text, text).toContain('机器人展演');
    expect(text, text).toContain('950');
    expect(text, text).not.toContain('1750');
  }, 30_000);
});
