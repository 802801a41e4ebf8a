// Scores the chat question sets (dev, first blind, found in use, second blind) against their states: right / wrong / not understood.
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

/** One labelled question set, its state, and what it must reach. */
export interface QuestionSet {
  key: string;
  questions: string;
  state: string;
  threshold: number;
  /** Where a newer set first stood, which `npm test` holds while it is below `threshold`. */
  floor?: number;
  note: string;
}

/**
 * Every question set. Ours (dev) and the cases found in use must all pass; the blind sets, written by
 * people who never read the parser, must reach 95% (the first) and 90% (the second, issue 16).
 */
export const QUESTION_SETS: QuestionSet[] = [
  { key: 'dev', questions: fixture('chat', 'dev-questions.jsonl'), state: fixture('chat', 'dev-state.json'), threshold: 1, note: '我们自己写的' },
  { key: 'blind-1', questions: fixture('chat', 'questions.jsonl'), state: fixture('chat', 'state.json'), threshold: 0.95, note: '盲测集（第一批）' },
  { key: 'found', questions: fixture('chat', 'found', 'questions.jsonl'), state: fixture('chat', 'found', 'question-state.json'), threshold: 1, note: '使用中发现的问题' },
  { key: 'blind-2', questions: fixture('chat', 'blind', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '盲测集（第二批，issue 16）' },
  { key: 'holdout2-scored', questions: fixture('chat', 'holdout2-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.8, note: '第二次留出集（已评分一次，现作调优；目标0.9，现守住0.8）' },
  { key: 'holdout3-scored', questions: fixture('chat', 'holdout3-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '第三次留出集（已评分一次，现作调优）' },
  { key: 'holdout4-scored', questions: fixture('chat', 'holdout4-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '第四次留出集（已评分一次，现作调优）' },
  { key: 'holdout6-scored', questions: fixture('chat', 'holdout6-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '第六次留出集（已评分一次 39/40，现作调优）' },
  { key: 'holdout7-scored', questions: fixture('chat', 'holdout7-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.875, note: '第七次留出集（已评分一次 35/40，现作调优；目标0.9）' },
  { key: 'holdout9-scored', questions: fixture('chat', 'holdout9-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.975, note: '第九次留出集（已评分一次 29/40，调优后 39/40）' },
  { key: 'holdout10-scored', questions: fixture('chat', 'holdout10-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十次留出集（已评分一次 30/40，调优后 40/40）' },
  { key: 'holdout14-scored', questions: fixture('chat', 'holdout14-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 33 / 40, note: '第十四次留出集（已评分一次 30/40）' },
  { key: 'holdout16-scored', questions: fixture('chat', 'holdout16-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十六次留出集（已评分一次 28/30，调优后 30/30）' },
  { key: 'holdout19-scored', questions: fixture('chat', 'holdout19-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十九次留出集（已评分一次 30/30）' },
  { key: 'holdout18-scored', questions: fixture('chat', 'holdout18-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十八次留出集（已评分一次 28/30，调优后 30/30）' },
  { key: 'holdout17-scored', questions: fixture('chat', 'holdout17-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 28 / 30, note: '第十七次留出集（已评分一次 28/30）' },
  { key: 'holdout15-scored', questions: fixture('chat', 'holdout15-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十五次留出集（已评分一次 38/40，调优后 40/40）' },
  { key: 'holdout13-scored', questions: fixture('chat', 'holdout13-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 38 / 40, note: '第十三次留出集（已评分一次 35/40）' },
  { key: 'holdout12-scored', questions: fixture('chat', 'holdout12-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.97, note: '第十二次留出集（已评分一次 36/40，调优后 40/40）' },
  { key: 'holdout11-scored', questions: fixture('chat', 'holdout11-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第十一次留出集（已评分一次 34/40，调优后 40/40）' },
  { key: 'holdout8-scored', questions: fixture('chat', 'holdout8-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '第八次留出集（已评分一次 26/40，调优后 40/40）' },
  { key: 'holdout5-scored', questions: fixture('chat', 'holdout5-scored', 'questions.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '第五次留出集（已评分一次 35/40，现作调优）' },
  { key: 'blind-w7', questions: fixture('chat', 'blind', 'questions-w7.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '盲测集（w7，第三批）' },
  { key: 'blind-w9', questions: fixture('chat', 'blind', 'questions-w9.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '盲测集（w9，第五批）' },
  { key: 'blind-w10', questions: fixture('chat', 'blind', 'questions-w10.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '盲测集（w10，第六批；首评 27/30）' },
  { key: 'blind-w11', questions: fixture('chat', 'blind', 'questions-w11.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.96, note: '盲测集（w11，第七批；首评 18/30，调优后 29/30）' },
  { key: 'blind-w12', questions: fixture('chat', 'blind', 'questions-w12.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w12，第八批；首评 21/30，调优后 30/30）' },
  { key: 'blind-w13', questions: fixture('chat', 'blind', 'questions-w13.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w13，第九批；首评 21/30，调优后 30/30）' },
  { key: 'blind-w14', questions: fixture('chat', 'blind', 'questions-w14.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w14，第十批；首评 22/30，调优后 30/30）' },
  { key: 'blind-w15', questions: fixture('chat', 'blind', 'questions-w15.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w15，第十一批；首评 25/30，调优后 30/30）' },
  { key: 'blind-w16', questions: fixture('chat', 'blind', 'questions-w16.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w16，第十二批；首评 27/30，调优后 30/30）' },
  { key: 'blind-w17', questions: fixture('chat', 'blind', 'questions-w17.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w17，第十三批；首评 23/30，调优后 30/30）' },
  { key: 'blind-w18', questions: fixture('chat', 'blind', 'questions-w18.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w18，第十四批；首评 25/30，调优后 30/30）' },
  { key: 'blind-w19', questions: fixture('chat', 'blind', 'questions-w19.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w19，第十五批；首评 29/30，调优后 30/30）' },
  { key: 'blind-w20', questions: fixture('chat', 'blind', 'questions-w20.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w20，第十六批；首评 26/30，调优后 30/30）' },
  { key: 'blind-w21', questions: fixture('chat', 'blind', 'questions-w21.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 28 / 30, note: '盲测集（w21，第十七批；首评 28/30）' },
  { key: 'blind-w22', questions: fixture('chat', 'blind', 'questions-w22.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 1, note: '盲测集（w22，第十八批；首评 28/30，调优后 30/30）' },
  { key: 'blind-w23', questions: fixture('chat', 'blind', 'questions-w23.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.96, note: '盲测集（w23，第十九批；首评 26/30，调优后 29/30：q022 的标注把科学实验秀算作讲座，存疑未改）' },
  { key: 'blind-w8', questions: fixture('chat', 'blind', 'questions-w8.jsonl'), state: fixture('chat', 'blind', 'question-state.json'), threshold: 0.9, note: '盲测集（w8，第四批）' },
];

/** Scores one question set: a report of what was missed and the share right. */
export async function scoreSet(questions: string, stateFile: string, name = 'questions'): Promise<{ report: string; right: number; total: number } | undefined> {
  if (!existsSync(questions) || !existsSync(stateFile)) return undefined;
  const cases = readCases(questions);
  const results = await runQuestionCases(cases, JSON.parse(readFileSync(stateFile, 'utf8')) as QuestionState);
  const count = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  const lines = [`${name}：${cases.length} 个问题：答对 ${count('right')}，答错 ${count('wrong')}，没看懂 ${count('not_understood')}`];
  for (const r of results.filter((x) => x.verdict !== 'right')) {
    lines.push(`✗ ${r.c.id} [${r.verdict}] ${r.c.text} — ${r.why.join('；')}`, `    ${r.reply.replace(/\n/g, ' ⏎ ').slice(0, 300)}`);
  }
  return { report: lines.join('\n'), right: count('right'), total: cases.length };
}

/** Scores every question set that exists; each has its own accuracy field and threshold. */
export async function score(sets: readonly QuestionSet[] = QUESTION_SETS): Promise<EvalResult> {
  const report: string[] = [];
  const accuracy: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  for (const set of sets) {
    const result = await scoreSet(set.questions, set.state, `${set.key}（${set.note}）`);
    if (!result) {
      report.push(`${set.key}：没有找到 ${set.questions}。`);
      continue;
    }
    report.push(result.report);
    const field = `questions right (${set.key})`;
    accuracy[field] = result.total === 0 ? 0 : result.right / result.total;
    thresholds[field] = set.threshold;
  }
  return { name: 'questions', report: report.join('\n'), accuracy, thresholds };
}
