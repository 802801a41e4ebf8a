// Scores plan parsing on the labelled fragments: test/fixtures/plans/eval/ (written blind, by someone
// who did not see the parser) and test/fixtures/plans/cases/ (ours). Format: EVAL-FORMATS.md, "plan fragments".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanParseError } from '../../src/core/errors.js';
import { importPlan } from '../../src/core/plans/import-plan.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { withoutPinyinGlosses } from '../../src/core/plans/clean-text.js';
import type { Plan, PlanItem } from '../../src/core/plans/plan-schema.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadObservances } from '../../src/infra/observance-calendar.js';
import { MemoryStore } from '../support/memory-store.js';
import type { EvalResult } from './run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(root, 'test', 'fixtures', 'plans');

interface ExpectedTarget {
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit: string;
}
interface ExpectedItem {
  match: string;
  due?: Array<{ start?: string; end: string }>;
  targets?: ExpectedTarget[];
}
interface Expected {
  today: string;
  title?: string;
  /** null: the document names no year; the import date's year is assumed and the reply asks to confirm. */
  year?: number | null;
  minItems?: number;
  maxItems?: number;
  items?: ExpectedItem[];
  notTargets?: string[];
  notInItems?: string[];
  refuse?: boolean;
  /** plan | summary | report_with_plan | monthly_with_plan | news | notice | table (WRITERS.md). */
  kind?: string;
}

/** Counts of right / checked per field. */
type Tally = Record<string, [number, number]>;
const FIELDS = ['refuse', 'kind', 'title', 'year', 'itemCount', 'found', 'due', 'targets', 'notTargets', 'notInItems'] as const;

// A label quotes the page as written; the reader drops its pinyin glosses ("活動(dòng)"), and so does the key.
const key = (s: string): string => normalizeText(withoutPinyinGlosses(s)).replace(/\s+/gu, '');
const unitKey = (u: string): string => key(u).replace(/[()（）]/gu, '');

function findItem(plan: Plan, match: string): PlanItem | undefined {
  const k = key(match);
  const hits = plan.items.filter((i) => key(i.text).includes(k));
  // The most specific item: a child whose text contains the words rather than the parent quoting them.
  return hits.sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
}

