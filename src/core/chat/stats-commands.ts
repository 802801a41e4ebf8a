// 年报 2026 · 统计 上半年: the statistical returns of a period in a short reply, with the workbook attached.
import type { RequestContext } from '../context.js';
import type { Kexie } from '../kexie.js';
import type { StatsReport } from '../stats/compute-returns.js';
import { exportPeriod } from './export-commands.js';
import type { Reply } from './handle-message.js';

/** "年报", "年报 2026", "统计年报 去年". */
const ANNUAL = /^(?:年报|统计年报|统计报表|年度统计)\s*(.{0,20})$/u;
/** "统计 上半年", "统计 2026年第二季度": 统计 and nothing but a period (a question such as "统计一下开了几场" is not this). */
const PERIOD_ONLY = /^统计\s*((?:\d{4}\s*年?)?\s*(?:全年|年度|上半年|下半年|第?[一二三四1-4]季度|本季度|这个?季度|上个?季度|q[1-4]|\d{1,2}\s*月份?|本月|上个?月)?|今年|去年|本年度?)$/iu;

const fmt = (n: number): string => n.toLocaleString('en-US');

/** The reply, or undefined when the text is not this command. */
export async function tryStatsCommand(kexie: Kexie, ctx: RequestContext, simple: string): Promise<Reply | undefined> {
  const m = ANNUAL.exec(simple) ?? PERIOD_ONLY.exec(simple);
  if (!m) return undefined;
  const words = (m[1] ?? '').trim();
  if (simple.startsWith('统计') && !simple.startsWith('统计年报') && !simple.startsWith('统计报表') && words === '') return undefined;
  if (/[?？吗几多少]/u.test(words)) return undefined;
  const period = exportPeriod(words, ctx.today);
  const report = await kexie.stats(ctx, period);
  const name = `年报-${period.label.replace(/[\\/:*?"<>|\s]/gu, '')}.xlsx`;
  return { text: statsText(report), kind: 'answer', file: { kind: 'stats', name, report } };
}

/** The main rows (those with a figure), what was left out and why, and where the detail is. */
export function statsText(report: StatsReport): string {
  const lines = [`${report.body}年报（${report.period.label}，${report.period.start} 至 ${report.period.end}）：${report.records.length} 条活动记录`];
  for (const ret of report.returns) {
    const rows = ret.rows.filter((r) => r.value !== null && r.value > 0);
    lines.push(`【${ret.name}】${rows.length === 0 ? '本期没有可计入的记录' : ''}`);
    for (const r of rows.slice(0, 24)) lines.push(`· ${r.indicator}：${fmt(r.value ?? 0)}${r.unit}${r.online ? `（其中线上 ${fmt(r.online)}）` : ''}`);
  }
  const titleOf = new Map(report.records.map((r) => [r.id, `${r.date.slice(5)} ${r.title}`]));
  if (report.unclassified.length > 0) {
    const shown = report.unclassified.slice(0, 5).map((id) => `${titleOf.get(id) ?? id}（${id}）`).join('；');
    lines.push(`未归类 ${report.unclassified.length} 条（文字中没有报表所列的活动类别，未计入）：${shown}${report.unclassified.length > 5 ? ' 等' : ''}。如应计入，在那条记录的回复里说“这条算讲座”，或发送“修改 编号 统计类别 讲座”。`);
  }
  if (report.missing.length > 0) {
    const shown = report.missing.slice(0, 5).map((x) => `${titleOf.get(x.id) ?? x.id}（${x.id}）`).join('；');
    lines.push(`缺参加人数 ${report.missing.length} 条（已计次数，人次未计）：${shown}${report.missing.length > 5 ? ' 等' : ''}。可发送“修改 编号 人数 120”。`);
  }
  lines.push('每个数值由哪些记录构成，见附件工作簿的“明细”表。');
  return lines.join('\n');
}
