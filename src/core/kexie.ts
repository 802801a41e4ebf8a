// The core's front door: one object with every capability, used alike by the CLI, the console and Slack.
import type { Activity, ActivityPatch } from './activities/activity-schema.js';
import { correctActivity, revertLastEdit, type CorrectionScope } from './activities/correct-activity.js';
import { createMemoryConversations } from './conversation/memory-conversations.js';
import type { Correction } from './understanding/read-correction.js';
import { editActivity, itemLabel, listActivities, logActivity, undoActivity, type LogResult, type PendingReport } from './activities/record-activity.js';
import { readQuestionWithModel } from './understanding/question-model-reader.js';
import { matchKey } from './text/normalize.js';
import { stripControls } from './text/sanitize.js';
import { type Clock, dateIn } from './clock.js';
import type { RequestContext } from './context.js';
import { NotFoundError, StoreError } from './errors.js';
import { Unreadable } from './unreadable.js';
import { withOverrides, type Observance } from './plans/observances.js';
import type { Plan } from './plans/plan-schema.js';
import type { ConversationMemory, LanguageModel, Logger, Store, StoreFactory } from './ports.js';
import { answerQuestion, type Answer } from './questions/answer-question.js';
import { findByRef } from './questions/search-items.js';
import { plansInForce } from './questions/due-in-period.js';
import { understandQuestion } from './questions/understand-question.js';
import { questionParts } from './questions/question-parts.js';
import { followUpOf } from './questions/follow-up-question.js';
import { activityRangeFor, lastLookbackStart } from './questions/activity-range.js';
import type { Question } from './questions/question.js';
import { targetLines } from './questions/item-progress.js';
import { describeStatus, markItem, statusOf, type ItemStatusValue } from './questions/item-status.js';
import type { PromptLibrary, SummaryDraft } from './summaries/draft-summary.js';
import type { SummaryPeriod } from './summaries/summary-period.js';
import type { SummaryWorker } from './summaries/prepare-summary.js';
import type { LedgerImports } from './exports/import-ledger.js';
import type { LedgerFiles } from './exports/ledger-stream.js';
import type { HolidayCalendar } from './schedules/work-calendar.js';
import type { DateRange } from './dates/civil-date.js';
import type { StatsReport } from './stats/compute-returns.js';

export interface KexieDeps {
  storeFor: StoreFactory;
  observances: readonly Observance[];
  clock: Clock;
  timeZone: string;
  /** KEXIE_TODAY: pins today for demos and tests. */
  fixedToday?: string;
  admins: readonly string[];
  logger: Logger;
  model?: LanguageModel;
  prompts?: PromptLibrary;
  /** The longest a model draft may take before the offline draft is used. */
  modelTimeoutMs?: number;
  /** Public holidays and 调休 days (chinese-days); without it, Monday to Friday are working days. */
  holidays?: HolidayCalendar;
  /** The short memory of each conversation; without it, one held in this process. */
  conversations?: ConversationMemory;
  /** Where a summary's heavy part runs (a worker thread, so other requests are not held up); this thread without it. */
  summaryWorker?: SummaryWorker;
  /** Where an uploaded ledger is imported (a worker thread on a capped heap); this thread, unbounded, without it. */
  ledgerImports?: LedgerImports;
  /** Where a chat reply's 台账 is written into its file (a worker thread on a capped heap); this thread, unbounded, without it. */
  ledgerFiles?: LedgerFiles;
}

/** Questions answered without the plan; every other is answered against it (what was done counts toward its items). */
const WITHOUT_PLANS = new Set(['help', 'unknown', 'iam', 'mark']);

/** Only the activities a question needs: none, its period, the plans' years (never the whole history). */
async function activitiesFor(store: Store, question: Question, plans: readonly Plan[], today: string): Promise<Activity[]> {
  const range = activityRangeFor(question, plans, today);
  return range ? store.listActivities(range) : [];
}

