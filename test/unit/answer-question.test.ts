import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

let plan: Plan;
beforeAll(() => {
  plan = parsePlan(readFixture('plans', 'traditional-outline.txt'), { source: 't', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
});
const ask = (text: string, today: string, plans = [plan]) => answerQuestion(understandQuestion(text, today), { plans, today, observances: OBSERVANCES });
const paths = (a: { items: Array<{ path: string }> }) => a.items.map((i) => i.path);

describe('answerQuestion', () => {
  it('lists exactly the items due in a month, events and deadlines alike', () => {
    expect(paths(ask('这个月有什么要做的', '2025-05-06')).sort()).toEqual(['一/1', '二/4']);
    expect(paths(ask('这个月有什么要做的', '2025-09-06')).sort()).toEqual(['二/1', '二/2']);
    expect(paths(ask('下个月', '2025-02-10'))).toEqual(['一/2']);
  });
  it('counts a working period in the month it ends, a short one in every month it touches', () => {
    expect(paths(ask('8月有什么要做的', '2025-01-10'))).toEqual([]);
    expect(paths(ask('6月有什么要做的', '2025-01-10'))).toContain('三/1');
    expect(paths(ask('7月', '2025-01-10'))).toContain('二/3');
  });
  it('names each item by path and title with its deadline', () => {
    const answer = ask('这个月有什么要做的', '2025-03-03');
    expect(answer.intent).toBe('due');
    expect(answer.answer).toContain('一/2 做好年度調查 — 3月底前（截止3月31日）');
  });
  it('lets 每年 items recur in a later year with no plan of its own', () => {
    const answer = ask('下个月', '2026-06-10');
    expect(paths(answer)).toContain('二/3');
    expect(answer.answer).toContain('每年重复');
    expect(paths(answer)).not.toContain('三/1');
  });
  it('finds overdue items, items of an owner and items about a keyword', () => {
    expect(paths(ask('逾期', '2025-04-02'))).toEqual(['一/2']);
    expect(paths(ask('科普部负责的任务', '2025-04-02'))).toEqual(['二/1']);
    expect(paths(ask('关于科技馆的任务', '2025-04-02'))).toEqual(['二/2']);
    expect(paths(ask('全國科普日', '2025-04-02'))).toEqual(['二/1']);
  });
  it('shows one item in full and the targets of an item', () => {
    const item = ask('查看 二/1', '2025-04-02');
    expect(paths(item)).toEqual(['二/1']);
    expect(item.answer).toContain('組織開展全國科普日活動不少於200場次');
    const targets = ask('科普日的目标', '2025-04-02');
    expect(paths(targets)).toEqual(['二/1']);
    expect(targets.answer).toContain('不少於200場次');
  });
  it('answers a question it cannot place with what it can answer, and an empty store with what to do', () => {
    expect(ask('？？', '2025-04-02').answer).toContain('没看懂这句话');
    expect(ask('本月', '2025-04-02', []).answer).toContain('导入');
  });
});
