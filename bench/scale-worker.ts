// One benchmarked operation in a process of its own (so its peak memory is its own): prints one JSON line.
// Usage: tsx bench/scale-worker.ts <folder|pglite|server> <dir or url> <workspace> <op> [count]
import { appendFileSync, createReadStream, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from '../src/core/activities/activity-schema.js';
import { handleMessage } from '../src/core/chat/handle-message.js';
import { FixedClock } from '../src/core/clock.js';
import { importLedger } from '../src/core/exports/import-ledger.js';
import { openLedger } from '../src/core/exports/load-ledger.js';
import { createKexie } from '../src/core/kexie.js';
import { ObservanceCalendarSchema } from '../src/core/plans/observances.js';
import { type StoreFactory, silentLogger } from '../src/core/ports.js';
import { createLedgerFiles } from '../src/infra/exports/ledger-file-worker.js';
import { withLedgerFile } from '../src/infra/exports/render-file.js';
import { writeLedgerXlsx } from '../src/infra/exports/write-ledger-xlsx.js';
import { createFileStoreFactory } from '../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../src/infra/store/postgres/postgres-store.js';
import { connectPostgres, pgliteClient, type SqlClient } from '../src/infra/store/postgres/sql-client.js';

/** The repository: the worker runs from bench/ through tsx, or compiled into .bench-cache/build/bench/ (bench/scale.ts). */
const ROOT = process.env.KEXIE_BENCH_ROOT ?? join(import.meta.dirname, '..');
export const TODAY = '2026-06-20';
/**
 * History grows back in time, 150 records a month: a month stays a month however long the log, and the smallest
 * size (1k) already fills every period measured (2026 up to June, 900 records), so each size's periods hold the same.
 */
export const PER_MONTH = 150;

/** The plan item one in ten generated records is linked to (应急科普讲座不少于6场: a target the log write checks). */
const LINKED = '应急科普讲座';

/** The i-th generated activity (one in five a training, so "今年开了几场培训" counts something; one in ten linked to `itemId`). */
export function benchActivity(i: number, itemId: string | null = null): Activity {
  const months = 2026 * 12 + 5 - Math.floor(i / PER_MONTH);
  const date = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    id: `b${String(i).padStart(12, '0')}`, date, dateEnd: null, title: i % 5 === 0 ? `青少年科技培训第${i}期` : `社区科普讲座第${i}场`, headcount: 50 + (i % 200), approximate: false, headcountUnit: '人',
    metrics: { 份: 300 }, metricLabels: { 份: '发放资料' }, itemId: i % 10 === 3 ? itemId : null, planId: null, text: '科普讲座，参加100人，发放资料300份', by: 'bench', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' },
    dedupeKey: `bench:${i}`, flags: [], undone: false, history: [],
  };
}

/** CPU time of this process's children that have ended and been waited for (cutime + cstime, /proc, 100 ticks a second). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/**
 * The process's own peak resident memory (VmHWM, Linux). Not getrusage's maxRSS: Linux carries the parent's peak over
 * into a spawned child's (fork, exec), so every figure read at least what the bench's own process had reached (129 MB
 * for every folder command of a full run, a bare append included).
 */
function peakRssKb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

const [backend, where, workspace, op, countArg] = process.argv.slice(2) as [string, string, string, string, string | undefined];

