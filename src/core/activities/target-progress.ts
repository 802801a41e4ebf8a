// Adds up what was logged against an item's targets: 场 with 场次 together, 人 and 人次 kept apart and said so.
import type { PlanItem, Target } from '../plans/plan-schema.js';
import type { Activity } from './activity-schema.js';

export interface TargetProgress {
  target: Target;
  done: number;
  goal: number | null;
  percent: number | null;
  activities: string[];
  note: string;
  /** Records whose figures wait for the author to confirm them ("待核对"): not counted. */
  unverified: number;
}

/** A record's figures are unverified while it carries a "待核对" flag. */
export const isUnverified = (a: Pick<Activity, 'flags'>): boolean => a.flags.some((f) => f.startsWith('待核对'));
/** Past this many times its goal, a target's total is more likely a wrong link than a great year. */
export const OVERSHOOT = 3;

const SESSIONS = new Set(['场', '场次']);

/** What one activity contributes to a target, and how it was counted. */
function contribution(target: Target, a: Activity): { value: number; how: string } | undefined {
  const unit = target.unit;
  if (SESSIONS.has(unit)) {
    const v = (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0);
    return v > 0 ? { value: v, how: '' } : { value: 1, how: '未写场次的活动按1场计' };
  }
  if (unit === '人次' || unit === '人' || unit === '名') {
    if (a.headcount === null) return undefined;
    const same = (a.headcountUnit ?? '人') === (unit === '名' ? '人' : unit);
    return { value: a.headcount, how: same ? '' : `有记录以“${a.headcountUnit ?? '人'}”计，已按${unit}合计` };
  }
  const v = a.metrics[unit];
  if (v === undefined) return undefined;
  // "发放问卷600份" does not count toward "回收有效问卷不少于500份": the same unit, the opposite act.
  const label = a.metricLabels[unit] ?? '';
  if (OPPOSITE.some(([x, y]) => (x.test(target.subject) && y.test(label)) || (y.test(target.subject) && x.test(label)))) return undefined;
  return { value: v, how: '' };
}

const OPPOSITE: Array<[RegExp, RegExp]> = [[/回收|收回|收到/u, /发放|分发|印发|发出|发了/u]];

/** Progress of each target of an item from the activities linked to it (undone ones excluded). */
export function targetProgress(item: PlanItem, activities: readonly Activity[]): TargetProgress[] {
  const linked = activities.filter((a) => a.itemId === item.id && !a.undone);
  return item.targets.map((target) => {
    let done = 0;
    const notes = new Set<string>();
    const used: string[] = [];
    let unverified = 0;
    for (const a of linked) {
      if (isUnverified(a)) {
        unverified++;
        continue;
      }
      const c = contribution(target, a);
      if (!c) continue;
      done += c.value;
      if (c.how) notes.add(c.how);
      used.push(a.id);
    }
    const goal = target.value ?? target.min ?? target.max;
    return { target, done, goal, percent: goal ? Math.round((done / goal) * 100) : null, activities: used, note: [...notes].join('；'), unverified };
  });
}

/** Chat lines: "已开展 150/200 场次 (75%)". */
export function describeProgress(progress: TargetProgress[]): string[] {
  return progress.map((p) => {
    if (p.activities.length === 0) return `${p.target.subject || '目标'}：目标 ${p.target.text}，尚无活动记录`;
    const goal = p.goal ?? 0;
    const over = p.goal !== null && goal > 0 && p.done > goal * OVERSHOOT;
    const status = over ? `，是目标的${Math.round(p.done / goal)}倍，远超目标，请核对是否有记录关联错了` : p.goal !== null && p.done >= goal ? '，已达标' : '';
    const verb = SESSIONS.has(p.target.unit) ? '已开展' : '已完成';
    const pct = p.percent !== null ? ` (${p.percent}%)` : '';
    const note = `${p.note ? `；${p.note}` : ''}${p.unverified > 0 ? `；另有 ${p.unverified} 条待核对的记录未计入` : ''}`;
    return `${p.target.subject || '目标'}：${verb} ${p.done}/${goal} ${p.target.unit}${pct}${status}，依据 ${p.activities.length} 条活动记录${note}`;
  });
}
