// Logs, edits, re-links and undoes activities; only the author or an admin may change a record.
import { AppError, NotFoundError, StoreError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Observance } from '../plans/observances.js';
import type { Plan } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { matchKey } from '../text/normalize.js';
import { stripControls } from '../text/sanitize.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { randomId } from '../text/hash.js';
import { readReport, type Doubt, type ReportReading } from '../understanding/read-report.js';
import { findObservances } from '../plans/observances.js';
import { closeChoices, isConfident, rankItems, type ItemMatch } from './link-activity.js';
import { contextOf } from './link-topics.js';
import { addDays } from '../dates/civil-date.js';

/** Two parts of a message written on one line (parts of one sentence, not a log's separate days). */
const sameLine = (message: string, a: string, b: string): boolean => {
  const lines = message.split('\n');
  const line = lines.findIndex((l) => l.includes(a.trim()));
  return line >= 0 && lines[line]!.includes(b.trim());
};
import { OVERSHOOT, targetProgress } from './target-progress.js';
import { categoriesOf, classifyActivity } from '../stats/classify-activity.js';
import { categoryLabel } from '../stats/stat-returns.js';

export interface ActivityDeps {
  store: Store;
  observances: readonly Observance[];
}

/** One stored record of a logged message, with its plan item or the items to choose from. */
export interface LoggedRecord {
  activity: Activity;
  duplicate: boolean;
  itemTitle: string | null;
  /** Close candidates when the link was left open for the author to choose. */
  choices: Array<{ itemId: string; label: string }>;
}

/** A reading waiting for the sender's answer: plain JSON, so a conversation can keep it and store it later. */
export interface PendingReport {
  message: string;
  explicit: boolean;
  reading: Extract<ReportReading, { kind: 'activity' }>;
}

export type LogResult =
  | ({
      ok: true;
      records: LoggedRecord[];
      /** Something the user should know, e.g. the plan could not be read. */
      notice?: string;
      /** Lines of a pasted list that were not events ("本月暂未开展", "合计…"): say they were skipped. */
      skipped?: string[];
    } & LoggedRecord)
  | { ok: false; reason: 'future' | 'question' | 'chatter' | 'notice' | 'invalid'; message: string }
  /** The reader is unsure: nothing was stored; `message` is the one short question to ask. */
  | { ok: false; reason: 'ask'; message: string; doubts: Doubt[]; pending: PendingReport };

export interface LogOptions {
  /** The author said 记录, so a figure-less line is refused with a hint rather than treated as chatter. */
  explicit?: boolean;
  /** A reading made already (by the rules, the model, or edited by the sender). */
  reading?: ReportReading;
  /** The sender confirmed this reading: store it without asking again. */
  confirmed?: boolean;
}

/**
 * Records the activities of a chat message; bad input stores nothing and says what to write. A message
 * with several events stores several records. `explicit`: the author said 记录, so a figure-less line
 * is refused with a hint rather than treated as chatter.
 */
