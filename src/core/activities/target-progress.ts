// Adds up what was logged against an item's targets: 场 with 场次 together; 人 and 人次 never added (a record
// in the other unit is left out and said so); a record counts only toward the target of its own kind (a visit
// to workers is not toward "选树最美科技工作者 5名"); a total over the goal names the records that make it.
import type { PlanItem, Target } from '../plans/plan-schema.js';
import type { Activity } from './activity-schema.js';
import { scanNumbers } from '../text/scan-numbers.js';

export interface TargetProgress {
  target: Target;
  done: number;
  goal: number | null;
  percent: number | null;
  activities: string[];
  /** The records counted, with what each gave: shown when the total is past the goal. */
  records: Array<{ id: string; date: string; title: string; value: number }>;
  note: string;
  /** Records whose figures wait for the author to confirm them ("待核对"): not counted. */
  unverified: number;
}

/** A record's figures are unverified while it carries a "待核对" flag. */
export const isUnverified = (a: Pick<Activity, 'flags'>): boolean => a.flags.some((f) => f.startsWith('待核对'));
/** Past this many times its goal, a target's total is more likely a wrong link than a great year. */
export const OVERSHOOT = 3;

const SESSIONS = new Set(['场', '场次']);

const PEOPLE = new Set(['人', '人次', '名', '位']);
/** Which targets compete for the same records: people counts together, sessions together, others by unit. */
const family = (unit: string): string => (PEOPLE.has(unit) ? 'people' : SESSIONS.has(unit) ? 'sessions' : unit);

/** What one activity contributes to a target, and why it does not when it does not. */
function contribution(target: Target, a: Activity): { value: number; how: string } | { value: 0; left: string; apart?: { unit: string; value: number } } | undefined {
  const unit = target.unit;
  if (SESSIONS.has(unit)) {
    const v = (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0);
    return v > 0 ? { value: v, how: '' } : { value: 1, how: '未写场次的活动按1场计' };
  }
  if (PEOPLE.has(unit)) {
    if (a.headcount === null) return undefined;
    const want = unit === '人次' ? '人次' : '人';
    // 人 and 人次 are different counts: never added together.
    if ((a.headcountUnit ?? '人') !== want) return { value: 0, left: `另有以“${a.headcountUnit ?? '人'}”计的记录未计入（人与人次不相加）`, apart: { unit: a.headcountUnit ?? '人', value: a.headcount } };
    return { value: a.headcount, how: '' };
  }
  const v = a.metrics[unit];
  if (v === undefined) return undefined;
  // "发放问卷600份" does not count toward "回收有效问卷不少于500份": the same unit, the opposite act.
  const label = a.metricLabels[unit] ?? '';
  if (otherNoun(target, label)) return undefined;
  if (OPPOSITE.some(([x, y]) => (x.test(target.subject) && y.test(label)) || (y.test(target.subject) && x.test(label)))) return undefined;
  return { value: v, how: '' };
}

const pairs = (text: string): Set<string> => {
  const key = text.replace(/[^\p{Script=Han}a-z]/giu, '|');
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) if (key[i] !== '|' && key[i + 1] !== '|') out.add(key.slice(i, i + 2));
  return out;
};

/** Acts that pick people out (选树 5名, 评选 10名): people who came to some event are not of them. */
const SELECTION = /选树|评选|评出|推选|表彰|命名|认定|推荐/u;

/**
 * Whether a record is of a target's kind. Alone in its family, a target takes every record linked to its
 * item, except a selection ("选树…5名") which takes only records that name the selection; beside others
 * ("走访慰问…30人次" and "选树…5名"), a record goes to the target whose own subject words (those the others do
 * not have) it shares most, and to none on a tie: "走访慰问…并宣传其事迹" is a visit, not 选树宣传.
 */
function ofKind(target: Target, rivals: readonly Target[], a: Activity): boolean {
  const text = `${a.title} ${a.text}`;
  if (PEOPLE.has(target.unit) && SELECTION.test(target.subject)) {
    const act = target.subject.match(SELECTION)?.[0] ?? '';
    if (!text.includes(act) && !SELECTION.test(text)) return false;
  }
  if (rivals.length === 0) return true;
  const words = pairs(text);
  const family = [target, ...rivals];
  const hits = family.map((t) => {
    const others = new Set(family.filter((r) => r !== t).flatMap((r) => [...pairs(r.subject)]));
    return [...pairs(t.subject)].filter((p) => !others.has(p) && words.has(p)).length;
  });
  const mine = hits[0] ?? 0;
  return mine > 0 && hits.slice(1).every((h) => h < mine);
}

