// Scores chat reports and corrections (test/fixtures/chat/*.jsonl) through the whole chat path: each
// message goes to handleMessage as a plain chat message, and what the store holds afterwards is compared.
import { readFileSync } from 'node:fs';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { fixture, kexieForTests, ROOT } from '../support/kexie-for-tests.js';
import type { EvalResult } from './run.js';

interface ExpectedRecord {
  date: string;
  dateEnd: string | null;
  headcount: number | null;
  headcountUnit?: string;
  approximate: boolean;
  metrics: Record<string, number>;
  item: string | null;
}
interface ReportCase {
  id: string;
  today: string;
  text: string;
  activity: boolean;
  records?: ExpectedRecord[];
  kind?: string;
}
interface CorrectionCase {
  id: string;
  today: string;
  before: string[];
  text: string;
  target: number | null;
  changes: Partial<ExpectedRecord> | null;
}

const readLines = <T>(name: string): T[] =>
  readFileSync(fixture('chat', ...name.split('/')), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const PLAN = readFileSync(`${ROOT}/data/sample-plan.md`, 'utf8');

async function setUp(today: string) {
  const { kexie, storeFor } = kexieForTests(today);
  const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
  await kexie.importPlan(ctx, { text: PLAN, source: 'sample-plan.md' });
  const store = storeFor('local');
  const plan = (await store.listPlans())[0];
  const pathOf = (a: Activity): string | null => plan?.items.find((i) => i.id === a.itemId)?.path ?? null;
  const live = async (): Promise<Activity[]> => (await store.listActivities()).filter((a) => !a.undone).sort((x, y) => x.at.localeCompare(y.at));
  return { kexie, ctx, pathOf, live };
}

const FIELDS = ['is-activity', 'date', 'headcount', 'approximate', 'metrics', 'item'] as const;
type Field = (typeof FIELDS)[number];

/** Figures other than people sub-counts ("人(教师)"), which the labels leave out. */
const plainMetrics = (m: Record<string, number>): string => JSON.stringify(Object.entries(m).filter(([k]) => !k.includes('(')).sort());

function compare(got: Activity[], want: ExpectedRecord[], pathOf: (a: Activity) => string | null): Record<Exclude<Field, 'is-activity'>, boolean> {
  const same = got.length === want.length;
  const all = (f: (g: Activity, w: ExpectedRecord) => boolean): boolean => same && want.every((w, k) => f(got[k]!, w));
  return {
    date: all((g, w) => g.date === w.date && (g.dateEnd ?? null) === (w.dateEnd ?? null)),
    headcount: all((g, w) => g.headcount === w.headcount && (w.headcount === null || !w.headcountUnit || (g.headcountUnit ?? '人') === w.headcountUnit)),
    approximate: all((g, w) => g.approximate === w.approximate),
    metrics: all((g, w) => plainMetrics(g.metrics) === plainMetrics(w.metrics)),
    item: all((g, w) => pathOf(g) === w.item),
  };
}

/** Field accuracy over the tuning set and the held-out set, and the share of corrections applied right. */
export async function score(): Promise<EvalResult> {
  const tuned = await scoreSet('');
  const held = await scoreSet('holdout/');
  const found = await scoreSet('found/');
  const accuracy: Record<string, number> = {};
  for (const [k, v] of Object.entries(found.accuracy)) accuracy[`found ${k}`] = v;
  for (const [k, v] of Object.entries(tuned.accuracy)) accuracy[k] = v;
  for (const [k, v] of Object.entries(held.accuracy)) accuracy[`holdout ${k}`] = v;
  const report = [tuned.report, '-- held out (written after the parser was tuned) --', held.report, '-- misreadings found in use, added before their fix --', found.report];
  return { name: 'chat reports', report: report.join('\n'), accuracy };
}

/** One set: reports.jsonl and corrections.jsonl under test/fixtures/chat/<prefix>. */
export async function scoreSet(prefix: string): Promise<EvalResult> {
  const cases = readLines<ReportCase>(`${prefix}reports.jsonl`);
  const right: Record<Field, number> = { 'is-activity': 0, date: 0, headcount: 0, approximate: 0, metrics: 0, item: 0 };
  let activityCases = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const { kexie, ctx, pathOf, live } = await setUp(c.today);
    await handleMessage(kexie, ctx, c.text);
    const got = await live();
    const isActivity = got.length > 0;
    if (isActivity === c.activity) right['is-activity']++;
    else misses.push(`${c.id} is-activity: 应为 ${c.activity}，得到 ${got.length} 条 · ${c.text}`);
    if (!c.activity) continue;
    activityCases++;
    const want = c.records ?? [];
    const result = compare(got, want, pathOf);
    for (const [field, ok] of Object.entries(result) as Array<[Exclude<Field, 'is-activity'>, boolean]>) {
      if (ok) right[field]++;
      else if (isActivity) {
        const show = (a: Activity | ExpectedRecord | undefined): string => {
          if (!a) return '—';
          if (field === 'item') return 'itemId' in a ? String(pathOf(a)) : String(a.item);
          if (field === 'date') return `${a.date}${a.dateEnd ? `..${a.dateEnd}` : ''}`;
          if (field === 'metrics') return plainMetrics(a.metrics);
          return String(a[field]);
        };
        misses.push(`${c.id} ${field}: 应为 ${want.map(show).join(' | ')}，得到 ${got.map(show).join(' | ')} · ${c.text}`);
      }
    }
  }
  const corrections = readLines<CorrectionCase>(`${prefix}corrections.jsonl`);
  let corrected = 0;
  for (const c of corrections) {
    const { kexie, ctx, pathOf, live } = await setUp(c.today);
    const strip = (a: Activity) => ({ date: a.date, dateEnd: a.dateEnd ?? null, headcount: a.headcount, headcountUnit: a.headcountUnit ?? '人', approximate: a.approximate, metrics: a.metrics, item: pathOf(a), title: a.title });
    for (const b of c.before) await handleMessage(kexie, ctx, `记录 ${b}`);
    const before = await live();
    const reply = await handleMessage(kexie, ctx, c.text);
    const after = await live();
    let ok: boolean;
    if (c.target === null || c.changes === null) {
      ok = JSON.stringify(after.map(strip)) === JSON.stringify(before.map(strip));
    } else {
      const t = after[c.target];
      const expected = before[c.target] ? { ...strip(before[c.target]!), ...c.changes } : undefined;
      const others = after.filter((_, k) => k !== c.target).map(strip);
      ok = after.length === before.length && t !== undefined && expected !== undefined &&
        Object.entries(c.changes).every(([k, v]) => JSON.stringify(strip(t)[k as keyof ReturnType<typeof strip>]) === JSON.stringify(v)) &&
        JSON.stringify(others) === JSON.stringify(before.filter((_, k) => k !== c.target).map(strip));
    }
    if (ok) corrected++;
    else misses.push(`${c.id} correction: ${c.text} → ${reply.text.split('\n')[0]}`);
  }
  const accuracy: Record<string, number> = {};
  accuracy['is-activity'] = right['is-activity'] / cases.length;
  for (const f of FIELDS.slice(1)) accuracy[f] = right[f] / Math.max(1, activityCases);
  if (corrections.length > 0) accuracy['corrections'] = corrected / corrections.length;
  const report = [`${cases.length} reports (${activityCases} activities), ${corrections.length} corrections`, ...misses].join('\n');
  return { name: 'chat reports', report, accuracy };
}
