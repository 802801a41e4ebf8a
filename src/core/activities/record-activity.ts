// Logs activities from chat messages; edits, undoes and descriptions live in edit-activity.ts and describe-activity.ts.
import type { RequestContext } from '../context.js';
import type { Observance } from '../plans/observances.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { matchKey } from '../text/normalize.js';
import type { Activity } from './activity-schema.js';
import { readReport, type Doubt, type ReportReading } from '../understanding/read-report.js';
import { findObservances } from '../plans/observances.js';
import { closeChoices, isConfident, rankItems, type ItemMatch } from './link-activity.js';
import { contextOf, ownHall } from './link-topics.js';
import { INCLUDED, namesOwnOccasion } from './link-clues.js';
import { addDays } from '../dates/civil-date.js';
import { classifyActivity } from '../stats/classify-activity.js';
import { askText, doubtsOf } from './double-count.js';
import { withAudit } from '../understanding/report-audit.js';
import { COMPLETES, createOnce, itemLabel, newActivityId, overshootFlags, plansForLinking, sameLine } from './log-steps.js';

export { itemLabel, newActivityId } from './log-steps.js';
export { editActivity, itemTitleOf, listActivities, undoActivity } from './edit-activity.js';
export { categoryNames, describeActivity } from './describe-activity.js';

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
  const read = options.reading ?? readReport(message, ctx.today, { explicit, observances: deps.observances });
  // A second look, from the message's own numbers, before anything is stored (report-audit.ts).
  const reading = read.kind === 'activity' && !options.confirmed ? { ...read, records: withAudit(message, read.records) } : read;
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
  /** The whole months this message credits to an item, for the days inside them. */
  const periods: Array<{ itemId: string; start: string; end: string }> = [];
  for (const [k, u] of reading.records.entries()) {
    const year = Number(u.date.slice(0, 4));
    const found = plansInForce(plans, year).map((p) => p.plan);
    // An activity from before the first plan's year (logged in January for last December) still links to it.
    const inForce = found.length > 0 ? found : [...plans].sort((a, b) => a.year - b.year).slice(0, 1);
    const when = { start: u.date, end: u.dateEnd ?? u.date };
    // A shared lead's "(含科普日)" says what the period holds, not what each part is: the part naming it links by its own words.
    const ranked = rankItems(`${u.title} ${u.text} ${reading.records.length > 1 ? u.lead.replace(INCLUDED, ' ') : u.lead} ${reading.records.length > 1 ? contextOf(message, u.text, reading.records.map((r) => r.text)) : ''} ${ownHall(message, reporterUnit)}`, inForce, deps.observances, [...Object.keys(u.metrics), u.headcountUnit ?? ''], when);
    // A weak match (shared words only) is offered as a choice, never made: a record credited to a target by
    // a chance word is a wrong figure upward.
    const weak = ranked[0] && !isConfident(ranked[0]) ? ranked.slice(0, 3) : [];
    const choices = weak.length > 0 ? weak : closeChoices(ranked);
    let link = choices.length === 0 ? ranked[0] : undefined;
    // "3月份小结：1. 本月接待观众9,870人次 2. 3月8日主题展开幕，当天观众约600人次": a day inside a period the message
    // already credited to the same item is counted in that period's figure; credited again it would count twice.
    if (link && periods.some((p) => p.itemId === link?.item.id && p.start <= u.date && (u.dateEnd ?? u.date) <= p.end && (p.start !== u.date || p.end !== (u.dateEnd ?? u.date)))) link = undefined;
    // Only a whole month (or more) counted as one ("本月接待…"), not a week of events each reported on its own line.
    if (link && u.dateEnd && u.date.endsWith('-01') && addDays(u.dateEnd, 1).endsWith('-01')) periods.push({ itemId: link.item.id, start: u.date, end: u.dateEnd });
    // "两场：上午…科普日宣传…；下午去白马乡…": a part with no words of its own belongs to the
    // observance its sibling named, on the same day.
    // "本周一在城关镇搞了科普日预热活动…；周二去了白马乡，来了90人": so does the next day of the same line, within a week.
    // A part naming an occasion of its own ("第二天是助残日…", "中秋前一天园里…") is that occasion's, not its sibling's.
    if (!link && ranked.length === 0 && observed && !namesOwnOccasion(u.text) && (observed.date === u.date || (sameLine(message, observed.text, u.text) && u.date > observed.date && u.date <= addDays(observed.date, 7)))) link = observed.link;
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
