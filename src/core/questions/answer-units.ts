// Which reporting units have logged nothing in a period, or what one unit logged ("哪些单位这个月还没报", "白马乡科协这个月报了吗").
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import { unreportedUnits } from '../schedules/plan-facts.js';
import type { Directory, Team } from '../schedules/subscription-schema.js';
import { matchKey } from '../text/normalize.js';
import type { Observance } from '../plans/observances.js';
import { findItemsByTopic, fuzzyScore } from './find-items.js';
import { listActivities } from './log-lines.js';
import type { Question } from './question.js';
import { teamRecords, type PeopleTeam } from './unit-records.js';
import { KIND_OF_UNIT } from './unit-groups.js';

type Unreported = Extract<Question, { intent: 'unreported' }>;

export interface UnitContext {
  plans: readonly Plan[];
  activities: readonly Activity[];
  directory: Directory;
  /** The departments users said they are in, with their people ("我是农技协"). */
  teams?: readonly PeopleTeam[];
  /** The observances, for finding the item a topic names (科技活动周). */
  observances?: readonly Observance[];
}


const names = (teams: readonly Team[]): string => teams.map((t) => t.name).join('、');

/** The unit a question names, as the directory knows it, else as written. */
function unitNamed(name: string, directory: Directory): Team {
  const key = matchKey(name);
  const teams = [...directory.units, ...directory.owners];
  return teams.find((t) => matchKey(t.name) === key) ?? teams.find((t) => fuzzyScore(name, t.name) >= 0.6 || matchKey(t.name).includes(key)) ?? { name, people: [] };
}

/** The answer: the units with nothing logged, or one unit's records. */
export function answerUnreported(q: Unreported, ctx: UnitContext): string {
  const plans = ctx.plans;
  const live = ctx.activities.filter((a) => !a.undone && a.date <= q.period.end && q.period.start <= a.date);
  const where = q.label.replace(/（.*$/u, '');
  if (q.unit) {
    const team = unitNamed(q.unit, ctx.directory);
    const only: Directory = { owners: [], units: [team] };
    // A record is the unit's when unreportedUnits, asked about that record alone, no longer lists the unit.
    // "农技协这个月报了哪些活动": a department its people said they are in reports through them too.
    const byTeam = new Set(teamRecords(q.unit, live, ctx.teams) ?? []);
    const mine = live.filter((a) => byTeam.has(a) || unreportedUnits(plans, [a], only, q.period).length === 0);
    if (mine.length === 0) return `${team.name}${where}（${q.period.start}至${q.period.end}）还没有活动记录。`;
    return [`${team.name}${where}已报送活动${mine.length}条：`, ...listActivities(mine, [])].join('\n');
  }
  if (q.topic) return unreportedForTopic(q, q.topic, ctx, live);
  // "哪个部门还一条活动都没报过": the departments people said they are in, by what their people reported.
  const teams = (ctx.teams ?? []).filter((t) => t.people.length > 0);
  if (q.kind === '部门' && teams.length > 0) {
    const silent = teams.filter((t) => !live.some((a) => t.people.includes(a.by)));
    const span = `${where}（${q.period.start}至${q.period.end}）`;
    if (silent.length === 0) return `${span}已知的${teams.length}个部门都有活动记录。`;
    return `${span}还没有活动记录的部门${silent.length}个：${silent.map((t) => t.name).join('、')}。其余${teams.length - silent.length}个部门已有活动记录（按各人说过的所在部门统计）。`;
  }
  const registered = ctx.directory.units.length > 0;
  const missing = unreportedUnits(plans, live, ctx.directory, q.period);
  const basis = registered ? '' : '（还没有登记报送单位，以下按计划中的牵头部门；登记：单位 添加 城关镇科协 @王五）';
  if (!registered && missing.length === 0) return '还没有登记报送单位。登记：单位 添加 城关镇科协 @王五';
  if (missing.length === 0) return `${where}（${q.period.start}至${q.period.end}）各单位都有活动记录。`;
  const reported = registered ? ctx.directory.units.length - missing.length : 0;
  const tail = reported > 0 ? `其余${reported}个单位已有活动记录。` : '';
  return `${where}（${q.period.start}至${q.period.end}）还没有活动记录的单位${missing.length}个${basis}：${names(missing)}。${tail}`;
}

/** "科技活动周哪个乡镇还没报": the units (of a kind) with no record of the item the topic names. */
function unreportedForTopic(q: Unreported, topic: string, ctx: UnitContext, live: readonly Activity[]): string {
  const items = findItemsByTopic(ctx.plans.flatMap((p) => p.items), topic, ctx.observances ?? []).slice(0, 1);
  const ids = new Set(items.map((i) => i.id));
  const key = matchKey(topic);
  const records = live.filter((a) => (a.itemId !== null && ids.has(a.itemId)) || matchKey(a.title).includes(key));
  const fits = q.kind ? KIND_OF_UNIT[q.kind] : undefined;
  const units = ctx.directory.units.filter((u) => !fits || fits(u.name));
  const what = items[0] ? `${items[0].path} ${items[0].title}` : `“${topic}”`;
  const which = q.kind ?? '单位';
  if (units.length === 0) return `还没有登记${q.kind ? `属于${q.kind}的` : ''}报送单位。登记：单位 添加 城关镇科协 @王五`;
  const missing = unreportedUnits(ctx.plans, records, { owners: [], units }, q.period);
  const done = units.filter((u) => !missing.includes(u));
  const where = `${q.label.replace(/（.*$/u, '')}（${q.period.start}至${q.period.end}）`;
  const head = missing.length === 0 ? `${what}：${where}登记的${units.length}个${which}都有相关活动记录。` : `${what}：${where}还没有相关活动记录的${which}${missing.length}个：${names(missing)}。${done.length > 0 ? `已报的：${names(done)}。` : ''}`;
  return [head, `（共${records.length}条相关活动记录）`, ...listActivities(records, [])].join('\n');
}
