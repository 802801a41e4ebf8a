// Issue 16, w23 questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

describe('w23 questions', () => {
  it('a topic with two items: each item shows its own progress, and their people are not summed into one total', async () => {
    const state: QuestionState = {
      activities: [
        row('2026-07-15', '县科技馆暑期开放', 'U4', 9000, '二/（二）/1', { headcountUnit: '人次' }),
        row('2026-10-03', '县科技馆国庆开放', 'U4', 5000, '二/（二）/1', { headcountUnit: '人次' }),
        row('2026-10-20', '流动科技馆巡展进校园（石桥小学）', 'U4', 700, '二/（二）/3', { headcountUnit: '人次', metrics: { 所: 1 } }),
      ],
      done: [],
      departments: { U4: '科技馆' },
    };
    const text = await askOn(state)({ today: '2026-11-20', user: 'U1', text: '科技馆那边的任务都做得怎么样了？' });
    expect(text, text).toContain('14000');
    expect(text, text).not.toContain('14700');
  }, 30_000);

  it('下半年有哪些任务到期: a yearly meeting held early in July (每年7月初召开全委会) falls due in the half year too', async () => {
    const state: QuestionState = { activities: [], done: [], departments: {} };
    const text = await askOn(state)({ today: '2026-06-18', user: 'U1', text: '下半年哪些任务到期？' });
    expect(text, text).toContain('四/1');
    expect(text, text).toContain('12月15日');
  }, 30_000);

  it('a line about a machine that broke ("重启了三次") counts no event', () => {
    expect(readReport('刚刚又断网了，路由器重启了两次，头疼', '2026-04-03', { explicit: false }).kind).not.toBe('activity');
  });
});