/** Builds the core service around its ports. */
export function createKexie(deps: KexieDeps) {
  const today = (override?: string): string => override ?? deps.fixedToday ?? dateIn(deps.clock.now(), deps.timeZone);
  const activityDeps = (ctx: RequestContext) => ({ store: deps.storeFor(ctx.workspace), observances: deps.observances });
  /** The shared calendar with the dates this workspace's admins set in chat. */
  const observancesFor = async (ctx: RequestContext): Promise<Observance[]> =>
    withOverrides(deps.observances, (await deps.storeFor(ctx.workspace).listObservanceOverrides?.()) ?? []);

  const conversations = deps.conversations ?? createMemoryConversations();

  return {
    deps,
    /** What each conversation just said and made (see core/conversation). */
    conversations,
    /** A request context with defaults filled in. */
    context(partial: Partial<RequestContext> & { workspace?: string; user?: string }): RequestContext {
      return {
        workspace: partial.workspace ?? 'local',
        user: partial.user ?? 'local-user',
        isAdmin: partial.isAdmin ?? deps.admins.includes(partial.user ?? ''),
        source: partial.source ?? { kind: 'cli' },
        today: today(partial.today),
        now: partial.now ?? deps.clock.now().toISOString(),
      };
    },

    async importPlan(ctx: RequestContext, input: { text: string; source: string }) {
      const { importPlan } = await import('./plans/import-plan.js');
      return importPlan({ store: deps.storeFor(ctx.workspace), observances: await observancesFor(ctx) }, { ...input, today: ctx.today, now: ctx.now });
    },

    observancesFor,

    async listPlans(ctx: RequestContext) {
      return deps.storeFor(ctx.workspace).listPlans();
    },

    /** Answers a question; `previous` is the question just asked in the conversation, which a follow-up leans on. */
    async ask(ctx: RequestContext, text: string, previous?: Question): Promise<Answer> {
      const store = deps.storeFor(ctx.workspace);
      const unreadable = new Unreadable();
      const [plans, signups, statuses, profiles] = await Promise.all([
        unreadable.or(store.listPlans(), []),
        unreadable.or(store.listSignups(), []),
        unreadable.or(store.listItemStatuses(), []),
        unreadable.or(store.listUserProfiles(), []),
      ]);
      const owners = [...new Set(plans.flatMap((p) => p.items.flatMap((i) => i.owners)))];
      // "作品征集哪天截止？各学校报名总共多少人？": two questions, each answered in turn.
      const parts = previous ? undefined : questionParts(text, ctx.today, owners);
      if (parts) {
        const [a, b] = [await this.ask(ctx, parts[0]), await this.ask(ctx, parts[1])];
        return { ...b, answer: `${a.answer}\n\n${b.answer}`, items: [...a.items, ...b.items.filter((i) => !a.items.includes(i))] };
      }
      let question = understandQuestion(text, ctx.today, owners);
      // A question the rules could not read may be read by the model; the judge keeps it only if it comes from the text.
      const unread = question.intent === 'unknown' || (question.intent === 'keyword' && !question.explicit && question.keyword.length >= matchKey(text).length - 2);
      if (unread && deps.model && deps.prompts) {
        question = (await readQuestionWithModel({ model: deps.model, prompts: deps.prompts, logger: deps.logger, timeoutMs: deps.modelTimeoutMs ?? 20_000 }, text, ctx.today)) ?? question;
      }
      question = followUpOf(question, text, previous, ctx.today);
      if (question.intent === 'iam') {
        await store.setUserProfile({ user: ctx.user, department: question.department, at: ctx.now });
        const back = (await store.listUserProfiles()).find((p) => p.user === ctx.user);
        if (back?.department !== question.department) return { intent: 'iam', answer: '没能记住你的部门，请稍后再说一次。', items: [] };
        return { intent: 'iam', answer: `记住了：你是${question.department}。以后可以问“我们部门有什么任务”或“我的任务”。`, items: [] };
      }
      if (question.intent === 'mark') {
        const s = await markItem({ store, observances: deps.observances }, ctx, question.ref, question.status);
        const undo = s.status === 'open' ? '' : `\n标错了可发“${s.path} 未完成”。`;
        return { intent: 'mark', answer: `已标记 ${describeStatus(s)}。${undo}`, items: [] };
      }
      const plansDamaged = unreadable.files.includes('plans.json');
      if (plansDamaged && !WITHOUT_PLANS.has(question.intent)) {
        // Not "no plan imported": say that the plan cannot be read, and what to do (logging and the rest still work).
        return { intent: question.intent, answer: new StoreError('store_corrupt', 'plans.json', '工作计划文件 plans.json 已损坏，无法读取，所以回答不了关于计划的问题。').userMessage, items: [] };
      }
      const activities = await activitiesFor(store, question, plans, ctx.today);
      const own =
        ((question.intent === 'tally' || question.intent === 'done_list' || question.intent === 'signups') && question.by !== undefined) ||
        // "三个乡镇科协报的…", "我们镇…": the units of a kind, or the asker's unit's place.
        ((question.intent === 'tally' || question.intent === 'done_list') && (question.units !== undefined || question.where !== undefined));
      const directory = question.intent === 'unreported' || own ? await unreadable.or(store.readDirectory(), { owners: [], units: [] }) : undefined;
      const department = profiles.find((p) => p.user === ctx.user)?.department;
      const answer = answerQuestion(question, {
        plans,
        today: ctx.today,
        observances: await observancesFor(ctx),
        progressOf: (item) => targetLines(item, activities),
        activities,
        signups,
        statusOf: (item) => statusOf(statuses, item),
        department,
        directory,
        teams: [...new Set(profiles.map((p) => p.department))].map((name) => ({ name, people: profiles.filter((p) => p.department === name).map((p) => p.user) })),
        // "我们单位报的": the asker's unit in the directory, else the colleagues who said they are in the same department.
        asker: { user: ctx.user, unit: directory?.units.find((u) => u.people.includes(`<@${ctx.user}>`) || u.people.includes(ctx.user))?.name, peers: department ? profiles.filter((p) => p.department === department).map((p) => p.user) : [] },
        activitiesSince: question.intent === 'last' ? lastLookbackStart(ctx.today) : undefined,
      });
      const note = unreadable.note();
      return { ...answer, question, ...(note ? { answer: `${answer.answer}\n\n${note}` } : {}) };
    },

    /** Marks a plan item ("三/1", or words of its title) done, in progress or open again; who and when are kept. */
    markItem: (ctx: RequestContext, ref: string, status: ItemStatusValue) => markItem({ store: deps.storeFor(ctx.workspace), observances: deps.observances }, ctx, ref, status),

    /** Logs the activities of a message; `explicit: false` for a plain chat line that may be chatter. */
    async log(ctx: RequestContext, raw: string, options: { explicit?: boolean } = {}): Promise<LogResult> {
      // Every way in (chat, the log modal, the console) stores the message without controls or bidi overrides.
      const message = stripControls(raw);
      const { readReport, worthAskingModel } = await import('./understanding/read-report.js');
      let reading = readReport(message, ctx.today, { explicit: options.explicit ?? true, observances: deps.observances });
      let dropped: string[] = [];
      // A line the rules could not read goes to the model, if one is configured; the judge keeps only
      // what the message itself says, and the rule reading stands when nothing is left.
      if (deps.model && deps.prompts && worthAskingModel(reading, message)) {
        const { readWithModel } = await import('./understanding/model-reader.js');
        const verdict = await readWithModel({ model: deps.model, prompts: deps.prompts, logger: deps.logger, timeoutMs: deps.modelTimeoutMs ?? 20_000 }, message, ctx.today);
        if (verdict.reading) reading = verdict.reading;
        dropped = verdict.dropped;
      }
      const result = await logActivity(activityDeps(ctx), ctx, message, { reading });
      if (result.ok && dropped.length > 0) for (const r of result.records) r.activity.flags.push(`语言模型给出的 ${dropped.join('、')} 在原话中找不到，已忽略`);
      return result;
    },
    /** Stores a reading the sender confirmed (or fixed in words) after a question, without asking again. */
    confirm: (ctx: RequestContext, pending: PendingReport) => logActivity(activityDeps(ctx), ctx, pending.message, { reading: pending.reading, explicit: pending.explicit, confirmed: true }),
    /** Applies a correction in words ("更正：人数应为85人") to the record it names, within what the conversation knows. */
    correct: (ctx: RequestContext, correction: Correction, scope?: CorrectionScope) => correctActivity(activityDeps(ctx), ctx, correction, scope),
    /** Steps back the last change of a record ("撤销更正"), one change at a time. */
    revertEdit: (ctx: RequestContext, id?: string, among?: Activity[]) => revertLastEdit(activityDeps(ctx), ctx, id, among),
    edit: (ctx: RequestContext, id: string, patch: ActivityPatch) => editActivity(activityDeps(ctx), ctx, id, patch),
    undo: (ctx: RequestContext, id?: string) => undoActivity(activityDeps(ctx), ctx, id),
    /** Live activities whose days touch the range; user commands name both ends (tests may read everything). */
    activities: (ctx: RequestContext, range: { from?: string; to?: string } = {}) => listActivities(activityDeps(ctx), range),

    /** Drafts the work summary of a period (with the model when configured, checked against the log). */
    async summary(ctx: RequestContext, period: SummaryPeriod): Promise<SummaryDraft & { damaged: number; unreadable: string }> {
      const store = deps.storeFor(ctx.workspace);
      const unreadable = new Unreadable();
      // The period and, for target progress, its year up to the period's end: not the whole history.
      const yearStart = `${period.end.slice(0, 4)}-01-01`;
      const [plans, activities, statuses, directory] = await Promise.all([
        unreadable.or(store.listPlans(), []),
        store.listActivities({ from: period.start < yearStart ? period.start : yearStart, to: period.end }),
        unreadable.or(store.listItemStatuses(), []),
        unreadable.or(store.readDirectory(), { owners: [], units: [] }),
      ]);
      const { draftSummary } = await import('./summaries/draft-summary.js');
      const draft = await draftSummary({ model: deps.model, prompts: deps.prompts, logger: deps.logger, timeoutMs: deps.modelTimeoutMs, worker: deps.summaryWorker }, { period, plans, activities, statuses, today: ctx.today, units: directory.units });
      return { ...draft, damaged: (await store.damagedRecords()).length, unreadable: unreadable.note() };
    },

    /** The statistical returns (年报) of a period, from the period's activities only. */
    async stats(ctx: RequestContext, period: DateRange & { label: string }): Promise<StatsReport> {
      const store = deps.storeFor(ctx.workspace);
      const [plans, activities] = await Promise.all([store.listPlans(), store.listActivities({ from: period.start, to: period.end })]);
      const { computeReturns } = await import('./stats/compute-returns.js');
      return computeReturns({ activities, plans, period });
    },

    /** One activity by id (undone ones too), reading only what it needs. */
    activity: (ctx: RequestContext, id: string) => deps.storeFor(ctx.workspace).findActivity(id),

    /** The latest live activities, newest logged first (for the App Home and lists), without reading the history. */
    recentActivities: (ctx: RequestContext, limit: number) => deps.storeFor(ctx.workspace).recentActivities({ limit }),

    /** How many stored records cannot be read (for the App Home and summaries: "N 条记录无法读取"). */
    async damagedCount(ctx: RequestContext): Promise<number> {
      return (await deps.storeFor(ctx.workspace).damagedRecords()).length;
    },

    /** Links an activity to the item with a path ("三/2") or id. */
    async link(ctx: RequestContext, id: string, ref: string) {
      const plans = await deps.storeFor(ctx.workspace).listPlans();
      const items = plansInForce(plans, Number(ctx.today.slice(0, 4))).flatMap((p) => p.plan.items);
      const all = plans.flatMap((p) => p.items);
      // An exact id or path first, then a numbered path written any way ("三/2", "3.2", "（一）/1").
      const item = all.find((i) => i.id === ref || i.path === ref) ?? findByRef(items.length > 0 ? items : all, ref.split(/\s*[/.、\-之>]\s*/u).filter(Boolean))[0];
      if (!item) throw new NotFoundError('计划条目', ref);
      const activity = await editActivity(activityDeps(ctx), ctx, id, { itemId: item.id });
      return { activity, itemTitle: itemLabel(plans, item.id) };
    },
  };
}

export type Kexie = ReturnType<typeof createKexie>;
