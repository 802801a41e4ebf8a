// Applies a correction in words to the one record it names (or the one just made), and steps edits back one at a time.
import { AppError } from '../errors.js';
import type { RequestContext } from '../context.js';
import { addDays } from '../dates/civil-date.js';
import { plansInForce } from '../questions/due-in-period.js';
import type { Correction } from '../understanding/read-correction.js';
import type { Activity, ActivityPatch, Change } from './activity-schema.js';
import { describeChanges } from './describe-changes.js';
import { rankItems } from './link-activity.js';
import { editActivity, itemTitleOf, type ActivityDeps } from './record-activity.js';
import { findTarget, type CorrectionScope } from './find-target.js';
import { categoriesOf } from '../stats/classify-activity.js';
import { applyCategoryCorrection, type CategoryMode } from '../stats/read-category-correction.js';
import { type CategoryKey, CategoryKeySchema, statReturns } from '../stats/stat-returns.js';

/** The title of a record's plan item, for the categories it implies (科技活动周 item → science-week). */
export type { CorrectionScope } from './find-target.js';

export type CorrectionResult =
  | { ok: true; activity: Activity; before: Activity; changes: string[] }
  | { ok: false; message: string; notACorrection?: boolean };

const ASK = '要改哪一项？请写清楚，例如：更正：人数应为85人｜更正：日期是11月3日｜更正：资料应为500份。也可以：修改 <编号> 人数 85';
/** A soft correction ("横幅是8条") only applies to a record this recent. */
const SOFT_WINDOW_MS = 2 * 86_400_000;

const KIND_END = /(讲座|培训|展览|竞赛|比赛|演练|座谈会|报告会)$/u;

/** "在镇中学开展科普讲座" with 讲座 → 科普知识竞赛: "在镇中学开展科普知识竞赛" (words already there are not doubled). */
export function swapWord(title: string, old: string | undefined, fresh: string): string {
  const at = old ? title.indexOf(old) : -1;
  // "workshop" with 3D打印: a title of English words only takes the new words before it ("3D打印 workshop").
  if (at < 0 && !/\p{Script=Han}/u.test(title) && !title.includes(fresh)) return `${fresh} ${title}`.slice(0, 40);
  if (at < 0) return (title.includes(fresh) ? title : `${title.replace(/(活动|展览|展|竞赛|比赛|讲座|培训会?|座谈会|全委会|常委会|会议|大会)$/u, '')}${fresh}`).slice(0, 40);
  const head = title.slice(0, at);
  const tail = title.slice(at + (old?.length ?? 0));
  let k = Math.min(head.length, fresh.length);
  while (k > 0 && !fresh.startsWith(head.slice(head.length - k))) k--;
  // "防诈骗" → "防火安全讲座" in "…防诈骗科普讲座": the kind the title ends on is said once ("…防火安全科普讲座").
  const kind = KIND_END.exec(fresh)?.[1];
  const word = kind && fresh.length > kind.length + 1 && tail.endsWith(kind) ? fresh.slice(0, -kind.length) : fresh;
  return `${head.slice(0, head.length - k)}${word}${tail}`.slice(0, 40);
}

/** Names of the same people ("老师" and "教师"): a figure of helpers said one way is the one written the other. */
const SAME_PEOPLE: readonly (readonly string[])[] = [['老师', '教师'], ['工作人员', '工作者']];

/** The record's own name for a figure of people ("人(教师)" for "人(老师)"), else the unit as said. */
function sameFigure(target: Activity, unit: string): string {
  if (target.metrics[unit] !== undefined) return unit;
  const m = /^(人次|人)\((.+)\)$/u.exec(unit);
  const names = m ? SAME_PEOPLE.find((g) => g.includes(m[2]!)) : undefined;
  const other = names?.map((n) => `${m![1]}(${n})`).find((k) => target.metrics[k] !== undefined);
  return other ?? unit;
}

