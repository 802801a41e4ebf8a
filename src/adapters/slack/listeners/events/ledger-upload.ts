// A 台账 (.xlsx/.csv) uploaded with "导入台账" (or to the bot's DM): download, then read and import a part at a time in
// a worker thread (the bot's setup), report row by row.
import type { RequestContext } from '../../../../core/context.js';
import { describeLedgerImport, importLedger } from '../../../../core/exports/import-ledger.js';
import { describeLedgerLimits, LEDGER_LIMITS, megabytes } from '../../../../core/exports/ledger-limits.js';
import type { SlackDeps } from '../../slack-deps.js';
import { downloadSlackFile, mayReceiveToken, type SlackFile } from './import-upload.js';

/** Whether an upload is a ledger rather than a plan: asked for by name, or a spreadsheet. */
export const isLedgerUpload = (text: string, file: SlackFile): boolean => /台账|臺賬|ledger/iu.test(text) || /\.(xlsx|csv)$/iu.test(file.name ?? '');

/** The reply text for a ledger upload; failures become Chinese messages. */
export async function importLedgerUpload(deps: SlackDeps, ctx: RequestContext, file: SlackFile, token: string = deps.token): Promise<string> {
  if (!ctx.isAdmin) return '只有管理员可以导入台账。请联系管理员（KEXIE_ADMINS 中的成员或工作区管理员），或逐条发送活动记录。';
  const url = file.url_private_download ?? file.url_private;
  const name = file.name ?? 'ledger.xlsx';
  if (!url) return `没能取到文件“${name}”的下载地址，请重新上传。`;
  if ((file.size ?? 0) > LEDGER_LIMITS.maxBytes) return `文件“${name}”超过 ${megabytes(LEDGER_LIMITS.maxBytes)}，没有导入。${describeLedgerLimits()}请删去图片和无关的工作表，或按月份拆分后再上传。`;
  if (!mayReceiveToken(url, deps.slackApiUrl)) return `文件“${name}”的下载地址不是 Slack 的文件服务器，没有下载。请直接把文件上传到 Slack 后再试。`;
  try {
    const bytes = await downloadSlackFile(deps, url, name, token, { maxBytes: LEDGER_LIMITS.maxBytes, tooLarge: `文件“${name}”超过 ${megabytes(LEDGER_LIMITS.maxBytes)}，没有导入。${describeLedgerLimits()}请按月份拆分后再上传。` });
    if (typeof bytes === 'string') return bytes;
    // Read, matched and written in a worker thread on a capped heap, as `activities import` is (the bot's setup).
    const imports = deps.kexie.deps.ledgerImports;
    if (imports) return describeLedgerImport(await imports.importFile(ctx, bytes, name), name);
    // A store only this thread can reach (tests' memory stores): imported here, the file parsed in a worker thread
    // (exceljs and thousands of rows would otherwise hold up everyone's acks), which hands the rows over a part at a
    // time as they are written.
    const { openLedgerOffThread } = await import('../../../../infra/exports/ledger-worker.js');
    const stream = await openLedgerOffThread(bytes, name);
    try {
      const report = await importLedger(deps.kexie.deps.storeFor(ctx.workspace), ctx, stream, name);
      return describeLedgerImport(report, name);
    } finally {
      stream.close();
    }
  } catch (error) {
    return deps.failure(error, 'ledger upload');
  }
}
