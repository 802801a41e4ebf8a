// Issue 20: the chat 导出 makes the 台账 in a child process of its own (ledger-file-worker.ts): one pass over the
// records makes the reply's sums and keeps the rows on disk, from which the file is written into a temporary file
// and uploaded (through the loopback Slack Web API). The workbook Slack receives holds what the CLI's export of the
// same store writes; a file that cannot be written or sent says so in Chinese, and no temporary file is left behind.
// Nothing here waits on a clock: each failure is made before the export, or on a given read.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/adapters/cli/export-command.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { ActivityEvent } from '../../src/core/activities/activity-schema.js';
import type { Store, StoreFactory } from '../../src/core/ports.js';
import { createLedgerFiles } from '../../src/infra/exports/ledger-file-worker.js';
import { createFileStoreFactory, workspaceFolder } from '../../src/infra/store/file-store.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';
import { activity } from './store-contract.js';

/** Every sheet read back: its name, column widths, and each row's number and values. */
async function readBack(bytes: Uint8Array): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book.worksheets.map((s) => {
    const rows: unknown[] = [];
    s.eachRow({ includeEmpty: true }, (r, n) => rows.push([n, r.values]));
    return { name: s.name, widths: s.columns?.map((c) => c.width), rows };
  });
}

let h: SlackHarness | undefined;
let tmp: string;
const savedTmp = process.env.TMPDIR;
/** The temporary files an export left in the temporary folder (the file uploaded, the rows kept for it). */
const leftOver = (): string[] => readdirSync(tmp).filter((n) => n.startsWith('kexie-ledger-'));
/** The harness closed (its 台账 processes ended), then what is left over. */
const closedLeftOver = async (): Promise<string[]> => {
  await h?.close();
  h = undefined;
  return leftOver();
};

