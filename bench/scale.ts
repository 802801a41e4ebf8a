// Every user command at 1k, 100k and 1M stored activities, folder store and PGlite (and a server when
// KEXIE_TEST_DATABASE_URL is set): each operation a process of its own (its peak RSS), beside its anchor in the
// same run, printed as ratios to the 1k figure. Data is generated once into .bench-cache/ and reused. Every size
// holds the same records in the periods measured (bench/scale-worker.ts PER_MONTH), so a ratio is what the rest of the
// history costs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { IMPORT_HEAP_MB, IMPORT_YOUNG_MB } from '../src/infra/exports/ledger-import-worker.js';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.bench-cache');
/**
 * Bumped when the generated data changes (2: one record in ten linked to a plan item; 3: 150 a month; 4: made again
 * once, clean: earlier runs' writes had piled up in the months measured, June 2026 of the cached 1M folder holding 410
 * records against 150 at 1k, which read as the month list costing 1.4× the CPU at 1M): older caches are made again.
 */
const DATA_VERSION = 4;

/** "1k,100k,1m" → [1000, 100000, 1000000]. */
export function parseSizes(text: string): number[] {
  return text.split(',').map((s) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
    if (!m) throw new Error(`bad size ${s} (write 1k, 100k, 1m)`);
    return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1));
  });
}

export const label = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** Operations and the anchor each is paired with. */
const OPERATIONS: Array<{ op: string; anchor?: string; what: string }> = [
  { op: 'question', what: '上个月都做了什么' },
  { op: 'tally', what: '今年开了几场培训了' },
  { op: 'progress', what: '目标完成多少了' },
  { op: 'export', anchor: 'exceljs streaming', what: '导出 2026年 (export --year)' },
  { op: 'chat export', anchor: 'exceljs streaming', what: '导出 2026年 in chat (Slack\'s path, the HTTP left out)' },
  { op: 'charts', what: '进度图 + 活动趋势' },
  { op: 'ledger import', what: '1,000-row ledger' },
  { op: 'log write', anchor: 'bare append', what: 'one linked message, warm process' },
  { op: 'month list', what: 'activities --from/--to a month' },
  { op: 'quarter summary', what: 'offline draft' },
  { op: 'exceljs streaming', what: 'anchor: 900 rows' },
  { op: 'bare append', what: 'anchor: one line / one INSERT' },
];

interface Figure {
  ms: number;
  /** The process's CPU time in the operation. */
  cpuMs: number;
  rssMb: number;
}

/**
 * The worker compiled (tsconfig.bench.json) into .bench-cache/build, as the CLI runs from dist/: through tsx every
 * process carried tsx's ~40 MB and the transformed sources' ~10 MB, which no user's command pays.
 */
const BUILT = join(CACHE, 'build', 'bench', 'scale-worker.js');
let built = false;
export function buildWorker(): void {
  if (built) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.bench.json')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compiling the bench worker failed: ${r.stdout.slice(-800)}`);
  built = true;
}

