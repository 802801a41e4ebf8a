// Chat commands that answer with a file: 导出 (the 台账 workbook), 总结 … Word, 进度图, 活动趋势, and 导入台账 help.
import type { RequestContext } from '../context.js';
import { formatMonthDay, yearRange, type DateRange } from '../dates/civil-date.js';
import { progressChart, trendChart } from '../exports/chart-data.js';
import { describeLedgerLimits } from '../exports/ledger-limits.js';
import { linkedRecords, planYears } from '../exports/linked-records.js';
import { summarizeLedgerOf } from '../exports/load-ledger.js';
import type { Kexie } from '../kexie.js';
import type { Plan } from '../plans/plan-schema.js';
import { unitOfPlan } from '../summaries/section-heading.js';
import { periodFromText } from '../summaries/summary-period.js';
import { type Reply, summaryReply } from './handle-message.js';

/** The period of an export: 本季度, 上半年, 5月, 2026年, 今年, 去年; a whole year when nothing is said. */
export function exportPeriod(words: string, today: string): DateRange & { label: string } {
  const year = Number(today.slice(0, 4));
  const w = words.trim();
  const y = /^(\d{4})\s*年?(全年|度)?$/u.exec(w);
  if (y) return { ...yearRange(Number(y[1])), label: `${y[1]}年` };
  if (w === '' || /^(今年|本年|全年|本年度)$/u.test(w)) return { ...yearRange(year), label: `${year}年` };
  if (/^去年$/u.test(w)) return { ...yearRange(year - 1), label: `${year - 1}年` };
  return periodFromText(w, today);
}

/** The reporting body named by the plans' titles (示例县科学技术协会), for chart titles. */
const bodyOf = (plans: readonly Plan[]): string => plans.map((p) => unitOfPlan(p.title)).find(Boolean) ?? '';

const safeName = (label: string): string => label.replace(/[\\/:*?"<>|\s]/gu, '');

/** A reply with a file, or undefined when the text is not one of these commands. */
export async function tryExportCommand(kexie: Kexie, ctx: RequestContext, text: string, simple: string): Promise<Reply | undefined> {
  let m: RegExpExecArray | null;
  if ((m = /^(?:导出台账|导出|export)\s*(?:台账)?\s*(.{0,40})$/iu.exec(simple))) {
    const period = exportPeriod(m[1] ?? '', ctx.today);
    // The sums only (a month of records held at a time): the adapter writes the rows into the file, read again.
    // Off this thread's heap when the app has a capped thread for it (a 100,000-row year's reads leave much garbage).
    const input = { period, team: ctx.workspace, timeZone: kexie.deps.timeZone };
    const ledger = kexie.deps.ledgerFiles ? await kexie.deps.ledgerFiles.summarize(ctx.workspace, input) : await summarizeLedgerOf(kexie.deps.storeFor(ctx.workspace), input);
    return {
      text: `活动台账（${period.label}）：${ledger.totals.count} 条活动，合计 ${ledger.headcount} 人（次），目标 ${ledger.targets.length} 项，报名 ${ledger.signups.length} 条。文件：活动台账-${safeName(period.label)}.xlsx`,
      kind: 'activities',
      file: { kind: 'ledger', name: `活动台账-${safeName(period.label)}.xlsx`, ledger },
    };
  }
  if (/^(?:总结|写总结|起草总结|summary)(?:\s|$).*(?:word|docx|文档)版?\s*$/iu.test(simple)) {
    const words = text.replace(/\s*(word版?|docx|文档)\s*$/iu, '');
    const reply = await summaryReply(kexie, ctx, words);
    const title = reply.text.split('\n')[0] ?? '工作总结';
    return { ...reply, file: { kind: 'docx', name: `${safeName(title.replace(/（草稿，请核对）/u, '')) || '工作总结'}.docx`, text: reply.text.replace(/\n\n说明：[\s\S]*$/u, '') } };
  }
  if (/^(?:进度图|目标进度图|progress chart)$/iu.test(simple)) {
    const store = kexie.deps.storeFor(ctx.workspace);
    const plans = await store.listPlans();
    const year = Number(ctx.today.slice(0, 4));
    const inForce = plans.filter((p) => p.year <= year && year <= p.yearTo);
    const shown = inForce.length > 0 ? inForce : plans;
    // The records linked to the shown plans' items in their years (what targets count), through the item index.
    const years = planYears(shown);
    const activities = years ? await linkedRecords(store, shown, years) : [];
    const chart = progressChart(shown, activities, `${bodyOf(shown)}${year}年目标进度（截至${formatMonthDay(ctx.today)}）`);
    if (chart.kind === 'progress' && chart.bars.length === 0) return { text: '计划中没有带数字的目标，画不出进度图。可以问“目标完成多少了”查看文字版。', kind: 'answer' };
    return { text: `目标进度图：${chart.kind === 'progress' ? chart.bars.length : 0} 项目标（完成率最低的在前）。`, kind: 'answer', file: { kind: 'chart', name: `目标进度-${ctx.today}.png`, chart } };
  }
  if ((m = /^(?:活动趋势|趋势图|activity trend)\s*(.{0,40})$/iu.exec(simple))) {
    const period = exportPeriod(m[1] ?? '', ctx.today);
    const [plans, activities] = await Promise.all([kexie.deps.storeFor(ctx.workspace).listPlans(), kexie.activities(ctx, { from: period.start, to: period.end })]);
    const until = period.end > ctx.today ? `（截至${formatMonthDay(ctx.today)}）` : '';
    const chart = trendChart(activities, period, `${bodyOf(plans)}${period.label}活动趋势${until}`, ctx.today);
    return { text: `活动趋势（${period.label}）：${activities.length} 条活动，按月统计活动数和参与人数。`, kind: 'answer', file: { kind: 'chart', name: `活动趋势-${safeName(period.label)}.png`, chart } };
  }
  if (/^(?:导入台账|导入活动台账|import ledger)$/iu.test(simple)) {
    return { text: `请上传台账文件（.xlsx 或 .csv，第一行为表头，至少有“日期”和“活动名称”两列），并在同一条消息里写“导入台账”。已有的记录会跳过。${describeLedgerLimits()}`, kind: 'help' };
  }
  return undefined;
}
