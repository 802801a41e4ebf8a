// Applies a correction in words to the sender's record it names (or the latest matching one), and reverts an edit.
import { AppError } from '../errors.js';
import type { RequestContext } from '../context.js';
import { plansInForce } from '../questions/due-in-period.js';
import { matchKey } from '../text/normalize.js';
import type { Correction } from '../understanding/read-correction.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { rankItems } from './link-activity.js';
import { editActivity, itemLabel, type ActivityDeps } from './record-activity.js';

export type CorrectionResult = { ok: true; activity: Activity; changes: string[] } | { ok: false; message: string; notACorrection?: boolean };

const ASK = '要改哪一项？请写清楚，例如：更正：人数应为85人｜更正：日期是11月3日｜更正：资料应为500份。也可以：修改 <编号> 人数 85';
/** A soft correction ("横幅是8条") only applies to a record this recent. */
const SOFT_WINDOW_MS = 2 * 86_400_000;

/** The author's own latest live records (not the whole history), oldest first. */
async function ownRecords(deps: ActivityDeps, ctx: RequestContext): Promise<Activity[]> {
  // Newest first from the store: reversed to log order, so records sent in the same instant keep it.
  return (await deps.store.recentActivities({ by: ctx.user, limit: 200 })).reverse().sort((a, b) => a.at.localeCompare(b.at));
}

/** The record a correction is about: the one it names, else the latest holding the old value, else the latest with that field. */
function pickTarget(records: Activity[], c: Exclude<Correction, { field: 'unclear' }>): Activity | undefined {
  let pool = records;
  if (c.ref.ordinal !== undefined) {
    // "第一条": the first of the latest batch (the records sent the same day as the latest one).
    const day = records[records.length - 1]?.at.slice(0, 10);
    const batch = records.filter((a) => a.at.slice(0, 10) === day);
    const named = batch[c.ref.ordinal];
    if (named) return named;
  }
  if (c.ref.words) {
    const key = matchKey(c.ref.words);
    const matching = records.filter((a) => matchKey(`${a.title}${a.text}`).includes(key));
    if (matching.length > 0) pool = matching;
  }
  const latest = (pred: (a: Activity) => boolean): Activity | undefined => [...pool].reverse().find(pred);
  if (c.field === 'headcount') return (c.old !== undefined ? latest((a) => a.headcount === c.old) : undefined) ?? latest((a) => a.headcount !== null) ?? latest(() => true);
  if (c.field === 'date') return (c.old !== undefined ? latest((a) => a.date === c.old) : undefined) ?? latest(() => true);
  if (c.field === 'metric') return (c.old !== undefined ? latest((a) => a.metrics[c.unit] === c.old) : undefined) ?? latest((a) => a.metrics[c.unit] !== undefined) ?? latest(() => true);
  return latest(() => true);
}

/** Applies a correction; the change is kept in the record's history and can be reverted. */
export async function correctActivity(deps: ActivityDeps, ctx: RequestContext, c: Correction): Promise<CorrectionResult> {
  if (c.field === 'unclear') return { ok: false, message: ASK };
  const records = await ownRecords(deps, ctx);
  if (c.soft) {
    const recent = records.filter((a) => Date.parse(ctx.now) - Date.parse(a.at) <= SOFT_WINDOW_MS);
    if (c.field !== 'metric' || !recent.some((a) => a.metrics[c.unit] !== undefined)) return { ok: false, message: '', notACorrection: true };
  }
  const target = pickTarget(records, c);
  if (!target) return { ok: false, message: '没有找到你最近的活动记录，无法更正。可以发送“活动列表”查看编号，再用：修改 <编号> 人数 85' };
  let patch: ActivityPatch;
  let change: string;
  if (c.field === 'headcount') {
    patch = { ...(c.value !== null ? { headcount: c.value, approximate: c.approximate } : {}), ...(c.unit ? { headcountUnit: c.unit } : {}) };
    const unitChange = c.unit && c.unit !== (target.headcountUnit ?? '人') ? `单位 ${target.headcountUnit ?? '人'} → ${c.unit}` : '';
    const countChange = c.value !== null && c.value !== target.headcount ? `人数 ${target.headcount ?? '未写'} → ${c.value}` : '';
    const approxChange = c.value !== null && c.approximate !== target.approximate ? (c.approximate ? '改为约数' : '改为确数') : '';
    change = [countChange, unitChange, approxChange].filter(Boolean).join('，') || '数值与原记录相同';
  } else if (c.field === 'date') {
    if (c.value > ctx.today) return { ok: false, message: `日期 ${c.value} 在今天之后，没有更正。请写活动实际举办的日期。` };
    patch = { date: c.value, dateEnd: c.dateEnd };
    change = `日期 ${target.date} → ${c.value}${c.dateEnd ? ` 至 ${c.dateEnd}` : ''}`;
  } else if (c.field === 'metric') {
    patch = { metrics: { ...target.metrics, [c.unit]: c.value } };
    change = `${c.unit} ${target.metrics[c.unit] ?? '未写'} → ${c.value}`;
  } else {
    const plans = await deps.store.listPlans();
    const inForce = plansInForce(plans, Number(target.date.slice(0, 4))).map((p) => p.plan);
    const best = rankItems(c.words, inForce.length > 0 ? inForce : plans, deps.observances)[0];
    if (!best) return { ok: false, message: `没有找到与“${c.words}”对应的计划条目。可以发送：关联 ${target.id} 三/2` };
    patch = { itemId: best.item.id, planId: best.plan.id };
    change = `对应计划 ${itemLabel(plans, target.itemId) ?? '未匹配'} → ${best.item.path} ${best.item.title}`;
  }
  const activity = await editActivity(deps, ctx, target.id, patch);
  return { ok: true, activity, changes: [change] };
}

/** Undoes the last edit of a record (the sender's latest edited one when no id is given). */
export async function revertLastEdit(deps: ActivityDeps, ctx: RequestContext, id?: string): Promise<{ activity: Activity; reverted: string }> {
  const records = await ownRecords(deps, ctx);
  const edited = (a: Activity): boolean => a.history.some((h) => h.action === 'edit' || h.action === 'link');
  const target = id ? records.find((a) => a.id === id) : [...records].reverse().find(edited);
  if (!target || !edited(target)) throw new AppError('not_found', '没有找到可以撤销的修改。');
  const last = [...target.history].reverse().find((h) => h.action === 'edit' || h.action === 'link');
  const patch: Record<string, unknown> = {};
  const said: string[] = [];
  for (const [field, { from, to }] of Object.entries(last?.fields ?? {})) {
    patch[field] = from;
    said.push(`${field} ${JSON.stringify(to)} → ${JSON.stringify(from)}`);
  }
  const activity = await editActivity(deps, ctx, target.id, patch as ActivityPatch);
  return { activity, reverted: said.join('；') };
}