function worker(backend: string, where: string, workspace: string, op: string, count?: number, seq = 0): Figure {
  buildWorker();
  const args = [BUILT, backend, where, workspace, op, ...(count ? [String(count)] : [])];
  const env = { ...process.env, TZ: 'Asia/Shanghai', KEXIE_BENCH_ROOT: ROOT, KEXIE_BENCH_SEQ: String(seq) };
  // `export` runs on the heap the CLI gives it (a thread capped at IMPORT_HEAP_MB, young generation IMPORT_YOUNG_MB);
  // `chat export` on the bot's, which node starts with no cap.
  const heap = op === 'export' ? [`--max-old-space-size=${IMPORT_HEAP_MB}`, `--max-semi-space-size=${Math.round(IMPORT_YOUNG_MB / 3)}`] : ['--max-old-space-size=4096'];
  const r = spawnSync(process.execPath, [...heap, ...args], { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${op} on ${backend} exited ${r.status}: ${r.stderr.slice(-800)}`);
  return JSON.parse(line) as Figure;
}

interface Backend {
  name: string;
  /** Where the data of `count` records lives, and the workspace in it. */
  place(count: number): { where: string; workspace: string; marker: string };
}

/** Where the folder store's data of `count` records is cached (made by benchScale). */
export const folderCache = (count: number): string => join(CACHE, `folder-${label(count)}`);

/** Where PGlite's data of `count` records is cached (made by benchScale). */
export const pgliteCache = (count: number): string => join(CACHE, `pglite-${label(count)}`);

const backends = (): Backend[] => {
  const list: Backend[] = [
    { name: 'folder', place: (n) => ({ where: folderCache(n), workspace: 'local', marker: join(CACHE, `folder-${label(n)}.ready`) }) },
    { name: 'pglite', place: (n) => ({ where: pgliteCache(n), workspace: 'local', marker: join(CACHE, `pglite-${label(n)}.ready`) }) },
  ];
  const url = process.env.KEXIE_TEST_DATABASE_URL;
  if (url) list.push({ name: 'server', place: (n) => ({ where: url, workspace: `bench-${label(n)}`, marker: join(CACHE, `server-${label(n)}.ready`) }) });
  return list;
};

/**
 * Generates a size once and reuses it. A cache holds exactly the generated records: the runs' writes go to scratch
 * copies (scratchWrites, and bench/burst.ts for the burst), or are deleted from a server after.
 */
function ensureData(b: Backend, count: number): { note: string; runs: number } {
  const { where, workspace, marker } = b.place(count);
  const ready = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { count: number; runs: number; version?: number; filters?: boolean }) : undefined;
  if (ready && ready.count === count && ready.version === DATA_VERSION) {
    // A folder cached before its buckets had filters gets them once (derived data, as the snapshot is).
    if (b.name === 'folder' && !ready.filters) worker(b.name, where, workspace, 'bucket filters');
    writeFileSync(marker, JSON.stringify({ ...ready, runs: ready.runs + 1, filters: true }));
    return { note: `cached (${ready.runs} runs since generated)`, runs: ready.runs };
  }
  if (b.name !== 'server') rmSync(where, { recursive: true, force: true });
  else spawnDelete(where, workspace);
  const f = worker(b.name, where, workspace, 'generate', count);
  writeFileSync(marker, JSON.stringify({ count, runs: 1, version: DATA_VERSION, filters: true }));
  return { note: `generated in ${(f.ms / 1000).toFixed(1)} s, peak ${f.rssMb.toFixed(0)} MB${b.name === 'folder' ? ' (snapshot built)' : ''}`, runs: 0 };
}

/** The operations that write (the store, or the anchor's table in the database). */
const WRITES = new Set(['ledger import', 'log write', 'bare append']);
/** Generated records' ids (scale-worker.ts benchActivity): any other id in a server's bench workspace was added by a run. */
const GENERATED_ID = '^b[0-9]{12}$';

/**
 * Where a run's writes go, so they do not pile up in the cache (1,000 records a ledger import, run after run): a
 * scratch copy of a folder or PGlite cache (`cp -a`, removed by `done`), or, on a server, the cache itself with what
 * the run added deleted afterwards (rows whose id is not a generated one, and their events).
 */
function scratchWrites(b: Backend, count: number): { where: string; done(): void } {
  const { where, workspace } = b.place(count);
  if (b.name === 'server') return { where, done: () => spawnDelete(where, workspace, GENERATED_ID) };
  const copy = `${where}.run`;
  rmSync(copy, { recursive: true, force: true });
  const r = spawnSync('cp', ['-a', where, copy], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`copying ${where} for the run's writes failed: ${r.stderr}`);
  return { where: copy, done: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Deletes a workspace from a server's tables; with `keepIds` (a regular expression), only the activities (and their events) whose id does not match. */
function spawnDelete(url: string, workspace: string, keepIds?: string): void {
  const deletes = keepIds
    ? [`DELETE FROM kexie_activities WHERE workspace=$1 AND id !~ ${pgText(keepIds)}`, `DELETE FROM kexie_activity_events WHERE workspace=$1 AND activity_id !~ ${pgText(keepIds)}`]
    : ['kexie_activities', 'kexie_plans', 'kexie_documents', 'kexie_activity_events'].map((t) => `DELETE FROM ${t} WHERE workspace=$1`);
  const code = `const pg=(await import('pg')).default;const c=new pg.Client(${JSON.stringify(url)});await c.connect();for(const q of ${JSON.stringify(deletes)})await c.query(q,[${JSON.stringify(workspace)}]).catch(()=>{});await c.end();`;
  spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
}
const pgText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Prints one table per backend: each operation's median time and peak RSS per size, and the ratios to 1k. */
export async function benchScale(sizes: readonly number[], repeat = 3, only?: readonly string[], ops?: readonly string[]): Promise<void> {
  const operations = OPERATIONS.filter((o) => !ops || ops.includes(o.op) || OPERATIONS.some((p) => ops.includes(p.op) && p.anchor === o.op));
  console.log(`\n## every command by stored history (${sizes.map(label).join(', ')}; each operation a process, sizes interleaved, median of ${repeat}; load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
  for (const b of backends().filter((x) => !only || only.includes(x.name))) {
    const figures = new Map<number, Map<string, Figure>>();
    const runs = new Map<number, number>();
    for (const n of sizes) {
      const { note, runs: before } = ensureData(b, n);
      console.log(`${b.name} ${label(n)}: ${note}`);
      runs.set(n, before);
      figures.set(n, new Map());
    }
    // Sizes interleaved, run by run (1k, 1M, 1k, 1M…): the machine's load drifts, and a size measured all at once
    // later than another took the drift for the history's cost. Reads first, then the writes, on scratch copies.
    const scratch = new Map<number, ReturnType<typeof scratchWrites>>();
    try {
      for (const { op } of operations) {
        const got = new Map<number, Figure[]>(sizes.map((n) => [n, []]));
        if (WRITES.has(op)) for (const n of sizes) if (!scratch.has(n)) scratch.set(n, scratchWrites(b, n));
        for (let r = 0; r < repeat; r++) {
          for (const n of sizes) {
            const { where, workspace } = b.place(n);
            // Each ledger import of a run writes into a month of its own (scale-worker.ts ledgerRows).
            got.get(n)!.push(worker(b.name, scratch.get(n)?.where ?? where, workspace, op, undefined, runs.get(n)! * repeat + r));
          }
        }
        for (const n of sizes) {
          const list = got.get(n)!;
          figures.get(n)!.set(op, { ms: median(list.map((f) => f.ms)), cpuMs: median(list.map((f) => f.cpuMs)), rssMb: Math.max(...list.map((f) => f.rssMb)) });
        }
      }
    } finally {
      for (const s of scratch.values()) s.done();
    }
    const base = figures.get(sizes[0]!)!;
    const head = `| ${b.name} | ${sizes.map((n) => `${label(n)} ms, CPU ms (MB)`).join(' | ')} | ${sizes.slice(1).map((n) => `${label(n)}/${label(sizes[0]!)} time, CPU`).join(' | ')} | anchor ratio at ${label(sizes[sizes.length - 1]!)} |`;
    console.log(`\n${head}\n|${head.split('|').slice(1, -1).map(() => '---').join('|')}|`);
    for (const { op, anchor, what } of operations) {
      const cells = sizes.map((n) => {
        const f = figures.get(n)!.get(op)!;
        return `${f.ms.toFixed(f.ms < 10 ? 2 : 0)}, ${f.cpuMs.toFixed(f.cpuMs < 10 ? 2 : 0)} (${f.rssMb.toFixed(0)})`;
      });
      const ratios = sizes.slice(1).map((n) => `${(figures.get(n)!.get(op)!.ms / base.get(op)!.ms).toFixed(2)}×, ${(figures.get(n)!.get(op)!.cpuMs / base.get(op)!.cpuMs).toFixed(2)}×`);
      const top = figures.get(sizes[sizes.length - 1]!)!;
      const vs = anchor ? `${(top.get(op)!.ms / top.get(anchor)!.ms).toFixed(1)}× ${anchor}` : '';
      console.log(`| ${op} (${what}) | ${cells.join(' | ')} | ${ratios.join(' | ')} | ${vs} |`);
    }
  }
}

/** `--sizes 1k,100k`, `--repeat 1`, `--backends folder,pglite`, `--ops "log write,question"` from a command line. */
export function scaleOptions(argv: readonly string[]): { sizes: number[]; repeat: number; only?: string[]; ops?: string[] } {
  const value = (name: string): string | undefined => (argv.indexOf(name) > 0 ? argv[argv.indexOf(name) + 1] : undefined);
  return { sizes: parseSizes(value('--sizes') ?? '1k,100k,1m'), repeat: Number(value('--repeat') ?? 3), only: value('--backends')?.split(','), ops: value('--ops')?.split(',') };
}

if (import.meta.filename === process.argv[1]) {
  const o = scaleOptions(process.argv);
  await benchScale(o.sizes, o.repeat, o.only, o.ops);
}
