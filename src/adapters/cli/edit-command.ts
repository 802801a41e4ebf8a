// `kexie edit <编号> [--headcount N] [--date D] [--title T] [--metrics 份=300] [--item 三/2] [--category 竞赛]`: loaded
// when the command runs, so a question does not load the metric and category readers.
import type { ActivityPatch } from '../../core/activities/activity-schema.js';
import { parseMetrics } from '../../core/activities/parse-metrics.js';
import { describeActivity } from '../../core/activities/record-activity.js';
import type { RequestContext } from '../../core/context.js';
import { isCivilDate } from '../../core/dates/civil-date.js';
import type { Kexie } from '../../core/kexie.js';
import { applyCategoryCorrection } from '../../core/stats/read-category-correction.js';
import { type CategoryKey, categoryOfWord, statReturns } from '../../core/stats/stat-returns.js';
import type { CliValues } from './run-cli.js';

interface Out {
  emit(data: unknown, text: string): void;
  fail(code: string, message: string, exit?: number): number;
}

/** Applies the options' changes to one activity (and its link, with --item); prints the activity as it now is. */
export async function runEditCommand(kexie: Kexie, ctx: RequestContext, id: string | undefined, values: CliValues, out: Out): Promise<number> {
  const { fail } = out;
  if (!id) return fail('bad_input', '请给出活动编号：edit <编号> --headcount 150', 2);
  const patch: ActivityPatch = {};
  if (values.headcount !== undefined) {
    const n = Number(values.headcount);
    if (!Number.isFinite(n) || n < 0) return fail('bad_input', '--headcount 应为不小于 0 的数字。', 2);
    patch.headcount = n;
  }
  if (values.date !== undefined) {
    if (!isCivilDate(values.date)) return fail('bad_date', '--date 应写成 YYYY-MM-DD。', 2);
    patch.date = values.date;
  }
  if (values.title !== undefined) patch.title = values.title;
  if (values.metrics !== undefined) {
    const metrics = parseMetrics(values.metrics);
    if (!metrics) return fail('bad_input', '--metrics 格式：单位=数量，用逗号分隔，例如 份=300,场=2', 2);
    patch.metrics = metrics;
  }
  if (values.category !== undefined) {
    // "--category 竞赛,科技活动周": exactly these (an empty value: unclassified).
    const words = values.category.split(/[,，、\s]+/u).filter(Boolean);
    const keys = words.map(categoryOfWord);
    const unknown = words.filter((_w, i) => !keys[i]);
    if (unknown.length > 0) return fail('bad_input', `不认识的统计类别：${unknown.join('、')}。可用：${statReturns().categories.map((c) => c.label).join('、')}`, 2);
    patch.categories = keys.reduce<CategoryKey[]>((set, k) => (k ? applyCategoryCorrection(set, { category: k, mode: 'add' }) : set), []);
  }
  let activity = Object.keys(patch).length > 0 ? await kexie.edit(ctx, id, patch) : undefined;
  if (values.item !== undefined) activity = (await kexie.link(ctx, id, values.item)).activity;
  if (!activity) return fail('bad_input', '没有要修改的内容：请加 --headcount、--date、--title、--metrics、--item 或 --category。', 2);
  out.emit({ activity }, `已修改：\n${describeActivity(activity, null)}`);
  return 0;
}
