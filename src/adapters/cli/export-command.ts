// `kexie export --from D --to D --xlsx FILE` writes the 台账 workbook; `kexie activities import FILE` reads one back in.
import type { RequestContext } from '../../core/context.js';
import { isCivilDate } from '../../core/dates/civil-date.js';
import { describeLedgerImport, importLedger } from '../../core/exports/import-ledger.js';
import { openLedger } from '../../core/exports/load-ledger.js';
import type { Kexie } from '../../core/kexie.js';
import { exportPeriod } from '../../core/chat/export-commands.js';
import type { CliValues } from './run-cli.js';

interface Out {
  emit(data: unknown, text: string): void;
  fail(code: string, message: string, exit?: number): number;
}

/** Writes the workbook of a period (--from/--to, --quarter, --year; this year by default). */
export async function runExportCommand(kexie: Kexie, ctx: RequestContext, values: CliValues, out: Out): Promise<number> {
  if (!values.xlsx) return out.fail('bad_input', '请用 --xlsx 文件名 指定要写入的工作簿，例如：export --from 2026-04-01 --to 2026-06-30 --xlsx 台账.xlsx', 2);
  for (const d of [values.from, values.to]) if (d !== undefined && !isCivilDate(d)) return out.fail('bad_date', '--from/--to 应写成 YYYY-MM-DD。', 2);
  if ((values.from === undefined) !== (values.to === undefined)) return out.fail('bad_input', '--from 和 --to 要一起写。', 2);
  if (values.from && values.to && values.from > values.to) return out.fail('bad_input', '--from 不能晚于 --to。', 2);
  const period = values.from && values.to ? { start: values.from, end: values.to, label: `${values.from}至${values.to}` } : exportPeriod(values.year ?? values.quarter ?? '', ctx.today);
  // Read a month at a time, for the sums and then for each sheet of rows: memory does not grow with the period's records.
  const ledger = await openLedger(kexie.deps.storeFor(ctx.workspace), { period, timeZone: kexie.deps.timeZone });
  const { writeLedgerXlsx } = await import('../../infra/exports/write-ledger-xlsx.js');
  await writeLedgerXlsx(ledger, values.xlsx);
  out.emit({ file: values.xlsx, period, activities: ledger.totals.count, targets: ledger.targets.length, units: ledger.units.length, signups: ledger.signups.length }, `已写入 ${values.xlsx}：${period.label}，${ledger.totals.count} 条活动，${ledger.targets.length} 项目标。`);
  return 0;
}

/** Imports a ledger (.xlsx or .csv); --json prints {"added","skipped","refused":[{"row","reason"}]}. */
export async function runLedgerImport(kexie: Kexie, ctx: RequestContext, file: string | undefined, out: Out): Promise<number> {
  if (!file) return out.fail('bad_input', '请给出台账文件：activities import 台账.xlsx', 2);
  const { openLedgerFile } = await import('../../infra/exports/read-ledger.js');
  // Streamed: checked to its end first, then read, matched and written a part at a time.
  const report = await importLedger(kexie.deps.storeFor(ctx.workspace), ctx, await openLedgerFile(file), file);
  out.emit(report, describeLedgerImport(report, file));
  return 0;
}
