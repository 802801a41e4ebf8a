// Answers a question from the plans in force: the items that answer it and a short chat reply.
import { helpText } from '../chat/commands.js';
import { formatMonthDay, partsOf, type CivilDate } from '../dates/civil-date.js';
import { findObservances, observanceDates, type Observance } from '../plans/observances.js';
import type { Due, Plan, PlanItem } from '../plans/plan-schema.js';
import { plansInForce } from './due-in-period.js';
import type { Activity } from '../activities/activity-schema.js';
import type { Signup } from '../headcounts/signup-schema.js';
import { answerLogQuestion } from './answer-log-question.js';
import { answerDue, answerOverdue } from './answer-deadlines.js';
import { answerItem, answerKeyword, answerOwner, answerTargets } from './answer-lookups.js';
import { findItemsByTopic } from './find-items.js';
import { fullText, type ProgressOf } from './item-lines.js';
import { progressLines } from './item-progress.js';
import { describeStatus, resolveItem, STATUS_WORDS, type ItemStatus } from './item-status.js';
import type { Intent, Question } from './question.js';
import { ownRecords, whoseLine, type Asker } from './own-records.js';
import { notUnderstood } from './suggest.js';
import { groupRecords, placeOfUnit } from './unit-groups.js';
import { answerMonthsMissing } from './months-missing.js';
import { answerUnreported } from './answer-units.js';
import type { Directory } from '../schedules/subscription-schema.js';
import type { PeopleTeam } from './unit-records.js';

export interface Answer {
  intent: Intent;
  answer: string;
  items: PlanItem[];
  /** The question as understood (a follow-up with what it took from the one before). */
  question?: Question;
}

export type { ProgressOf } from './item-lines.js';

export interface AnswerContext {
  plans: readonly Plan[];
  today: CivilDate;
  observances: readonly Observance[];
  progressOf?: ProgressOf;
  activities?: readonly Activity[];
  signups?: readonly Signup[];
  /** The status an item was marked with (done, in progress), if any. */
  statusOf?: (item: PlanItem) => ItemStatus | undefined;
  /** The asker's department, as they said ("我是科普部"). */
  department?: string;
  /** The reporting units and owners with their people (单位 添加 …), for who has not reported. */
  directory?: Directory;
  /** The departments users said they are in, with their people (科普部: U1, U8). */
  teams?: readonly PeopleTeam[];
  /** Who asks, for questions about their own records (我上个月报了哪些活动). */
  asker?: Asker;
  /** The first day `activities` go back to, when they were read from a range that starts later than the log. */
  activitiesSince?: CivilDate;
}

/** 帮助, generated from the chat command table (one list for the router, 帮助 and the suggestions). */
export const HELP_TEXT = helpText();

