// Whole-process costs at 1k, 10k and 100k stored activities (issue 11): a CLI log write, one month's
// activities and an offline quarter summary, as ratios to the 1k figure, with peak memory; plus the
// snapshot build after an upgrade, its longest event-loop block, and 20 concurrent first reads.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Activity } from '../src/core/activities/activity-schema.js';
import { FileStore } from '../src/infra/store/file-store.js';

const ROOT = join(import.meta.dirname, '..');
const PER_MONTH = 300;

const base: Activity = {
  id: '', date: '', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: { 份: 300 }, metricLabels: { 份: '发放资料' }, itemId: null, planId: null,
  text: '科普讲座，参加100人，发放资料300份', by: 'bench', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};

/** `count` activities, 300 a month going back from June 2026: history grows in time, a month stays a month. Written 10,000 lines at a time (bounded memory). */
function writeLog(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'activities.jsonl');
  writeFileSync(file, '');
  for (let from = 0; from < count; from += 10_000) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(count, from + 10_000); i++) {
      const months = 2026 * 12 + 5 - Math.floor(i / PER_MONTH);
      const date = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      lines.push(`${JSON.stringify({ type: 'create', activity: { ...base, id: `b${String(i).padStart(12, '0')}`, date, dedupeKey: `bench:${i}` } })}\n`);
    }
    appendFileSync(file, lines.join(''));
  }
}

/** The CLI as `npm run kexie` runs it: compiled when a build exists, else through tsx. */
function cliCommand(): string[] {
  const compiled = join(ROOT, 'dist', 'main-cli.js');
  return existsSync(compiled) ? [compiled] : ['--import', 'tsx', join(ROOT, 'src', 'main-cli.ts')];
}

interface Run {
  ms: number;
  cpuMs: number;
  rssMb: number;
  ok: boolean;
}

function runCli(dataDir: string, args: string[]): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'report-rss.mjs'), ...cliCommand(), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Asia/Shanghai', KEXIE_DATA_DIR: dataDir, KEXIE_TODAY: '2026-06-20' },
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const kb = Number(/KEXIE_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  const cpuMs = Number(/KEXIE_BENCH_CPU_MS=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, cpuMs, rssMb: kb / 1024, ok: r.status === 0 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Prints the history figures; returns true when every goal is met. */
export async function benchHistory(counts: readonly number[] = [1_000, 10_000, 100_000], repeat = 5): Promise<boolean> {
  console.log(`\n## history (whole processes, ${PER_MONTH} activities a month, median of ${repeat}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  const figures = new Map<number, Record<string, Omit<Run, 'ok'>>>();
  let n = 0;
  for (const count of counts) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kexie-bench-history-'));
    writeLog(join(dataDir, 'local'), count);
    runCli(dataDir, ['import', join(ROOT, 'data', 'sample-plan.md')]);
    // The first process that reads activities builds the snapshot (once, after an upgrade).
    const first = runCli(dataDir, ['doctor']);
    const commands: Record<string, string[]> = {
      'log write': ['log', '__LOG__'],
      'one month': ['activities', '--from', '2026-06-01', '--to', '2026-06-30'],
      'quarter summary': ['summary', '--quarter', '2026Q2'],
    };
    const row: Record<string, Omit<Run, 'ok'>> = {};
    for (const [name, args] of Object.entries(commands)) {
      const runs = Array.from({ length: repeat }, () => runCli(dataDir, args.map((a) => (a === '__LOG__' ? `6月${1 + (n % 28)}日 科普讲座第${n++}场，参加100人` : a))));
      if (runs.some((r) => !r.ok)) console.log(`  ! ${name} failed at ${count}`);
      row[name] = { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
    }
    figures.set(count, row);
    console.log(
      `${count.toLocaleString('en').padStart(7)} stored: first read (builds the snapshot) ${first.ms.toFixed(0)} ms ${first.rssMb.toFixed(0)} MB; ` +
        Object.entries(row).map(([k, v]) => `${k} ${v.ms.toFixed(0)} ms (CPU ${v.cpuMs} ms) ${v.rssMb.toFixed(0)} MB`).join('; '),
    );
  }
  const low = figures.get(counts[0]!)!;
  const high = figures.get(counts[counts.length - 1]!)!;
  let ok = true;
  for (const name of Object.keys(high)) {
    const ratio = high[name]!.ms / low[name]!.ms;
    // Wall time swings with other load on the machine; CPU time of the process much less.
    const cpuRatio = high[name]!.cpuMs / Math.max(1, low[name]!.cpuMs);
    const rssOk = high[name]!.rssMb <= 150;
    ok &&= Math.min(ratio, cpuRatio) <= 1.5 && rssOk;
    console.log(
      `  ${name}: ${counts[counts.length - 1]!.toLocaleString('en')} vs ${counts[0]!.toLocaleString('en')} = ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU (goal ≤ 1.5x) ${Math.min(ratio, cpuRatio) <= 1.5 ? 'ok' : 'MISSED'}; peak RSS ${high[name]!.rssMb.toFixed(0)} MB (goal ≤ 150) ${rssOk ? 'ok' : 'MISSED'}`,
    );
  }
  ok = (await snapshotBuild(counts[counts.length - 1]!)) && ok;
  return ok;
}

/** The snapshot built in-process after an upgrade: time, longest event-loop block, and 20 concurrent first reads. */
async function snapshotBuild(count: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-bench-snapshot-'));
  writeLog(dir, count);
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const store = new FileStore(dir);
  const start = performance.now();
  const latencies = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const t = performance.now();
      await store.findByDedupeKey(`bench:${i * 37}`);
      return performance.now() - t;
    }),
  );
  const build = performance.now() - start;
  h.disable();
  const blockMs = h.max / 1e6;
  // After a restart with the snapshot in place: 20 concurrent first reads.
  const again = new FileStore(dir);
  const warm = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
    const t = performance.now();
    await again.listActivities({ from: '2026-06-01', to: '2026-06-30' });
    await again.findByDedupeKey(`bench:${i}`);
    return performance.now() - t;
  }));
  const p99 = Math.max(...warm);
  console.log(
    `  snapshot build at ${count.toLocaleString('en')} (once, after an upgrade): ${build.toFixed(0)} ms while 20 requests waited (one catch-up, slowest ${Math.max(...latencies).toFixed(0)} ms); longest event-loop block ${blockMs.toFixed(0)} ms (goal ≤ 50) ${blockMs <= 50 ? 'ok' : 'MISSED'}`,
  );
  console.log(`  20 concurrent first reads after a restart (one month + a dedupe check each): slowest ${p99.toFixed(0)} ms (goal p99 < 300) ${p99 < 300 ? 'ok' : 'MISSED'}`);
  return blockMs <= 50 && p99 < 300;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await benchHistory(process.argv.includes('--quick') ? [1_000, 10_000] : undefined);
