// `kexie summary`: drafts a work summary for a period, optionally as a Word document.
import type { RequestContext } from '../../core/context.js';
import type { Kexie } from '../../core/kexie.js';
import { periodFromOptions } from '../../core/summaries/summary-period.js';
import type { CliValues } from './run-cli.js';

export async function runSummaryCommand(
  kexie: Kexie,
  ctx: RequestContext,
  values: CliValues,
  out: { emit(data: unknown, text: string): void; fail(code: string, message: string, exit?: number): number },
): Promise<number> {
  const period = periodFromOptions(values);
  if (typeof period === 'string') return out.fail('bad_input', period, 2);
  const draft = await kexie.summary(ctx, period);
  if (values.docx) await (await import('../../infra/documents/write-summary-docx.js')).writeSummaryDocx(values.docx, draft.text);
  const notes = [
    draft.fallbackReason ? `说明：${draft.fallbackReason}` : '',
    draft.check.ok ? '' : `注意：以下数字无法与活动记录核对：${draft.check.unsupported.join('、')}`,
    draft.unreadable,
    draft.damaged > 0 ? `注意：${draft.damaged} 条记录无法读取，没有计入本总结。请管理员运行 npm run -s kexie -- doctor 查看。` : '',
    values.docx ? `已保存为 ${values.docx}` : '',
  ].filter(Boolean);
  out.emit({ ...draft, docx: values.docx ?? null }, [draft.text, ...notes].join('\n\n'));
  return 0;
}
