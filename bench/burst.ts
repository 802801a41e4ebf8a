// The burst after a restart: the bot (compiled, HTTP mode) started on a stored history, and 20 signed slash
// commands sent at once the moment it serves; ack (the HTTP answer) and reply (response_url) times, p99 and
// error replies. Beside it in the same run, the anchor: the same 20 requests to a bare Bolt app that acks
// and replies at once. Free ports; the fake Slack Web API of the tests.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFakeSlack, type FakeSlack } from '../test/support/fake-slack.js';
import { buildWorker as buildBenchWorker } from './scale.js';
import { freePort } from './startup.js';

const ROOT = join(import.meta.dirname, '..');
const SECRET = 'bench-burst-signing-secret';
/** What the 20 ask: questions over periods and the plan year, and log writes (a third of them). */
const TEXTS = ['上个月都做了什么', '目标完成多少了', '今年开了几场培训了', '记录 6月18日 防灾减灾应急科普讲座，参加60人', '这个月有什么要做的'];
const ERRORS = /暂时连不上|出了点问题|稍后重试|超时/u;
/**
 * Tags this process's trigger ids, which a slash command's record takes its dedupe key from: with the same ids run
 * after run, every log write of the burst after the first bench run was found stored (a dedupe hit), not written.
 */
const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;
/** The notice a request gets at once while the records it needs are filed (a copied folder's first start); its answer follows. */
const NOTICE = /^正在整理记录/u;

