// Scores corrections and follow-ups (test/fixtures/chat/**/corrections*.jsonl) through the whole chat path, as
// one sender's conversation: the reports before, then the follow-up (in a Slack thread when the case says so).
// "Right" is the expected change and nothing else; "changed wrong" (a record changed that was not named, a
// wrong value, or a change where a question was due) must be 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage, type Reply } from '../../src/core/chat/handle-message.js';
import { conversationKey } from '../../src/core/conversation/conversation.js';
import { fixture, kexieForTests, ROOT } from '../support/kexie-for-tests.js';
import type { EvalResult } from './run.js';
import { normalizeText } from '../../src/core/text/normalize.js';

/** The fields a case may expect of its target record after the follow-up. */
export interface ExpectedChanges {
  date?: string;
  dateEnd?: string | null;
  headcount?: number | null;
  headcountUnit?: string;
  approximate?: boolean;
  metrics?: Record<string, number>;
  item?: string | null;
  titleIncludes?: string;
  undone?: boolean;
}
export interface CorrectionCase {
  id: string;
  today: string;
  before: string[];
  text: string;
  thread?: number | null;
  expect?: 'apply' | 'ask' | 'add';
  target: number | null;
  changes: ExpectedChanges | null;
  beforeCorrections?: number;
}
export interface CaseOutcome {
  right: boolean;
  changedWrong: boolean;
  note: string;
}

/** The blind sets need 11 in 12 right; the project's own sets 95%; nothing may be changed wrong anywhere. */
export const CORRECTION_THRESHOLDS = { blindRight: 11 / 12, ownRight: 0.95, notChangedWrong: 1 };

const PLAN = readFileSync(`${ROOT}/data/sample-plan.md`, 'utf8');
const CHANNEL = 'D1';
const tsOf = (k: number): string => `1764000${String(k).padStart(3, '0')}.000100`;

/**
 * People sub-counts are keyed by their label as written ("人(指导老师)"); the labels name them freely ("人(教师)").
 * A unit is one in either script: a label written "場" is the record's "场".
 */
const plainKeys = (m: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [normalizeText(k).replace(/\(.*\)$/u, '(…)'), v]).sort(([a], [b]) => String(a).localeCompare(String(b))));

const shape = (a: Activity, pathOf: (a: Activity) => string | null) => ({
  date: a.date, dateEnd: a.dateEnd ?? null, headcount: a.headcount, headcountUnit: a.headcountUnit ?? '人', approximate: a.approximate,
  metrics: plainKeys(a.metrics), item: pathOf(a), title: a.title, undone: a.undone,
});
type Shape = ReturnType<typeof shape>;

/** Runs one case and judges it. */
export async function runCorrectionCase(c: CorrectionCase): Promise<CaseOutcome> {
  const { kexie, storeFor } = kexieForTests(c.today);
  const base = kexie.context({ user: 'U1', today: c.today, source: { kind: 'slack', channel: CHANNEL } });
  await kexie.importPlan(base, { text: PLAN, source: 'sample-plan.md' });
  const store = storeFor('local');
  const plan = (await store.listPlans())[0];
  const pathOf = (a: Activity): string | null => plan?.items.find((i) => i.id === a.itemId)?.path ?? null;
  const all = async (): Promise<Map<string, Activity>> => new Map((await store.listActivities()).map((a) => [a.id, a]));
  const dm = { key: conversationKey({ workspace: 'local', user: 'U1', where: `slack:${CHANNEL}` }) };
  const say = (text: string, k: number, thread?: number): Promise<Reply> => {
    const ctx = { ...base, source: { kind: 'slack' as const, channel: CHANNEL, message: tsOf(k) } };
    const conversation = thread === undefined ? dm : { key: conversationKey({ workspace: 'local', user: 'U1', where: `slack:${CHANNEL}`, thread: tsOf(thread) }), thread: `${CHANNEL}:${tsOf(thread)}` };
    return handleMessage(kexie, ctx, text, { conversation });
  };
  const reports = c.before.length - (c.beforeCorrections ?? 0);
  const made: string[][] = [];
  for (const [k, b] of c.before.entries()) {
    const seen = await all();
    if (k < reports) {
      // Each report is stored as written: a question about it is answered 记录.
      const reply = await say(`记录 ${b}`, k);
      if (reply.kind === 'ask') await say('记录', 100 + k);
    } else await say(b, k);
    made.push([...(await all()).keys()].filter((id) => !seen.has(id)));
  }
  const before = await all();
  const reply = await say(c.text, c.before.length, c.thread ?? undefined);
  const after = await all();
  const expect = c.expect ?? (c.target === null ? 'ask' : 'apply');
  const targetId = c.target === null ? undefined : made[c.target]?.[0];
  const changed = [...after.keys()].filter((id) => !before.has(id) || JSON.stringify(shape(before.get(id)!, pathOf)) !== JSON.stringify(shape(after.get(id)!, pathOf)));
  const note = `${reply.text.split('\n')[0]?.slice(0, 80)}`;
  if (expect === 'ask' || !targetId || !c.changes) {
    const ok = changed.length === 0;
    return { right: ok && expect === 'ask', changedWrong: !ok, note: ok ? note : `改了 ${changed.length} 条：${note}` };
  }
  const got = after.get(targetId)!;
  const others = changed.filter((id) => id !== targetId);
  const want = c.changes;
  const s = shape(got, pathOf) as Shape & Record<string, unknown>;
  // Expected metrics are the record's whole set, or (as a case's note may say "场:1 unchanged") only the figures
  // changed or added, the others kept as they were.
  const metricsFit = (v: Record<string, number>): boolean =>
    [v, { ...before.get(targetId)!.metrics, ...v }].some((m) => JSON.stringify(s.metrics) === JSON.stringify(plainKeys(m)));
  const wrongFields = Object.entries(want).filter(([k, v]) => (k === 'titleIncludes' ? !got.title.includes(String(v)) : k === 'metrics' ? !metricsFit(v as Record<string, number>) : JSON.stringify(s[k]) !== JSON.stringify(v)));
  // Fields the case does not name must keep their values.
  const was = shape(before.get(targetId)!, pathOf) as Shape & Record<string, unknown>;
  const stray = Object.keys(was).filter((k) => !(k in want) && !(k === 'title' && 'titleIncludes' in want) && !(k === 'dateEnd' && 'date' in want) && !(k === 'approximate' && 'headcount' in want) && !(k === 'headcountUnit' && 'headcount' in want) && JSON.stringify(was[k]) !== JSON.stringify(s[k]));
  const touched = changed.includes(targetId);
  const right = others.length === 0 && wrongFields.length === 0 && stray.length === 0;
  const changedWrong = others.length > 0 || (touched && (wrongFields.length > 0 || stray.length > 0));
  const detail = right ? '' : `${others.length > 0 ? `改了别的 ${others.length} 条；` : ''}${wrongFields.map(([k, v]) => `${k} 应为 ${JSON.stringify(v)} 得到 ${JSON.stringify(k === 'titleIncludes' ? got.title : s[k])}`).join('，')}${stray.length > 0 ? `；不该改 ${stray.join('、')}` : ''}`;
  return { right, changedWrong, note: `${detail} · ${note}` };
}

