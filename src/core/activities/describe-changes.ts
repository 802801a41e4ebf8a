// Says what changed in a record, from what to what, with Chinese field names: "人数 102 → 120".
import type { Plan } from '../plans/plan-schema.js';
import type { Activity } from './activity-schema.js';
import { categoriesOf } from '../stats/classify-activity.js';
import { categoryLabel } from '../stats/stat-returns.js';

const NAMES: Record<string, string> = { date: '日期', dateEnd: '结束日期', title: '标题', headcount: '人数', headcountUnit: '人数单位', approximate: '约数', itemId: '计划条目' };

const show = (v: unknown): string => (v === null || v === undefined || v === '' ? '未写' : v === true ? '是' : v === false ? '否' : String(v));

/** "三/2 实施科普品牌工程", or 未关联. */
function itemName(plans: readonly Plan[], id: unknown): string {
  if (typeof id !== 'string') return '未关联';
  for (const p of plans) {
    const item = p.items.find((i) => i.id === id);
    if (item) return `${item.path} ${item.title}`;
  }
  return id;
}

/** What a figure of another unit is called: "资料份数" from its label, else "数量（份）". */
export function metricName(a: Pick<Activity, 'metricLabels'>, unit: string): string {
  const people = /^(?:人次|人|名|位)\((.+)\)$/u.exec(unit);
  if (people?.[1]) return `${people[1]}人数`;
  const label = a.metricLabels[unit]?.replace(/^(发放|发了|发|印发|分发|赠送)/u, '');
  return label && label.length <= 8 ? `${label}${unit === '人' ? '人数' : `${unit}数`}` : `数量（${unit}）`;
}

/** Each field that differs between two versions of a record, in words. */
export function describeChanges(before: Activity, after: Activity, plans: readonly Plan[] = []): string[] {
  const out: string[] = [];
  for (const key of Object.keys(NAMES) as Array<keyof typeof NAMES & keyof Activity>) {
    const from = before[key];
    const to = after[key];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    if (key === 'itemId') out.push(`${NAMES[key]} ${itemName(plans, from)} → ${itemName(plans, to)}`);
    else out.push(`${NAMES[key]} ${show(from)} → ${show(to)}`);
  }
  for (const unit of new Set([...Object.keys(before.metrics), ...Object.keys(after.metrics)])) {
    const from = before.metrics[unit];
    const to = after.metrics[unit];
    if (from !== to) out.push(`${metricName(after.metricLabels[unit] ? after : before, unit)} ${show(from)} → ${show(to)}`);
  }
  const cats = (a: Activity): string => (categoriesOf(a).map(categoryLabel).join('、') || '未归类');
  if (after.categories && cats(before) !== cats(after)) out.push(`统计类别 ${cats(before)} → ${cats(after)}`);
  if (before.undone !== after.undone) out.push(after.undone ? '记录已撤销（保留在历史中）' : '记录已恢复');
  return out;
}