/** The patch a correction makes to its record, or a message saying why it cannot. */
export async function patchFor(deps: ActivityDeps, ctx: RequestContext, target: Activity, c: Exclude<Correction, { field: 'unclear' }>, listed?: readonly string[]): Promise<ActivityPatch | string> {
  if (c.field === 'headcount') {
    // "专家是4人": a sub-count named by its people ("人(专家)"), not the headcount.
    const who = c.ref.words;
    const sub = who && c.value !== null ? Object.keys(target.metrics).find((k) => /^(人次|人|名|位)\(/u.test(k) && (k.includes(who) || who.includes(k.slice(k.indexOf('(') + 1, -1)))) : undefined;
    if (sub && c.value !== null) return { metrics: { ...target.metrics, [sub]: c.value } };
    // "不是200人，是200人次": the same number in another unit changes the unit only; "约" stays as it was.
    const unitOnly = c.value !== null && c.value === target.headcount && c.old === c.value && !c.approximate && c.unit !== undefined && c.unit !== target.headcountUnit;
    if (unitOnly) return { headcountUnit: c.unit };
    return { ...(c.value !== null ? { headcount: c.value, approximate: c.approximate } : {}), ...(c.unit ? { headcountUnit: c.unit } : {}) };
  }
  if (c.field === 'date') {
    // "不是周四，是周三": the record's own week, whatever week today is in.
    const shifted = c.shift !== undefined && !target.dateEnd ? addDays(target.date, c.shift) : undefined;
    if (shifted) return shifted > ctx.today ? `日期 ${shifted} 在今天之后，没有更正。请写活动实际举办的日期。` : { date: shifted };
    if (c.value > ctx.today) return `日期 ${c.value} 在今天之后，没有更正。请写活动实际举办的日期。`;
    if (c.end) return c.value < target.date ? `结束日期 ${c.value} 在开始日期 ${target.date} 之前，没有更正。` : { dateEnd: c.value === target.date ? null : c.value };
    // "起始日期错了，应该是7月4号": the first day of a span moves; its last day stays when it still follows.
    if (c.start && target.dateEnd) return c.value < target.dateEnd ? { date: c.value, dateEnd: target.dateEnd } : `开始日期 ${c.value} 在结束日期 ${target.dateEnd} 之后，没有更正。`;
    return { date: c.value, dateEnd: c.dateEnd };
  }
  if (c.field === 'year') {
    const date = `${c.year}${target.date.slice(4)}`;
    if (date > ctx.today) return `日期 ${date} 在今天之后，没有更正。`;
    return { date, ...(target.dateEnd ? { dateEnd: `${c.year + Number(target.dateEnd.slice(0, 4)) - Number(target.date.slice(0, 4))}${target.dateEnd.slice(4)}` } : {}) };
  }
  if (c.field === 'metric') return { metrics: { ...target.metrics, [sameFigure(target, c.unit)]: c.value } };
  if (c.field === 'number') {
    if (target.headcount === c.old) return { headcount: c.value };
    const unit = Object.keys(target.metrics).find((u) => target.metrics[u] === c.old);
    return unit ? { metrics: { ...target.metrics, [unit]: c.value } } : `这条记录里没有 ${c.old} 这个数，没有改动。`;
  }
  if (c.field === 'category') {
    const category = CategoryKeySchema.safeParse(c.category);
    if (!category.success) return `没有“${c.category}”这个统计类别。`;
    const categories = applyCategoryCorrection(categoriesOf({ ...target, itemTitle: itemTitleOf(await deps.store.listPlans(), target.itemId) }), { category: category.data, mode: c.mode });
    return { categories, ...(await observanceItem(deps, target, category.data, c.mode)) };
  }
  if (c.field === 'title') {
    return { title: swapWord(target.title, c.old, c.value) };
  }
  const plans = await deps.store.listPlans();
  const inForce = plansInForce(plans, Number(target.date.slice(0, 4))).map((p) => p.plan);
  if (c.none) {
    // "别挂到科普日上" of a record under another item: the item named is not its own; nothing is taken away.
    const from = c.words ? rankItems(c.words, inForce.length > 0 ? inForce : plans, deps.observances)[0] : undefined;
    return from?.topical && target.itemId && from.item.id !== target.itemId ? {} : { itemId: null, planId: null };
  }
  const words = c.words.replace(/(那一?项|这一?项|那条|条目|项目|下面|下边|里面|里头|里|名下|项下|上面|的)+$/u, '').trim() || c.words;
  // "算到第二项": the item of the list just shown; "算到三/2": the item with that path.
  const nth = /^第([一二三四五六七八九十\d]{1,2})[项条个]$/u.exec(words);
  const n = nth?.[1] ? (/\d/u.test(nth[1]) ? Number(nth[1]) : '一二三四五六七八九十'.indexOf(nth[1]) + 1) : 0;
  const named = (n > 0 ? listed?.[n - 1] : undefined) ?? (inForce.length > 0 ? inForce : plans).flatMap((p) => p.items).find((i) => i.path === words)?.id;
  const plan = named ? plans.find((p) => p.items.some((i) => i.id === named)) : undefined;
  if (named && plan) return { itemId: named, planId: plan.id };
  const among = inForce.length > 0 ? inForce : plans;
  // "记到活动周里面": the end of one observance's name alone (科技活动周) names that observance's item.
  const whole = deps.observances.filter((o) => [o.name, ...o.aliases].some((n) => n.length > words.length && n.endsWith(words)));
  const best = rankItems(words, among, deps.observances)[0] ?? (words.length >= 3 && whole.length === 1 ? rankItems(whole[0]!.name, among, deps.observances)[0] : undefined);
  if (!best) return `没有找到与“${words}”对应的计划条目。可以发送：关联 ${target.id} 三/2`;
  return { itemId: best.item.id, planId: best.plan.id };
}

/**
 * "这个算科普日的": a record counted under an observance the plan has an item for serves that item too (a record
 * with an item keeps it on 也算); "不算科普日" unlinks it only from that observance's own item.
 */
async function observanceItem(deps: ActivityDeps, target: Activity, key: CategoryKey, mode: CategoryMode): Promise<ActivityPatch> {
  const entry = statReturns().categories.find((x) => x.key === key);
  if (entry?.group !== 'observance' || (mode === 'add' && target.itemId)) return {};
  const plans = await deps.store.listPlans();
  const inForce = plansInForce(plans, Number(target.date.slice(0, 4))).map((p) => p.plan);
  const best = rankItems(entry.label, inForce.length > 0 ? inForce : plans, deps.observances)[0];
  if (!best?.topical) return {};
  if (mode === 'remove') return target.itemId === best.item.id ? { itemId: null, planId: null } : {};
  return target.itemId === best.item.id ? {} : { itemId: best.item.id, planId: best.plan.id };
}

/** Applies a correction to the record it names; one it cannot place is asked about, never guessed. */
export async function correctActivity(deps: ActivityDeps, ctx: RequestContext, said: Correction, scope?: CorrectionScope): Promise<CorrectionResult> {
  if (said.field === 'unclear') return { ok: false, message: said.ask ?? ASK };
  const found = await findTarget(deps, ctx, said, scope);
  if (!found.ok) return found.soft ? { ok: false, message: '', notACorrection: true } : { ok: false, message: found.message };
  const target = found.activity;
  // "这个是96个": N个 with nothing counted, of a record that counts people and nothing in 个, is its headcount.
  const c: Exclude<Correction, { field: 'unclear' }> = said.field === 'metric' && said.unit === '个' && target.metrics['个'] === undefined && target.headcount !== null
    ? { field: 'headcount', value: said.value, approximate: false, ...(said.old !== undefined ? { old: said.old } : {}), ref: said.ref, ...(said.soft ? { soft: true } : {}) }
    : said;
  // A soft one ("横幅是8条", "参观科技馆的是65人") is a correction only of a recent record that has that figure.
  const hasField = c.field === 'metric' ? target.metrics[c.unit] !== undefined : c.field === 'headcount' ? target.headcount !== null : c.field === 'date';
  if (c.soft && (Date.parse(ctx.now) - Date.parse(target.at) > SOFT_WINDOW_MS || !hasField)) {
    return { ok: false, message: '', notACorrection: true };
  }
  const patch = await patchFor(deps, ctx, target, c, scope?.listed);
  if (typeof patch === 'string') return { ok: false, message: patch };
  const activity = await editActivity(deps, ctx, target.id, patch);
  const changes = describeChanges(target, activity, await deps.store.listPlans());
  return { ok: true, activity, before: target, changes: changes.length > 0 ? changes : ['原记录已经是这样，没有改动'] };
}

const inverse = (a: Change, b: Change): boolean =>
  Object.keys(a.fields).length > 0 && Object.keys(a.fields).length === Object.keys(b.fields).length &&
  Object.entries(b.fields).every(([k, v]) => a.fields[k] && JSON.stringify(a.fields[k]?.to) === JSON.stringify(v.from) && JSON.stringify(a.fields[k]?.from) === JSON.stringify(v.to));

/** The edits still in force, oldest first: a change that exactly reverses the one before it cancels it. */
export function editsInForce(history: readonly Change[]): Change[] {
  const stack: Change[] = [];
  for (const h of history) {
    if (h.action !== 'edit' && h.action !== 'link') continue;
    const top = stack[stack.length - 1];
    if (top && inverse(top, h)) stack.pop();
    else if (Object.keys(h.fields).length > 0) stack.push(h);
  }
  return stack;
}

/** Steps back the last change still in force of a record (of the given ones, the latest changed, when no id). */
export async function revertLastEdit(deps: ActivityDeps, ctx: RequestContext, id?: string, among?: Activity[]): Promise<{ activity: Activity; before: Activity; reverted: string }> {
  let target: Activity | undefined;
  if (id) target = await deps.store.findActivity(id);
  else {
    const pool = among ?? (await deps.store.recentActivities({ by: ctx.user, limit: 50 })).reverse();
    target = [...pool].sort((a, b) => lastChange(a).localeCompare(lastChange(b))).reverse().find((a) => editsInForce(a.history).length > 0);
  }
  const last = target ? editsInForce(target.history).pop() : undefined;
  if (!target || target.undone || !last) throw new AppError('not_found', '没有找到可以撤销的更正。');
  const patch: Record<string, unknown> = {};
  for (const [field, { from }] of Object.entries(last.fields)) patch[field] = from;
  const activity = await editActivity(deps, ctx, target.id, patch as ActivityPatch);
  return { activity, before: target, reverted: describeChanges(target, activity, await deps.store.listPlans()).join('；') };
}

/** When a record was last changed (by an edit still in force). */
function lastChange(a: Activity): string {
  return editsInForce(a.history).pop()?.at ?? '';
}