const readCases = (path: string): CorrectionCase[] =>
  existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorrectionCase) : [];

/** One file of cases: the share right, the share not changed wrong, and the misses. */
export async function scoreCorrectionFile(path: string): Promise<{ right: number; changedWrong: number; total: number; report: string }> {
  const cases = readCases(path);
  let right = 0;
  let changedWrong = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const o = await runCorrectionCase(c);
    if (o.right) right++;
    if (o.changedWrong) changedWrong++;
    if (!o.right) misses.push(`${o.changedWrong ? '改错 ' : '未对 '}${c.id} [${c.expect ?? (c.target === null ? 'ask' : 'apply')}] ${c.text} → ${o.note}`);
  }
  return { right, changedWrong, total: cases.length, report: [`${cases.length} cases, ${right} right, ${changedWrong} changed wrong`, ...misses].join('\n') };
}

/** The blind correction sets committed under test/fixtures/chat/blind/. */
export function blindCorrectionSets(): string[] {
  const dir = fixture('chat', 'blind');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /corrections.*\.jsonl$/u.test(f)).sort() : [];
}

/** The project's own sets and the blind ones. */
export async function score(): Promise<EvalResult> {
  const accuracy: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  const report: string[] = [];
  const own: Array<[string, string]> = [['corrections', fixture('chat', 'corrections.jsonl')], ['holdout corrections', fixture('chat', 'holdout', 'corrections.jsonl')], ['found corrections', fixture('chat', 'found', 'corrections.jsonl')], ['holdout2-scored corrections', fixture('chat', 'holdout2-scored', 'corrections.jsonl')], ['holdout3-scored corrections', fixture('chat', 'holdout3-scored', 'corrections.jsonl')], ['holdout4-scored corrections', fixture('chat', 'holdout4-scored', 'corrections.jsonl')], ['holdout5-scored corrections', fixture('chat', 'holdout5-scored', 'corrections.jsonl')], ['holdout6-scored corrections', fixture('chat', 'holdout6-scored', 'corrections.jsonl')], ['holdout7-scored corrections', fixture('chat', 'holdout7-scored', 'corrections.jsonl')], ['holdout8-scored corrections', fixture('chat', 'holdout8-scored', 'corrections.jsonl')], ['holdout9-scored corrections', fixture('chat', 'holdout9-scored', 'corrections.jsonl')], ['holdout10-scored corrections', fixture('chat', 'holdout10-scored', 'corrections.jsonl')], ['holdout11-scored corrections', fixture('chat', 'holdout11-scored', 'corrections.jsonl')], ['holdout12-scored corrections', fixture('chat', 'holdout12-scored', 'corrections.jsonl')], ['holdout13-scored corrections', fixture('chat', 'holdout13-scored', 'corrections.jsonl')], ['holdout14-scored corrections', fixture('chat', 'holdout14-scored', 'corrections.jsonl')], ['holdout15-scored corrections', fixture('chat', 'holdout15-scored', 'corrections.jsonl')], ['holdout16-scored corrections', fixture('chat', 'holdout16-scored', 'corrections.jsonl')], ['holdout17-scored corrections', fixture('chat', 'holdout17-scored', 'corrections.jsonl')], ['holdout18-scored corrections', fixture('chat', 'holdout18-scored', 'corrections.jsonl')], ['holdout19-scored corrections', fixture('chat', 'holdout19-scored', 'corrections.jsonl')]];
  const blind = blindCorrectionSets().map((f): [string, string] => [`blind ${f.replace(/\.jsonl$/u, '')}`, fixture('chat', 'blind', f)]);
  for (const [name, path] of [...own, ...blind]) {
    const r = await scoreCorrectionFile(path);
    if (r.total === 0) continue;
    report.push(`-- ${name} --\n${r.report}`);
    accuracy[`${name} right`] = r.right / r.total;
    accuracy[`${name} not changed wrong`] = 1 - r.changedWrong / r.total;
    thresholds[`${name} right`] = name.startsWith('blind') ? CORRECTION_THRESHOLDS.blindRight : CORRECTION_THRESHOLDS.ownRight;
    thresholds[`${name} not changed wrong`] = CORRECTION_THRESHOLDS.notChangedWrong;
  }
  return { name: 'corrections and follow-ups', report: report.join('\n'), accuracy, thresholds };
}
