// `kexie stats --year 2026 [--xlsx FILE] [--json]`: the statistical returns (年报) of a period, every cell with its records.
import { writeFile } from 'node:fs/promises';
import { statsText } from '../../core/chat/stats-commands.js';
import type { RequestContext } from '../../core/context.js';
import { yearRange } from '../../core/dates/civil-date.js';
import type { Kexie } from '../../core/kexie.js';
import { periodFromOptions } from '../../core/summaries/summary-period.js';
import type { CliValues } from './run-cli.js';

interface Out {
  emit(data: unknown, text: string): void;
  fail(code: string, message: string, exit?: number): number;
}

/** Prints `{"year", "returns": [{"name", "rows": [{"indicator", "unit", "value", "records"}]}], "unclassified", "missing"}` (and more fields). */
export async function runStatsCommand(kexie: Kexie, ctx: RequestContext, values: CliValues, out: Out): Promise<number> {
  const given = values.year ?? values.half ?? values.quarter ?? values.from ?? values.to;
  const year = Number(ctx.today.slice(0, 4));
  const period = given === undefined ? { ...yearRange(year), label: `${year}年` } : periodFromOptions(values);
  if (typeof period === 'string') return out.fail('bad_input', period, 2);
  const report = await kexie.stats(ctx, period);
  if (values.xlsx) {
    const { statsToXlsx } = await import('../../infra/exports/write-stats-xlsx.js');
    await writeFile(values.xlsx, await statsToXlsx(report));
  }
  const text = `${statsText(report).replace(/\n每个数值由哪些记录构成.*$/u, '')}${values.xlsx ? `\n已写入 ${values.xlsx}（每张报表一页，“明细”列出每个数值的记录）。` : ''}`;
  out.emit({ ...report, file: values.xlsx ?? null }, text);
  return 0;
}
