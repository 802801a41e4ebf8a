// Issue 16, the thirteenth holdout's missed questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    // 四/1 (the plan's 全委会, due early July) held on 7月8日.
    row('2026-07-08', '县科协九届四次全委（扩大）会议', 'U2', 74, '四/1'),
    row('2026-05-10', '城关镇科普讲座', 'U11', 90, null, { place: '城关镇' }),
    // 城关镇科协 (U11) in October: two records.
    row('2026-10-09', '城关镇秋季森林防火宣传', 'U11', 150, null, { place: '城关镇' }),
    row('2026-10-21', '城关镇老年人防跌倒健康讲座', 'U11', 60, null, { place: '城关镇' }),
  ],
  done: ['四/1'],
  units: [{ name: '城关镇科协', people: ['U11'] }],
  departments: { U1: '科普部', U2: '办公室' },
};

const reply = askOn(state);

describe('h13 questions', () => {
  it('<item>开了没？哪天开的: the date of the item’s record this year, beside when the plan set it', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: '全委会开完了吗？几号开的' });
    expect(text, text).toContain('7月8日');
  }, 30_000);
  it('报了几个活: 活 counted is an activity, no topic of its own', async () => {
    const text = await reply({ today: '2026-10-28', user: 'U11', text: '咱城关这个月报上来几个活儿' });
    expect(text, text).toContain('防火');
    expect(text, text).toContain('防跌倒');
  }, 30_000);
  it('Which departments have not logged…: the departments with no record, as 哪些部门 asks', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U2', text: 'Which departments have not logged anything so far this year?' });
    expect(text, text).toContain('科普部');
  }, 30_000);
});