const sign = (body: string, ts: number): string => `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const p99 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] ?? Number.NaN;

export interface BurstFigures {
  /** From spawning the bot to its "serving" line. */
  startMs: number;
  ackP50: number;
  ackP99: number;
  replyP50: number;
  replyP99: number;
  errors: number;
  missing: number;
  /** The bot's log lines about its activity snapshot (built, resumed). */
  snapshot: string[];
  /** Replies that were the notice "正在整理记录（约N%）…", and when the answers after them came (p50/p99, ms; NaN: none). */
  notices: number;
  answerP50: number;
  answerP99: number;
  /** Notices whose answer did not come within the wait. */
  unanswered: number;
}

/**
 * BURST_CPU=<share of one core> (for instance 0.125) runs the bot, bare Bolt and the PGlite server each held to that
 * share by a cgroup (v1 cpu controller, 10 ms periods): a machine at load 16 on 2 cores, made repeatable, without
 * burning the CPU others share. Needs write access to /sys/fs/cgroup/cpu.
 */
function confine(pid: number | undefined): void {
  const share = Number(process.env.BURST_CPU ?? 0);
  if (!pid || !(share > 0)) return;
  const group = `/sys/fs/cgroup/cpu/kexie-burst-${process.pid}-${pid}`;
  mkdirSync(group, { recursive: true });
  writeFileSync(join(group, 'cpu.cfs_period_us'), '10000');
  writeFileSync(join(group, 'cpu.cfs_quota_us'), String(Math.max(1000, Math.round(10_000 * share))));
  writeFileSync(join(group, 'cgroup.procs'), String(pid));
  groups.push(group);
}
const groups: string[] = [];
/** Removes the cgroups of processes that have exited (a cgroup with a process in it cannot be removed). */
function unconfine(): void {
  for (const group of groups.splice(0)) {
    try {
      rmdirSync(group);
    } catch {
      groups.push(group);
    }
  }
}

/** Starts `script` on `dataDir`, waits until it serves, and sends the burst (workspace `team`). */
async function burstOn(script: string, env: Record<string, string>, team: string, slack: FakeSlack, round: number): Promise<BurstFigures> {
  const port = await freePort();
  // BURST_NODE_ARGS (for instance `--cpu-prof --import ./probe.mjs`) profiles the bot; the anchor runs bare.
  const nodeArgs = script.endsWith('main.js') && process.env.BURST_NODE_ARGS ? process.env.BURST_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Asia/Shanghai', KEXIE_TODAY: '2026-06-20', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  confine(child.pid);
  let logs = '';
  if (nodeArgs.length > 0) child.stderr.on('data', (c: Buffer) => /PROBE/.test(c.toString()) && process.stderr.write(c));
  child.stdout.on('data', (c: Buffer) => (logs += c.toString()));
  child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
  const started = performance.now();
  try {
    for (;; await new Promise((r) => setTimeout(r, 20))) {
      if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${logs.slice(-500)}`);
      if (/serving Slack|bare bolt ready/.test(logs)) break;
      if (performance.now() - started > 120_000) throw new Error('the bot did not start within 120 s');
    }
    // The sender's own first fetch (undici loaded, a connection opened) is not the bot's: warm it on the fake Slack.
    await fetch(`${slack.url}/warm`).then((r) => r.arrayBuffer(), () => undefined);
    const startMs = performance.now() - started;
    const sent = performance.now();
    const acks: number[] = [];
    const names = Array.from({ length: 20 }, (_, i) => `burst${round}x${i}`);
    const textOf = (c: { body: Record<string, unknown> }): string => String(c.body.text ?? JSON.stringify(c.body.blocks ?? ''));
    const replies = names.map((name) =>
      slack.waitFor((c) => c.method === `response_url:${name}`, 60_000).then(
        (c) => ({ ms: performance.now() - sent, text: textOf(c) }),
        () => undefined,
      ),
    );
    // The answer after a notice: the first reply that is not one (waited for up to three minutes: a build at 1M).
    const answers = names.map((name) =>
      slack.waitFor((c) => c.method === `response_url:${name}` && !NOTICE.test(textOf(c)), 180_000).then(
        () => performance.now() - sent,
        () => undefined,
      ),
    );
    await Promise.all(
      names.map(async (name, i) => {
        const body = new URLSearchParams({ command: '/kx', text: TEXTS[i % TEXTS.length]!.replace('60人', `${60 + i}人`), user_id: `U${i % 7}`, team_id: team, channel_id: 'C1', response_url: `${slack.url}/response/${name}`, trigger_id: `t${RUN}.${round}.${i}` }).toString();
        const ts = Math.floor(Date.now() / 1000);
        const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) }, body });
        await res.arrayBuffer();
        acks.push(performance.now() - sent);
      }),
    );
    const got = await Promise.all(replies);
    const noticed = got.flatMap((r, i) => (r && NOTICE.test(r.text) ? [i] : []));
    const answered = noticed.length > 0 ? await Promise.all(noticed.map((i) => answers[i]!)) : [];
    const answerMs = answered.filter((x): x is number => x !== undefined);
    // BURST_VERBOSE=1: each reply's time and its first words, in the order the requests were sent.
    if (process.env.BURST_VERBOSE) got.forEach((r, i) => console.log(`  ${TEXTS[i % TEXTS.length]}: ${r ? `${r.ms.toFixed(0)} ms ${r.text.slice(0, 40).replace(/\n/g, ' ')}` : 'no reply'}`));
    const done = got.filter((r): r is { ms: number; text: string } => r !== undefined);
    const failed = done.filter((r) => ERRORS.test(r.text));
    // What an error reply said, and the bot's log around it: a failure is to be understood, not only counted.
    if (failed.length > 0) console.log(`  error reply: ${failed[0]!.text.slice(0, 200)}\n  bot log: ${logs.split('\n').filter((l) => /error|warn/i.test(l)).slice(0, 3).join('\n  ').slice(0, 1200)}`);
    const replied = done.map((r) => r.ms);
    return {
      startMs, ackP50: p50(acks), ackP99: p99(acks), replyP50: done.length > 0 ? p50(replied) : Number.NaN, replyP99: done.length > 0 ? p99(replied) : Number.NaN, errors: failed.length, missing: got.length - done.length, snapshot: snapshotLines(logs),
      notices: noticed.length, answerP50: answerMs.length > 0 ? p50(answerMs) : Number.NaN, answerP99: answerMs.length > 0 ? p99(answerMs) : Number.NaN, unanswered: answered.length - answerMs.length,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    unconfine();
  }
}

const snapshotLines = (logs: string): string[] => logs.split('\n').filter((l) => /snapshot/i.test(l)).map((l) => l.slice(0, 200));

const fmt = (f: BurstFigures) =>
  `serving after ${f.startMs.toFixed(0)} ms, ack p50/p99 ${f.ackP50.toFixed(0)}/${f.ackP99.toFixed(0)} ms, reply p50/p99 ${f.replyP50.toFixed(0)}/${f.replyP99.toFixed(0)} ms, ${f.errors} error replies, ${f.missing} missing` +
  (f.notices > 0 ? ` (${f.notices} of the replies were the notice 正在整理记录…; their answers followed at p50/p99 ${f.answerP50.toFixed(0)}/${f.answerP99.toFixed(0)} ms, ${f.unanswered} not within 180 s)` : '');
const verdict = (bot: BurstFigures, anchor: BurstFigures): string => {
  const ok = bot.ackP99 < 500 && bot.replyP99 < 2000 && bot.errors === 0 && bot.missing === 0;
  return `${ok ? 'ok' : 'MISSED (goal ack p99 < 500, reply p99 < 2000, no errors)'}; ${(bot.ackP99 / anchor.ackP99).toFixed(1)}× bare Bolt's ack p99, ${(bot.replyP99 / anchor.replyP99).toFixed(1)}× its reply p99`;
};