beforeEach(() => {
  // The temporary folder of this test alone (os.tmpdir() reads TMPDIR each time).
  tmp = mkdtempSync(join(tmpdir(), 'kexie-i20c-'));
  process.env.TMPDIR = tmp;
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * 2,400 records across 2026 (more than the rows the column widths are fitted to), some linked; their authors are
 * not Slack users (a name, the CLI), whose display names only the chat's file would show (slack-files.test.ts).
 */
async function fill(s: SlackHarness): Promise<void> {
  const ctx = s.kexie.context({ workspace: 'T1', user: 'U1' });
  await s.kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  const store = s.kexie.deps.storeFor('T1');
  const item = (await store.listPlans())[0]!.items.find((i) => i.text.includes('应急科普讲座'))!;
  const events: ActivityEvent[] = Array.from({ length: 2400 }, (_, i) => ({
    type: 'create',
    activity: activity({
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      title: `社区科普讲座第${i + 1}场`,
      by: i % 3 === 0 ? '张老师' : 'cli',
      reporterUnit: i % 5 === 0 ? '城关镇科协' : undefined,
      headcount: 20 + (i % 50),
      headcountUnit: i % 4 === 0 ? '人' : '人次',
      itemId: i % 10 === 0 ? item.id : null,
      metrics: i % 7 === 0 ? { 场: 1 } : {},
      at: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T02:00:00.000Z`,
    }),
  }));
  await store.appendActivityEvents!(events);
}

const exportOf = async (s: SlackHarness, channel: string) => {
  await s.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 导出 2026年', channel, ts: '1779156000.000100' });
};

describe('the chat 导出 streamed into a temporary file and uploaded from it', () => {
  it('uploads the workbook the CLI export of the same store writes, and removes its temporary file', async () => {
    h = await startSlackHarness();
    await fill(h);
    await exportOf(h, 'C5');
    await h.slack.waitFor((c) => c.method === 'files.completeUploadExternal');
    const [file] = [...h.slack.uploads.values()];
    expect(file).toMatchObject({ filename: '活动台账-2026年.xlsx', title: '示例县科学技术协会活动台账（2026年）', channel: 'C5', threadTs: '1779156000.000100' });
    // The reply's sums, from the first pass.
    expect(h.slack.calls.some((c) => c.method === 'chat.update' && String(c.body.text).includes('2400 条活动'))).toBe(true);
    const cli = join(mkdtempSync(join(tmpdir(), 'kexie-i20c-cli-')), 'cli.xlsx');
    const out = { emit: () => undefined, fail: () => 1 };
    expect(await runExportCommand(h.kexie, h.kexie.context({ workspace: 'T1', user: 'U1' }), { xlsx: cli, year: '2026年' } as never, out)).toBe(0);
    const uploaded = await readBack(file!.bytes);
    expect(uploaded).toEqual(await readBack(readFileSync(cli)));
    // Every record in both sheets of rows (beside their headings and totals), not just the first pass's first rows.
    expect((uploaded as Array<{ name: string; rows: unknown[] }>).map((s) => [s.name, s.rows.length])).toEqual([
      ['活动台账', 2403],
      ['记录信息', 2401],
      ['目标进度', 16],
      ['按单位', 28],
      ['报名', 1],
    ]);
    expect(await closedLeftOver()).toEqual([]);
  });

  it('says in Chinese that the file could not be made when the temporary folder cannot be written, and uploads nothing', async () => {
    h = await startSlackHarness();
    await fill(h);
    // The bot's temporary folder is a file before the export: the upload's file cannot be made in it. (The 台账
    // process keeps its rows in the folder the bot had when it started, as a restarted bot's would be.)
    const blocked = join(tmp, 'not-a-folder');
    writeFileSync(blocked, 'x');
    process.env.TMPDIR = blocked;
    await exportOf(h, 'C6');
    const told = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('没能生成'));
    expect(String(told.body.text)).toMatch(/^台账文件没能生成：服务器的临时文件夹不存在。\n请稍后重试/u);
    // The sums were posted first.
    expect(h.slack.calls.some((c) => c.method === 'chat.update' && String(c.body.text).includes('2400 条活动'))).toBe(true);
    expect(h.slack.calls.some((c) => c.method === 'files.getUploadURLExternal')).toBe(false);
    expect(h.slack.uploads.size).toBe(0);
    // The rows kept for the file let go of.
    expect(await closedLeftOver()).toEqual([]);
  });

  it('without a process for it, removes the part written when the records cannot be read again halfway', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kexie-i20c-data-'));
    const files = createFileStoreFactory(dataDir);
    let aprils = 0;
    // The store fails the second time April is read: the reply's sums read it first, the file's rows again.
    const storeFor: StoreFactory = (ws) => {
      const store = files(ws);
      return new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'listActivities')
            return async (...args: Parameters<Store['listActivities']>) => {
              if (args[0]?.from === '2026-04-01' && ++aprils === 2) throw new Error('disk went away');
              return target.listActivities(...args);
            };
          return Reflect.get(target, key, receiver);
        },
      });
    };
    // A store of its own: no 台账 process (it could not open this one), the file written in the bot's process.
    h = await startSlackHarness({ deps: { storeFor } });
    await fill(h);
    await exportOf(h, 'C7');
    const told = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('没能'));
    expect(String(told.body.text)).toContain('台账文件没能生成');
    expect(aprils).toBe(2);
    expect(h.slack.uploads.size).toBe(0);
    expect(await closedLeftOver()).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('removes the temporary file when the upload is refused, and says how to fix it', async () => {
    h = await startSlackHarness();
    await fill(h);
    h.slack.refuseNext.set('files.completeUploadExternal', 'not_in_channel');
    await exportOf(h, 'C8');
    const told = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('文件没能上传'));
    expect(String(told.body.text)).toContain('/invite @kexie');
    // The bytes had been sent from the file before the refusal.
    expect(h.slack.calls.some((c) => c.method === 'files.getUploadURLExternal' && Number(c.body.length) > 10_000)).toBe(true);
    h.slack.rejected.length = 0;
    expect(await closedLeftOver()).toEqual([]);
  });

  it('in the console, a folder that cannot be written says so in Chinese, and the file is written straight into its folder', async () => {
    h = await startSlackHarness();
    await fill(h);
    const { runConsole } = await import('../../src/adapters/console/run-console.js');
    const { Readable, Writable } = await import('node:stream');
    const say = async (fileDir: string): Promise<string> => {
      let out = '';
      await runConsole(h!.kexie, { input: Readable.from(['导出 2026年\n']), output: new Writable({ write: (c, _e, cb) => void ((out += String(c)), cb()) }), interactive: false, workspace: 'T1', fileDir });
      return out;
    };
    const blocked = join(tmp, 'not-a-folder');
    writeFileSync(blocked, 'x');
    expect(await say(blocked)).toContain('台账文件没能生成：保存文件的文件夹不存在。\n请稍后重试');
    const dir = mkdtempSync(join(tmp, 'out-'));
    expect(await say(dir)).toContain(`已保存：${join(dir, '活动台账-2026年.xlsx')}`);
    expect(readdirSync(dir)).toEqual(['活动台账-2026年.xlsx']);
    expect(await closedLeftOver()).toEqual([]);
  });
});

describe('the 台账 process (createLedgerFiles)', () => {
  const year = { period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' }, team: 'T1', timeZone: 'Asia/Shanghai' };
  /** The rows of the 活动台账 sheet of a workbook file (heading and totals included). */
  const ledgerRows = async (path: string): Promise<number> => ((await readBack(readFileSync(path))) as Array<{ name: string; rows: unknown[] }>).find((s) => s.name === '活动台账')!.rows.length;

  it('writes the file from the rows its pass kept: the records are read once, for the sums and the rows alike', async () => {
    h = await startSlackHarness();
    await fill(h);
    const files = createLedgerFiles({ store: { dataDir: h.dataDir } });
    const summary = await files.summarize('T1', year);
    expect(summary.totals.count).toBe(2400);
    expect(summary.pass).toEqual(expect.any(String));
    // The workspace's records gone after the pass: the file is still written, every row in it.
    rmSync(join(h.dataDir, workspaceFolder('T1')), { recursive: true, force: true });
    const path = join(tmp, 'out.xlsx');
    await files.write('T1', summary, path, new Map([['cli', '命令行的人']]));
    expect(await ledgerRows(path)).toBe(2403);
    await files.close();
    expect(leftOver()).toEqual([]);
  });

  it('a file that cannot be written says why in Chinese, and its kept rows are removed', async () => {
    h = await startSlackHarness();
    await fill(h);
    const files = createLedgerFiles({ store: { dataDir: h.dataDir } });
    const summary = await files.summarize('T1', year);
    await expect(files.write('T1', summary, join(tmp, 'no-such-folder', 'out.xlsx'))).rejects.toMatchObject({ code: 'export_failed', userMessage: expect.stringMatching(/^台账文件没能生成：保存文件的文件夹不存在。/u) });
    await files.close();
    expect(leftOver()).toEqual([]);
  });

  it('a pass let go of (the reply never asked for its file) is made again when its file is asked for', async () => {
    h = await startSlackHarness();
    await fill(h);
    const files = createLedgerFiles({ store: { dataDir: h.dataDir } });
    const summary = await files.summarize('T1', year);
    files.release(summary);
    const path = join(tmp, 'again.xlsx');
    await files.write('T1', summary, path);
    expect(await ledgerRows(path)).toBe(2403);
    await files.close();
    expect(leftOver()).toEqual([]);
  });

  it('a workspace whose records cannot be read says so in Chinese, and nothing is left', async () => {
    const notAFolder = join(tmp, 'data-file');
    writeFileSync(notAFolder, 'x');
    const files = createLedgerFiles({ store: { dataDir: notAFolder } });
    await expect(files.summarize('T1', year)).rejects.toMatchObject({ code: 'export_failed', userMessage: expect.stringMatching(/^台账文件没能生成：/u) });
    await files.close();
    expect(leftOver()).toEqual([]);
  });
});
