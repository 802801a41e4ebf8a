// CLI commands about the store itself: `doctor` (what cannot be read) and `migrate --from-folder DIR` (into Postgres).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RequestContext } from '../../core/context.js';
import type { Kexie } from '../../core/kexie.js';
import { copyFolderStore } from '../../infra/store/copy-folder-store.js';

interface Out {
  emit(data: unknown, text: string): void;
  fail(code: string, message: string, exit?: number): number;
  /** A line of progress for whoever watches (stderr), apart from the result. */
  progress?(text: string): void;
}

/** Runs `doctor` or `migrate`; undefined for any other command. */
export async function runStoreCommand(
  command: string,
  kexie: Kexie,
  ctx: RequestContext,
  values: { 'from-folder'?: string },
  env: Record<string, string | undefined>,
  out: Out,
): Promise<number | undefined> {
  if (command === 'doctor') {
    const damaged = await kexie.deps.storeFor(ctx.workspace).damagedRecords();
    const text =
      damaged.length === 0
        ? '数据完好：没有无法读取的记录。'
        : [`${damaged.length} 条记录无法读取（原样保留在文件中，没有计入统计）：`, ...damaged.slice(0, 50).map((d) => `• ${d.where}${d.line > 0 ? ` 第 ${d.line} 行` : ''}：${d.reason}`), ...(damaged.length > 50 ? [`……另有 ${damaged.length - 50} 条`] : []), '请从备份恢复这些行，或手工改正后再运行 doctor。'].join('\n');
    out.emit({ damaged, count: damaged.length }, text);
    return damaged.length === 0 ? 0 : 1;
  }
  if (command === 'migrate') {
    const from = values['from-folder'];
    if (!from) return out.fail('bad_input', '用法：migrate --from-folder <数据文件夹>（先设置 KEXIE_DATABASE_URL）', 2);
    if (!env.KEXIE_DATABASE_URL) return out.fail('config_invalid', '请先设置 KEXIE_DATABASE_URL=postgres://…，再把数据文件夹复制进去。', 2);
    const dir = resolve(from);
    if (!existsSync(dir)) return out.fail('bad_input', `找不到文件夹 ${from}。`, 2);
    // Progress every tenth of a workspace's activities: a re-run after an interruption skips what is there.
    let shown = -1;
    const reports = await copyFolderStore(dir, kexie.deps.storeFor, {
      onProgress: ({ workspace, copied, total }) => {
        const tenth = total === 0 ? 10 : Math.floor((copied / total) * 10);
        if (tenth === shown && copied < total) return;
        shown = copied >= total ? -1 : tenth;
        out.progress?.(`${workspace}：活动已复制 ${copied} / ${total}`);
      },
    });
    const ok = reports.every((r) => r.ok);
    const lines = reports.map((r) => `${r.ok ? '✓' : '✗'} ${r.workspace}：计划 ${r.plans}，活动 ${r.activities}（已存在 ${r.alreadyThere}），报名 ${r.signups}${r.damaged > 0 ? `，${r.damaged} 条无法读取未复制` : ''}`);
    out.emit({ workspaces: reports, ok }, [reports.length === 0 ? '这个文件夹里没有 kexie 数据。' : `已复制 ${reports.length} 个工作区，数量核对${ok ? '一致' : '不一致'}：`, ...lines].join('\n'));
    return ok ? 0 : 1;
  }
  return undefined;
}
