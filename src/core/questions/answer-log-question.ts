// Answers questions about what was done (counts, sums, lists, the last time) and sign-ups, from the log and the plan.
import type { Activity } from '../activities/activity-schema.js';
import { daysBetween, partsOf, type CivilDate } from '../dates/civil-date.js';
import type { Signup } from '../headcounts/signup-schema.js';
import { findObservances, type Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { describeDue } from './due-in-period.js';
import { STATUS_WORDS, type ItemStatus } from './item-status.js';
import type { Question } from './question.js';
import { agenda, countdown, whenAnswer } from './answer-time-question.js';
import { answerSignups } from './answer-signups.js';
import { answerTally } from './answer-tally.js';
import { findItemsByTopic } from './find-items.js';
import { progressLines } from './item-progress.js';
import { endOf, figures, inPeriod, kindMatcher, listActivities, peoplePhrase, topicMatcher, writtenSessions } from './log-lines.js';
import { splitForPeriod, splitNotes } from './period-figures.js';
import { placeKindRecords } from './place-kind.js';
import { teamRecords, unitRecords, whoAndKind, type PeopleTeam } from './unit-records.js';

export interface LogContext {
  items: readonly PlanItem[];
  activities: readonly Activity[];
  signups: readonly Signup[];
  observances: readonly Observance[];
  today: CivilDate;
  statusOf: (item: PlanItem) => ItemStatus | undefined;
  /** The departments and their people, for a question naming one ("科普部五月份干了哪些事"). */
  teams?: readonly PeopleTeam[];
  /** The first day the activities were read from, when they do not go back to the start of the log. */
  since?: CivilDate;
  /** The records are those of some units only (三个乡镇科协报的): the county's targets are not set against them. */
  subset?: boolean;
}

/** What an item's text says beyond its title and its lead department ("上半年完成方案，第三季度完成采购和布展…"). */
function planSteps(item: PlanItem): string | undefined {
  const rest = item.text.replace(item.title, '').replace(/牵头(?:部门|单位)[:：][^。；;]*[。；;]?|责任(?:部门|单位)[:：][^。；;]*[。；;]?/gu, '').replace(/^[\s。；;，,、\d一二三四五六七八九十（）()]*/u, '').trim();
  return rest.length >= 6 ? rest : undefined;
}

type LogQuestion = Extract<Question, { intent: 'tally' | 'done_list' | 'item_report' | 'countdown' | 'when' | 'agenda' | 'signups' | 'last' }>;

/** The answer text to a question about the log, time or sign-ups. */
export function answerLogQuestion(q: LogQuestion, ctx: LogContext): string {
  const live = ctx.activities.filter((a) => !a.undone);
  switch (q.intent) {
    case 'tally':
      return answerTally(q, ctx, live);
    case 'done_list': {
      const about = q.topic ?? null;
      const topicItems = about ? findItemsByTopic(ctx.items, about, ctx.observances) : [];
      const aboutKey = matchKey(about ?? '');
      const inTitle = (a: Activity): boolean => matchKey(a.title).includes(aboutKey);
      const generic = topicItems.length > 1 && live.some((a) => inPeriod(a, q.period) && inTitle(a));
      const linked = new Set(generic ? [] : topicItems.map((i) => i.id));
      const led = whoAndKind(about, live, ctx.teams);
      const found = placeKindRecords(about, live) ?? unitRecords(about, live) ?? teamRecords(about, live, ctx.teams) ?? (led ? led.records.filter(kindMatcher(led.kind, ctx.items, ctx.observances)) : undefined);
      const ofUnit = found ? new Set(found) : undefined;
      const matches = topicMatcher(about, linked, ctx.observances);
      const hits = live.filter((a) => inPeriod(a, q.period) && (!q.unlinked || !a.itemId) && (about === null || (ofUnit ? ofUnit.has(a) : generic ? inTitle(a) : matches(a))));
      if (q.unlinked) return hits.length === 0 ? `${q.label}的活动记录都已关联计划条目。` : [`${q.label}未关联计划条目的活动记录共${hits.length}条：`, ...listActivities(hits, ctx.items, false)].join('\n');
      if (hits.length === 0) return `${q.label}没有${about ? `与“${about}”有关的` : ''}活动记录。记录活动可直接发：上周四在城关镇开了场科普讲座，来了30人`;
      const groups = new Map<string, Activity[]>();
      for (const a of hits) groups.set(a.itemId ?? '', [...(groups.get(a.itemId ?? '') ?? []), a]);
      // The people figure adds only records wholly in the period and not inside a logged total.
      const split = splitForPeriod(hits, q.period);
      const people = peoplePhrase(split.counted);
      const lines = [`${q.label}共记录${about ? `与“${about}”有关的` : ''}活动${hits.length}条${people ? `，参与${people}` : ''}：`];
      const notes = splitNotes(split, q.label);
      const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (ctx.items.findIndex((i) => i.id === a) - ctx.items.findIndex((i) => i.id === b))));
      for (const id of order) {
        const item = ctx.items.find((i) => i.id === id);
        lines.push(item ? `【${item.path} ${item.title}】` : '【未关联计划条目】', ...listActivities(groups.get(id) ?? [], ctx.items, false, notes));
      }
      return lines.join('\n');
    }
    case 'item_report': {
      const items = findItemsByTopic(ctx.items, q.topic, ctx.observances);
      const linked = new Set(items.map((i) => i.id));
      const year = partsOf(ctx.today).year;
      const thisYear = live.filter((a) => endOf(a) >= `${year}-01-01` && a.date <= ctx.today);
      const hits = thisYear.filter(topicMatcher(q.topic, linked, ctx.observances));
      if (items.length === 0 && hits.length === 0) return `没有找到与“${q.topic}”有关的任务或活动记录。可以换个说法，或发送“帮助”。`;
      const lines: string[] = [];
      for (const item of items) {
        const s = ctx.statusOf(item);
        lines.push(`${item.path} ${item.title}${s && s.status !== 'open' ? `（${STATUS_WORDS[s.status]}，${s.by} ${s.date}标记）` : ''}`);
        // "展品那个事到哪一步了": the steps the plan sets out, beside what the records show.
        const steps = planSteps(item);
        if (steps) lines.push(`  计划：${steps}`);
        if (item.due.length > 0) lines.push(`  时间：${[...new Set(item.due.map(describeDue))].join('；')}`);
        for (const p of progressLines(item, thisYear)) lines.push(`  ${p}`);
      }
      if (hits.length === 0) lines.push(`${year}年还没有相关的活动记录。`);
      else {
        const { written, unwritten } = writtenSessions(hits);
        const sessions = written > 0 ? `，其中写明场次的共${written}场${unwritten > 0 ? `（另${unwritten}条没写场次）` : ''}` : '';
        // The records of two or more of the topic's items (the museum's visitors, a tour's pupils) count different things:
        // each item's line above gives its own figure, and one total over them would read as either's.
        const served = new Set(hits.map((a) => a.itemId).filter((id) => id !== null && items.some((i) => i.id === id)));
        const people = served.size > 1 ? '' : peoplePhrase(hits);
        lines.push(`${year}年相关活动${hits.length}条${sessions}${people ? `，参与${people}` : ''}：`, ...listActivities(hits, ctx.items));
      }
      return lines.join('\n');
    }
    case 'countdown': {
      const found = findObservances(q.topic, ctx.observances)[0];
      if (found) return countdown(found.observance, ctx);
      return whenAnswer(q.topic, ctx, true, q.progress ? live : undefined, live);
    }
    case 'when':
      return whenAnswer(q.topic, ctx, false, undefined, live);
    case 'agenda':
      return agenda(q.period, q.label, ctx);
    case 'signups':
      return answerSignups(q, ctx.signups, ctx.items);
    case 'last': {
      const items = findItemsByTopic(ctx.items, q.topic, ctx.observances);
      const linked = new Set(items.map((i) => i.id));
      const placed = placeKindRecords(q.topic, live);
      const atPlace = placed ? new Set(placed) : undefined;
      const matches = topicMatcher(q.topic, linked, ctx.observances);
      const hits = live.filter((a) => a.date <= ctx.today && (atPlace ? atPlace.has(a) : matches(a))).sort((a, b) => endOf(b).localeCompare(endOf(a)));
      const latest = hits[0];
      if (!latest) return ctx.since ? `${partsOf(ctx.since).year}年以来没有与“${q.topic}”有关的活动记录。` : `还没有与“${q.topic}”有关的活动记录。`;
      const ago = daysBetween(endOf(latest), ctx.today);
      return [`最近一次是${latest.date}（${ago === 0 ? '今天' : `${ago}天前`}）：${latest.title}${figures(latest) ? `（${figures(latest)}）` : ''}。`, ...(hits.length > 1 ? [`之前的：`, ...listActivities(hits.slice(1, 4), ctx.items)] : [])].join('\n');
    }
  }
}