/** The answer to an understood question. */
export function answerQuestion(question: Question, ctx: AnswerContext): Answer {
  const year = partsOf(ctx.today).year;
  if (question.intent === 'help') return { intent: 'help', answer: HELP_TEXT, items: [] };
  if (question.intent === 'unknown') return { intent: 'unknown', answer: notUnderstood(question.text), items: [] };
  if (question.intent === 'iam' || question.intent === 'mark') return { intent: 'help', answer: HELP_TEXT, items: [] };
  if (ctx.plans.length === 0) {
    return { intent: question.intent, answer: '还没有导入工作计划。请先导入本年度的工作要点（命令：导入 <文件>）。', items: [] };
  }
  const asked = question.intent === 'due' ? partsOf(question.period.start).year : year;
  const inForce = plansInForce(ctx.plans, asked);
  // An earlier plan lends its recurring items, and the deadlines it set in a later year ("次年1月底前报送").
  const later = (d: Due, plan: Plan): boolean => partsOf(d.end).year > plan.yearTo;
  const lent = inForce.some(({ plan, recurringOnly }) => recurringOnly && plan.items.some((i) => i.due.some((d) => !d.recurring && later(d, plan))));
  const note = inForce.length > 0 && inForce.every((p) => p.recurringOnly) ? `（${asked}年没有导入计划，以下按《${inForce[0]?.plan.title}》中每年重复的任务${lent ? '和写明在次年的期限' : ''}）\n` : '';
  const items = inForce.flatMap(({ plan, recurringOnly }) =>
    recurringOnly ? plan.items.map((i) => ({ ...i, due: i.due.filter((d) => d.recurring || later(d, plan)) })) : plan.items,
  );
  if (inForce.length === 0) {
    return { intent: question.intent, answer: `没有${year}年适用的工作计划。请导入${year}年的工作要点。`, items: [] };
  }

  const statusOf = ctx.statusOf ?? (() => undefined);
  switch (question.intent) {
    case 'tally':
    case 'done_list':
    case 'item_report':
    case 'countdown':
    case 'when':
    case 'agenda':
    case 'signups':
    case 'last': {
      // "国际减灾日那天办了几场讲座": the observance's day this year (or last, when still ahead), the rest of the topic.
      if (question.intent === 'tally' && question.onDay) return answerQuestion(onObservanceDay(question, ctx), ctx);
      // "我今年报的活动…": only the asker's (or the asker's unit's) records, and the answer says so.
      const by = (question.intent === 'tally' || question.intent === 'done_list') && question.by ? question.by : undefined;
      // "我们单位报了哪些比赛": the entries under the asker's unit's name.
      if (question.intent === 'signups' && question.by) {
        if (!ctx.asker?.unit) return { intent: 'signups', answer: '还不知道你属于哪个单位，没法只查你们单位的报名。登记：单位 添加 <单位> @你', items: [] };
        return answerQuestion({ ...question, by: undefined, unit: ctx.asker.unit }, ctx);
      }
      if (by && !ctx.asker) return { intent: question.intent, answer: '不知道是谁在问，没法只算你报的记录。', items: [] };
      // "我们镇上半年下乡服务了多少人": the same question about the place the asker's unit is named after.
      if ((question.intent === 'tally' || question.intent === 'done_list') && question.where) {
        const place = ctx.asker?.unit ? placeOfUnit(ctx.asker.unit) : undefined;
        if (!place) return { intent: question.intent, answer: ctx.asker?.unit ? `${ctx.asker.unit}不是一个乡镇、村或社区，没法按地方统计；可以直接写地名再问。` : '还不知道你属于哪个单位，没法只算你们那里的记录。登记：单位 添加 <单位> @你', items: [] };
        const asked = answerQuestion({ ...question, where: undefined, topic: `${place}${question.topic ?? ''}` }, ctx);
        return { ...asked, answer: `以下按${place}（${ctx.asker?.unit}所在地）的记录：\n${asked.answer}` };
      }
      // "三个乡镇科协报的…": only the records the units of that kind reported.
      const kind = (question.intent === 'tally' || question.intent === 'done_list') && question.units ? question.units : undefined;
      const group = kind ? groupRecords(kind, ctx.activities ?? [], ctx.directory?.units ?? []) : undefined;
      const activities = group ? group.records : by && ctx.asker ? ownRecords(ctx.activities ?? [], by, ctx.asker) : (ctx.activities ?? []);
      const whose = group ? `以下只算${kind}单位${group.names.length > 0 ? `（${group.names.join('、')}）` : ''}报的记录：\n` : by && ctx.asker ? `${whoseLine(by, ctx.asker)}\n` : '';
      const answer = whose + answerLogQuestion(question, { items, activities, signups: ctx.signups ?? [], observances: ctx.observances, today: ctx.today, statusOf, since: ctx.activitiesSince, teams: ctx.teams, subset: group !== undefined });
      const named = items.filter((i) => i.kind === 'task' && answer.includes(`${i.path} `));
      return { intent: question.intent, answer: note + answer, items: named };
    }
    case 'who':
    case 'detail': {
      const hits = findItemsByTopic(items, question.topic, ctx.observances).slice(0, 3);
      if (hits.length === 0) return { intent: question.intent, answer: `没有找到与“${question.topic}”有关的任务。可以换个关键词，或发送“帮助”。`, items: [] };
      const lines = question.intent === 'who' ? hits.map((i) => `${i.path} ${i.title}：${i.owners.length > 0 ? `牵头 ${i.owners.join('、')}` : '计划中没有写牵头部门'}`) : hits.map((i) => fullText(i, ctx.progressOf));
      return { intent: question.intent, answer: lines.join(question.intent === 'who' ? '\n' : '\n\n'), items: hits };
    }
    case 'months_missing': {
      const found = answerMonthsMissing(question, items, ctx.activities ?? [], ctx.today, ctx.observances);
      return { intent: 'months_missing', answer: found.answer, items: found.items };
    }
    case 'unreported':
      return { intent: 'unreported', answer: answerUnreported(question, { plans: ctx.plans, activities: ctx.activities ?? [], directory: ctx.directory ?? { owners: [], units: [] }, teams: ctx.teams, observances: ctx.observances }), items: [] };
    case 'mine': {
      if (!ctx.department) return { intent: 'mine', answer: '还不知道你在哪个部门。请先告诉我，例如：我是科普部', items: [] };
      const who = `你是${ctx.department}（你之前告诉我的；换部门请发“我是…”）。\n`;
      if (question.period) {
        const due = answerQuestion({ intent: 'due', period: question.period, label: question.label ?? '这段时间', owner: ctx.department }, ctx);
        return { ...due, intent: 'mine', answer: who + due.answer };
      }
      if (question.focus === 'overdue') {
        const late = answerQuestion({ intent: 'overdue', owner: ctx.department }, ctx);
        return { ...late, intent: 'mine', answer: who + late.answer };
      }
      const owned = answerQuestion({ intent: 'owner', owner: ctx.department, ...(question.focus === 'progress' ? { progress: true } : {}) }, ctx);
      return { ...owned, intent: 'mine', answer: who + owned.answer };
    }
    case 'status': {
      const item = resolveItem(items, question.ref, ctx.observances);
      if (!item) return { intent: 'status', answer: `没有找到“${question.ref}”对应的任务。请写编号（如 三/1）或任务名称中的词。`, items: [] };
      const s = statusOf(item);
      const logged = (ctx.activities ?? []).filter((a) => a.itemId === item.id && !a.undone).sort((a, b) => b.date.localeCompare(a.date));
      const trail = logged.length > 0 ? `已记录相关活动${logged.length}条，最近一次：${logged[0]?.date} ${logged[0]?.title}。` : '还没有相关的活动记录。';
      // "走访慰问那个指标完成没有": an item with targets answers with each target against the records it counts.
      const progress = ctx.progressOf?.(item) ?? [];
      const against = progress.length > 0 ? `\n目标进度：\n${progress.map((p) => `• ${p.trim()}`).join('\n')}` : '';
      // "全委会开了没": a task marked done says when it was done, by the record that did it, not only the day marked.
      const did = logged[0];
      const held = did ? `\n相关活动：${formatMonthDay(did.date)}${did.dateEnd && did.dateEnd !== did.date ? `至${formatMonthDay(did.dateEnd)}` : ''} ${did.title}${did.headcount !== null ? ` ${did.headcount}${did.headcountUnit ?? '人'}` : ''}${logged.length > 1 ? `（共${logged.length}条记录）` : ''}` : '';
      const answer = s && s.status !== 'open' ? describeStatus(s) + held + against : `${item.path} ${item.title}：还没有标记完成。${trail}${against}${against ? '\n' : ''}完成后可发“${item.path} 已完成”。`;
      return { intent: 'status', answer, items: [item] };
    }
    case 'due':
      // "我们馆下半年要干啥": the asker's own department, when they told it.
      if (question.owner && /^(?:我们|咱们|本)/u.test(question.owner) && ctx.department) return answerQuestion({ intent: 'mine', focus: 'list', period: question.period, label: question.label }, ctx);
      return answerDue(question, items, ctx, note);
    case 'overdue':
      return answerOverdue(question, items, ctx, note);
    case 'finished': {
      // "哪些任务已经完成了": the items marked done, with who marked them; the rest only as a count.
      const tasks = items.filter((i) => i.kind === 'task' && (!question.owner || i.owners.some((o) => o.includes(question.owner ?? ''))));
      const done = tasks.filter((i) => statusOf(i)?.status === 'done');
      const going = tasks.filter((i) => statusOf(i)?.status === 'in_progress').length;
      const whose = question.owner ? `${question.owner}牵头的` : '';
      if (done.length === 0) return { intent: 'finished', answer: `${note}${whose}任务还没有标记完成的（共${tasks.length}项）。完成后可发“三/1 已完成”。`, items: [] };
      const rest = `其余${tasks.length - done.length}项未标记完成${going > 0 ? `（其中${going}项进行中）` : ''}；可发“哪些任务逾期了”查看逾期的。`;
      return { intent: 'finished', answer: note + [`${whose}已标记完成的任务共 ${done.length} 项：`, ...done.map((i) => `• ${describeStatus(statusOf(i) as ItemStatus)}`), rest].join('\n'), items: done };
    }
    case 'owner': {
      const owned = answerOwner(question, items);
      if (!question.progress || owned.items.length === 0) return owned;
      // "学会部的活干完没": each of the owner's items, marked or not, with its records and targets.
      const lines = owned.items.flatMap((i) => {
        const st = statusOf(i);
        // The targets against every record they count (as 三/1完成了吗 answers), not only the records linked.
        const progress = ctx.progressOf?.(i) ?? progressLines(i, ctx.activities ?? []);
        const logged = (ctx.activities ?? []).filter((a) => a.itemId === i.id && !a.undone).length;
        return [`• ${i.path} ${i.title}：${st && st.status !== 'open' ? STATUS_WORDS[st.status] : '未标记完成'}，已记录活动${logged}条`, ...progress.map((p) => `  ${p.trim()}`)];
      });
      return { ...owned, answer: [`${question.owner}牵头的任务共 ${owned.items.length} 项，进展：`, ...lines].join('\n') };
    }
    case 'keyword':
      return answerKeyword(question, items, ctx);
    case 'item':
      return answerItem(question, items, ctx);
    case 'targets':
      return answerTargets(question, items, ctx);
  }
}

/** A count on an observance's day: the period is its day (or days); as asked when the topic names none. */
function onObservanceDay(question: Extract<Question, { intent: 'tally' }>, ctx: AnswerContext): Question {
  const plain = { ...question, onDay: undefined };
  const found = findObservances(question.topic ?? '', ctx.observances)[0];
  if (!found) return plain;
  // "去年国际减灾日那天": the year of the period asked.
  const year = partsOf(question.period.end < ctx.today ? question.period.end : ctx.today).year;
  const dates = observanceDates(found.observance, year).start > ctx.today ? observanceDates(found.observance, year - 1) : observanceDates(found.observance, year);
  const when = dates.start === dates.end ? dates.start : `${dates.start}至${dates.end}`;
  // The topic keeps the observance's name, which finds its records; the day leaves out its item's other days.
  return { ...plain, period: { start: dates.start, end: dates.end }, label: `${found.observance.name}当天（${when}）` };
}