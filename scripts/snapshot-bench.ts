// Measures the folder store's snapshot build at 100k and 1M records: wall time and peak RSS of a process that
// opens a workspace with no snapshot and reads one month; then the same folder copied with cp -r, reopened.
// Not part of npm test. Logs are generated once and cached under the OS temp folder (never in git).
// Usage: npx tsx scripts/snapshot-bench.ts [100000 1000000]
import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const CACHE = join(tmpdir(), 'kexie-snapshot-bench');

async function generate(n: number): Promise<string> {
  const file = join(CACHE, `activities-${n}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const out = createWriteStream(`${file}.tmp`);
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < n; i++) {
    // Five years of dates in random order (a ledger import), one in fifty over several days.
    const day = Math.floor(rand() * 1_825);
    const d = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const end = i % 50 === 0 ? new Date(Date.UTC(2021, 0, 1) + (day + 5) * 86_400_000).toISOString().slice(0, 10) : null;
    const id = `b${i.toString(36).padStart(12, '0')}`;
    const a = {
      id, date: d, dateEnd: end, title: `科普进社区活动第${i}场`, headcount: 20 + (i % 300), approximate: false, headcountUnit: '人', metrics: { 份: i % 500 }, metricLabels: {},
      itemId: i % 3 ? `item-${i % 40}` : null, planId: i % 3 ? 'plan-2025' : null, text: `${d} 在社区开展科普讲座，发放资料${i % 500}份，参加${20 + (i % 300)}人`,
      by: `U${i % 60}`, at: `${d}T08:00:00.000Z`, source: { kind: 'slack', channel: 'C1', ts: `${1700000000 + i}.000100` }, dedupeKey: `slack:C1:${1700000000 + i}.000100`, flags: [], undone: false, history: [],
    };
    let chunk = `${JSON.stringify({ type: 'create', activity: a })}\n`;
    // One in twenty corrected soon after (an edit of a record a few lines back).
    if (i % 20 === 19) chunk += `${JSON.stringify({ type: 'edit', id: `b${(i - 2).toString(36).padStart(12, '0')}`, at: `${d}T09:00:00.000Z`, by: 'U1', patch: { headcount: 99 } })}\n`;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  cpSync(`${file}.tmp`, file);
  rmSync(`${file}.tmp`);
  return file;
}

/** In a child: open the store, read one month (which builds the snapshot), print time and peak RSS. */
async function child(dir: string): Promise<void> {
  const { FileStore } = await import('../src/infra/store/file-store.js');
  const started = performance.now();
  const month = await new FileStore(dir).listActivities({ from: '2024-05-01', to: '2024-05-31' });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ ms, month: month.length, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

function measure(dir: string): { ms: number; month: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; month: number; maxRssMb: number };
}

if (process.argv[2] === '--child') await child(process.argv[3]!);
else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const n of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
    const log = await generate(n);
    const work = join(CACHE, `ws-${n}`);
    rmSync(work, { recursive: true, force: true });
    rmSync(`${work}-copy`, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(log, join(work, 'activities.jsonl'));
    const build = measure(work);
    cpSync(work, `${work}-copy`, { recursive: true });
    const copied = measure(`${work}-copy`);
    const mb = Math.round(statSync(log).size / 2 ** 20);
    process.stdout.write(`${n} records (${mb} MB log): build ${(build.ms / 1000).toFixed(1)} s, peak RSS ${build.maxRssMb} MB, a month ${build.month}; copied folder reopened: ${(copied.ms / 1000).toFixed(1)} s, peak RSS ${copied.maxRssMb} MB\n`);
    rmSync(`${work}-copy`, { recursive: true, force: true });
  }
}