export async function logActivity(deps: ActivityDeps, ctx: RequestContext, message: string, options: LogOptions = {}): Promise<LogResult> {
  const explicit = options.explicit ?? true;
  const reading = options.reading ?? readReport(message, ctx.today, { explicit, observances: deps.observances });
  if (reading.kind === 'invalid') return { ok: false, reason: 'invalid', message: reading.message };
  if (reading.kind === 'not_activity') return { ok: false, reason: reading.reason, message: reading.message };
  if (!options.confirmed) {
    const doubts = await doubtsOf(deps, ctx, reading);
    if (doubts.length > 0) return { ok: false, reason: 'ask', message: askText(doubts), doubts, pending: { message, explicit, reading } };
  }
  const { plans, notice } = await plansForLinking(deps.store);
  const reporterUnit = (await deps.store.readDirectory().catch(() => ({ units: [] as { name: string; people: string[] }[] }))).units.find((u) => u.people.includes(`<@${ctx.user}>`))?.name;
  // A Slack message id identifies a delivery; elsewhere the same text from the same person within a minute is a double send.
  const baseKey = ctx.source.message
    ? `${ctx.source.kind}:${ctx.source.channel ?? ''}:${ctx.source.message}`
    : `${ctx.user}|${matchKey(message)}|${ctx.now.slice(0, 16)}`;
  const records: LoggedRecord[] = [];
  let observed: { date: string; text: string; link: ItemMatch } | undefined;
  for (const [k, u] of reading.records.entries()) {
    const year = Number(u.date.slice(0, 4));
    const found = plansInForce(plans, year).map((p) => p.plan);
    // An activity from before the first plan's year (logged in January for last December) still links to it.
    const inForce = found.length > 0 ? found : [...plans].sort((a, b) => a.year - b.year).slice(0, 1);
    const when = { start: u.date, end: u.dateEnd ?? u.date };
    const ranked = rankItems(`${u.title} ${u.text} ${u.lead} ${reading.records.length > 1 ? contextOf(message, u.text) : ''}`, inForce, deps.observances, [...Object.keys(u.metrics), u.headcountUnit ?? ''], when);
    // A weak match (shared words only) is offered as a choice, never made: a record credited to a target by
    // a chance word is a wrong figure upward.
    const weak = ranked[0] && !isConfident(ranked[0]) ? ranked.slice(0, 3) : [];
    const choices = weak.length > 0 ? weak : closeChoices(ranked);
    let link = choices.length === 0 ? ranked[0] : undefined;
    // "两场：上午…科普日宣传…；下午去白马乡…": a part with no words of its own belongs to the
    // observance its sibling named, on the same day.
    // "本周一在城关镇搞了科普日预热活动…；周二去了白马乡，来了90人": so does the next day of the same line, within a week.
    if (!link && ranked.length === 0 && observed && (observed.date === u.date || (sameLine(message, observed.text, u.text) && u.date > observed.date && u.date <= addDays(observed.date, 7)))) link = observed.link;
    if (link && findObservances(u.text, deps.observances).some((o) => link?.item.text.includes(o.observance.name) || o.observance.aliases.some((a) => link?.item.text.includes(a)))) {
      observed ??= { date: u.date, text: u.text, link };
    }
    const dedupeKey = reading.records.length > 1 ? `${baseKey}#${k + 1}` : baseKey;
    const flags = [...u.flags];
    if (u.milestone) flags.push('里程碑：无人数，记为完成事项');
    const activity: Activity = {
      id: newActivityId(),
      date: u.date,
      dateEnd: u.dateEnd,
      title: u.title,
      headcount: u.headcount,
      approximate: u.approximate,
      headcountUnit: u.headcountUnit,
      metrics: u.metrics,
      metricLabels: u.metricLabels,
      itemId: link?.item.id ?? null,
      planId: link?.plan.id ?? null,
      text: reading.records.length > 1 ? u.text : message,
      by: ctx.user,
      at: ctx.now,
      source: ctx.source,
      dedupeKey,
      flags,
      undone: false,
      history: [],
      ...(reporterUnit ? { reporterUnit } : {}),
    };
    // The returns' categories are decided now, from its words and the plan item it serves (shown in the reply, correctable).
    activity.categories = classifyActivity({ title: activity.title, text: activity.text, headcount: activity.headcount, itemTitle: link?.item.title ?? null });
    if (link && link.item.targets.length > 0) {
      // Only this item's records in its plan's years: not the year's other records, nor the whole history.
      const linked = (await deps.store.listItemActivities(link.item.id, { from: `${link.plan.year}-01-01`, to: `${link.plan.yearTo}-12-31` })).filter((a) => !a.undone);
      activity.flags.push(...overshootFlags(link.item, [...linked, activity]));
    }
    // "展品更新已完成验收": a milestone that completes its task marks the plan item done.
    if (link && u.milestone && COMPLETES.test(u.text)) {
      activity.flags.push(`已将“${link.item.path} ${link.item.title}”标记为已完成（如不对，发送：${link.item.path} 未完成）`);
    }
    const stored = await createOnce(deps.store, activity);
    const result = stored.activity ?? activity;
    if (link && u.milestone && COMPLETES.test(u.text) && !stored.duplicate) {
      await deps.store.setItemStatus({ itemId: link.item.id, path: link.item.path, title: link.item.title, status: 'done', by: ctx.user, at: ctx.now, date: u.date });
    }
    records.push({
      activity: result,
      duplicate: stored.duplicate,
      itemTitle: itemLabel(plans, result.itemId),
      choices: choices.map((c) => ({ itemId: c.item.id, label: `${c.item.path} ${c.item.title}` })),
    });
  }
  const first = records[0]!;
  return { ok: true, ...first, records, ...(notice ? { notice } : {}), ...(reading.skipped?.length ? { skipped: reading.skipped } : {}) };
}

/**
 * What must be settled before storing: the reading's own doubts, its records' (item doubts excepted: a weak
 * link is stored unlinked with choices), and a figure counted twice: a period total over single events the
 * same sender already logged in that period, or a single event inside a total already logged. Only the
 * records of that period are read.
 */
