// What the two charts show, as plain numbers: target progress (bars with percent) and activities per month.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import type { DateRange } from '../dates/civil-date.js';
import type { Plan } from '../plans/plan-schema.js';

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
  activities: number;
  headcount: number;
}

export type ChartData = { kind: 'progress'; title: string; bars: ProgressBar[] } | { kind: 'trend'; title: string; points: TrendPoint[] };

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

/** Activities and headcount per month of a period (every month shown, empty ones as zero). */
export function trendChart(activities: readonly Activity[], period: DateRange, title: string): ChartData {
  const points = new Map<string, TrendPoint>();
  for (let m = period.start.slice(0, 7); m <= period.end.slice(0, 7); ) {
    points.set(m, { month: m, activities: 0, headcount: 0 });
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  for (const a of activities) {
    if (a.undone || a.date < period.start || a.date > period.end) continue;
    const p = points.get(a.date.slice(0, 7));
    if (!p) continue;
    p.activities += 1;
    p.headcount += a.headcount ?? 0;
  }
  return { kind: 'trend', title, points: [...points.values()] };
}
