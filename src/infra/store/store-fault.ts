// One place turns a file-system failure of the folder store into words the user and the operator can act on:
// a full disk, a read-only disk, a folder kexie may not write. The server path goes to the log, not to chat.
import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname } from 'node:path';
import { StoreError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const DENIED = new Set(['EACCES', 'EPERM']);

/** The folder as the operator knows it (data folder / workspace), without the rest of the server path. */
export function folderLabel(dir: string): string {
  return `${basename(dirname(dir))}/${basename(dir)}`;
}

async function userName(uid: number): Promise<string> {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const line = passwd.split('\n').find((l) => l.split(':')[2] === String(uid));
  return line ? `${line.split(':')[0]}（uid ${uid}）` : `uid ${uid}`;
}

function me(): string {
  try {
    const u = userInfo();
    return u.uid >= 0 ? `${u.username}（uid ${u.uid}）` : u.username;
  } catch {
    return '当前用户';
  }
}

/** The StoreError for a failed write in `dir`, or the error itself when it is not one of these faults. */
export async function storeFault(error: unknown, dir: string, logger?: Logger): Promise<unknown> {
  if (error instanceof StoreError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !(FULL.has(code) || DENIED.has(code) || code === 'EROFS')) return error;
  const folder = folderLabel(dir);
  logger?.error('store: a write failed', { dir, code, path: (error as NodeJS.ErrnoException).path });
  if (FULL.has(code)) {
    return new StoreError('store_full', folder, `数据文件夹 ${folder} 所在的磁盘已满${code === 'EDQUOT' ? '（超出了磁盘配额）' : ''}，这次没有保存。`, { cause: error });
  }
  if (code === 'EROFS') return new StoreError('store_read_only', folder, `数据文件夹 ${folder} 所在的磁盘是只读的，这次没有保存。`, { cause: error });
  // The file that refused (a log owned by another user in a folder we own), else the folder.
  const failed = (error as NodeJS.ErrnoException).path;
  const inside = failed !== undefined && dirname(failed) === dir && !basename(failed).startsWith('.');
  const target = inside ? `${folder}/${basename(failed)}` : folder;
  const info = (inside ? await stat(failed).catch(() => undefined) : undefined) ?? (await stat(dir).catch(() => undefined));
  const owner = info ? `它属于 ${await userName(info.uid)}，权限 ${(info.mode & 0o777).toString(8)}` : '无法查看它的所有者';
  return new StoreError('store_denied', folder, `没有写入权限：kexie 以 ${me()} 运行，不能写入 ${target}（${owner}），这次没有保存。`, { cause: error });
}
