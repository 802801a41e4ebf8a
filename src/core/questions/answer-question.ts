// Answers a question from the plans in force: the items that answer it and a short chat reply.
import { helpText } from '../chat/commands.js';
import { partsOf, type CivilDate } from '../dates/civil-date.js';
import { findObservances, type Observance } from '../plans/observances.js';
import type { Due, Plan, PlanItem } from '../plans/plan-schema.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { deadlinesOnly, describeDue, dueClauses, dueIn, plansInForce, projectDue } from './due-in-period.js';
import type { Activity } from '../activities/activity-schema.js';
import type { Signup } from '../headcounts/signup-schema.js';
import { answerLogQuestion } from './answer-log-question.js';
import { findItemsByTopic } from './find-items.js';
import { progressLines } from './item-progress.js';
import { describeStatus, resolveItem, STATUS_WORDS, type ItemStatus } from './item-status.js';
import type { Intent, Question } from './question.js';
import { ownRecords, whoseLine, type Asker } from './own-records.js';
import { notUnderstood } from './suggest.js';
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

/** How far an item's targets have got; supplied by the activity log when there is one. */
export type ProgressOf = (item: PlanItem) => string[];

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

const MAX_LINES = 15;
const searchKeys = new WeakMap<PlanItem, string>();
const keyOf = (item: PlanItem): string => {
  let k = searchKeys.get(item);
  if (k === undefined) {
    k = matchKey(`${item.title}${item.text}${item.owners.join('')}`);
    searchKeys.set(item, k);
  }
  return k;
};

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
  const inForce = plansInForce(ctx.plans, question.intent === 'due' ? partsOf(question.period.start).year : year);
  const note = inForce.length > 0 && inForce.every((p) => p.recurringOnly) ? `（${year}年没有导入计划，以下按《${inForce[0]?.plan.title}》中每年重复的任务）\n` : '';
  const items = inForce.flatMap(({ plan, recurringOnly }) =>
    recurringOnly ? plan.items.map((i) => ({ ...i, due: i.due.filter((d) => d.recurring) })) : plan.items,
  );
  if (inForce.length === 0) {
    return { intent: question.intent, answer: `没有${year}年适用的工作计划。请导入${year}年的工作要点。`, items: [] };
  }

  const statusOf = ctx.statusOf ?? (() => undefined);
  const isDone = (i: PlanItem): boolean => statusOf(i)?.status === 'done';
  switch (question.intent) {
    case 'tally':
    case 'done_list':
    case 'item_report':
    case 'countdown':
    case 'when':
    case 'agenda':
    case 'signups':
    case 'last': {
      // "我今年报的活动…": only the asker's (or the asker's unit's) records, and the answer says so.
      const by = (question.intent === 'tally' || question.intent === 'done_list') && question.by ? question.by : undefined;
      if (by && !ctx.asker) return { intent: question.intent, answer: '不知道是谁在问，没法只算你报的记录。', items: [] };
      const activities = by && ctx.asker ? ownRecords(ctx.activities ?? [], by, ctx.asker) : (ctx.activities ?? []);
      const whose = by && ctx.asker ? `${whoseLine(by, ctx.asker)}\n` : '';
      const answer = whose + answerLogQuestion(question, { items, activities, signups: ctx.signups ?? [], observances: ctx.observances, today: ctx.today, statusOf, since: ctx.activitiesSince, teams: ctx.teams });
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
    case 'unreported':
      return { intent: 'unreported', answer: answerUnreported(question, { plans: ctx.plans, activities: ctx.activities ?? [], directory: ctx.directory ?? { owners: [], units: [] }, teams: ctx.teams }), items: [] };
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
      const owned = answerQuestion({ intent: 'owner', owner: ctx.department }, ctx);
      if (question.focus === 'list') return { ...owned, intent: 'mine', answer: who + owned.answer };
      const lines = owned.items.flatMap((i) => {
        const st = statusOf(i);
        const progress = progressLines(i, ctx.activities ?? []);
        const logged = (ctx.activities ?? []).filter((a) => a.itemId === i.id && !a.undone).length;
        return [`• ${i.path} ${i.title}：${st && st.status !== 'open' ? STATUS_WORDS[st.status] : '未标记完成'}，已记录活动${logged}条`, ...progress.map((p) => `  ${p}`)];
      });
      return { intent: 'mine', answer: who + (owned.items.length > 0 ? [`${ctx.department}牵头的任务共 ${owned.items.length} 项，进展：`, ...lines].join('\n') : owned.answer), items: owned.items };
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
      const answer = s && s.status !== 'open' ? describeStatus(s) + against : `${item.path} ${item.title}：还没有标记完成。${trail}${against}${against ? '\n' : ''}完成后可发“${item.path} 已完成”。`;
      return { intent: 'status', answer, items: [item] };
    }
    case 'due': {
      const found = items
        .map((item) => ({ item, due: dueIn(item, question.period) }))
        .filter((h) => h.due.length > 0 && (!question.owner || ownedBy(h.item, question.owner)))
        .sort((a, b) => (a.due[0]?.end ?? '').localeCompare(b.due[0]?.end ?? ''));
      // "年底前还有什么要完成": the items marked done are left out, and counted.
      const all = question.open ? found.filter((h) => !isDone(h.item)) : found;
      const doneCount = found.length - all.length;
      // "后天截止的是哪项工作": the deadlines, each with what is due by then ("9月20日前完成作品征集").
      const deadlines = question.deadline ? deadlinesOnly(all) : [];
      const hits = deadlines.length > 0 ? deadlines : all;
      const whose = question.owner ? `${question.owner}牵头的任务中，` : '';
      const head = hits.length > 0 ? `${whose}${question.label}要做的任务共 ${hits.length} 项：` : `${whose}${question.label}没有到期的任务。`;
      // "青少年科技教育中心10月份要干什么": an item of several steps names the step due then (10月中旬举办县级评审).
      const lines = hits.map((h) => line(h.item, h.due) + (deadlines.length > 0 || h.due.length < h.item.due.length ? dueClauses(h.item, h.due) : ''));
      const tail = doneCount > 0 ? [`另有${doneCount}项已完成，未列出。`] : [];
      return { intent: 'due', answer: note + [head, ...listLines(lines), ...tail].join('\n'), items: hits.map((h) => h.item) };
    }
    case 'overdue': {
      const hits = items
        .map((item) => ({ item, due: item.due.map((d) => projectDue(d, year)).filter((d) => d.recurring !== 'monthly' && d.end < ctx.today && partsOf(d.end).year === year) }))
        // Overdue when every date has passed, or a deadline has ("12月15日前完成" though "次年1月底前报送" is ahead).
        .filter((h) => h.due.length > 0 && (h.due.length === h.item.due.filter((d) => d.recurring !== 'monthly').length || h.due.some((d) => d.kind === 'deadline' && !d.recurring)))
        // Every target reached counts as done; one reached target of several does not.
        .filter((h) => {
          const progress = ctx.progressOf?.(h.item) ?? [];
          return progress.length === 0 || !progress.every((p) => p.includes('已达标'));
        })
        .sort((a, b) => (b.due[0]?.end ?? '').localeCompare(a.due[0]?.end ?? ''));
      const mineOnly = question.owner ? hits.filter((h) => ownedBy(h.item, question.owner ?? '')) : hits;
      const open = mineOnly.filter((h) => !isDone(h.item));
      const doneCount = mineOnly.length - open.length;
      const whose = question.owner ? `${question.owner}牵头的任务中，` : '';
      const head = open.length > 0 ? `截至${ctx.today}，${whose}期限已过的任务共 ${open.length} 项（请核对是否已完成；完成了可发“<编号> 已完成”）：` : `截至${ctx.today}，${whose}没有期限已过的任务。`;
      const tail = doneCount > 0 ? [`另有${doneCount}项已完成，未列出。`] : [];
      return { intent: 'overdue', answer: note + [head, ...listLines(open.map((h) => line(h.item, h.due))), ...tail].join('\n'), items: open.map((h) => h.item) };
    }
    case 'owner': {
      const key = matchKey(question.owner);
      const hits = items.filter((i) => i.owners.some((o) => matchKey(o).includes(key) || key.includes(matchKey(o))));
      const head = hits.length > 0 ? `${question.owner}牵头的任务共 ${hits.length} 项：` : `没有找到由“${question.owner}”牵头的任务。`;
      return { intent: 'owner', answer: [head, ...listLines(hits.map((i) => line(i, i.due)))].join('\n'), items: hits };
    }
    case 'keyword': {
      const hits = searchItems(items, question.keyword, ctx.observances);
      if (hits.length === 0 && !question.explicit) return { intent: 'unknown', answer: notUnderstood(question.keyword), items: [] };
      const head = hits.length > 0 ? `与“${question.keyword}”有关的任务共 ${hits.length} 项：` : `没有找到与“${question.keyword}”有关的任务。可以换个关键词，或发送“帮助”。`;
      return { intent: 'keyword', answer: [head, ...listLines(hits.map((i) => line(i, i.due)))].join('\n'), items: hits };
    }
    case 'item': {
      const hits = findByRef(items, question.ref);
      if (hits.length === 0) return { intent: 'item', answer: `没有找到编号为“${question.ref.join('/')}”的条目。`, items: [] };
      const withStatus = (i: PlanItem): string => {
        const st = statusOf(i);
        return fullText(i, ctx.progressOf) + (st && st.status !== 'open' ? `\n状态：${STATUS_WORDS[st.status]}（${st.by}，${st.date}）` : '');
      };
      return { intent: 'item', answer: hits.map(withStatus).join('\n\n'), items: hits };
    }
    case 'targets': {
      // Words of the title in another order ("选树最美科技工作者" for 选树宣传“最美科技工作者”) find the item too.
      const named = question.keyword ? searchItems(items, question.keyword, ctx.observances) : items;
      const pool = named.some((i) => i.targets.length > 0) || !question.keyword ? named : findItemsByTopic(items, question.keyword, ctx.observances);
      const hits = pool.filter((i) => i.targets.length > 0);
      if (hits.length === 0) {
        return { intent: 'targets', answer: question.keyword ? `“${question.keyword}”相关的任务没有量化目标。` : '计划中没有找到量化目标。', items: [] };
      }
      const lines = hits.flatMap((i) => {
        const progress = ctx.progressOf?.(i) ?? [];
        return [`• ${i.path} ${i.title}`, ...(progress.length > 0 ? progress : i.targets.map((t) => `  目标：${t.text}（${t.subject}）`)).map((p) => (p.startsWith('  ') ? p : `  ${p}`))];
      });
      return { intent: 'targets', answer: [`${question.keyword ? `“${question.keyword}”` : ''}相关任务的目标：`, ...lines].join('\n'), items: hits };
    }
  }
}

