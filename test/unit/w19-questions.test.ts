// Issue 16, the fifteenth blind set's questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    row('2026-03-20', '科技工作者状况调查问卷回收', 'U2', null, '一/2', { metrics: { 份: 480 } }),
    row('2026-06-12', '青石镇夏季水稻病虫害防治科技下乡', 'U1', 70, '三/2', { metrics: { 户: 120 } }),
  ],
  done: ['一/2', '三/2'],
  departments: { U1: '农技协', U2: '办公室' },
};

const reply = askOn(state);

describe('w19 questions', () => {
  it('which <items> have already been done? (already between have and been): the items marked done, in English', async () => {
    const text = await reply({ today: '2026-09-03', user: 'U1', text: 'Which tasks have already been finished?' });
    expect(text, text).toContain('一/2');
    expect(text, text).toContain('三/2');
    expect(text, text).not.toContain('没看懂');
  }, 30_000);
  it('what has our plan completed so far / which items are all complete: the same list', async () => {
    const text = await reply({ today: '2026-09-03', user: 'U2', text: 'What plan items have we completed so far?' });
    expect(text, text).toContain('一/2');
    expect(text, text).toContain('三/2');
  }, 30_000);
});