const probe = (what: string): void => {
  if (process.env.BENCH_PROBE) process.stderr.write(`PROBE ${what}: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`);
};
probe('imports');
let sql: SqlClient | undefined;
let storeFor: StoreFactory;
if (backend === 'folder') storeFor = createFileStoreFactory(where, silentLogger);
else {
  if (backend === 'pglite') {
    // Postgres's page cache cut to a small process's size (test/support/lean-pglite.ts): PGlite's default 128 MB was most of its peak.
    const { openLeanPglite } = await import('../test/support/lean-pglite.js');
    const db = openLeanPglite(where);
    await db.waitReady;
    probe('pglite open');
    sql = pgliteClient(db as never);
  } else sql = await connectPostgres(where);
  const factory = createPostgresStoreFactory(sql);
  await factory.ready;
  probe('migrated');
  storeFor = factory;
}
const observances = ObservanceCalendarSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'observances.json'), 'utf8')));
// The chat export's sums and file in the bot's capped child process, which opens the store itself (PGlite's one
// backend cannot be opened twice: there, in this process). Its peak memory is its own, noted from what it reports.
const separate = op === 'chat export' && !process.env.KEXIE_BENCH_NO_CHILD && backend !== 'pglite';
let childPeakMb = 0;
const childLogger = { ...silentLogger, info: (_m: string, c?: Record<string, unknown>) => void (childPeakMb = Math.max(childPeakMb, Number(c?.peakMb ?? 0))) };
const ledgerFiles = separate ? createLedgerFiles({ store: backend === 'folder' ? { dataDir: where } : { databaseUrl: where }, logger: childLogger, ...(process.env.KEXIE_BENCH_EXPORT_HEAP ? { heapMb: Number(process.env.KEXIE_BENCH_EXPORT_HEAP) } : {}) }) : undefined;
const kexie = createKexie({ storeFor, observances, clock: FixedClock.at(TODAY), timeZone: 'Asia/Shanghai', admins: ['bench'], logger: silentLogger, ...(ledgerFiles ? { ledgerFiles } : {}) });
const ctx = kexie.context({ workspace, user: 'bench', today: TODAY, source: { kind: 'cli' } });
const scratch = mkdtempSync(join(tmpdir(), 'kexie-bench-op-'));
const tag = `${process.pid}${Date.now().toString(36)}`;

