// Imports a plan's text: parse, refuse an empty result, replace an older version, and say what changed.
import { PlanParseError } from '../errors.js';
import type { Store } from '../ports.js';
import { stripControls } from '../text/sanitize.js';
import { isAnnualReport } from './kind-signs.js';
import { dropSamplePlans } from './manage-plans.js';
import type { Observance } from './observances.js';
import { parsePlan, type ParseReport } from './parse-plan.js';
import type { ParseWarning, Plan, PlanItem } from './plan-schema.js';

export interface PlanChanges {
  added: PlanItem[];
  removed: PlanItem[];
  changed: PlanItem[];
}

export interface ImportResult {
  plan: Plan;
  warnings: ParseWarning[];
  /** How the text was read: its shape, the paragraphs skipped, where the year came from. */
  report?: ParseReport;
  /** Present when an earlier version of the same plan was replaced. */
  changes?: PlanChanges;
  /** The bundled sample plan, removed because a real plan came in. */
  removedSample?: Plan[];
}

/** Parses and stores a plan; an unusable text throws and leaves the store as it was. */
export async function importPlan(
  deps: { store: Store; observances: readonly Observance[] },
  input: { text: string; source: string; today: string; now: string },
): Promise<ImportResult> {
  // Page and line breaks from Word (\f, \v) end lines; other controls, NUL and bidi overrides never reach an item.
  const text = stripControls(input.text.replace(/[\v\f]/gu, '\n'));
  if (text.trim() === '') throw new PlanParseError('file_empty');
  const { plan, warnings, report } = parsePlan(text, {
    source: input.source,
    fallbackYear: Number(input.today.slice(0, 4)),
    importedAt: input.now,
    observances: deps.observances,
  });
  // A 月报 whose plan part is not in the text ("…完成情况及12月份重点工作计划" holding only the results) is refused as a summary.
  const reportOnly = report.kind === 'monthly_with_plan' && plan.items.length === 0 && report.results.length > 0;
  if (report.kind === 'summary' || reportOnly) throw new PlanParseError('plan_is_summary', undefined, `这是一份${kindWord(plan.title, text)}：已读出${report.results.length}项工作成果，没有当作计划导入；其中没有‘下一步打算’/‘下月计划’部分可以导入。`);
  if (report.meeting) throw new PlanParseError('plan_is_notice', undefined, `这是一份会议通知（${report.meeting}）：会议的时间、参会人员、材料份数和联系电话是会务安排，不是工作任务，没有当作计划导入。`);
  // A news page that only tells what was done (一是早谋划…四是精心实施, all past): its parts are results.
  if (plan.items.length === 0 && report.kind === 'news' && report.results.length > 0) throw new PlanParseError('plan_no_items', undefined, `这是一篇新闻报道：写的是已经做完的${report.results.length}项工作，没有一项要做的任务或日期，没有当作计划导入。`);
  if (plan.items.length === 0) throw new PlanParseError('plan_no_items', undefined, whatWasFound(plan.title, report));
  const previous = await deps.store.savePlan(plan);
  const removed = await dropSamplePlans(deps.store, plan);
  const extra = removed.length > 0 ? { removedSample: removed } : {};
  return previous ? { plan, warnings, report, changes: diffPlans(previous, plan), ...extra } : { plan, warnings, report, ...extra };
}

/** What a report calls itself: 工作总结, 年度报告, 月报. */
export function kindWord(title: string, text = ''): string {
  return /月报|月份?工作总结/u.test(title) ? '月度工作总结' : /年度报告|年报/u.test(title) || (text !== '' && isAnnualReport(text)) ? '年度报告' : /汇报/u.test(title) ? '工作汇报' : '工作总结';
}

/** For a refusal: what the text held instead of tasks. */
function whatWasFound(title: string, report: ParseReport): string {
  const n = report.skipped.length;
  if (report.cutOff) return `《${title}》在「${report.cutOff.at}」处中断：只读到${report.cutOff.found.join('、')}，没有一项工作任务，没有导入。`;
  if (n === 0) return `《${title}》里只找到标题，没有正文。`;
  const sample = report.skipped.slice(0, 2).map((s) => `「${s.length > 24 ? `${s.slice(0, 24)}…` : s}」`).join('');
  return `《${title}》有${n}段文字（如${sample}），但没有一句写明要做什么（如“开展…”“6月底前完成…”“新建3家”），看起来不是工作计划。`;
}

/** Items added, removed and changed between two versions of a plan, matched by id. */
export function diffPlans(before: Plan, after: Plan): PlanChanges {
  const old = new Map(before.items.map((i) => [i.id, i]));
  const now = new Map(after.items.map((i) => [i.id, i]));
  return {
    added: after.items.filter((i) => !old.has(i.id)),
    removed: before.items.filter((i) => !now.has(i.id)),
    changed: after.items.filter((i) => {
      const o = old.get(i.id);
      return o !== undefined && (o.text !== i.text || o.path !== i.path || JSON.stringify(o.due) !== JSON.stringify(i.due));
    }),
  };
}
