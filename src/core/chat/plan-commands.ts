// Chat commands about imported plans: "计划列表" / "删除计划 2" (list and remove), "计划年份 2021" (correct a guessed year) and
// "科技活动周 2026年5月16日至23日" (an admin sets this year's dates of an observance for the workspace).
import type { RequestContext } from '../context.js';
import { formatMonthDay, lastDayOfMonth, partsOf, ymd } from '../dates/civil-date.js';
import type { Kexie } from '../kexie.js';
import { findObservances, observanceDates, observanceNamed, type Observance } from '../plans/observances.js';
import type { Due, Plan } from '../plans/plan-schema.js';
import { describePlans, plansInOrder, plansNamed } from '../plans/manage-plans.js';
import type { Reply } from './handle-message.js';

/** Changing plans and the calendar: admins in Slack; anyone at the local CLI or console (their own data). */
const mayChange = (ctx: RequestContext): boolean => ctx.isAdmin || ctx.source.kind !== 'slack';
const NOT_ALLOWED = '只有管理员可以修改计划年份和纪念日日期。请联系管理员（KEXIE_ADMINS 中的用户）。';

/** A plan command's reply, or undefined when the message is not one. */
export async function tryPlanCommand(kexie: Kexie, ctx: RequestContext, text: string, simple: string): Promise<Reply | undefined> {
  if (/^(?:计划列表|查看计划|已导入的计划|导入了哪些计划|有哪些计划|plans|list plans)$/iu.test(simple.trim())) {
    return { text: describePlans(await plansInOrder(kexie.deps.storeFor(ctx.workspace))), kind: 'import' };
  }
  const remove = /^(?:删除|移除|删掉|remove plan)\s*(?:计划)?\s*[:：]?\s*(.*)$/iu.exec(simple.trim());
  if (remove && /^(?:删除|移除|删掉)计划|^remove plan|^(?:删除|移除|删掉)示例/iu.test(simple.trim())) return removePlan(kexie, ctx, remove[1] ?? '');
  const year = /^(?:计划年份|计划年度|plan year)\s*[:：]?\s*(\S*)\s*$/iu.exec(simple);
  if (year) return setPlanYear(kexie, ctx, year[1] ?? '');
  const set = readObservanceCommand(simple, ctx.today, kexie.deps.observances);
  // Without a year, "科技活动周 5月17日至23日" from a staff member may be a report: let it through.
  if (set && !set.yearWritten && !mayChange(ctx)) return undefined;
  if (set) return setObservance(kexie, ctx, set);
  return undefined;
}

async function removePlan(kexie: Kexie, ctx: RequestContext, ref: string): Promise<Reply> {
  if (!mayChange(ctx)) return { text: '只有管理员可以删除计划。请联系管理员（KEXIE_ADMINS 中的用户）。', kind: 'error' };
  const store = kexie.deps.storeFor(ctx.workspace);
  const plans = await plansInOrder(store);
  if (ref.trim() === '') return { text: describePlans(plans), kind: 'import' };
  const named = plansNamed(plans, ref);
  if (named.length !== 1) {
    const why = named.length === 0 ? `没有找到计划“${ref}”。` : `“${ref}”对应 ${named.length} 份计划，请用序号。`;
    return { text: `${why}\n${describePlans(plans)}`, kind: 'error' };
  }
  const plan = named[0] as Plan;
  if (!store.deletePlan) return { text: '当前的数据存储不支持删除计划。', kind: 'error' };
  const removed = await store.deletePlan(plan.id);
  if (!removed) return { text: '计划没能删除，请稍后重试。', kind: 'error' };
  return { text: `已删除《${plan.title}》（${plan.items.length} 条）。已记录的活动保留不变。\n${describePlans(await plansInOrder(store))}`, kind: 'import' };
}

async function setPlanYear(kexie: Kexie, ctx: RequestContext, raw: string): Promise<Reply> {
  const year = /^(\d{4})\s*年?$/u.exec(raw);
  const usage = '格式：计划年份 2025（把最近导入的计划改为该年份，其中的日期随之调整）';
  if (!year) return { text: usage, kind: 'error' };
  const to = Number(year[1]);
  if (to < 2000 || to > 2100) return { text: `年份“${raw}”不对。${usage}`, kind: 'error' };
  if (!mayChange(ctx)) return { text: NOT_ALLOWED, kind: 'error' };
  const store = kexie.deps.storeFor(ctx.workspace);
  const plans = await store.listPlans();
  const latest = [...plans].sort((a, b) => a.importedAt.localeCompare(b.importedAt)).at(-1);
  if (!latest) return { text: '还没有导入工作计划。请先导入计划，再设定年份。', kind: 'error' };
  const shift = to - latest.year;
  if (shift === 0) return { text: `《${latest.title}》已经是${to}年的计划，没有改动。`, kind: 'import' };
  const observances = await kexie.observancesFor(ctx);
  const moved: Plan = {
    ...latest,
    year: to,
    yearTo: latest.yearTo + shift,
    items: latest.items.map((item) => ({ ...item, due: item.due.map((d) => shiftDue(d, shift, observances)) })),
  };
  await store.savePlan(moved);
  const back = (await store.listPlans()).find((p) => p.id === moved.id);
  if (back?.year !== to) return { text: '年份没能保存，请稍后重试。', kind: 'error' };
  const dated = moved.items.filter((i) => i.due.length > 0).length;
  return { text: `已把《${latest.title}》改为${to}年的计划，${dated} 条的时间要求随之调整到${to}年。\n试试问：这个月有什么要做的`, kind: 'import' };
}

