// Last year's ledger of 100,000 rows imported as a user would: `kexie activities import 台账.xlsx` (the compiled CLI, a
// process of its own, its peak RSS) into a workspace of a folder, PGlite or a Postgres server, first into an empty
// workspace and then again (every row already stored: all skipped). Beside it in the same run, the anchor: the same
// rows inserted by one process as one bulk statement (a COPY-like floor through node-postgres) into a scratch table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.bench-cache');

/** The ledger of `rows` rows of 2025 (a sheet as an office keeps it), written once with exceljs's streaming writer. */
export async function ledgerFile(rows: number): Promise<string> {
  const file = join(CACHE, `ledger-2025-${rows}.xlsx`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet('活动台账');
  sheet.addRow(['活动日期', '活动名称', '承办单位', '参加人数', '发放资料（份）']).commit();
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / rows) * 86_400_000).toISOString().slice(0, 10);
    sheet.addRow([day, `${['科普讲座', '青少年科技培训', '科普进社区', '应急科普宣传'][i % 4]}第${i + 1}场`, `第${(i % 12) + 1}街道科协`, 30 + (i % 300), 100 + (i % 50)]).commit();
  }
  sheet.commit();
  await book.commit();
  const { renameSync } = await import('node:fs');
  renameSync(`${file}.part`, file);
  return file;
}

interface Run {
  ms: number;
  rssMb: number;
  cpuMs: number;
  out: string;
}

/** Runs `node --import report-rss.mjs <args>` and reads its peak RSS and CPU time. */
function timed(args: string[], env: Record<string, string>): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.mjs'), ...args], { cwd: ROOT, env: { ...process.env, TZ: 'Asia/Shanghai', ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  const m = /KEXIE_BENCH_MAXRSS_KB=(\d+) KEXIE_BENCH_CPU_MS=(\d+)/.exec(r.stderr);
  return { ms, rssMb: Number(m?.[1] ?? 0) / 1024, cpuMs: Number(m?.[2] ?? 0), out: r.stdout };
}

/** The anchor: the sheet's rows as plain values inserted in one statement by a bare node-postgres process. */
const ANCHOR = `
const pg = (await import('pg')).default;
const c = new pg.Client(process.env.ANCHOR_URL); await c.connect();
const n = Number(process.env.ANCHOR_ROWS);
const ids = [], data = [];
for (let i = 0; i < n; i++) { ids.push('a' + i); data.push(JSON.stringify({ date: '2025-01-01', title: '科普讲座第' + i + '场', headcount: 30 + (i % 300) })); }
await c.query('CREATE TEMP TABLE bench_ledger (id text, data jsonb)');
await c.query('INSERT INTO bench_ledger SELECT * FROM unnest($1::text[], $2::jsonb[])', [ids, data]);
await c.end();`;

/**
 * `where`: a folder, or a postgres:// URL (the workspace `ledger-<tag>` in its tables). Prints the import's time and
 * peak memory, the second import's (all skipped), and the anchor's on a server.
 */
export async function benchLedgerImport(where: string, rows = 100_000): Promise<void> {
  const file = await ledgerFile(rows);
  const server = /^postgres(ql)?:\/\//.test(where);
  const scratch = mkdtempSync(join(tmpdir(), 'kexie-bench-ledger-'));
  const workspace = `ledger-${process.pid}${Date.now().toString(36)}`;
  const env: Record<string, string> = server ? { KEXIE_DATABASE_URL: where, KEXIE_DATA_DIR: scratch } : { KEXIE_DATA_DIR: where };
  const cli = [join(ROOT, 'dist', 'main-cli.js'), 'activities', 'import', file, '--workspace', workspace, '--json', '--user', 'bench', '--today', '2026-06-20'];
  const label = server ? 'Postgres server' : 'folder';
  try {
    const first = timed(cli, env);
    const report = JSON.parse(first.out) as { added: number; skipped: number; refused: unknown[] };
    console.log(`ledger import of ${rows.toLocaleString('en')} rows (2025) into an empty ${label} workspace (load ${loadavg()[0]!.toFixed(1)}): ${(first.ms / 1000).toFixed(1)} s, CPU ${(first.cpuMs / 1000).toFixed(1)} s, peak ${first.rssMb.toFixed(0)} MB; added ${report.added}, skipped ${report.skipped}, refused ${report.refused.length}`);
    const again = timed(cli, env);
    const second = JSON.parse(again.out) as { added: number; skipped: number; refused: unknown[] };
    console.log(`the same ledger imported again (load ${loadavg()[0]!.toFixed(1)}): ${(again.ms / 1000).toFixed(1)} s, CPU ${(again.cpuMs / 1000).toFixed(1)} s, peak ${again.rssMb.toFixed(0)} MB; added ${second.added}, skipped ${second.skipped}`);
    if (server) {
      const anchor = timed(['--input-type=module', '-e', ANCHOR], { ANCHOR_URL: where, ANCHOR_ROWS: String(rows) });
      console.log(`anchor, ${rows.toLocaleString('en')} rows in one bulk INSERT by a bare node-postgres process: ${(anchor.ms / 1000).toFixed(1)} s, peak ${anchor.rssMb.toFixed(0)} MB; the import is ${(first.ms / anchor.ms).toFixed(1)}× its time`);
      const code = `const pg=(await import('pg')).default;const c=new pg.Client(process.env.U);await c.connect();for(const t of ['kexie_activities','kexie_activity_events'])await c.query('DELETE FROM '+t+' WHERE workspace=$1',[process.env.W]);await c.end();`;
      spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, U: where, W: workspace }, stdio: 'inherit' });
    } else rmSync(join(where, workspace), { recursive: true, force: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const where = process.argv[2];
  if (!where) throw new Error('usage: tsx bench/ledger-import.ts <data dir | postgres://…> [rows]');
  await benchLedgerImport(where, Number(process.argv[3] ?? 100_000));
}
