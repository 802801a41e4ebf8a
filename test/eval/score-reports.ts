// Scores chat reports (test/fixtures/chat/*.jsonl; corrections are scored by score-corrections.ts) through the whole chat path: each
// message goes to handleMessage as a plain chat message, and what the store holds afterwards is compared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { LogResult } from '../../src/core/activities/record-activity.js';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { toSimplified } from '../../src/core/text/normalize.js';
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
  /** Other plan paths that fit as well (blind sets). */
  itemAlternatives?: string[];
}
interface ReportCase {
  id: string;
  today: string;
  text: string;
  activity: boolean;
  records?: ExpectedRecord[];
  kind?: string;
  /** "ask": a careful colleague would ask; right when asked or when stored exactly right. */
  expect?: 'ask';
}

const readLines = <T>(name: string): T[] =>
  readFileSync(fixture('chat', ...name.split('/')), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const PLAN = readFileSync(`${ROOT}/data/sample-plan.md`, 'utf8');

async function setUp(today: string) {
  const { kexie, storeFor } = kexieForTests(today);
  // What the last log said, so a question asked ("ask") is told apart from a refusal.
  const logs: LogResult[] = [];
  const log = kexie.log.bind(kexie);
  kexie.log = async (...args: Parameters<typeof log>) => {
    const result = await log(...args);
    logs.push(result);
    return result;
  };
  const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
  await kexie.importPlan(ctx, { text: PLAN, source: 'sample-plan.md' });
  const store = storeFor('local');
  const plan = (await store.listPlans())[0];
  const pathOf = (a: Activity): string | null => plan?.items.find((i) => i.id === a.itemId)?.path ?? null;
  const live = async (): Promise<Activity[]> => (await store.listActivities()).filter((a) => !a.undone).sort((x, y) => x.at.localeCompare(y.at));
  return { kexie, ctx, pathOf, live, logs };
}

const FIELDS = ['is-activity', 'date', 'headcount', 'approximate', 'metrics', 'item'] as const;
type Field = (typeof FIELDS)[number];

/** Figures other than people sub-counts ("人(教师)"), which the labels leave out. */
// A unit written in traditional characters (場, 戶) is the same unit as its simplified form.
// 20万尾 and 200000尾, 3万元 and 30000元 are one quantity: the reader keeps 万 as written (as offices write money and fry),
// writers label either way, and neither stores a wrong number, so a 万 key is compared in its plain unit.
const inPlainUnit = ([k, v]: [string, number]): [string, number] => (/^万./u.test(k) ? [k.slice(1), Math.round(v * 10000)] : [k, v]);
export const plainMetrics = (m: Record<string, number>): string => JSON.stringify(Object.entries(m).filter(([k]) => !k.includes('(')).map(([k, v]) => inPlainUnit([toSimplified(k), v])).sort());

function compare(got: Activity[], want: ExpectedRecord[], pathOf: (a: Activity) => string | null): Record<Exclude<Field, 'is-activity'>, boolean> {
  const same = got.length === want.length;
  const all = (f: (g: Activity, w: ExpectedRecord) => boolean): boolean => same && want.every((w, k) => f(got[k]!, w));
  return {
    date: all((g, w) => g.date === w.date && (g.dateEnd ?? null) === (w.dateEnd ?? null)),
    headcount: all((g, w) => g.headcount === w.headcount && (w.headcount === null || !w.headcountUnit || (g.headcountUnit ?? '人') === w.headcountUnit)),
    approximate: all((g, w) => g.approximate === w.approximate),
    metrics: all((g, w) => plainMetrics(g.metrics) === plainMetrics(w.metrics)),
    item: all((g, w) => pathOf(g) === w.item || (pathOf(g) !== null && (w.itemAlternatives ?? []).includes(pathOf(g) as string))),
  };
}

/** Field accuracy over the tuning set, the held-out set, the misreadings found and the blind sets. */
export async function score(): Promise<EvalResult> {
  const tuned = await scoreSet('');
  const held = await scoreSet('holdout/');
  const found = await scoreSet('found/');
  const blind = [];
  // The holdout scored once (holdout-scored/) is tuning data now, scored like the blind sets.
  for (const name of [...blindReportSets('found'), ...blindReportSets(), ...blindReportSets('holdout-scored'), ...blindReportSets('holdout2-scored'), ...blindReportSets('holdout3-scored'), ...blindReportSets('holdout4-scored'), ...blindReportSets('holdout5-scored'), ...blindReportSets('holdout6-scored'), ...blindReportSets('holdout7-scored'), ...blindReportSets('holdout8-scored'), ...blindReportSets('holdout9-scored'), ...blindReportSets('holdout10-scored'), ...blindReportSets('holdout11-scored'), ...blindReportSets('holdout12-scored'), ...blindReportSets('holdout13-scored'), ...blindReportSets('holdout14-scored'), ...blindReportSets('holdout15-scored'), ...blindReportSets('holdout16-scored'), ...blindReportSets('holdout17-scored'), ...blindReportSets('holdout18-scored'), ...blindReportSets('holdout19-scored')]) blind.push(await scoreBlindSet(name));
  const accuracy: Record<string, number> = {};
  const thresholds: Record<string, number> = {};
  for (const b of blind) {
    Object.assign(accuracy, b.accuracy);
    Object.assign(thresholds, b.thresholds);
  }
  for (const [k, v] of Object.entries(found.accuracy)) accuracy[`found ${k}`] = v;
  for (const [k, v] of Object.entries(tuned.accuracy)) accuracy[k] = v;
  for (const [k, v] of Object.entries(held.accuracy)) accuracy[`holdout ${k}`] = v;
  const report = [tuned.report, '-- held out (written after the parser was tuned) --', held.report, '-- misreadings found in use, added before their fix --', found.report, ...blind.map((b) => `-- ${b.name.startsWith('blind/') ? 'blind set' : /^holdout\d*-scored\//u.test(b.name) ? 'holdout scored once (now tuning)' : 'found (blind format)'} ${b.name} --\n${b.report}`)];
  return { name: 'chat reports', report: report.join('\n'), accuracy, thresholds };
}

/** One set: reports.jsonl under test/fixtures/chat/<prefix>. */
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
  const accuracy: Record<string, number> = {};
  accuracy['is-activity'] = right['is-activity'] / cases.length;
  for (const f of FIELDS.slice(1)) accuracy[f] = right[f] / Math.max(1, activityCases);
  const report = [`${cases.length} reports (${activityCases} activities)`, ...misses].join('\n');
  return { name: 'chat reports', report, accuracy };
}