/**
 * Bodies and things a figure may count; one that names a kind the target does not (企业5家 vs 科普教育基地1家) is
 * another count. Places (村, 社区) and printed matter (手册 for 科普资料) are left out: they name where or what form.
 */
const NOUNS = /企业|公司|学校|基地|单位|问卷|展品|作品|科协|会员|项目|成果|论文|建议/gu;
function otherNoun(target: Target, label: string): boolean {
  const named = label.match(NOUNS) ?? [];
  if (named.length === 0 || !target.subject) return false;
  const subject = pairs(target.subject);
  return ![...pairs(label)].some((p) => subject.has(p));
}

const OPPOSITE: Array<[RegExp, RegExp]> = [[/回收|收回|收到/u, /发放|分发|印发|发出|发了/u]];

/** Progress of each target of an item from the activities linked to it (undone ones excluded). */
export function targetProgress(item: PlanItem, activities: readonly Activity[]): TargetProgress[] {
  const linked = activities.filter((a) => a.itemId === item.id && !a.undone);
  return item.targets.map((target) => {
    let done = 0;
    const notes = new Set<string>();
    const used: string[] = [];
    const records: TargetProgress['records'] = [];
    let unverified = 0;
    // Records in the other unit of people, added up apart: "另有以“人”计的 3 条记录共910人，未计入".
    const apart = new Map<string, { records: number; value: number }>();
    const rivals = item.targets.filter((t) => t !== target && family(t.unit) === family(target.unit));
    for (const a of linked) {
      if (!ofKind(target, rivals, a)) continue;
      if (isUnverified(a)) {
        unverified++;
        continue;
      }
      const c = contribution(target, a);
      if (!c) continue;
      if ('left' in c) {
        if (c.apart) {
          const sum = apart.get(c.apart.unit) ?? { records: 0, value: 0 };
          apart.set(c.apart.unit, { records: sum.records + 1, value: sum.value + c.apart.value });
        } else notes.add(c.left);
        continue;
      }
      done += c.value;
      if (c.how) notes.add(c.how);
      used.push(a.id);
      records.push({ id: a.id, date: a.date, title: a.title, value: c.value });
    }
    for (const [unit, sum] of apart) notes.add(`另有以“${unit}”计的 ${sum.records} 条记录共${sum.value}${unit}，未计入（人与人次不相加）`);
    const goal = target.value ?? target.min ?? target.max;
    return { target, done, goal, percent: goal ? Math.round((done / goal) * 100) : null, activities: used, records, note: [...notes].join('；'), unverified };
  });
}

/**
 * The goal as the plan writes it: "3万" of "不少于3万人次" (a figure read in 万 or 千 is found again in the text by
 * how it was written), else the number in digits.
 */
export function goalAsWritten(text: string, goal: number): string {
  const token = scanNumbers(text).find((t) => !t.invalid && t.value === goal && /[万千亿]/u.test(t.written));
  return token ? token.written.trim() : String(goal);
}

/** Chat lines: "已开展150场次，目标200场次（150/200，75%）". */
export function describeProgress(progress: TargetProgress[]): string[] {
  return progress.map((p) => {
    if (p.activities.length === 0 && !p.note) return `${p.target.subject || '目标'}：目标 ${p.target.text}，尚无活动记录`;
    const goal = p.goal ?? 0;
    const over = p.goal !== null && goal > 0 && p.done > goal * OVERSHOOT;
    // Past the goal: said with the records that make it, so a wrong link is seen at once.
    const shown = p.records.slice(0, 5).map((r) => `${r.date} ${r.title} ${r.value}`).join('；');
    const check = `（依据：${shown}${p.records.length > 5 ? ` 等 ${p.records.length} 条` : ''}）`;
    const status = over ? `，是目标的${Math.round(p.done / goal)}倍，远超目标，请核对是否有记录关联错了${check}` : p.goal !== null && goal > 0 && p.done > goal ? `，已超过目标，请核对${check}` : p.goal !== null && p.done >= goal ? '，已达标' : '';
    const verb = SESSIONS.has(p.target.unit) ? '已开展' : '已完成';
    const note = `${p.note ? `；${p.note}` : ''}${p.unverified > 0 ? `；另有 ${p.unverified} 条待核对的记录未计入` : ''}`;
    // Figures a staff member can copy as they are ("已完成7条，目标8条"), then the fraction and share.
    const unit = p.target.unit;
    const figures = p.goal === null ? `${verb}${p.done}${unit}（目标：${p.target.text}）` : `${verb}${p.done}${unit}，目标${goalAsWritten(p.target.text, goal)}${unit}（${p.done}/${goal}${p.percent !== null ? `，${p.percent}%` : ''}）`;
    return `${p.target.subject || '目标'}：${figures}${status}，依据 ${p.activities.length} 条活动记录${note}`;
  });
}
