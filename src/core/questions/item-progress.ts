// An item's targets against the log, as numbers and as chat lines ("已完成0名，目标5名（0/5，0%），还差5名"); 人 and 人次 never added.
import type { Activity } from '../activities/activity-schema.js';
import { describeProgress, goalAsWritten, OVERSHOOT, targetProgress, type TargetProgress } from '../activities/target-progress.js';
import type { PlanItem } from '../plans/plan-schema.js';

export interface ItemProgress {
  name: string;
  unit: string;
  done: number;
  goal: number | null;
  text: string;
  note: string;
  /** How many records count toward it. */
  records: number;
}

const SESSIONS = new Set(['场', '场次']);
const PEOPLE = new Set(['人', '人次', '名']);
/** 名 counts people as 人 does; 人次 is another figure. */
const sameUnit = (target: string, unit: string): boolean => (target === '人次' ? unit === '人次' : unit !== '人次');

/**
 * Each target of an item against the log. The records are those the target counts (its kind, from
 * targetProgress); sessions count only where 场/场次 is written; people only in the target's own unit.
 */
export function itemProgress(item: PlanItem, activities: readonly Activity[]): ItemProgress[] {
  const computed = targetProgress(item, activities);
  return item.targets.map((t, k) => {
    const ids = new Set(computed[k]?.activities ?? []);
    const recs = activities.filter((a) => ids.has(a.id));
    const goal = t.value ?? t.min ?? t.max;
    const base = { name: t.subject || '目标', unit: t.unit, goal, text: t.text };
    if (SESSIONS.has(t.unit)) {
      const written = recs.reduce((n, a) => n + (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0), 0);
      const unwritten = recs.filter((a) => !(a.metrics['场'] || a.metrics['场次'])).length;
      const done = written > 0 ? written : recs.length;
      const note = written > 0 && unwritten > 0 ? `另有${unwritten}条相关记录没写场次，未计入` : written === 0 && unwritten > 0 ? '记录都没写场次，按每条1场计' : '';
      return { ...base, done, note, records: recs.length };
    }
    if (PEOPLE.has(t.unit)) {
      const same = recs.filter((a) => sameUnit(t.unit, a.headcountUnit ?? '人'));
      // "够5000人次了吗": the records of the item counted in the other unit are summed beside the target, never added.
      const linkedPeople = activities.filter((a) => a.itemId === item.id && !a.undone && a.headcount !== null && !recs.includes(a));
      const other = [...recs, ...linkedPeople].filter((a) => !same.includes(a) && !sameUnit(t.unit, a.headcountUnit ?? '人'));
      const otherSum = other.reduce((n, a) => n + (a.headcount ?? 0), 0);
      const otherUnit = t.unit === '人次' ? '人' : '人次';
      const note = other.length > 0 ? `另有${other.length}条记录共${otherSum}${otherUnit}，以“${otherUnit}”计，不与${t.unit}相加` : '';
      return { ...base, done: same.reduce((n, a) => n + (a.headcount ?? 0), 0), note, records: same.length };
    }
    const linked = activities.filter((a) => a.itemId === item.id && !a.undone);
    const without = linked.filter((a) => a.metrics[t.unit] === undefined).length;
    const note = without > 0 && without < linked.length ? `另有${without}条相关记录没写“${t.unit}”数，未计入` : (computed[k]?.note ?? '');
    return { ...base, done: computed[k]?.done ?? 0, note, records: recs.length };
  });
}

/** "应急科普讲座：已完成4场，目标6场（4/6，67%），还差2场", with a word when nothing counts yet or far over the goal. */
export function progressLines(item: PlanItem, activities: readonly Activity[]): string[] {
  return itemProgress(item, activities).map((p) => {
    const none = p.records === 0 ? '，尚无关联的活动记录' : '';
    if (p.goal === null) return `${p.name}：已完成${p.done}${p.unit}（目标：${p.text}）${none}${p.note ? `；${p.note}` : ''}`;
    const pct = p.goal > 0 ? Math.round((p.done / p.goal) * 100) : 0;
    const over = p.goal > 0 && p.done > p.goal * OVERSHOOT ? `，是目标的${Math.round(p.done / p.goal)}倍，请核对是否有记录关联错了` : '';
    const rest = p.done >= p.goal ? `，已达标${over}` : `，还差${p.goal - p.done}${p.unit}`;
    return `${p.name}：已完成${p.done}${p.unit}，目标${goalAsWritten(p.text, p.goal)}${p.unit}（${p.done}/${p.goal}，${pct}%）${rest}${none}${p.note ? `；${p.note}` : ''}`;
  });
}

/** "最美科技工作者：已完成0名，目标5名（0/5，0%），还差5名": a target nothing counts toward yet is 0 of N. */
function zeroLine(p: TargetProgress): string {
  const name = p.target.subject || '目标';
  const unit = p.target.unit;
  if (p.goal === null) return `${name}：已完成0${unit}（目标：${p.target.text}），尚无关联的活动记录`;
  return `${name}：已完成0${unit}，目标${goalAsWritten(p.target.text, p.goal)}${unit}（0/${p.goal}，0%），还差${p.goal}${unit}，尚无关联的活动记录`;
}

/** Progress lines for a plan item's targets, as the activity log counts them (kind and unit), with 0 of N for the ones nothing counts toward. */
export function targetLines(item: PlanItem, activities: readonly Activity[]): string[] {
  if (item.targets.length === 0) return [];
  const progress = targetProgress(item, activities);
  return describeProgress(progress).map((line, k) => {
    const p = progress[k];
    return p && p.activities.length === 0 && p.unverified === 0 && !p.note ? zeroLine(p) : line;
  });
}
