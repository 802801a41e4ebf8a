// Scores chat questions (test/fixtures/chat/questions.jsonl) against state.json: right / wrong / not understood.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { fixture, OBSERVANCES } from '../support/kexie-for-tests.js';
import { loadQuestionState, type QuestionState } from '../support/question-state.js';
import type { EvalResult } from './run.js';

export interface QuestionCase {
  id: string;
  today: string;
  text: string;
  user?: string;
  before?: string[];
  expect: 'answer' | 'not_understood';
  mustInclude?: string[];
  mustNotInclude?: string[];
  items?: string[];
  note?: string;
}

export type Verdict = 'right' | 'wrong' | 'not_understood';

/** The reply says it did not understand (and suggests what to do). */
export const saysNotUnderstood = (reply: string): boolean => reply.includes('没看懂');

/** Right, wrong or not understood, with what was missing or should not be there. */
export function judge(c: QuestionCase, reply: string): { verdict: Verdict; why: string[] } {
  const nu = saysNotUnderstood(reply);
  if (c.expect === 'not_understood') return nu ? { verdict: 'right', why: [] } : { verdict: 'wrong', why: ['应回答“没看懂”'] };
  if (nu) return { verdict: 'not_understood', why: ['回答了“没看懂”'] };
  const why = [
    ...(c.mustInclude ?? []).filter((s) => !reply.includes(s)).map((s) => `缺少“${s}”`),
    ...(c.mustNotInclude ?? []).filter((s) => reply.includes(s)).map((s) => `不应含“${s}”`),
    ...(c.items ?? []).filter((p) => !reply.includes(p)).map((p) => `未提到条目 ${p}`),
  ];
  return { verdict: why.length === 0 ? 'right' : 'wrong', why };
}

/** Runs every case on a fresh folder store loaded with the state; returns the verdicts. */
export async function runQuestionCases(cases: readonly QuestionCase[], state: QuestionState): Promise<Array<{ c: QuestionCase; reply: string; verdict: Verdict; why: string[] }>> {
  const out: Array<{ c: QuestionCase; reply: string; verdict: Verdict; why: string[] }> = [];
  for (const c of cases) {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-q-'));
    try {
      const kexie = createKexie({ storeFor: createFileStoreFactory(dir), observances: OBSERVANCES, clock: FixedClock.at(c.today), timeZone: 'Asia/Shanghai', fixedToday: c.today, admins: [], logger: silentLogger });
      const ctx = kexie.context({ workspace: 'eval', user: c.user ?? 'U1', source: { kind: 'console' } });
      await loadQuestionState(kexie, ctx, state);
      for (const b of c.before ?? []) await handleMessage(kexie, ctx, b);
      const reply = (await handleMessage(kexie, ctx, c.text)).text;
      out.push({ c, reply, ...judge(c, reply) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

export const readCases = (file: string): QuestionCase[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as QuestionCase);

/** Scores a question set; the blind set by default. */
export async function score(questions = fixture('chat', 'questions.jsonl'), stateFile = fixture('chat', 'state.json')): Promise<EvalResult> {
  if (!existsSync(questions) || !existsSync(stateFile)) return { name: 'questions', report: `没有找到 ${questions}。`, accuracy: {} };
  const cases = readCases(questions);
  const results = await runQuestionCases(cases, JSON.parse(readFileSync(stateFile, 'utf8')) as QuestionState);
  const count = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  const lines = [`${cases.length} 个问题：答对 ${count('right')}，答错 ${count('wrong')}，没看懂 ${count('not_understood')}`];
  for (const r of results.filter((x) => x.verdict !== 'right')) {
    lines.push(`✗ ${r.c.id} [${r.verdict}] ${r.c.text} — ${r.why.join('；')}`, `    ${r.reply.replace(/\n/g, ' ⏎ ').slice(0, 300)}`);
  }
  return { name: 'questions', report: lines.join('\n'), accuracy: { 'questions right': cases.length === 0 ? 0 : count('right') / cases.length } };
}
