// Imports an office's 台账 into a store a part at a time: each part's rows read into activities (ledger-activities.ts,
// cells in ledger-cells.ts), matched against what the store holds for them (looked up, not listed), written in one
// batch and read back, so memory holds one part whatever the ledger's length.
import type { Activity, ActivityEvent } from '../activities/activity-schema.js';
import type { RequestContext } from '../context.js';
import type { Store } from '../ports.js';
import { drive, keysOf, type LedgerKeys, ledgerShape, type LedgerShape, noKeys, planIndex, readPart } from './ledger-activities.js';
import { type LedgerImportReport, type LedgerRow, type LedgerSheet, type LedgerStream, sheetStream } from './ledger-cells.js';

export { type LedgerCell, type LedgerImportReport, type LedgerRow, type LedgerSheet, type LedgerStream, mapHeaders, readLedgerDate, readLedgerNumber, sheetStream } from './ledger-cells.js';
export { LEDGER_ROWS_PER_TURN, ledgerActivities, ledgerActivitiesYielding } from './ledger-activities.js';

/**
 * Imports an uploaded ledger file (its bytes, as downloaded) into the context's workspace somewhere its memory is
 * bounded and the caller's requests keep being answered (infra: a worker thread with a capped heap). Refusals are
 * AppErrors, as reading the file in place gives them.
 */
export interface LedgerImports {
  importFile(ctx: RequestContext, bytes: Uint8Array, name: string): Promise<LedgerImportReport>;
}

/** Rows of a ledger read, matched, written and read back at a time (the first part's dates also settle its year). */
export const LEDGER_PART_ROWS = 5_000;
/** The same, as the read-back was named when only the read-back went a part at a time. */
export const READ_BACK_ROWS = LEDGER_PART_ROWS;

/** Days of stored records listed in one read while matching rows by content (a part's days are read a week at a time). */
const DAYS_PER_READ = 7;


/** A part's days as runs of at most DAYS_PER_READ days (a sorted ledger's part is a run or two; an unsorted one, weeks). */
function dayRuns(days: readonly string[]): Array<{ from: string; to: string }> {
  const runs: Array<{ from: string; to: string }> = [];
  const limit = (from: string): string => new Date(Date.parse(`${from}T00:00:00Z`) + (DAYS_PER_READ - 1) * 86_400_000).toISOString().slice(0, 10);
  for (const day of [...days].sort()) {
    const last = runs.at(-1);
    if (last && day <= limit(last.from)) last.to = day;
    else runs.push({ from: day, to: day });
  }
  return runs;
}

/**
 * The keys of stored records a part's rows could match: those of the part's days with a row's date and headcount
 * (the content key holds both; the days' other records would cost a key each for nothing), and those with the rows'
 * 编号, dedupe keys or ids, whatever their day. A fresh id that meets a stored one is salted by the caller, and the
 * salted id looked up in turn (`looked` keeps what was asked).
 */
async function storedKeys(store: Store, candidates: readonly Activity[], looked: Set<string>, into: LedgerKeys, withDays: boolean): Promise<void> {
  if (withDays) {
    const days = new Set(candidates.map((a) => `${a.date}|${a.headcount ?? ''}`));
    for (const run of dayRuns([...new Set(candidates.map((a) => a.date))])) {
      const found = await store.listActivities({ from: run.from, to: run.to });
      keysOf(found.filter((a) => days.has(`${a.date}|${a.headcount ?? ''}`)), into);
    }
  }
  const ids: string[] = [];
  const keys: string[] = [];
  for (const a of candidates) {
    for (const id of [a.id, a.dedupeKey?.slice('ledger:'.length) ?? '']) if (id && !looked.has(`id:${id}`)) looked.add(`id:${id}`), ids.push(id);
    if (a.dedupeKey && !looked.has(`key:${a.dedupeKey}`)) looked.add(`key:${a.dedupeKey}`), keys.push(a.dedupeKey);
  }
  if (ids.length + keys.length > 0) keysOf(await store.findActivities({ ids, dedupeKeys: keys }), into);
}