async function doubtsOf(deps: ActivityDeps, ctx: RequestContext, reading: Extract<ReportReading, { kind: 'activity' }>): Promise<Doubt[]> {
  const all = [...(reading.doubts ?? []), ...reading.records.flatMap((r) => r.doubts ?? [])].filter((d) => d.field !== 'item');
  for (const r of reading.records) {
    const from = r.date;
    const to = r.dateEnd ?? r.date;
    const mine = (await deps.store.listActivities({ from, to })).filter((a) => !a.undone && a.by === ctx.user);
    if (r.dateEnd && TOTAL.test(r.text)) {
      const inside = mine.filter((a) => a.dateEnd === null && a.date >= from && a.date <= to && sameMeasure(a, r) && sameKind(a.title, r.text));
      if (inside.length > 0) {
        const names = inside.slice(0, 3).map((a) => `${a.date.slice(5)} ${a.title}`).join('、');
        all.push({ field: 'headcount', question: `${periodName(from, to)}已记录的${inside.length}次活动（${names}${inside.length > 3 ? '等' : ''}）是否包含在这个合计里？` });
      }
    } else if (!r.dateEnd) {
      const total = mine.find((a) => a.dateEnd !== null && a.date <= from && a.dateEnd >= from && TOTAL.test(a.text) && sameMeasure(a, r) && sameKind(a.title, r.text));
      if (total) all.push({ field: 'headcount', question: `已记录的合计“${total.title}”（${total.date} 至 ${total.dateEnd}）是否已包含这次活动？` });
    }
  }
  return all;
}

/** A record that sums a period ("11月份共开展…", "国庆期间累计接待…"), not one event over a few days or of an uncertain day (11月中旬). */
const TOTAL = /(共|累计|合计|总计|汇总|期间|以来|全月|本月|月份|[一二三四五六七八九十\d]+场|[一二三四五六七八九十\d]+次)/u;
/** Kinds of work a total may sum; a total and an event that name different kinds count different things. */
const KINDS = /(讲座|报告会|科普报告|培训|巡展|接待|参观|下乡|宣传|演练|走访|慰问|竞赛|大赛|展览|咨询|义诊|研学|科学营|夏令营|冬令营|座谈|调查|问卷|报送|志愿服务|年会|论坛|研讨|启动仪式|开幕式|兴趣小组|开放日)/gu;
function sameKind(totalOrEventTitle: string, otherText: string): boolean {
  const left = new Set(totalOrEventTitle.match(KINDS) ?? []);
  const right = new Set(otherText.match(KINDS) ?? []);
  return left.size === 0 || right.size === 0 || [...left].some((k) => right.has(k));
}

/** Two records count the same thing: both count people, or share a measure word. */
function sameMeasure(a: Activity, r: { headcount: number | null; metrics: Record<string, number> }): boolean {
  return (a.headcount !== null && r.headcount !== null) || Object.keys(r.metrics).some((k) => a.metrics[k] !== undefined);
}

/** "本月" style name of a period, for the question. */
function periodName(from: string, to: string): string {
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01')) return `${Number(from.slice(5, 7))}月`;
  return `${from} 至 ${to}`;
}

/** One short question: the first doubt, with a note when there are more. */
function askText(doubts: readonly Doubt[]): string {
  const first = doubts[0]?.question ?? '要记录吗？';
  return doubts.length > 1 ? `${first}（另有 ${doubts.length - 1} 处待确认）` : first;
}

/** Stores a new activity; an id already taken (the store checks) gets a fresh one, never a silent overwrite. */
async function createOnce(store: Store, activity: Activity): ReturnType<Store['appendActivityEvent']> {
  try {
    return await store.appendActivityEvent({ type: 'create', activity });
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'record_clash') throw error;
    return store.appendActivityEvent({ type: 'create', activity: { ...activity, id: newActivityId() } });
  }
}

/** The plans, or none with a notice when the plan file is damaged: logging never depends on it. */
async function plansForLinking(store: Store): Promise<{ plans: Plan[]; notice?: string }> {
  try {
    return { plans: await store.listPlans() };
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'store_corrupt') throw error;
    return { plans: [], notice: '工作计划文件无法读取，这条活动已记录但没有关联计划条目。请管理员运行“kexie doctor”检查，或重新导入工作计划后用“关联 编号 三/2”补上。' };
  }
}

const COMPLETES = /(完成|验收|建成|落成|竣工)/u;

/** "关联后…将达到目标的5倍": a link that would put a target far past its goal is shown, never silent. */
function overshootFlags(item: PlanItem, activities: readonly Activity[]): string[] {
  return targetProgress(item, activities)
    .filter((p) => p.goal !== null && p.goal > 0 && p.done > p.goal * OVERSHOOT)
    .map((p) => `关联到“${item.title}”后，${p.target.unit}合计 ${p.done}，是目标 ${p.goal} 的${Math.round(p.done / (p.goal ?? 1))}倍，请核对关联是否正确（可发送：关联 编号 其他条目）`);
}

/** A fresh id: 60 random bits, so ids do not collide at any realistic number of records. */
export function newActivityId(): string {
  return `a${randomId()}`;
}

