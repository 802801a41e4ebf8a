// One question asked of a kexie loaded with a question state, for the question tests: the reply's text.
import { type QuestionCase, runQuestionCases } from '../eval/score-questions.js';
import type { QuestionState } from './question-state.js';

export type QuestionAsked = Omit<QuestionCase, 'id' | 'expect'>;

/** A function that asks one question on `state` (a fresh kexie each time) and returns the reply, '' when none. */
export const askOn =
  (state: QuestionState) =>
  async (c: QuestionAsked): Promise<string> => {
    const [r] = await runQuestionCases([{ id: 't', expect: 'answer', ...c }], state);
    return r?.reply ?? '';
  };

type Row = QuestionState['activities'][number];

/** A logged record for a question state: counted in 人 unless `extra` says otherwise. */
export const row = (date: string, title: string, by: string, headcount: number | null, item: string | null, extra: Partial<Row> = {}): Row => ({ date, title, by, headcount, headcountUnit: '人', item, ...extra });
