// What the two charts show, as plain numbers: target progress (bars with percent) and activities per month.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import type { DateRange } from '../dates/civil-date.js';
import type { Plan } from '../plans/plan-schema.js';
import { insidePeriodReports } from '../summaries/event-groups.js';

export interface ProgressBar {
  label: string;
  percent: number;
  done: number;
  goal: number;
  unit: string;
}

export interface TrendPoint {
  /** YYYY-MM. */
  month: string;
  /** "9月" (with the year, "2027年1月", when the period spans two years). */
  label: string;
  activities: number;
  /** Headcount counted in 人次. */
  headcount: number;
  /** Headcount counted in 人 (never added to 人次). */
  persons: number;
}

/** A trend: points up to today's month only (later months are not drawn as zero); `months` labels the whole axis. */
export type ChartData = { kind: 'progress'; title: string; bars: ProgressBar[] } | { kind: 'trend'; title: string; points: TrendPoint[]; months: string[] };

/** Progress of every target with a goal, at most `limit` bars (the furthest behind first). */
export function progressChart(plans: readonly Plan[], activities: readonly Activity[], title: string, limit = 30): ChartData {
  const bars: ProgressBar[] = [];
  for (const item of plans.flatMap((p) => p.items)) {
    for (const p of targetProgress(item, activities)) {
      if (!p.goal) continue;
      const label = `${item.path} ${p.target.subject || item.title}`;
      bars.push({ label: Array.from(label).length > 22 ? `${Array.from(label).slice(0, 21).join('')}…` : label, percent: Math.round((p.done / p.goal) * 100), done: p.done, goal: p.goal, unit: p.target.unit });
    }
  }
  bars.sort((a, b) => a.percent - b.percent);
  return { kind: 'progress', title, bars: bars.slice(0, limit) };
}

/** Activities and headcounts (人次 and 人 apart) per month of a period: months up to `today` are points (empty ones zero), later months only axis labels. */
export function trendChart(activities: readonly Activity[], period: DateRange, title: string, today = period.end): ChartData {
  const points = new Map<string, TrendPoint>();
  const months: string[] = [];
  const twoYears = period.start.slice(0, 4) !== period.end.slice(0, 4);
  for (let m = period.start.slice(0, 7); m <= period.end.slice(0, 7); ) {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const label = twoYears ? `${y}年${mo}月` : `${mo}月`;
    months.push(label);
    if (m <= today.slice(0, 7)) points.set(m, { month: m, label, activities: 0, headcount: 0, persons: 0 });
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  const live = activities.filter((a) => !a.undone && a.date >= period.start && a.date <= period.end);
  // A period report ("9月份共开展科普讲座12场，受众1800人次") already holds the events of its kind inside it: their people are not added again.
  const within = insidePeriodReports(live);
  for (const a of live) {
    const p = points.get(a.date.slice(0, 7));
    if (!p) continue;
    p.activities += 1;
    if (within.has(a.id)) continue;
    if ((a.headcountUnit ?? '人') === '人次') p.headcount += a.headcount ?? 0;
    else p.persons += a.headcount ?? 0;
  }
  return { kind: 'trend', title, points: [...points.values()], months };
}
