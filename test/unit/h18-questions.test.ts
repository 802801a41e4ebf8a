// Issue 16, the eighteenth holdout's missed questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [row('2026-06-18', '县科技馆新展品安装调试', 'U3', null, '二/（二）/1')],
  signups: [
    { event: '青少年科技创新大赛', unit: '青石镇科协', count: 5 },
    { event: '青少年科技创新大赛', unit: '城关镇科协', count: 7 },
  ],
  done: ['二/（二）/1'],
};

const reply = askOn(state);

describe('h18 questions', () => {
  it('<event><unit>报了几个呀: a closing particle is no event; the unit named after the event is asked, not the total', async () => {
    const text = await reply({ today: '2026-05-06', text: '创新大赛青石镇报了几个呀' });
    expect(text, text).toContain('5');
    expect(text, text).not.toContain('12');
    expect(text, text).not.toContain('没有找到');
  }, 30_000);
  it('<item>弄好了没: an item marked done names the day of the record that did it', async () => {
    const text = await reply({ today: '2026-07-01', text: '展品更新弄好了没？' });
    expect(text, text).toContain('二/（二）/1');
    expect(text, text).toContain('6月18日');
  }, 30_000);
});
