// Issue 16, the fourteenth holdout's missed questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    row('2026-10-13', '白马乡秋季防火宣传', 'U11', 130, null, { place: '白马乡' }),
    row('2026-10-14', '县二中天文科普讲座', 'U2', 300, null),
    row('2026-10-15', '白马乡农机安全培训', 'U11', 45, null, { place: '白马乡' }),
    row('2026-10-02', '白马乡国庆科普集市', 'U11', 200, null, { place: '白马乡' }),
    row('2026-10-12', '城关镇老年人防诈骗讲座', 'U6', 70, null, { place: '城关镇' }),
  ],
  done: ['四/1'],
  units: [{ name: '白马乡科协', people: ['U11'] }],
  departments: { U1: '科普部', U2: '办公室' },
};

const reply = askOn(state);

describe('h14 questions', () => {
  it('上周大家都报了哪些: 大家 (or the period alone) names no unit; every record of the week is listed', async () => {
    const text = await reply({ today: '2026-10-19', user: 'U1', text: '上个星期大家报了哪些活动' });
    expect(text, text).toContain('天文');
    expect(text, text).toContain('防诈骗');
  }, 30_000);
  it('俺们乡科协…拢共多少人…嘞: 俺们 is 我们 and 拢共 is 一共; only the unit’s own records count', async () => {
    const text = await reply({ today: '2026-10-20', user: 'U11', text: '俺们乡科协这个月报的活动拢共来了多少人嘞' });
    expect(text, text).toContain('375');
    expect(text, text).not.toContain('445');
  }, 30_000);
  it('截至目前哪些工作都做完了: a lead saying up to now keeps the question one of items marked done', async () => {
    const text = await reply({ today: '2026-10-20', user: 'U2', text: '截止到目前，哪些工作都做完了' });
    expect(text, text).toContain('全委');
  }, 30_000);
});
