import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { readCases, runQuestionCases } from '../eval/score-questions.js';
import { fixture } from '../support/kexie-for-tests.js';
import type { QuestionState } from '../support/question-state.js';

const read = (text: string) => understandQuestion(text, '2026-11-23', ['科普部', '办公室', '科技馆']);

describe('holdout 4 questions read as counts against the plan target', () => {
  it('a count of a target kind with 够数没 is a tally with the gap, not a sign-up (n-q014)', () => {
    expect(read('建言献策信息今年报了几条了，够数没')).toMatchObject({ intent: 'tally', measure: 'metric', unit: '条', remaining: true });
  });
  it('a total this year and the gap to the target is a tally, not the target list (n-q015)', () => {
    const q = read('今年科技馆一共接待了多少人次？离目标还差多少');
    expect(q).toMatchObject({ intent: 'tally', measure: 'people', remaining: true });
    expect(q.intent === 'tally' && q.topic).not.toMatch(/目标|差/u);
  });
});

describe('holdout 4 questions answered from the shared question state', () => {
  const cases = readCases(fixture('chat', 'holdout4-scored', 'questions.jsonl'));
  const state = JSON.parse(readFileSync(fixture('chat', 'blind', 'question-state.json'), 'utf8')) as QuestionState;
  it.each(['n-q008', 'n-q009', 'n-q014', 'n-q015', 'n-q024', 'n-q040'])('%s', async (id) => {
    const [r] = await runQuestionCases(cases.filter((c) => c.id === id), state);
    expect(r?.why).toEqual([]);
    expect(r?.verdict).toBe('right');
  });
});