/** The blind report sets: test/fixtures/chat/blind/*reports*.jsonl, by file name. */
export function blindReportSets(folder = 'blind'): string[] {
  const dir = fixture('chat', folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /reports.*\.jsonl$/u.test(f) && (folder === 'blind' || f !== 'reports.jsonl')).sort().map((f) => `${folder}/${f}`) : [];
}

/** What the blind sets must reach (issue 16): `npm run eval` fails below these. */
export const BLIND_THRESHOLDS = { right: 0.9, notAsked: 0.9, notStoredWrong: 1, nonReportsHeld: 1 } as const;
/**
 * Where the blind sets stand today, which `npm test` keeps from slipping back while the targets above are not
 * yet met (raise these as the reader improves; the found sets are held to the targets themselves).
 */
export const BLIND_FLOORS = { right: 0.88, asked: 0.1, storedWrong: 2, nonReportsHeld: 1 } as const;

/** A set's own floor from test/eval/floors.json (a set newer than the targets), else BLIND_FLOORS. */
export function blindFloorsFor(name: string): BlindFloors {
  const own = readEvalFloors().reports?.[name];
  return { ...BLIND_FLOORS, ...own };
}

/** test/eval/floors.json: per-set floors for sets that do not meet the targets yet. */
export interface BlindFloors { right: number; asked: number; storedWrong: number; nonReportsHeld: number }