/** The i-th of `count` records all in 2026 (a dense year, for the export's memory): the months shared out evenly. */
function yearActivity(i: number, count: number, itemId: string | null): Activity {
  const a = benchActivity(i, itemId);
  const month = Math.min(11, Math.floor((i * 12) / count));
  return { ...a, date: `2026-${String(month + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, id: `y${String(i).padStart(12, '0')}`, dedupeKey: `year:${i}` };
}

/** Writes `count` activities in batches: memory stays flat however many (all in 2026 with `dense`). */
async function generate(count: number, dense = false): Promise<void> {
  await kexie.importPlan(ctx, { text: readFileSync(join(ROOT, 'data', 'sample-plan.md'), 'utf8'), source: 'sample-plan.md' });
  const linked = (await storeFor(workspace).listPlans())[0]?.items.find((it) => it.text.includes(LINKED))?.id ?? null;
  const BATCH = 5_000;
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => dense ? yearActivity(start + k, count, linked) : benchActivity(start + k, linked));
    if (backend === 'folder') {
      mkdirSync(join(where, workspace), { recursive: true });
      appendFileSync(join(where, workspace, 'activities.jsonl'), batch.map((activity) => `${JSON.stringify({ type: 'create', activity })}\n`).join(''));
    } else {
      await sql!.query(
        'INSERT INTO kexie_activities (workspace, id, date, last_date, dedupe_key, data) SELECT $1, * FROM unnest($2::text[], $3::text[], $3::text[], $4::text[], $5::jsonb[])',
        [workspace, batch.map((a) => a.id), batch.map((a) => a.date), batch.map((a) => a.dedupeKey), batch.map((a) => JSON.stringify(a))],
      );
    }
  }
  // The folder store builds its snapshot on the first read, and each bucket's filter on its first lookup: done here,
  // once, not in the first measured operation.
  if (backend === 'folder') {
    await kexie.activities(ctx, { from: '2026-06-01', to: '2026-06-30' });
    await bucketFilters();
  }
}

/** Looks up ids and keys no record has, in every bucket: the folder store makes each bucket's filter once (bucket-filter.ts). */
function bucketFilters(): Promise<unknown> {
  return storeFor(workspace).findActivities({ ids: Array.from({ length: 4096 }, (_, i) => `absent${i}`), dedupeKeys: Array.from({ length: 4096 }, (_, i) => `absent:${i}`) });
}

/**
 * A ledger of 1,000 new rows (new titles each run, so none is skipped) in a month of its own: the KEXIE_BENCH_SEQ-th
 * month from January 2027 (bench/scale.ts counts the runs of each cache), empty at every size and outside every period
 * the reads measure, so no run's import reads the rows of an earlier one (they piled up in one month before).
 */
const ledgerRows = () => {
  const month = 2027 * 12 + Number(process.env.KEXIE_BENCH_SEQ ?? 0);
  const ym = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  return {
    header: ['日期', '活动名称', '人数'],
    rows: Array.from({ length: 1000 }, (_, i) => ({ row: i + 2, cells: [`${ym}-1${i % 9}`, `台账导入${tag}第${i}场`, `${(i % 500) + 1}人`] as (string | number)[] })),
  };
};

const OPS: Record<string, () => Promise<unknown>> = {
  generate: () => generate(Number(countArg)),
  'generate year': () => generate(Number(countArg), true),
  'bucket filters': bucketFilters,
  question: () => kexie.ask(ctx, '上个月都做了什么'),
  tally: () => kexie.ask(ctx, '今年开了几场培训了'),
  progress: () => kexie.ask(ctx, '目标完成多少了'),
  export: async () => writeLedgerXlsx(await openLedger(storeFor(workspace), { period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' }, timeZone: 'Asia/Shanghai' }), join(scratch, '台账.xlsx')),
  // The chat's 导出 as Slack runs it: the reply's sums, the 台账 written into a temporary file and read out as the
  // upload sends it (the HTTP left out), the file removed.
  'chat export': async () => {
    const reply = await handleMessage(kexie, ctx, '导出 2026年');
    if (reply.file?.kind !== 'ledger') throw new Error(`no ledger: ${reply.text.slice(0, 200)}`);
    await withLedgerFile(storeFor(workspace), reply.file, undefined, async (path) => {
      for await (const chunk of createReadStream(path)) void chunk;
    }, ledgerFiles);
    // The child reaped, so its CPU time is counted (childrenCpuMs).
    await ledgerFiles?.close();
  },
  charts: async () => [await handleMessage(kexie, ctx, '进度图'), await handleMessage(kexie, ctx, '活动趋势')],
  'ledger import': () => importLedger(storeFor(workspace), ctx, ledgerRows(), `台账${tag}.xlsx`),
  // Linked to an item with a target, so the write's target check runs; the process's first write (imports, snapshot check) is not timed.
  'log write': async () => {
    for (let k = 0; k < 10; k++) {
      const r = await kexie.log(ctx, `6月${1 + ((process.pid + k) % 19)}日 防灾减灾应急科普讲座${tag}第${k}场，参加100人`);
      if (!r.ok || !r.activity.itemId) throw new Error(`the bench's log write did not link: ${JSON.stringify(r).slice(0, 300)}`);
    }
  },
  'month list': () => kexie.activities(ctx, { from: '2026-06-01', to: '2026-06-30' }),
  'quarter summary': () => kexie.summary(ctx, { start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' } as never),
  // Anchors: the same work without kexie.
  'bare append': async () => {
    if (backend === 'folder') appendFileSync(join(scratch, 'bare.jsonl'), `${JSON.stringify({ type: 'create', activity: benchActivity(0) })}\n`);
    else {
      await sql!.query('CREATE TABLE IF NOT EXISTS bench_bare (id text, data jsonb)');
      await sql!.query('INSERT INTO bench_bare (id, data) VALUES ($1, $2)', [tag, JSON.stringify(benchActivity(0))]);
    }
  },
  'exceljs streaming': async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(scratch, 'bare.xlsx'), useStyles: true, useSharedStrings: false });
    const sheet = book.addWorksheet('活动台账');
    // As many rows as the export writes: the first half of 2026.
    for (let i = 0; i < 6 * PER_MONTH; i++) {
      const a = benchActivity(i);
      sheet.addRow([i + 1, new Date(`${a.date}T00:00:00Z`), null, a.title, '', 'bench', a.headcount, '人', '否', 300, '', a.id]).commit();
    }
    sheet.commit();
    await book.commit();
  },
};

/** Operations timed per call after one untimed call in the same process (what a running bot pays), as the mean of the calls. */
const WARM: Record<string, number> = { 'log write': 10 };
const run = OPS[op];
if (!run) throw new Error(`unknown operation ${op}`);
if (WARM[op]) await run();
const start = performance.now();
const cpuBefore = process.cpuUsage();
const childrenBefore = childrenCpuMs();
await run();
const ms = (performance.now() - start) / (WARM[op] ?? 1);
// The process's CPU time in the operation, its children's included: on a shared machine the steadier figure (wall
// time waits for the others).
const cpu = process.cpuUsage(cpuBefore);
const childCpuMs = childrenCpuMs() - childrenBefore;
const cpuMs = ((cpu.user + cpu.system) / 1000 + childCpuMs) / (WARM[op] ?? 1);
probe(op);
await sql?.close();
process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb: peakRssKb() / 1024, ...(childPeakMb ? { childCpuMs, childPeakMb } : {}) })}\n`);
