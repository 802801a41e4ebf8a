// `kexie summary`: drafts a work summary for a period (filled in with the summary drafter).
import type { RequestContext } from '../../core/context.js';
import type { Kexie } from '../../core/kexie.js';
import type { CliValues } from './run-cli.js';

export async function runSummaryCommand(
  _kexie: Kexie,
  _ctx: RequestContext,
  _values: CliValues,
  out: { emit(data: unknown, text: string): void; fail(code: string, message: string, exit?: number): number },
): Promise<number> {
  return out.fail('bad_input', '总结功能尚未提供。', 2);
}
