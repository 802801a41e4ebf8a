// An item's targets against the log, as numbers and as chat lines ("已完成0名，目标5名（0%），还差5名").
import type { Activity } from '../activities/activity-schema.js';
import { describeProgress, targetProgress, type TargetProgress } from '../activities/target-progress.js';
import type { PlanItem } from '../plans/plan-schema.js';

export interface ItemProgress {
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

/** "最美科技工作者：已完成0名，目标5名（0%），尚无记录": a target nothing was logged for is 0 of N. */
function zeroLine(p: TargetProgress): string {
  const name = p.target.subject || '目标';
  const unit = p.target.unit;
  if (p.goal === null) return `${name}：已完成0${unit}（目标：${p.target.text}），尚无关联的活动记录`;
  return `${name}：已完成0${unit}，目标${p.goal}${unit}（0%），还差${p.goal}${unit}，尚无关联的活动记录`;
}

/** Progress lines for a plan item's targets, with 0 of N for the ones nothing counts toward yet. */
export function targetLines(item: PlanItem, activities: readonly Activity[]): string[] {
  if (item.targets.length === 0) return [];
  const progress = targetProgress(item, activities);
  return describeProgress(progress).map((line, k) => {
    const p = progress[k];
    return p && p.activities.length === 0 && p.unverified === 0 ? zeroLine(p) : line;
  });
}
