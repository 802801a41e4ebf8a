// What was understood of a logged activity, in words, so a mistake is seen at once.
import { categoriesOf } from '../stats/classify-activity.js';
import { categoryLabel } from '../stats/stat-returns.js';
import type { Activity } from './activity-schema.js';

/** "科普讲座、科技活动周", or how to set one when no row of the returns fits. */
export function categoryNames(a: Activity): string {
  const keys = categoriesOf(a);
  return keys.length > 0 ? keys.map(categoryLabel).join('、') : '未归类（年报不计入；如应计入可发送“这条算讲座”）';
}

/** What was understood, so a mistake is seen at once. */
export function describeActivity(a: Activity, itemTitle: string | null): string {
  const head = a.headcount !== null ? `${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : '未写人数';
  const metrics = Object.entries(a.metrics).map(([u, v]) => `${v}${u}`);
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