/** "三/2 实施科普品牌工程" for an item id. */
export function itemLabel(plans: readonly Plan[], itemId: string | null): string | null {
  if (!itemId) return null;
  for (const p of plans) {
    const item = p.items.find((i) => i.id === itemId);
    if (item) return `${item.path} ${item.title}`;
  }
  return null;
}

async function findOwn(deps: ActivityDeps, ctx: RequestContext, id: string): Promise<Activity> {
  const activity = await deps.store.findActivity(id);
  if (!activity || activity.undone) throw new NotFoundError('活动记录', id);
  if (activity.by !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed');
  return activity;
}

/** Changes fields of an activity; every change is kept in its history. */
export async function editActivity(deps: ActivityDeps, ctx: RequestContext, id: string, raw: ActivityPatch): Promise<Activity> {
  const before = await findOwn(deps, ctx, id);
  const patch = raw.title === undefined ? raw : { ...raw, title: stripControls(raw.title).trim() };
  const { activity } = await deps.store.appendActivityEvent({ type: 'edit', id, at: ctx.now, by: ctx.user, patch: await withCategories(deps, before, patch) });
  if (!activity) throw new NotFoundError('活动记录', id);
  return activity;
}

/**
 * A change of the words, headcount or plan item re-decides categories that were decided by the classifier (not set by a
 * person: "这条算竞赛", --category); categories a person set stay as they are.
 */
/** The title of the plan item with this id, for the statistical category (null without one). */
export function itemTitleOf(plans: readonly Plan[], itemId: string | null): string | null {
  return itemId ? (plans.flatMap((p) => p.items).find((i) => i.id === itemId)?.title ?? null) : null;
}

async function withCategories(deps: ActivityDeps, before: Activity, patch: ActivityPatch): Promise<ActivityPatch> {
  if (patch.categories || !('title' in patch || 'headcount' in patch || 'itemId' in patch)) return patch;
  const plans = await deps.store.listPlans();
  const auto = classifyActivity({ ...before, itemTitle: itemTitleOf(plans, before.itemId) });
  if (before.categories && JSON.stringify(before.categories) !== JSON.stringify(auto)) return patch;
  const after = { ...before, ...patch };
  const next = classifyActivity({ ...after, itemTitle: itemTitleOf(plans, after.itemId) });
  return JSON.stringify(next) === JSON.stringify(categoriesOf(before)) ? patch : { ...patch, categories: next };
}

/** Undoes an activity (the latest of the user's own when no id is given); the record stays in history. */
export async function undoActivity(deps: ActivityDeps, ctx: RequestContext, id?: string): Promise<Activity> {
  let target = id;
  if (!target) {
    const mine = (await deps.store.recentActivities({ by: ctx.user, limit: 20 })).reverse().sort((a, b) => a.at.localeCompare(b.at));
    target = mine[mine.length - 1]?.id;
    if (!target) throw new AppError('not_found', '你还没有可以撤销的活动记录。');
  }
  await findOwn(deps, ctx, target);
  const { activity } = await deps.store.appendActivityEvent({ type: 'undo', id: target, at: ctx.now, by: ctx.user });
  if (!activity) throw new NotFoundError('活动记录', target);
  return activity;
}

/** Activities in a date range, oldest first, without undone ones. */
export async function listActivities(deps: Pick<ActivityDeps, 'store'>, range: { from?: string; to?: string } = {}): Promise<Activity[]> {
  const all = await deps.store.listActivities(range);
  return all
    .filter((a) => !a.undone && (!range.from || (a.dateEnd ?? a.date) >= range.from) && (!range.to || a.date <= range.to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
}

/** "科普讲座、科技活动周", or how to set one when no row of the returns fits. */
export function categoryNames(a: Activity): string {
  const keys = categoriesOf(a);
  return keys.length > 0 ? keys.map(categoryLabel).join('、') : '未归类（年报不计入；如应计入可发送“这条算讲座”）';
}

/** What was understood, so a mistake is seen at once. */
export function describeActivity(a: Activity, itemTitle: string | null): string {
  const head = a.headcount !== null ? `${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : '未写人数';
  const metrics = Object.entries(a.metrics).map(([u, v]) => `${v}${u}`);
  const lines = [
    `日期：${a.dateEnd ? `${a.date} 至 ${a.dateEnd}（时段汇总）` : a.date}`,
    `活动：${a.title}`,
    `人数：${head}`,
    ...(metrics.length > 0 ? [`其他数量：${metrics.join('，')}`] : []),
    `对应计划：${itemTitle ?? '未匹配（可发送“关联 编号 三/2”指定）'}`,
    `统计类别：${categoryNames(a)}`,
    ...a.flags.map((f) => `注意：${f}`),
  ];
  return lines.join('\n');
}