export function readEvalFloors(): { reports?: Record<string, Partial<BlindFloors>>; corrections?: Record<string, { right?: number; changedWrong?: number }> } {
  return JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8')) as ReturnType<typeof readEvalFloors>;
}

export interface BlindScore extends EvalResult {
  thresholds: Record<string, number>;
  counts: { reports: number; right: number; asked: number; storedWrong: number; nonReports: number; nonReportsHeld: number };
}

/**
 * One blind set through the whole chat path. A report is entirely right when exactly its records are
 * stored with every field right (or, for "expect":"ask", when kexie asked). Stored wrong: a stored record
 * with a wrong date, headcount, unit or figure, linked to a wrong item, or a non-report stored at all.
 */
export async function scoreBlindSet(name: string): Promise<BlindScore> {
  const cases = readLines<ReportCase>(name);
  const counts = { reports: 0, right: 0, asked: 0, storedWrong: 0, nonReports: 0, nonReportsHeld: 0 };
  const lines: string[] = [];
  for (const c of cases) {
    const { kexie, ctx, pathOf, live, logs } = await setUp(c.today);
    const reply = await handleMessage(kexie, ctx, c.text);
    const got = await live();
    const asked = logs.some((l) => !l.ok && l.reason === 'ask') || (reply as { kind: string }).kind === 'ask';
    const said = reply.text.split('\n')[0]?.slice(0, 60) ?? '';
    if (!c.activity) {
      counts.nonReports++;
      if (got.length === 0) counts.nonReportsHeld++;
      else {
        counts.storedWrong++;
        lines.push(`${c.id} STORED WRONG: 不是活动（${c.kind ?? ''}），却记录了 ${got.length} 条 · ${c.text}`);
      }
      continue;
    }
    counts.reports++;
    const want = c.records ?? [];
    const wrong = got.length === 0 ? [] : storedWrongFields(got, want, pathOf);
    const exact = got.length === want.length && got.length > 0 && wrong.length === 0 && got.every((g, k) => exactItem(g, want[k]!, pathOf) && g.approximate === want[k]!.approximate);
    if (asked) counts.asked++;
    if (exact || (asked && c.expect === 'ask' && got.length === 0)) counts.right++;
    if (wrong.length > 0) {
      counts.storedWrong++;
      lines.push(`${c.id} STORED WRONG ${wrong.join('；')} · ${c.text}`);
    } else if (!exact && !(asked && c.expect === 'ask')) {
      const why = asked ? `问了：${said}` : got.length === 0 ? `没有记录：${said}` : `${describe(got, want, pathOf)}`;
      lines.push(`${c.id} ${c.expect === 'ask' ? '[应问] ' : ''}${why} · ${c.text}`);
    }
  }
  const key = name.replace(/\.jsonl$/u, '').replace(/^blind\//u, '').replace(/^(holdout\d*-scored)\/reports-/u, '$1-');
  const reports = Math.max(1, counts.reports);
  const accuracy: Record<string, number> = {
    [`blind ${key} entirely right`]: counts.right / reports,
    [`blind ${key} not asked`]: 1 - counts.asked / reports,
    [`blind ${key} not stored wrong`]: 1 - counts.storedWrong / Math.max(1, cases.length),
  };
  if (counts.nonReports > 0) accuracy[`blind ${key} non-reports held`] = counts.nonReportsHeld / counts.nonReports;
  const thresholds: Record<string, number> = {
    [`blind ${key} entirely right`]: BLIND_THRESHOLDS.right,
    [`blind ${key} not asked`]: BLIND_THRESHOLDS.notAsked,
    [`blind ${key} not stored wrong`]: BLIND_THRESHOLDS.notStoredWrong,
    [`blind ${key} non-reports held`]: BLIND_THRESHOLDS.nonReportsHeld,
  };
  const head = `${cases.length} cases: ${counts.reports} reports, ${counts.right} entirely right (${pct(counts.right, reports)}), ${counts.asked} asked (${pct(counts.asked, reports)}), STORED WRONG ${counts.storedWrong}; non-reports refused or asked ${counts.nonReportsHeld}/${counts.nonReports}`;
  return { name, report: [head, ...lines].join('\n'), accuracy, thresholds, counts };
}

const pct = (n: number, d: number): string => `${((n / Math.max(1, d)) * 100).toFixed(1)}%`;

/** Is the stored item right: the labelled one or an alternative (unlinked is not wrong, only not right). */
function exactItem(g: Activity, w: ExpectedRecord, pathOf: (a: Activity) => string | null): boolean {
  const path = pathOf(g);
  return path === w.item || (path !== null && (w.itemAlternatives ?? []).includes(path));
}

/**
 * People sub-counts ("人(志愿者)") by value only: their labels are free words. 应到 is left out: the blind
 * sets disagree on it (w1 leaves it out, w2 keeps it as "人(应到)"); it never counts as participants.
 */
// Who was expected (应到) or signed up (报名, 预约) beside who came is a side figure: writers keep it as 人(报名) or
// leave it out (63 older labels leave it out, 26 newer keep it), and neither stores a wrong number, so it is not compared.
const SIDE_COUNT = /应到|应參加|应参加|报名|報名|预约|預約/u;
const peopleCounts = (m: Record<string, number>): string => JSON.stringify(Object.entries(m).filter(([k]) => k.includes('(') && !SIDE_COUNT.test(k)).map(([, v]) => v).sort((a, b) => a - b));

/** The fields of stored records that are wrong (not merely missing): what must never reach the 上级科协. */
function storedWrongFields(got: Activity[], want: ExpectedRecord[], pathOf: (a: Activity) => string | null): string[] {
  if (got.length !== want.length) return [`记录了 ${got.length} 条，应为 ${want.length} 条`];
  const out: string[] = [];
  got.forEach((g, k) => {
    const w = want[k]!;
    const at = got.length > 1 ? `#${k + 1} ` : '';
    if (g.date !== w.date || (g.dateEnd ?? null) !== (w.dateEnd ?? null)) out.push(`${at}日期 ${g.date}${g.dateEnd ? `..${g.dateEnd}` : ''}，应为 ${w.date}${w.dateEnd ? `..${w.dateEnd}` : ''}`);
    if (g.headcount !== w.headcount || (w.headcount !== null && (g.headcountUnit ?? '人') !== (w.headcountUnit ?? '人'))) out.push(`${at}人数 ${g.headcount}${g.headcountUnit ?? ''}，应为 ${w.headcount}${w.headcountUnit ?? ''}`);
    if (plainMetrics(g.metrics) !== plainMetrics(w.metrics) || peopleCounts(g.metrics) !== peopleCounts(w.metrics)) out.push(`${at}数量 ${JSON.stringify(g.metrics)}，应为 ${JSON.stringify(w.metrics)}`);
    const path = pathOf(g);
    if (path !== null && !exactItem(g, w, pathOf)) out.push(`${at}关联 ${path}，应为 ${w.item ?? '无'}`);
  });
  return out;
}

/** A right-but-not-exact record: what is missing (an open link, the approximate mark). */
function describe(got: Activity[], want: ExpectedRecord[], pathOf: (a: Activity) => string | null): string {
  return got.map((g, k) => {
    const w = want[k];
    if (!w) return '多余记录';
    const parts: string[] = [];
    if (!exactItem(g, w, pathOf)) parts.push(`关联 ${pathOf(g) ?? '无'}，应为 ${w.item}`);
    if (g.approximate !== w.approximate) parts.push(`约数 ${g.approximate}，应为 ${w.approximate}`);
    return parts.join('，');
  }).join(' | ');
}