/**
 * Runs `runs` bursts on the data at `data` (workspace `workspace`), each after a fresh start, beside bare Bolt: a folder,
 * a Postgres URL (postgres://…, the workspace in its tables; the bot's other files in a scratch folder), or
 * pglite:<dir> (PGlite's data served on loopback by bench/pglite-server.ts).
 */
export async function benchBurst(data: string, label: string, runs = 3, workspace = 'local'): Promise<void> {
  // The burst's log writes (4 a run) go to a scratch copy, or are deleted from the server after: not into a cache.
  const writes = await scratchFor(data, workspace);
  // Everything started after the scratch copy is inside the try: whatever fails, the copy goes (or the server's
  // burst records are deleted) first, so no burst leaves its writes or a 1M copy behind.
  let slack: Awaited<ReturnType<typeof createFakeSlack>> | undefined;
  let pglite: Awaited<ReturnType<typeof servePglite>> | undefined;
  let scratch: string | undefined;
  try {
    slack = await createFakeSlack();
    // pglite:<dir>: PGlite served on loopback by a process of its own (bench/pglite-server.ts), as a server would be.
    pglite = writes.data.startsWith('pglite:') ? await servePglite(writes.data.slice('pglite:'.length)) : undefined;
    const url = pglite?.url ?? writes.data;
    const server = /^postgres(ql)?:\/\//.test(url);
    scratch = server ? mkdtempSync(join(tmpdir(), 'kexie-bench-burst-')) : undefined;
    const env: Record<string, string> = server ? { KEXIE_DATABASE_URL: url, KEXIE_DATA_DIR: scratch! } : { KEXIE_DATA_DIR: writes.data };
    const ratios: string[] = [];
    const botScript = process.env.BURST_BOT ?? join(ROOT, 'dist', 'main.js');
    const botEnv = process.env.BURST_BOT ? { ...env, KEXIE_NO_STALE_CHECK: '1' } : env;
    // The PGlite server was just started by this bench, where a database server has been up: one burst, not
    // counted, loads its catalogs and pages (its first queries took ~0.4 s each) before the bot's restarts.
    if (pglite) {
      const warm = await burstOn(botScript, botEnv, workspace, slack, 1_000);
      console.log(`PGlite ${label}: a first burst to warm the database server (not counted): ${fmt(warm)}`);
    }
    for (let r = 0; r < runs; r++) {
      const anchor = await burstOn(join(ROOT, 'bench', 'bare-bolt.mjs'), { KEXIE_BENCH_REPLY: '1' }, 'local', slack, r * 2);
      // BURST_BOT (another build's main.js) runs an earlier build against the same data, for a before and after.
      const bot = await burstOn(botScript, botEnv, workspace, slack, r * 2 + 1);
      ratios.push(`${(bot.ackP99 / anchor.ackP99).toFixed(1)}×/${(bot.replyP99 / anchor.replyP99).toFixed(1)}×`);
      console.log(`burst of 20 after a restart, ${pglite ? 'PGlite' : server ? 'Postgres' : 'folder'} ${label}, run ${r + 1} (load ${loadavg()[0]!.toFixed(1)}): kexie ${fmt(bot)} ${verdict(bot, anchor)}; bare Bolt ${fmt(anchor)}`);
    }
    console.log(`burst ${label}: kexie's ack p99 / reply p99 over bare Bolt's in each run: ${ratios.join(', ')}`);
  } finally {
    try {
      await pglite?.close();
    } finally {
      try {
        console.log(`burst ${label}: ${await writes.done()}`);
      } finally {
        if (scratch) rmSync(scratch, { recursive: true, force: true });
        await slack?.close();
      }
    }
  }
}

/**
 * Where a burst writes: a folder or PGlite's data copied whole beside itself (`cp -a`, `<dir>.burst`, removed by
 * `done`); on a server the workspace itself, and `done` deletes the activities and events added after the highest
 * seq it held before (the burst only creates records).
 */
