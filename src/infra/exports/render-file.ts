// Turns a reply's file request into bytes, or a 台账 into a file: the writers here are heavy, so adapters import this
// module lazily.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReplyFile } from '../../core/chat/handle-message.js';
import { AppError } from '../../core/errors.js';
import type { LedgerFiles, LedgerStream } from '../../core/exports/ledger-stream.js';
import type { Store } from '../../core/ports.js';

export interface RenderedFile {
  filename: string;
  title: string;
  bytes: Uint8Array;
}

/** A reply's 台账: its sums, the rows to be read again from the store (writeReplyLedger). */
export type LedgerReplyFile = Extract<ReplyFile, { kind: 'ledger' }>;

/** What a failed write of a file says about the disk, in words an office reads. */
function writeFailure(error: unknown, folder: string): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return '磁盘空间不足';
  if (code === 'EACCES' || code === 'EPERM') return `没有写入${folder}的权限`;
  if (code === 'EROFS') return '磁盘是只读的';
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${folder}不存在`;
  return '读写数据时出错';
}

/**
 * A reply's 台账 written into `path` (exceljs's streaming writer), its rows read again from `store` a month at a
 * time, so memory does not grow with them; `names` maps authors' ids to display names. On a failure the part written
 * is removed, and a store's own error (AppError) is passed on; any other says, in Chinese, that the file was not made.
 */
export async function writeReplyLedger(store: Store, file: LedgerReplyFile, path: string, names?: ReadonlyMap<string, string>, folder = '保存文件的文件夹'): Promise<void> {
  const { resumeLedger } = await import('../../core/exports/ledger-stream.js');
  await writeLedgerFile(() => resumeLedger(store, file.ledger, names), path, folder);
}

/**
 * The 台账 `open` gives written into `path`; on a failure the part written is removed, and a store's own error
 * (AppError) is passed on; any other says, in Chinese, that the file was not made.
 */
export async function writeLedgerFile(open: () => Promise<LedgerStream> | LedgerStream, path: string, folder = '保存文件的文件夹'): Promise<void> {
  const { writeLedgerXlsx } = await import('./write-ledger-xlsx.js');
  try {
    await writeLedgerXlsx(await open(), path);
  } catch (error) {
    await rm(path, { force: true }).catch(() => undefined);
    throw notMade(error, folder);
  }
}

/** A failure to make the 台账 file as the user is told it (an AppError as it is). */
export const notMade = (error: unknown, folder: string): unknown => (error instanceof AppError ? error : new AppError('export_failed', `台账文件没能生成：${writeFailure(error, folder)}。`, { cause: error }));

const TEMPORARY = '服务器的临时文件夹';

/**
 * A reply's 台账 written into a temporary file (writeReplyLedger) and handed to `use` (an upload reads it from
 * there); the temporary folder is removed afterwards, whatever happened. `use`'s own failures are passed on as they are.
 * With `files` (a process of its own on a capped heap) the file is written there, from the rows the reply's pass kept
 * (or the store of the ledger's workspace read again); kept rows are let go of whatever happened.
 */
export async function withLedgerFile<T>(store: Store, file: LedgerReplyFile, names: ReadonlyMap<string, string> | undefined, use: (path: string, size: number) => Promise<T>, files?: LedgerFiles): Promise<T> {
  try {
    let dir: string;
    try {
      dir = await mkdtemp(join(tmpdir(), 'kexie-ledger-file-'));
    } catch (error) {
      throw notMade(error, TEMPORARY);
    }
    try {
      const path = join(dir, 'ledger.xlsx');
      if (files) await files.write(file.ledger.team ?? 'local', file.ledger, path, names, TEMPORARY);
      else await writeReplyLedger(store, file, path, names, TEMPORARY);
      return await use(path, (await stat(path)).size);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    files?.release(file.ledger);
  }
}

/** The file a reply asked for: the 年报 workbook, a Word summary or a chart (a 台账 is written by writeReplyLedger). */
export async function renderReplyFile(file: Exclude<ReplyFile, LedgerReplyFile>): Promise<RenderedFile> {
  if (file.kind === 'stats') {
    const { statsToXlsx } = await import('./write-stats-xlsx.js');
    return { filename: file.name, title: `${file.report.body}年报（${file.report.period.label}）`, bytes: await statsToXlsx(file.report) };
  }
  if (file.kind === 'docx') {
    const { summaryToDocx } = await import('./summary-docx.js');
    return { filename: file.name, title: file.text.split('\n')[0] ?? '工作总结', bytes: new Uint8Array(await summaryToDocx(file.text)) };
  }
  const { chartToPng } = await import('./render-chart.js');
  return { filename: file.name, title: file.chart.title, bytes: await chartToPng(file.chart) };
}