/** An item led by this owner ("科普部" also finds "科普部、各乡镇科协"). */
function ownedBy(item: PlanItem, owner: string): boolean {
  const key = matchKey(owner);
  return item.owners.some((o) => matchKey(o).includes(key) || key.includes(matchKey(o)));
}

function listLines(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `……另有 ${lines.length - MAX_LINES} 项，请缩小范围提问。`];
}

function line(item: PlanItem, due: Due[]): string {
  const when = due.length > 0 ? ` — ${[...new Set(due.map(describeDue))].slice(0, 3).join('；')}` : '';
  const owners = item.owners.length > 0 ? `（牵头：${item.owners.join('、')}）` : '';
  return `• ${item.path} ${item.title}${when}${owners}`;
}

function fullText(item: PlanItem, progressOf?: ProgressOf): string {
  const parts = [`${item.path} ${item.title}`, item.text];
  if (item.due.length > 0) parts.push(`时间：${[...new Set(item.due.map(describeDue))].join('；')}`);
  if (item.targets.length > 0) parts.push(`目标：${item.targets.map((t) => t.text).join('；')}`);
  const progress = progressOf?.(item) ?? [];
  if (progress.length > 0) parts.push(`进度：${progress.map((p) => p.trim()).join('；')}`);
  if (item.owners.length > 0) parts.push(`牵头：${item.owners.join('、')}`);
  return parts.join('\n');
}