async function scratchFor(data: string, workspace: string): Promise<{ data: string; done(): Promise<string> }> {
  if (/^postgres(ql)?:\/\//.test(data)) {
    const { default: pg } = await import('pg');
    const withClient = async <T>(work: (c: InstanceType<typeof pg.Client>) => Promise<T>): Promise<T> => {
      const client = new pg.Client(data);
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
      }
    };
    const top = (c: InstanceType<typeof pg.Client>, table: string) =>
      c.query<{ s: string }>(`SELECT coalesce(max(seq), 0)::text AS s FROM ${table} WHERE workspace = $1`, [workspace]).then((r) => r.rows[0]!.s);
    const before = await withClient(async (c) => ({ activities: await top(c, 'kexie_activities'), events: await top(c, 'kexie_activity_events') }));
    return {
      data,
      done: () =>
        withClient(async (c) => {
          const added = await c.query('DELETE FROM kexie_activities WHERE workspace = $1 AND seq > $2', [workspace, before.activities]);
          await c.query('DELETE FROM kexie_activity_events WHERE workspace = $1 AND seq > $2', [workspace, before.events]);
          return `the ${added.rowCount ?? 0} records the bursts added deleted from workspace ${workspace} after`;
        }),
    };
  }
  const pglite = data.startsWith('pglite:');
  const dir = pglite ? data.slice('pglite:'.length) : data;
  const copy = `${dir.replace(/\/+$/, '')}.burst`;
  rmSync(copy, { recursive: true, force: true });
  const r = spawnSync('cp', ['-a', dir, copy], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`copying ${dir} for the burst's writes failed: ${r.stderr}`);
  return {
    data: pglite ? `pglite:${copy}` : copy,
    done: async () => {
      rmSync(copy, { recursive: true, force: true });
      return `the bursts wrote to a copy of ${dir}, removed after`;
    },
  };
}

/** Starts bench/pglite-server.ts on `dir` and waits for its port. */
async function servePglite(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  // Compiled first (tsconfig.bench.json, as the scale worker): through tsx, tsx's own processes would run outside the cgroup.
  buildBenchWorker();
  const child = spawn(process.execPath, [join(ROOT, '.bench-cache', 'build', 'bench', 'pglite-server.js'), dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  confine(child.pid);
  let logs = '';
  child.stdout.on('data', (c: Buffer) => (logs += c.toString()));
  child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
  for (const started = performance.now(); ; await new Promise((r) => setTimeout(r, 50))) {
    const port = /pglite listening on (\d+)/.exec(logs)?.[1];
    if (port) {
      const close = async () => {
        child.kill('SIGTERM');
        if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
        unconfine();
      };
      return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, close };
    }
    if (child.exitCode !== null) throw new Error(`the PGlite server exited with ${child.exitCode}: ${logs.slice(-500)}`);
    if (performance.now() - started > 300_000) throw new Error('the PGlite server did not start within 300 s');
  }
}

/**
 * As a new user would: the workspace folder copied with `cp -r` (new inodes, new times), the bot started on the copy
 * and the burst sent the moment it serves; then the same burst again after a restart on the copy (its snapshot, if
 * the first start rebuilt one, is kept). Beside bare Bolt in the same run.
 */
export async function benchCopiedFolder(dataDir: string, label: string, logOnly = false): Promise<void> {
  const slack = await createFakeSlack();
  const copy = mkdtempSync(join(tmpdir(), 'kexie-bench-copy-'));
  try {
    const copied = performance.now();
    cpSync(dataDir, copy, { recursive: true });
    const copyMs = performance.now() - copied;
    // logOnly: the copy without its snapshot (a folder from before snapshots, or the log alone), built from zero.
    if (logOnly) for (const ws of readdirSync(copy)) rmSync(join(copy, ws, 'activities.index'), { recursive: true, force: true });
    if (logOnly) label = `${label} without its snapshot`;
    const anchor = await burstOn(join(ROOT, 'bench', 'bare-bolt.mjs'), { KEXIE_BENCH_REPLY: '1' }, 'local', slack, 100);
    const first = await burstOn(join(ROOT, 'dist', 'main.js'), { KEXIE_DATA_DIR: copy }, 'local', slack, 101);
    console.log(`copied folder ${label} (copied in ${copyMs.toFixed(0)} ms), bot started on the copy and asked at once: kexie ${fmt(first)} ${verdict(first, anchor)}; bare Bolt ${fmt(anchor)}`);
    const again = await burstOn(join(ROOT, 'dist', 'main.js'), { KEXIE_DATA_DIR: copy }, 'local', slack, 102);
    console.log(`copied folder ${label}, the bot restarted on the copy: kexie ${fmt(again)} ${verdict(again, anchor)}`);
    for (const [when, f] of [['first start', first], ['restart', again]] as const) if (f.snapshot.length > 0) console.log(`  bot log (${when}): ${f.snapshot.join(' | ')}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
    await slack.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: tsx bench/burst.ts <data dir | postgres://… | pglite:<dir>> [label] [runs] [workspace] [--copy [--log-only]]');
  if (process.argv.includes('--copy')) await benchCopiedFolder(dir, process.argv[3] ?? dir, process.argv.includes('--log-only'));
  else await benchBurst(dir, process.argv[3] ?? dir, Number(process.argv[4] ?? 3), process.argv[5] ?? 'local');
}