/**
 * Imports a sheet (in memory, or streamed by the reader) into a store a part of LEDGER_PART_ROWS rows at a time: one
 * batched write per part (or one write per row for stores without batches), read back. What the whole file decides
 * (its header, its length against the cap, its year) is settled before the first write.
 */
export async function importLedger(store: Store, ctx: RequestContext, source: LedgerSheet | LedgerStream, file: string, options: { partRows?: number } = {}): Promise<LedgerImportReport> {
  const stream = 'parts' in source ? source : sheetStream(source);
  const total: LedgerImportReport = { added: 0, skipped: 0, refused: [] };
  // The header and the length first: a refusal before any row is read.
  const checked = ledgerShape(stream.header, [], stream.rowCount, ctx);
  if ('refusal' in checked) return { ...total, refused: [checked.refusal] };
  const input = { plansIndex: planIndex(await store.listPlans()), ctx, file };
  // A workspace with no records when the import began has none to match by content but the import's own (in `seen`):
  // its parts' days are not listed (an unsorted ledger's part spans months, each listed again for every part). Asked
  // as "any?", not counted: a count reads every id the folder holds (at 1M records a third of the import's time).
  const empty = store.hasActivities ? !(await store.hasActivities()) : store.countActivities ? (await store.countActivities()) === 0 : false;
  const seen = noKeys();
  let shape: LedgerShape | undefined;
  let handled = 0;
  try {
    for await (const part of stream.parts(options.partRows ?? LEDGER_PART_ROWS)) {
      // The first part's dates settle the year of dates written without one.
      shape ??= ledgerShape(stream.header, part, stream.rowCount, ctx) as LedgerShape;
      const report = await importPart(store, part, shape, input, seen, !empty);
      total.added += report.added;
      total.skipped += report.skipped;
      for (const r of report.refused) total.refused.push(r);
      handled += part.length;
    }
  } catch (error) {
    // Parts already written stay written: say how far the import got instead of "无法读取", which reads as nothing done.
    if (handled === 0) throw error;
    const why = error instanceof Error ? error.message.slice(0, 80) : String(error).slice(0, 80);
    total.refused.push({ row: 0, reason: `前 ${handled} 行已处理，其后的行没有导入（${why}）。请重新导入同一文件：已导入的行会被跳过。` });
  }
  return total;
}

/** One part: read alone, then against the store's records for its days, 编号 and keys; written; read back. */
async function importPart(store: Store, rows: readonly LedgerRow[], shape: LedgerShape, input: Parameters<typeof readPart>[2], seen: LedgerKeys, byDays: boolean): Promise<LedgerImportReport> {
  let result = await drive(readPart(rows, shape, input, seen, noKeys()));
  if (result.activities.length === 0) {
    for (const k of result.added.keys) seen.keys.add(k);
    return result.report;
  }
  const looked = new Set<string>();
  const stored = noKeys();
  for (let first = true; ; first = false) {
    await storedKeys(store, result.activities, looked, stored, first && byDays);
    result = await drive(readPart(rows, shape, input, seen, stored));
    if (result.activities.every((a) => looked.has(`id:${a.id}`))) break;
  }
  for (const k of result.added.keys) seen.keys.add(k);
  for (const id of result.added.ids) seen.ids.add(id);
  const { activities, report } = result;
  const events: ActivityEvent[] = activities.map((activity) => ({ type: 'create', activity }));
  // A row another write stored first (the same ledger uploaded again at the same moment) is a duplicate: skipped.
  let written = { added: 0, skipped: 0 };
  if (store.appendActivityEvents) written = await store.appendActivityEvents(events);
  else for (const e of events) written = (await store.appendActivityEvent(e)).duplicate ? { ...written, skipped: written.skipped + 1 } : { ...written, added: written.added + 1 };
  // Read back under its id, or under its dedupe key when that other write holds the row.
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const a of await store.findActivities({ ids: activities.map((x) => x.id), dedupeKeys: activities.flatMap((x) => (x.dedupeKey ? [x.dedupeKey] : [])) })) {
    ids.add(a.id);
    if (a.dedupeKey) keys.add(a.dedupeKey);
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
