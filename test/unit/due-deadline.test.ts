// "后天截止的是哪项工作" (w7-q007): only the deadlines that day, each with what is due by then from the item's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { SAMPLE_PLAN } from '../support/question-state.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const plan = parsePlan(readFileSync(SAMPLE_PLAN, 'utf8'), { source: 's', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
const ask = (text: string, today: string) => answerQuestion(understandQuestion(text, today), { plans: [plan], today, observances: OBSERVANCES });

describe('deadlines asked for a day', () => {
  it('reads 截止 as deadlines only', () => {
    expect(understandQuestion('后天截止的是哪项工作？', '2026-09-18')).toMatchObject({ intent: 'due', deadline: true, period: { start: '2026-09-20', end: '2026-09-20' } });
    expect(understandQuestion('后天有什么要做的', '2026-09-18')).not.toHaveProperty('deadline');
  });
  it('lists the deadline of that day with its clause, not the windows running then', () => {
    const answer = ask('后天截止的是哪项工作？', '2026-09-18');
    expect(answer.items.map((i) => i.path)).toEqual(['二/（一）/4']);
    expect(answer.answer).toContain('9月20日前完成作品征集');
  });
  it('keeps every due item when the period has no deadline', () => {
    const answer = ask('明天截止的有哪些', '2026-09-18');
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.answer).not.toContain('没有到期');
  });
});
