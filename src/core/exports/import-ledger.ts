// Imports an office's 台账 into a store: its rows read into activities (ledger-activities.ts, cells in ledger-cells.ts),
// matched against what the store holds, written in one batch and read back.
import type { Activity, ActivityEvent } from '../activities/activity-schema.js';
import type { RequestContext } from '../context.js';
import type { Store } from '../ports.js';
import { ledgerActivitiesYielding } from './ledger-activities.js';
import type { LedgerImportReport, LedgerSheet } from './ledger-cells.js';

export { type LedgerCell, type LedgerImportReport, type LedgerSheet, mapHeaders, readLedgerDate, readLedgerNumber } from './ledger-cells.js';
export { LEDGER_ROWS_PER_TURN, ledgerActivities, ledgerActivitiesYielding } from './ledger-activities.js';

/**
 * What a sheet's rows could match in the store, looked up rather than listed: the records of the sheet's days
 * (same date, title and headcount) and those with its rows' 编号, dedupe keys or ids.
 */
async function storedMatches(store: Store, candidates: readonly Activity[], looked: Set<string>): Promise<Activity[]> {
  const ids: string[] = [];
  const keys: string[] = [];
  for (const a of candidates) {
    for (const id of [a.id, a.dedupeKey?.slice('ledger:'.length) ?? '']) if (id && !looked.has(`id:${id}`)) looked.add(`id:${id}`), ids.push(id);
    if (a.dedupeKey && !looked.has(`key:${a.dedupeKey}`)) looked.add(`key:${a.dedupeKey}`), keys.push(a.dedupeKey);
  }
  return ids.length + keys.length === 0 ? [] : store.findActivities({ ids, dedupeKeys: keys });
}

/** Rows of a ledger read back per lookup after the write. */
export const READ_BACK_ROWS = 5_000;

/** Imports a sheet into a store: one batched write (or one write per row for stores without batches), read back. */
export async function importLedger(store: Store, ctx: RequestContext, sheet: LedgerSheet, file: string): Promise<LedgerImportReport> {
  const plans = await store.listPlans();
  const input = { plans, ctx, file };
  // First the rows alone; then again against what the store holds for their days, 编号 and keys.
  let result = await ledgerActivitiesYielding(sheet, { ...input, existing: [] });
  if (result.activities.length === 0) return result.report;
  let from = result.activities[0]!.date;
  let to = from;
  for (const a of result.activities) {
    if (a.date < from) from = a.date;
    if ((a.dateEnd ?? a.date) > to) to = a.dateEnd ?? a.date;
  }
  const looked = new Set<string>();
  const existing = new Map<string, Activity>();
  // Of the records of those days only the ones with a row's date and headcount can match a row's content (the
  // content key holds both); the rest would cost a key each (25,000 in a busy month) for nothing. Ids and dedupe keys
  // are looked up below whatever their day.
  const days = new Set(result.activities.map((a) => `${a.date}|${a.headcount ?? ''}`));
  for (const a of await store.listActivities({ from, to })) if (days.has(`${a.date}|${a.headcount ?? ''}`)) existing.set(a.id, a);
  // A fresh id that meets a stored one is salted, and the salted id looked up in turn (rarely more than once).
  for (;;) {
    for (const a of await storedMatches(store, result.activities, looked)) existing.set(a.id, a);
    result = await ledgerActivitiesYielding(sheet, { ...input, existing: [...existing.values()] });
    if (result.activities.every((a) => looked.has(`id:${a.id}`))) break;
  }
  const { activities, report } = result;
  const events: ActivityEvent[] = activities.map((activity) => ({ type: 'create', activity }));
  // A row another write stored first (the same ledger uploaded again at the same moment) is a duplicate: skipped.
  let written = { added: 0, skipped: 0 };
  if (store.appendActivityEvents) written = await store.appendActivityEvents(events);
  else for (const e of events) written = (await store.appendActivityEvent(e)).duplicate ? { ...written, skipped: written.skipped + 1 } : { ...written, added: written.added + 1 };
  // Read back under its id, or under its dedupe key when that other write holds the row: a part at a time, so that a
  // 100,000-row ledger's records are not all held twice (the read-back of all at once took a 300 MB heap past its end).
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (let at = 0; at < activities.length; at += READ_BACK_ROWS) {
    const part = activities.slice(at, at + READ_BACK_ROWS);
    for (const a of await store.findActivities({ ids: part.map((x) => x.id), dedupeKeys: part.flatMap((x) => (x.dedupeKey ? [x.dedupeKey] : [])) })) {
      ids.add(a.id);
      if (a.dedupeKey) keys.add(a.dedupeKey);
    }
  }
  const missing = activities.filter((a) => !ids.has(a.id) && !(a.dedupeKey && keys.has(a.dedupeKey))).length;
  if (missing > 0) report.refused.push({ row: 0, reason: `${missing} 行写入后没能读回，请重新导入（已导入的行会被跳过）。` });
  return { ...report, added: Math.max(0, written.added - missing), skipped: report.skipped + written.skipped };
}

/** "已导入 120 条，跳过 3 条（已存在），拒收 2 条：" and the reasons row by row (at most 20 shown). */
export function describeLedgerImport(report: LedgerImportReport, file: string): string {
  const lines = [`台账“${file}”：新增 ${report.added} 条活动，跳过 ${report.skipped} 条（已有记录），未导入 ${report.refused.length} 行。`];
  for (const r of report.refused.slice(0, 20)) lines.push(`• ${r.row > 0 ? `第 ${r.row} 行` : '文件'}：${r.reason}`);
  if (report.refused.length > 20) lines.push(`……另有 ${report.refused.length - 20} 行未导入，命令行 activities import 文件 --json 可看全部原因。`);
  return lines.join('\n');
}