/** Items whose text holds the keyword (in simplified form), or any name of the observance it names. */
export function searchItems(items: readonly PlanItem[], keyword: string, observances: readonly Observance[]): PlanItem[] {
  const keys = new Set([matchKey(keyword)]);
  for (const { observance } of findObservances(keyword, observances)) {
    for (const n of [observance.name, ...observance.aliases]) keys.add(matchKey(n));
  }
  const list = [...keys].filter((k) => k.length > 0);
  return items.filter((i) => list.some((k) => keyOf(i).includes(k)));
}

/** "三", "（三）", "三是", "(3)" and "3" all read as "3"; group labels read as "". */
const numeric = (label: string): string => {
  const inner = normalizeText(label).replace(/[()（）是]/gu, '');
  if (!/^(\d+|[一二三四五六七八九十]+)$/u.test(inner)) return '';
  return String(parseChineseNumber(inner) ?? '');
};

/** Items whose numbered path ends with the given labels (三/2 = 3.2 = (三)/2). */
export function findByRef(items: readonly PlanItem[], ref: string[]): PlanItem[] {
  const want = ref.map(numeric);
  return items.filter((i) => {
    const labels = i.path.split('/').map(numeric).filter((l) => l !== '');
    return labels.length === want.length && labels.every((l, k) => l === want[k]);
  });
}