/** A due moved by whole years; an observance's date is looked up again for the new year. */
function shiftDue(d: Due, years: number, observances: readonly Observance[]): Due {
  const named = d.implied ? findObservances(d.text, observances)[0] : undefined;
  if (named) {
    const { start, end } = observanceDates(named.observance, partsOf(d.start).year + years);
    return { ...d, start, end };
  }
  return { ...d, start: addYears(d.start, years), end: addYears(d.end, years) };
}

function addYears(date: string, years: number): string {
  const { year, month, day } = partsOf(date);
  return ymd(year + years, month, Math.min(day, lastDayOfMonth(year + years, month)));
}

interface ObservanceCommand {
  observance: Observance;
  year: number;
  yearWritten: boolean;
  start: string;
  end: string;
}

/** "科技活动周 2026年5月16日至23日", "全国科普日 9月20日" → the observance and its dates; else undefined. */
function readObservanceCommand(simple: string, today: string, calendar: readonly Observance[]): ObservanceCommand | undefined {
  const m = /^(\S{2,16}?)\s*[:：]?\s*(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(?:至|到|-|—|–|~|～)\s*(?:(\d{1,2})\s*月)?\s*(\d{1,2})\s*[日号]?)?$/u.exec(simple);
  if (!m) return undefined;
  const observance = observanceNamed(m[1] ?? '', calendar);
  if (!observance) return undefined;
  const year = m[2] ? Number(m[2]) : Number(today.slice(0, 4));
  const m1 = Number(m[3]);
  const d1 = Number(m[4]);
  const m2 = m[5] ? Number(m[5]) : m1;
  const d2 = m[6] ? Number(m[6]) : d1;
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d1 > lastDayOfMonth(year, m1) || d2 < 1 || d2 > lastDayOfMonth(year, m2)) {
    return { observance, year, yearWritten: m[2] !== undefined, start: '', end: '' };
  }
  const start = ymd(year, m1, d1);
  const end = ymd(year, m2, d2);
  return { observance, year, yearWritten: m[2] !== undefined, start, end };
}

async function setObservance(kexie: Kexie, ctx: RequestContext, cmd: ObservanceCommand): Promise<Reply> {
  const usage = `格式：${cmd.observance.name} ${cmd.year}年5月16日至23日`;
  if (cmd.start === '' || cmd.end < cmd.start) return { text: `日期不对（没有这一天，或结束早于开始）。${usage}`, kind: 'error' };
  if (!mayChange(ctx)) return { text: NOT_ALLOWED, kind: 'error' };
  const store = kexie.deps.storeFor(ctx.workspace);
  if (!store.saveObservanceOverride || !store.listObservanceOverrides) return { text: '当前的数据存储不支持保存纪念日日期。', kind: 'error' };
  const before = observanceDates((await kexie.observancesFor(ctx)).find((o) => o.name === cmd.observance.name) ?? cmd.observance, cmd.year);
  await store.saveObservanceOverride({ name: cmd.observance.name, year: cmd.year, start: cmd.start, end: cmd.end, by: ctx.user, at: ctx.now });
  const saved = (await store.listObservanceOverrides()).find((o) => o.name === cmd.observance.name && o.year === cmd.year);
  if (saved?.start !== cmd.start || saved.end !== cmd.end) return { text: '日期没能保存，请稍后重试。', kind: 'error' };

  // Items of that year's plans that were dated by this observance move to the new dates.
  let moved = 0;
  for (const plan of await store.listPlans()) {
    if (cmd.year < plan.year || cmd.year > plan.yearTo) continue;
    let changed = false;
    const items = plan.items.map((item) => ({
      ...item,
      due: item.due.map((d) => {
        if (!d.implied || partsOf(d.start).year !== cmd.year || findObservances(d.text, [cmd.observance]).length === 0) return d;
        if (d.start === cmd.start && d.end === cmd.end) return d;
        changed = true;
        moved++;
        return { ...d, start: cmd.start, end: cmd.end };
      }),
    }));
    if (changed) await store.savePlan({ ...plan, items });
  }
  const span = cmd.start === cmd.end ? formatMonthDay(cmd.start) : `${formatMonthDay(cmd.start)}至${formatMonthDay(cmd.end)}`;
  const was = before.start === cmd.start && before.end === cmd.end ? '' : `（原为${formatMonthDay(before.start)}至${formatMonthDay(before.end)}，${before.implied ? '是推定的' : before.source}）`;
  return {
    text: `已设定${cmd.year}年${cmd.observance.name}：${span}${was}。${moved > 0 ? `计划中 ${moved} 处按它推定的时间已更新。` : '计划中没有按它推定时间的条目。'}`,
    kind: 'import',
  };
}
