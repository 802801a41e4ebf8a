// Applies a correction in words to the sender's most recent matching record, and reverts an edit.
import { AppError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Correction } from '../understanding/read-correction.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { editActivity, type ActivityDeps } from './record-activity.js';

export type CorrectionResult = { ok: true; activity: Activity; changes: string[] } | { ok: false; message: string };

const ASK = '要改哪一项？请写清楚，例如：更正：人数应为85人｜更正：日期是11月3日｜更正：资料应为500份。也可以：修改 <编号> 人数 85';

/** The author's own live records, oldest first. */
async function ownRecords(deps: ActivityDeps, ctx: RequestContext): Promise<Activity[]> {
  return (await deps.store.listActivities()).filter((a) => a.by === ctx.user && !a.undone).sort((a, b) => a.at.localeCompare(b.at));
}

/** Finds the record a correction is about: the latest one holding the named old value, else the latest with that field. */
function pickTarget(records: Activity[], c: Exclude<Correction, { field: 'unclear' }>): Activity | undefined {
  const latest = (pred: (a: Activity) => boolean): Activity | undefined => [...records].reverse().find(pred);
  if (c.field === 'headcount') return (c.old !== undefined ? latest((a) => a.headcount === c.old) : undefined) ?? latest((a) => a.headcount !== null) ?? latest(() => true);
  if (c.field === 'date') return (c.old !== undefined ? latest((a) => a.date === c.old) : undefined) ?? latest(() => true);
  return (c.old !== undefined ? latest((a) => a.metrics[c.unit] === c.old) : undefined) ?? latest((a) => a.metrics[c.unit] !== undefined) ?? latest(() => true);
}

/** Applies a correction; the change is kept in the record's history and can be reverted. */
export async function correctActivity(deps: ActivityDeps, ctx: RequestContext, c: Correction): Promise<CorrectionResult> {
  if (c.field === 'unclear') return { ok: false, message: ASK };
  const target = pickTarget(await ownRecords(deps, ctx), c);
  if (!target) return { ok: false, message: '没有找到你最近的活动记录，无法更正。可以发送“活动列表”查看编号，再用：修改 <编号> 人数 85' };
  let patch: ActivityPatch;
  let change: string;
  if (c.field === 'headcount') {
    patch = { headcount: c.value, approximate: c.approximate };
    change = `人数 ${target.headcount ?? '未写'} → ${c.value}`;
  } else if (c.field === 'date') {
    if (c.value > ctx.today) return { ok: false, message: `日期 ${c.value} 在今天之后，没有更正。请写活动实际举办的日期。` };
    patch = { date: c.value, dateEnd: c.dateEnd };
    change = `日期 ${target.date} → ${c.value}`;
  } else {
    patch = { metrics: { ...target.metrics, [c.unit]: c.value } };
    change = `${c.unit} ${target.metrics[c.unit] ?? '未写'} → ${c.value}`;
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
