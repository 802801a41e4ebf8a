// A figure for a period is counted once: records that run past the asked period are said, not added; single events inside a logged total are flagged.
import type { Activity } from '../activities/activity-schema.js';
import { daysBetween, type DateRange } from '../dates/civil-date.js';
import { endOf } from './log-lines.js';

/** A record that sums a stretch of a week or more ("10月份共开展讲座15场", "11月1日至20日系列活动"). */
export const isPeriodTotal = (a: Activity): boolean => a.dateEnd !== null && a.dateEnd !== undefined && daysBetween(a.date, a.dateEnd) >= 6;

export interface PeriodSplit {
  /** Added up for the period. */
  counted: Activity[];
  /** Running past the period's ends: its figures are for its own dates, so not added. */
  straddling: Activity[];
  /** Single events on days a counted total covers (a 主场 inside 科普月各乡镇联动): added, and said, since they may be in it. */
  insideTotals: Array<{ single: Activity; total: Activity }>;
}

/** Splits the records that touch a period into those added up and those only mentioned. */
export function splitForPeriod(hits: readonly Activity[], period: DateRange): PeriodSplit {
  const straddling = hits.filter((a) => endOf(a) !== a.date && (a.date < period.start || endOf(a) > period.end));
  const whole = hits.filter((a) => !straddling.includes(a));
  const totals = whole.filter(isPeriodTotal);
  const insideTotals: PeriodSplit['insideTotals'] = [];
  const counted: Activity[] = [];
  for (const a of whole) {
    const total = isPeriodTotal(a) ? undefined : totals.find((t) => t.date <= a.date && endOf(a) <= endOf(t));
    if (total) insideTotals.push({ single: a, total });
    counted.push(a);
  }
  return { counted, straddling, insideTotals };
}

const shortLabel = (label: string): string => label.replace(/（.*$/u, '') || '这段时间';
const when = (a: Activity): string => (endOf(a) !== a.date ? `${a.date}至${endOf(a)}` : a.date);

/** A remark for each record that was mentioned but not added, to put after its line. */
export function splitNotes(split: PeriodSplit, label: string): Map<Activity, string> {
  const notes = new Map<Activity, string>();
  for (const a of split.straddling) notes.set(a, `（跨期记录，与${shortLabel(label)}部分重叠，数字未计入${shortLabel(label)}合计）`);
  for (const { single, total } of split.insideTotals) notes.set(single, `（在合计记录“${total.title}”${when(total)}的时段内，如已含在其中请告诉我）`);
  return notes;
}

/** One sentence on what was left out of the sums, or nothing. */
export function splitSummary(split: PeriodSplit, label: string): string[] {
  const lines: string[] = [];
  if (split.straddling.length > 0) lines.push(`另有${split.straddling.length}条跨期记录与${shortLabel(label)}重叠（${split.straddling.map((a) => `${when(a)} ${a.title}`).join('；')}），它的数字是整个时段的，未计入。`);
  if (split.insideTotals.length > 0) lines.push(`其中${split.insideTotals.length}条单次记录落在合计记录的时段内，已按另外的活动相加；如它已含在合计中，请告诉我。`);
  return lines;
}
