// Answers sign-up questions: an event's entries by unit, a unit's entries in every event, all events, and "没有找到X的报名".
import type { Signup } from '../headcounts/signup-schema.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { fuzzyScore } from './find-items.js';
import type { Question } from './question.js';
import { isOfKind } from './unit-groups.js';

type Signups = Extract<Question, { intent: 'signups' }>;

const total = (s: Signup): number => s.entries.reduce((n, e) => n + e.count, 0);

/** "青少年科技创新大赛：报名共63人（4个单位）：实验小学24人、县第一中学18人…". */
export function describeEntries(s: Signup): string {
  const units = s.entries.map((e) => `${e.unit}${e.count}人`).join('、');
  const state = `${s.closed ? '，已截止' : ''}${s.attendance !== null ? `，实到${s.attendance}人` : ''}`;
  return `${s.event}：报名共${total(s)}人（${s.entries.length}个单位${state}）${units ? `：${units}` : ''}`;
}

/** A unit's name as people shorten it: 县第一中学 = 县一中, 城关镇第二小学 = 城关镇二小. */
export const unitKey = (name: string): string =>
  matchKey(name)
    .replace(/第([一二三四五六七八九十\d]+)(中学|小学)/gu, (_, n: string, kind: string) => `${n}${kind[0]}`)
    .replace(/(中心小学|中心学校)$/u, '中心校');

const sameUnit = (a: string, b: string): boolean => {
  const [x, y] = [unitKey(a), unitKey(b)];
  return x === y || (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x))) || fuzzyScore(a, b) >= 0.75;
};

/** The events a loose name means: the best match, and every other that matches as well ("大赛" → both 大赛). */
function eventsNamed(signups: readonly Signup[], name: string): Signup[] {
  const scored = signups.map((s) => ({ s, score: Math.max(fuzzyScore(name, s.event), fuzzyScore(s.event, name) * 0.9) }));
  const best = Math.max(0, ...scored.map((x) => x.score));
  if (best < 0.4) return [];
  return scored.filter((x) => x.score >= best - 0.001).map((x) => x.s);
}

const notFound = (what: string, signups: readonly Signup[]): string => `没有找到“${what}”的报名。现有报名的活动：${signups.map((s) => s.event).join('、')}。查询：人数 <活动名>`;

/** "报名最多的是白马乡科协（30人）": the unit with most entries in an event of two or more units. */
function mostLine(s: Signup): string | undefined {
  const byUnit = new Map<string, number>();
  for (const e of s.entries) byUnit.set(e.unit, (byUnit.get(e.unit) ?? 0) + e.count);
  if (byUnit.size < 2) return undefined;
  const top = Math.max(...byUnit.values());
  const units = [...byUnit].filter(([, n]) => n === top).map(([u]) => u);
  return `${s.event}报名最多的是${units.join('、')}（${top}人${units.length > 1 ? '，并列' : ''}）。`;
}

/** "（对应任务 二/（一）/4 举办青少年科技创新大赛）": the plan item whose title names the event. */
function itemLine(events: readonly Signup[], items: readonly PlanItem[]): string[] {
  const named = items.filter((i) => i.kind === 'task' && events.some((s) => matchKey(s.event).length >= 4 && matchKey(i.title).includes(matchKey(s.event))));
  return named.map((i) => `对应任务：${i.path} ${i.title}`);
}

/** The answer to a sign-up question; `items` name the plan item an event belongs to. */
export function answerSignups(q: Signups, signups: readonly Signup[], items: readonly PlanItem[] = []): string {
  return [answerEntries(q, signups), ...(q.most ? (q.event ? eventsNamed(signups, q.event) : signups).flatMap((s) => mostLine(s) ?? []) : []), ...(q.event ? itemLine(eventsNamed(signups, q.event), items) : [])].join('\n');
}

function answerEntries(q: Signups, signups: readonly Signup[]): string {
  if (signups.length === 0) return '还没有任何活动的报名记录。登记报名：报名 <活动名> <人数> <单位>，例如：报名 科普日主场活动 5人 第一中学';
  const events = q.event ? eventsNamed(signups, q.event) : [...signups];
  if (q.event && events.length === 0) return notFound(q.event, signups);
  if (q.unit) {
    const unit = q.unit;
    const hits = events.flatMap((s) => s.entries.filter((e) => sameUnit(unit, e.unit)).map((e) => ({ s, e })));
    if (hits.length === 0) {
      const where = q.event ? `“${events.map((s) => s.event).join('、')}”` : '任何活动';
      return `${unit}还没有报名${where}。${q.event ? events.map(describeEntries).join('\n') : `现有报名的活动：${signups.map((s) => s.event).join('、')}。`}`;
    }
    // "白马乡那边报了多少": every unit of that place, each under its own name.
    const units = [...new Set(hits.map((h) => h.e.unit))];
    return units
      .flatMap((u) => {
        const own = hits.filter((h) => h.e.unit === u);
        const sum = own.reduce((n, h) => n + h.e.count, 0);
        return [`${u}的报名${own.length > 1 ? `（${own.length}项活动，合计${sum}人）` : ''}：`, ...own.map(({ s, e }) => `• ${s.event}：${e.count}人`)];
      })
      .join('\n');
  }
  if (q.kind) {
    // "培训班三个乡镇一共报了多少人": the entries of units of that kind, beside the event's whole total.
    const kind = q.kind;
    const of = events.map((s) => ({ s, entries: s.entries.filter((e) => isOfKind(kind, e.unit)) }));
    if (of.some((x) => x.entries.length > 0)) {
      return of
        .map(({ s, entries }) => {
          const sum = entries.reduce((n, e) => n + e.count, 0);
          const rest = s.entries.length > entries.length ? `；全部${s.entries.length}个单位共${total(s)}人` : '';
          return `${s.event}：${kind}报名共${sum}人（${entries.length}个${kind}单位${rest}）${entries.length > 0 ? `：${entries.map((e) => `${e.unit}${e.count}人`).join('、')}` : ''}`;
        })
        .join('\n');
    }
  }
  const lines = events.map(describeEntries);
  if (events.length > 1) lines.push(`以上${events.length}项活动报名合计${events.reduce((n, s) => n + total(s), 0)}人。`);
  return lines.join('\n');
}
