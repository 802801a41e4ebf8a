// What was understood of a logged activity, in words, so a mistake is seen at once.
import { categoriesOf } from '../stats/classify-activity.js';
import { categoryLabel } from '../stats/stat-returns.js';
import type { Activity } from './activity-schema.js';

/** "科普讲座、科技活动周", or how to set one when no row of the returns fits. */
export function categoryNames(a: Activity): string {
  const keys = categoriesOf(a);
  return keys.length > 0 ? keys.map(categoryLabel).join('、') : '未归类（年报不计入；如应计入可发送“这条算讲座”）';
}

/**
 * One figure with what it counts, as read: "志愿者12人" (a labelled count of people), "资料200份" (its noun), or
 * "200份" when nothing names it. The words let the sender see a figure read as the wrong thing.
 */
export function figureSaid(unit: string, value: number, label: string | undefined): string {
  const people = /^(人次?)[（(]([^）)]{1,12})[）)]$/u.exec(unit);
  if (people) return `${people[2]}${value}${people[1]}`;
  const noun = (label ?? '').replace(/^(?:发放|发送|展出|赠送|摆放|悬挂|张贴|印发|制作|发了|送了)/u, '');
  return noun.length > 0 && noun.length <= 8 && !/[\d，,。；;]/u.test(noun) ? `${noun}${value}${unit}` : `${value}${unit}`;
}

/** What was understood, so a mistake is seen at once. */
export function describeActivity(a: Activity, itemTitle: string | null): string {
  const head = a.headcount !== null ? `${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : '未写人数';
  const metrics = Object.entries(a.metrics).map(([u, v]) => figureSaid(u, v, a.metricLabels[u]));
  const lines = [
    `日期：${a.dateEnd ? `${a.date} 至 ${a.dateEnd}（时段汇总）` : a.date}`,
    `活动：${a.title}`,
    `人数：${head}`,
    ...(metrics.length > 0 ? [`其他数量：${metrics.join('，')}`] : []),
    `对应计划：${itemTitle ?? '未匹配（可发送“关联 编号 三/2”指定）'}`,
    `统计类别：${categoryNames(a)}`,
    ...a.flags.map((f) => `注意：${f}`),
  ];
  return lines.join('\n');
}
