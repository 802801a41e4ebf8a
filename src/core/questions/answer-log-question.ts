// Answers questions about what was done (counts, sums, lists, the last time) and sign-ups, from the log and the plan.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import { daysBetween, partsOf, type CivilDate, type DateRange } from '../dates/civil-date.js';
import { describeSignup } from '../headcounts/manage-signups.js';
import type { Signup } from '../headcounts/signup-schema.js';
import { findObservances, type Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { describeDue } from './due-in-period.js';
import { STATUS_WORDS, type ItemStatus } from './item-status.js';
import type { Question } from './question.js';
import { agenda, countdown, whenAnswer } from './answer-time-question.js';
import { coreOf, findItemsByTopic, fuzzyScore } from './find-items.js';

export interface LogContext {
  items: readonly PlanItem[];
  activities: readonly Activity[];
  signups: readonly Signup[];
  observances: readonly Observance[];
  today: CivilDate;
  statusOf: (item: PlanItem) => ItemStatus | undefined;
}

type LogQuestion = Extract<Question, { intent: 'tally' | 'done_list' | 'item_report' | 'countdown' | 'when' | 'agenda' | 'signups' | 'last' }>;
const MAX_ACTIVITIES = 12;

/** The last day of an activity: a period report ("10月份共开展…") runs to its dateEnd. */
export const endOf = (a: Activity): CivilDate => a.dateEnd ?? a.date;
const inPeriod = (a: Activity, p: DateRange): boolean => a.date <= p.end && p.start <= endOf(a);

function matchesTopic(a: Activity, topic: string | null, linked: ReadonlySet<string>, observances: readonly Observance[]): boolean {
  if (topic === null) return true;
  if (a.itemId && linked.has(a.itemId)) return true;
  const key = matchKey(`${a.title}${a.text}`);
  if (key.includes(matchKey(topic))) return true;
  const core = matchKey(coreOf(topic));
  if (core.length >= 2 && key.includes(core)) return true;
  for (const { observance } of findObservances(topic, observances)) {
    if ([observance.name, ...observance.aliases].some((n) => key.includes(matchKey(n)))) return true;
  }
  return matchKey(topic).length >= 3 && fuzzyScore(topic, a.title) >= 0.75;
}

const sessionsOf = (a: Activity): number => {
  const n = (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0);
  return n > 0 ? n : 1;
};

function peopleOf(list: readonly Activity[]): Array<[string, number, boolean]> {
  const sums = new Map<string, { n: number; approx: boolean }>();
  for (const a of list) {
    if (a.headcount === null) continue;
    const unit = a.headcountUnit ?? '人';
    const s = sums.get(unit) ?? { n: 0, approx: false };
    s.n += a.headcount;
    s.approx ||= a.approximate;
    sums.set(unit, s);
  }
  return [...sums.entries()].map(([u, s]) => [u, s.n, s.approx]);
}

function figures(a: Activity): string {
  const parts: string[] = [];
  if (a.headcount !== null) parts.push(`${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}`);
  for (const [unit, n] of Object.entries(a.metrics)) if (!unit.includes('(')) parts.push(`${n}${unit}`);
  return parts.join('，');
}

function activityLine(a: Activity, items: readonly PlanItem[], withItem = true): string {
  const when = endOf(a) !== a.date ? `${a.date}至${endOf(a)}` : a.date;
  const item = withItem && a.itemId ? items.find((i) => i.id === a.itemId) : undefined;
  const f = figures(a);
  return `• ${when} ${a.title}${f ? `（${f}）` : ''}${item ? ` — ${item.path}` : ''}`;
}

function listActivities(list: readonly Activity[], items: readonly PlanItem[], withItem = true): string[] {
  const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
  const lines = sorted.slice(0, MAX_ACTIVITIES).map((a) => activityLine(a, items, withItem));
  if (sorted.length > MAX_ACTIVITIES) lines.push(`……另有${sorted.length - MAX_ACTIVITIES}条，发送“活动列表”查看。`);
  return lines;
}

function peoplePhrase(list: readonly Activity[]): string {
  const people = peopleOf(list);
  if (people.length === 0) return '';
  const parts = people.map(([u, n, approx]) => `${n}${u}${approx ? '（含估计数）' : ''}`);
  return parts.join('、');
}

interface ItemProgress {
  name: string;
  unit: string;
  done: number;
  goal: number | null;
  text: string;
  note: string;
}

/** Each target of an item against the log: only sessions written as 场/场次 count toward a 场 target here. */
export function itemProgress(item: PlanItem, activities: readonly Activity[]): ItemProgress[] {
  const linked = activities.filter((a) => a.itemId === item.id && !a.undone);
  const computed = targetProgress(item, activities);
  return item.targets.map((t, k) => {
    const sessions = t.unit === '场' || t.unit === '场次';
    const written = linked.reduce((n, a) => n + (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0), 0);
    const unwritten = linked.filter((a) => !(a.metrics['场'] || a.metrics['场次'])).length;
    const done = sessions && written > 0 ? written : (computed[k]?.done ?? 0);
    const people = ['人', '人次', '名'].includes(t.unit);
    const without = !sessions && !people ? linked.filter((a) => a.metrics[t.unit] === undefined).length : 0;
    const note = sessions && written > 0 && unwritten > 0 ? `另有${unwritten}条相关记录没写场次，未计入` : without > 0 ? `另有${without}条相关记录没写“${t.unit}”数，未计入` : (computed[k]?.note ?? '');
    return { name: t.subject || '目标', unit: t.unit, done, goal: t.value ?? t.min ?? t.max, text: t.text, note };
  });
}

/** "应急科普讲座：已完成4场，目标6场（67%），还差2场". */
export function progressLines(item: PlanItem, activities: readonly Activity[]): string[] {
  return itemProgress(item, activities).map((p) => {
    if (p.goal === null) return `${p.name}：已完成${p.done}${p.unit}（目标：${p.text}）`;
    const pct = p.goal > 0 ? Math.round((p.done / p.goal) * 100) : 0;
    const rest = p.done >= p.goal ? '，已达标' : `，还差${p.goal - p.done}${p.unit}`;
    return `${p.name}：已完成${p.done}${p.unit}，目标${p.goal}${p.unit}（${pct}%）${rest}${p.note ? `；${p.note}` : ''}`;
  });
}

/** The answer text to a question about the log, time or sign-ups. */
export function answerLogQuestion(q: LogQuestion, ctx: LogContext): string {
  const live = ctx.activities.filter((a) => !a.undone);
  switch (q.intent) {
    case 'tally': {
      const found = q.topic ? findItemsByTopic(ctx.items, q.topic, ctx.observances) : [];
      const inTitle = (a: Activity): boolean => matchKey(a.title).includes(matchKey(q.topic ?? ''));
      // A kind of activity that several items mention (讲座, 培训) is counted by the records' own titles.
      const generic = found.length > 1 && live.some((a) => inPeriod(a, q.period) && inTitle(a));
      const topicItems = generic ? [] : found;
      const linked = new Set(topicItems.map((i) => i.id));
      let hits = live.filter((a) => inPeriod(a, q.period) && (generic ? inTitle(a) : matchesTopic(a, q.topic, linked, ctx.observances)));
      // "问卷回收了多少份": records whose own title says so, not everything linked to the item.
      const unit = q.unit ?? '';
      const strong = (a: Activity): boolean => matchKey(a.title).includes(matchKey(q.topic ?? '')) || (matchKey(q.topic ?? '').length >= 4 && fuzzyScore(q.topic ?? '', a.title) >= 0.6);
      const counted = (a: Activity): boolean => (q.measure === 'metric' ? a.metrics[unit] !== undefined : a.headcount !== null);
      const titled = q.topic && (q.measure === 'metric' || q.measure === 'people') ? hits.filter((a) => strong(a) && counted(a)) : [];
      if (titled.length > 0) hits = titled;
      const what = q.topic ? `“${q.topic}”相关` : '';
      const units = q.measure === 'sessions' ? ['场', '场次'] : q.measure === 'people' ? ['人', '人次'] : [unit];
      const gaps = q.remaining ? topicItems.flatMap((i) => itemProgress(i, live).filter((p) => p.goal !== null && units.includes(p.unit)).map((p) => ({ i, p }))) : [];
      if (gaps.length > 0) {
        const lines = gaps.map(({ i, p }) => `${i.path} ${p.name}：目标${p.goal}${p.unit}，已完成${p.done}${p.unit}，${p.done >= (p.goal ?? 0) ? '已达标' : `还差${(p.goal ?? 0) - p.done}${p.unit}`}${p.note ? `（${p.note}）` : ''}`);
        return [...lines, ...listActivities(hits, ctx.items)].join('\n');
      }
      if (hits.length === 0) return `${q.label}没有${what}的活动记录。可以发送“活动列表”查看已记录的活动。`;
      const sessions = hits.reduce((n, a) => n + sessionsOf(a), 0);
      let head: string;
      if (q.measure === 'sessions') {
        const written = hits.reduce((n, a) => n + (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0), 0);
        const unmarked = hits.filter((a) => !(a.metrics['场'] || a.metrics['场次'])).length;
        const how = unmarked === 0 ? '' : written === 0 ? '，每条按1场计' : `；另有${unmarked}条没写场次，若各按1场计共${sessions}场`;
        head = `${q.label}${what}活动共${written > 0 ? written : sessions}场（${hits.length}条活动记录${how}）。`;
      }
      else if (q.measure === 'people') {
        const people = peopleOf(hits);
        const total = people.reduce((n, [, v]) => n + v, 0);
        head = people.length === 0 ? `${q.label}${what}活动${hits.length}条，都没有记录人数。` : `${q.label}${what}活动共覆盖群众${peoplePhrase(hits)}${people.length > 1 ? `，合计${total}（人与人次相加）` : ''}（${hits.length}条活动记录）。`;
      } else if (q.measure === 'metric' && q.unit) {
        const withUnit = hits.filter((a) => a.metrics[q.unit ?? ''] !== undefined);
        const sum = withUnit.reduce((n, a) => n + (a.metrics[q.unit ?? ''] ?? 0), 0);
        head = withUnit.length > 0 ? `${q.label}${what}共${sum}${q.unit}（${withUnit.length}条活动记录）。` : `${q.label}${what}的活动记录共${hits.length}条（记录中没有写“${q.unit}”数，按每条1${q.unit}计为${hits.length}${q.unit}）。`;
      } else head = `${q.label}共记录${what}活动${hits.length}次${sessions !== hits.length ? `（合计${sessions}场次）` : ''}。`;
      const progress = topicItems.flatMap((i) => progressLines(i, live.filter((a) => a.date <= q.period.end)).map((p) => `${i.path} ${p}`));
      return [head, ...listActivities(hits, ctx.items), ...(progress.length > 0 ? ['对照年度目标：', ...progress.map((p) => `• ${p}`)] : [])].join('\n');
    }
    case 'done_list': {
      const about = q.topic ?? null;
      const topicItems = about ? findItemsByTopic(ctx.items, about, ctx.observances) : [];
      const inTitle = (a: Activity): boolean => matchKey(a.title).includes(matchKey(about ?? ''));
      const generic = topicItems.length > 1 && live.some((a) => inPeriod(a, q.period) && inTitle(a));
      const linked = new Set(generic ? [] : topicItems.map((i) => i.id));
      const hits = live.filter((a) => inPeriod(a, q.period) && (about === null || (generic ? inTitle(a) : matchesTopic(a, about, linked, ctx.observances))));
      if (hits.length === 0) return `${q.label}没有${about ? `与“${about}”有关的` : ''}活动记录。记录活动可直接发：上周四在城关镇开了场科普讲座，来了30人`;
      const groups = new Map<string, Activity[]>();
      for (const a of hits) groups.set(a.itemId ?? '', [...(groups.get(a.itemId ?? '') ?? []), a]);
      const lines = [`${q.label}共记录${about ? `与“${about}”有关的` : ''}活动${hits.length}条${peoplePhrase(hits) ? `，参与${peoplePhrase(hits)}` : ''}：`];
      const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (ctx.items.findIndex((i) => i.id === a) - ctx.items.findIndex((i) => i.id === b))));
      for (const id of order) {
        const item = ctx.items.find((i) => i.id === id);
        lines.push(item ? `【${item.path} ${item.title}】` : '【未关联计划条目】', ...listActivities(groups.get(id) ?? [], ctx.items, false));
      }
      return lines.join('\n');
    }
    case 'item_report': {
      const items = findItemsByTopic(ctx.items, q.topic, ctx.observances);
      const linked = new Set(items.map((i) => i.id));
      const year = partsOf(ctx.today).year;
      const thisYear = live.filter((a) => endOf(a) >= `${year}-01-01` && a.date <= ctx.today);
      const hits = thisYear.filter((a) => matchesTopic(a, q.topic, linked, ctx.observances));
      if (items.length === 0 && hits.length === 0) return `没有找到与“${q.topic}”有关的任务或活动记录。可以换个说法，或发送“帮助”。`;
      const lines: string[] = [];
      for (const item of items) {
        const s = ctx.statusOf(item);
        lines.push(`${item.path} ${item.title}${s && s.status !== 'open' ? `（${STATUS_WORDS[s.status]}，${s.by} ${s.date}标记）` : ''}`);
        if (item.due.length > 0) lines.push(`  时间：${[...new Set(item.due.map(describeDue))].join('；')}`);
        for (const p of progressLines(item, thisYear)) lines.push(`  ${p}`);
      }
      if (hits.length === 0) lines.push(`${year}年还没有相关的活动记录。`);
      else {
        const written = hits.reduce((n, a) => n + (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0), 0);
        const unwritten = hits.filter((a) => !(a.metrics['场'] || a.metrics['场次'])).length;
        const sessions = written > 0 ? `，其中写明场次的共${written}场${unwritten > 0 ? `（另${unwritten}条没写场次）` : ''}` : '';
        const people = peoplePhrase(hits);
        lines.push(`${year}年相关活动${hits.length}条${sessions}${people ? `，参与${people}` : ''}：`, ...listActivities(hits, ctx.items));
      }
      return lines.join('\n');
    }
    case 'countdown': {
      const found = findObservances(q.topic, ctx.observances)[0];
      if (found) return countdown(found.observance, ctx);
      return whenAnswer(q.topic, ctx, true);
    }
    case 'when':
      return whenAnswer(q.topic, ctx, false);
    case 'agenda':
      return agenda(q.period, q.label, ctx);
    case 'signups': {
      if (ctx.signups.length === 0) return '还没有任何活动的报名记录。登记报名：报名 <活动名> <人数> <单位>，例如：报名 科普日主场活动 5人 第一中学';
      const ranked = ctx.signups.map((s) => ({ s, score: q.event ? Math.max(fuzzyScore(q.event, s.event), fuzzyScore(s.event, q.event) * 0.9) : 0 })).sort((a, b) => b.score - a.score);
      const best = ranked[0];
      if (q.unit) {
        // "实验小学报了几个人参加大赛": that unit's entry, in the named event or else in any.
        const pool = best && best.score >= 0.4 ? [best.s, ...ctx.signups.filter((s) => s !== best.s)] : ctx.signups;
        for (const s of pool) {
          const entry = s.entries.find((e) => matchKey(e.unit) === matchKey(q.unit ?? '')) ?? s.entries.find((e) => fuzzyScore(q.unit ?? '', e.unit) >= 0.6);
          if (entry) return `${entry.unit}报名“${s.event}”${entry.count}人。\n${describeSignup(s)}`;
        }
        return `没有找到“${q.unit}”的报名。现有报名的活动：${ctx.signups.map((s) => s.event).join('、')}。`;
      }
      if (!best || best.score < 0.4) return `没有找到“${q.event}”的报名。现有报名的活动：${ctx.signups.map((s) => s.event).join('、')}。查询：人数 <活动名>`;
      return describeSignup(best.s);
    }
    case 'last': {
      const items = findItemsByTopic(ctx.items, q.topic, ctx.observances);
      const linked = new Set(items.map((i) => i.id));
      const hits = live.filter((a) => a.date <= ctx.today && matchesTopic(a, q.topic, linked, ctx.observances)).sort((a, b) => endOf(b).localeCompare(endOf(a)));
      const latest = hits[0];
      if (!latest) return `还没有与“${q.topic}”有关的活动记录。`;
      const ago = daysBetween(endOf(latest), ctx.today);
      return [`最近一次是${latest.date}（${ago === 0 ? '今天' : `${ago}天前`}）：${latest.title}${figures(latest) ? `（${figures(latest)}）` : ''}。`, ...(hits.length > 1 ? [`之前的：`, ...listActivities(hits.slice(1, 4), ctx.items)] : [])].join('\n');
    }
  }
}