function sameTargets(got: PlanItem['targets'], want: ExpectedTarget[]): boolean {
  if (got.length !== want.length) return false;
  const left = [...got];
  return want.every((w) => {
    const at = left.findIndex((t) => {
      if (unitKey(t.unit) !== unitKey(w.unit)) return false;
      if (w.min !== undefined || w.max !== undefined) return (w.min ?? null) === t.min && (w.max ?? null) === t.max;
      return t.value === w.value;
    });
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

/**
 * Due dates compare as a set (their order is not meaningful). A date kexie took from an observance
 * (implied) is right when it falls inside the labelled window: writers label observances by their
 * month (WRITERS.md), kexie knows the year's actual dates (科技活动周 2019: 5月19日至26日).
 */
function sameDue(got: PlanItem['due'], want: Array<{ start?: string; end: string }>): boolean {
  if (got.length !== want.length) return false;
  const left = [...got];
  return want.every((w) => {
    const at = left.findIndex((d) => (d.end === w.end && (w.start === undefined || d.start === w.start)) || (d.implied && w.start !== undefined && w.start <= d.start && d.end <= w.end));
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

/** One document's line in the per-document table. */
interface DocumentLine {
  name: string;
  kind: string;
  wantKind?: string;
  year?: number;
  wantYear?: number | null;
  items: number;
  due: [number, number];
  targets: [number, number];
  notTargets: number;
  refused: boolean;
}

const tick = (t: [number, number], ok: boolean): void => {
  t[1]++;
  if (ok) t[0]++;
};

const PLAN_LIKE = new Set(['plan', 'news', 'notice', 'table']);
const sameKind = (got: string, want: string): boolean => got === want || (PLAN_LIKE.has(got) && PLAN_LIKE.has(want)) || (got !== 'summary' && want !== 'summary' && !PLAN_LIKE.has(got) && !PLAN_LIKE.has(want));

/** The per-document table: year, kind, items, due and targets right, non-targets taken. */
function documentTable(documents: DocumentLine[]): string[] {
  return documents.map((d) => {
    const year = d.refused ? '—' : `${d.year}${d.wantYear === undefined || d.wantYear === null || d.wantYear === d.year ? '' : `≠${d.wantYear}`}`;
    const kind = d.wantKind === undefined || d.wantKind === d.kind ? d.kind : `${d.kind}(应为${d.wantKind})`;
    return `  ${d.name.padEnd(34)} 年份 ${year.padEnd(10)} 类型 ${kind.padEnd(18)} 条目 ${String(d.items).padStart(3)}  时间 ${d.due[0]}/${d.due[1]}  目标 ${d.targets[0]}/${d.targets[1]}  误取目标 ${d.notTargets}`;
  });
}

/** Scores one directory; returns readable lines for the misses. */
async function scoreDir(dir: string, tally: Tally, documents: DocumentLine[] = []): Promise<string[]> {
  const lines: string[] = [];
  const observances = loadObservances(join(root, 'data'));
  const count = (field: string, ok: boolean, miss: string): void => {
    const t = (tally[field] ??= [0, 0]);
    t[1]++;
    if (ok) t[0]++;
    else lines.push(`  ✗ ${field}: ${miss}`);
  };
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const name of names) {
    const base = name.slice(0, -4);
    const jsonFile = join(dir, `${base}.json`);
    if (!existsSync(jsonFile)) continue;
    const want = JSON.parse(readFileSync(jsonFile, 'utf8')) as Expected;
    const text = readFileSync(join(dir, name), 'utf8');
    const before = lines.length;
    let plan: Plan | undefined;
    let yearFrom: string | undefined;
    let kind = parsePlan(text, { source: name, fallbackYear: Number(want.today.slice(0, 4)), importedAt: want.today, observances }).report.kind;
    try {
      const result = await importPlan({ store: new MemoryStore(), observances }, { text, source: name, today: want.today, now: `${want.today}T08:00:00.000Z` });
      plan = result.plan;
      yearFrom = result.report?.yearFrom;
      kind = result.report?.kind ?? kind;
    } catch (error) {
      if (!(error instanceof PlanParseError)) throw error;
    }
    const doc: DocumentLine = { name: base, kind, wantKind: want.kind, year: plan?.year, wantYear: want.year, items: plan?.items.length ?? 0, due: [0, 0], targets: [0, 0], notTargets: 0, refused: plan === undefined };
    documents.push(doc);
    count('refuse', (plan === undefined) === (want.refuse === true), `${base}: ${plan ? '导入了' : '拒绝了'}`);
    // Kinds that differ only in wording of a plan (news about a plan, a notice carrying one, a task table) all import it.
    if (want.kind !== undefined) count('kind', sameKind(kind, want.kind), `${base}: ${kind} ≠ ${want.kind}`);
    if (!plan || want.refuse) {
      if (lines.length > before) lines.splice(before, 0, `${base}`);
      continue;
    }
    // Titles compare in simplified form (a traditional title may be labelled either way).
    if (want.title !== undefined && want.title !== null) count('title', key(plan.title) === key(want.title), `${base}: 「${plan.title}」≠「${want.title}」`);
    if (want.year === null) {
      const assumed = plan.year === Number(want.today.slice(0, 4)) && yearFrom === 'import-date';
      count('year', assumed, `${base}: ${plan.year}（${yearFrom}），应按导入日期推定并请用户确认`);
    } else if (want.year !== undefined) count('year', plan.year === want.year, `${base}: ${plan.year} ≠ ${want.year}`);
    if (want.minItems !== undefined || want.maxItems !== undefined) {
      // Counted with and without section headings: labels count "task items", older sets every item.
      const n = plan.items.length;
      const tasks = plan.items.filter((i) => i.kind === 'task').length;
      const within = (k: number): boolean => k >= (want.minItems ?? 0) && k <= (want.maxItems ?? Infinity);
      count('itemCount', within(n) || within(tasks), `${base}: ${n} 条（任务 ${tasks}），应为 ${want.minItems}–${want.maxItems}`);
    }
    for (const w of want.items ?? []) {
      const item = findItem(plan, w.match);
      count('found', item !== undefined, `${base}: 没有含「${w.match}」的条目`);
      if (!item) continue;
      if (w.due) {
        const got = item.due.map((d) => `${d.start}..${d.end}`).join(', ');
        tick(doc.due, sameDue(item.due, w.due));
        count('due', sameDue(item.due, w.due), `${base}「${w.match}」: [${got}] ≠ [${w.due.map((d) => `${d.start ?? ''}..${d.end}`).join(', ')}]`);
      }
      if (w.targets) {
        const got = item.targets.map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`).join(', ');
        tick(doc.targets, sameTargets(item.targets, w.targets));
        count('targets', sameTargets(item.targets, w.targets), `${base}「${w.match}」: [${got}] ≠ [${w.targets.map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`).join(', ')}]`);
      }
    }
    for (const s of want.notTargets ?? []) {
      const bad = plan.items.flatMap((i) => i.targets).find((t) => key(t.text).includes(key(s)));
      if (bad) doc.notTargets++;
      count('notTargets', bad === undefined, `${base}: 「${s}」被当作目标（${bad?.text}）`);
    }
    for (const s of want.notInItems ?? []) {
      const bad = plan.items.find((i) => key(i.text).includes(key(s)) || key(i.title).includes(key(s)));
      count('notInItems', bad === undefined, `${base}: 「${s}」出现在条目 ${bad?.path}`);
    }
    if (lines.length > before) lines.splice(before, 0, `${base}`);
  }
  return lines;
}

/** One set's accuracy per field, with the misses. */
export async function scoreSet(dir: string): Promise<{ report: string; accuracy: Record<string, number>; cases: number }> {
  const tally: Tally = {};
  const documents: DocumentLine[] = [];
  const misses = await scoreDir(dir, tally, documents);
  const accuracy: Record<string, number> = {};
  const table: string[] = [];
  for (const f of FIELDS) {
    const t = tally[f];
    if (!t) continue;
    accuracy[f] = t[1] === 0 ? 1 : t[0] / t[1];
    table.push(`${f.padEnd(12)} ${t[0]}/${t[1]}`);
  }
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
  return { report: [...table, '每份文件：', ...documentTable(documents), ...misses].join('\n'), accuracy, cases };
}

export async function score(): Promise<EvalResult> {
  const reports: string[] = [];
  const accuracy: Record<string, number> = {};
  for (const [label, sub] of [['blind', 'eval'], ['ours', 'cases'], ['blind2', 'blind'], ['scored', 'holdout-scored'], ['scored2', 'holdout2-scored'], ['scored3', 'holdout3-scored'], ['scored4', 'holdout4-scored'], ['scored5', 'holdout5-scored'], ['scored6', 'holdout6-scored'], ['scored7', 'holdout7-scored'], ['scored8', 'holdout8-scored'], ['scored9', 'holdout9-scored'], ['scored10', 'holdout10-scored'], ['scored11', 'holdout11-scored'], ['blind3', 'blind-w8'], ['blind4', 'blind-w9'], ['blind5', 'blind-p14'], ['blind6', 'blind-p15'], ['blind7', 'blind-p16'], ['scored12', 'holdout12-scored'], ['blind8', 'blind-p17'], ['scored13', 'holdout13-scored'], ['blind9', 'blind-p18'], ['scored14', 'holdout14-scored'], ['blind10', 'blind-p19'], ['scored15', 'holdout15-scored'], ['blind11', 'blind-p20'], ['blind12', 'blind-p21'], ['blind13', 'blind-p22'], ['blind14', 'blind-p23'], ['scored17', 'holdout17-scored'], ['scored18', 'holdout18-scored'], ['scored16', 'holdout16-scored']] as const) {
    const dir = join(FIXTURES, sub);
    if (!existsSync(dir)) {
      reports.push(`[${label}] ${dir} 不存在`);
      continue;
    }
    const r = await scoreSet(dir);
    reports.push(`[${label}] ${r.cases} 个片段（test/fixtures/plans/${sub}/）\n${r.report}`);
    for (const [f, v] of Object.entries(r.accuracy)) accuracy[`${label}.${f}`] = v;
  }
  return { name: 'plans', report: reports.join('\n\n'), accuracy };
}
