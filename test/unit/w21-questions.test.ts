// Issue 16, the seventeenth blind set's questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

describe('w21 questions', () => {
  it('a goal the plan writes in 万 is shown as written (3万人次), with the figures done beside it', async () => {
    const state: QuestionState = {
      activities: [
        row('2026-07-15', '县科技馆暑期开放', 'U4', 9200, '二/（二）/1', { headcountUnit: '人次' }),
        row('2026-10-03', '县科技馆国庆开放', 'U4', 6400, '二/（二）/1', { headcountUnit: '人次' }),
      ],
      done: [],
      departments: { U4: '科技馆' },
    };
    const text = await askOn(state)({ today: '2026-11-02', user: 'U1', text: '有关科技馆的任务，目前都进展到什么程度了？' });
    expect(text, text).toContain('15600');
    expect(text, text).toContain('3万人次');
    // How far it got is what is asked, no part of the topic named.
    expect(text, text).not.toContain('程度');
  }, 30_000);

  it('我们科协<period>报的活动: 科协 after 我们 is the asker\'s unit speaking of itself, no topic of the records', async () => {
    const state: QuestionState = {
      activities: [
        row('2026-03-10', '河口乡春季果树嫁接培训', 'U21', 85, null),
        row('2026-06-02', '河口乡防溺水安全讲座', 'U22', 110, null),
        row('2026-07-20', '河口乡科协科普大篷车进村', 'U21', 45, null, { headcountUnit: '人次' }),
        row('2026-08-09', '河口乡夏季农技下乡', 'U6', 300, null),
      ],
      done: [],
      departments: { U6: '农技协' },
      units: [{ name: '河口乡科协', people: ['U21', 'U22'] }],
    };
    const text = await askOn(state)({ today: '2026-09-01', user: 'U21', text: '我们科协今年报上来的活动一共多少人参加？' });
    expect(text, text).toContain('195');
    expect(text, text).toContain('45人次');
    expect(text, text).not.toContain('495');
  }, 30_000);
});
