// `npm run soak`: the bot (compiled, HTTP mode) under valid, hostile and oversized signed requests from several
// clients while a CLI process logs into the same data folder; the bot is killed (SIGKILL) and restarted twice.
// Loopback only, bounded (SOAK_SECONDS, default 60). At the end: every acknowledged write stored once, the store
// reads clean, no ack over 3 s. Then issue 21's scenario on the folder store and on PGlite (issue21-scenario.ts):
// ledger uploads from a normal and an HTTP/1.0-close file host, a summary of 25,000 records and waves of 50 parallel
// writers at once. Prints the figures; exits 1 when a check fails. Not part of `npm test` (a small version is:
// test/integration/soak-issue21.test.ts).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FileStore } from '../../src/infra/store/file-store.js';
import { createFakeSlack } from '../support/fake-slack.js';
import { docxWithParagraphs, pdfWith } from '../support/zip.js';
import { SIGNING_SECRET, signature } from '../support/slack-harness.js';
import { runIssue21Scenario } from './issue21-scenario.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SECONDS = Math.min(Number(process.env.SOAK_SECONDS ?? 60), 150);
const CLIENTS = 4;
const ACK_LIMIT_MS = 3000;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

// A small seeded generator, so a run can be repeated (SOAK_SEED).
let seed = Number(process.env.SOAK_SEED ?? 20_260_520);
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

console.log(`# kexie soak: ${SECONDS} s, ${CLIENTS} Slack clients + 1 CLI writer, bot killed and restarted twice`);
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });

const slack = await createFakeSlack();
const dataDir = mkdtempSync(join(tmpdir(), 'kexie-soak-'));
const port = await freePort();
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  TZ: 'Asia/Shanghai',
  KEXIE_DATA_DIR: dataDir,
  KEXIE_TODAY: '2026-05-20',
  SLACK_BOT_TOKEN: 'xoxb-soak-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  PORT: String(port),
  KEXIE_ADMINS: 'UADMIN',
};
// Hostile plan files an admin uploads: a 2,000,000-paragraph .docx and a .pdf that inflates to 60 MB.
slack.files.set('bomb.docx', docxWithParagraphs(2_000_000));
slack.files.set('bomb.pdf', pdfWith({ inflated: 60 * 1024 * 1024 }));
const uploads: string[] = [];
const uploadSentAt = new Map<string, number>();
execFileSync(process.execPath, [join(ROOT, 'dist', 'main-cli.js'), 'import', join(ROOT, 'data', 'sample-plan.md'), '--workspace', 'T1'], { cwd: ROOT, env });

// --- the bot, restartable ---------------------------------------------------------------------------
let bot: ChildProcess | undefined;
let botStderr = '';
const base = `http://127.0.0.1:${port}/slack/events`;
async function startBot(): Promise<number> {
  const started = performance.now();
  bot = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  bot.stderr?.on('data', (d: Buffer) => (botStderr += d.toString()));
  for (;;) {
    try {
      await (await fetch(base, { method: 'POST', body: '{}' })).arrayBuffer();
      return performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
async function killBot(): Promise<void> {
  const child = bot;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

// --- what is sent, and what came back --------------------------------------------------------------
type Kind = 'hostile-upload' | 'log' | 'log-replay' | 'dm-log' | 'dm-retry' | 'question' | 'hostile-text' | 'oversized-text' | 'huge-body' | 'forged' | 'stale' | 'garbage';
const sent = new Map<Kind, number>();
const statuses = new Map<string, number>();
const acks: number[] = [];
const slowestByKind = new Map<string, number>();
let currentKind = '';
const slowAckAt: string[] = [];
let runStart = performance.now();
let slowAcks = 0;
let refusedConnections = 0;
let counter = 0;
/** Writes whose reply told the user "已记录活动 <id>": marker → ids the replies named. */
const confirmed = new Map<string, Set<string>>();
const pendingMarkers = new Map<string, string>(); // response id / channel → marker

const count = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);

async function post(body: string, type: string, options: { timestamp?: number; secret?: string; retry?: number } = {}): Promise<number | undefined> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const res = await fetch(base, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp, options.secret),
        ...(options.retry ? { 'x-slack-retry-num': String(options.retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
      },
      body,
    });
    await res.arrayBuffer();
    const ms = performance.now() - started;
    acks.push(ms);
    slowestByKind.set(currentKind, Math.max(slowestByKind.get(currentKind) ?? 0, ms));
    if (ms > ACK_LIMIT_MS) slowAcks++;
    if (ms > 1000) slowAckAt.push(`${currentKind} ${(ms / 1000).toFixed(1)} s at ${((started - runStart) / 1000).toFixed(1)} s`);
    count(statuses, String(res.status));
    return res.status;
  } catch {
    refusedConnections++;
    return undefined;
  }
}

const command = (text: string, id: string, trigger = `trig-${id}`): string =>
  new URLSearchParams({ command: '/kx', text, user_id: `U${id.length % 3}`, team_id: 'T1', channel_id: 'C1', trigger_id: trigger, response_url: `${slack.url}/response/${id}`, token: 'x', api_app_id: 'A1' }).toString();
const event = (text: string, id: string, channel: string): string =>
  JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${id}`, event_time: 1, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event: { type: 'message', channel_type: 'im', channel, user: 'U7', text, ts: `1779000000.${id.padStart(6, '0')}` } });

// Built once: encoding 11 MB in the driver would stall the other clients' clocks, not the bot's.
const HUGE_BODY = new URLSearchParams({ command: '/kx', text: `记录 ${'科'.repeat(1_200_000)}`, user_id: 'U1', team_id: 'T1', channel_id: 'C1', trigger_id: 'trig-huge', response_url: 'http://127.0.0.1:9/none', token: 'x', api_app_id: 'A1' }).toString();
const HOSTILE = [
  () => `记录 参加${'一'.repeat(3000)}`,
  () => `记录 发放资料${'9'.repeat(400)}份`,
  () => `记录 ${'5月1日'.repeat(500)}参加10人`,
  () => `记录 \u001b[2J\u001b[31m<!channel>\u202e 参加${'1人，'.repeat(900)}`,
  () => `${'（'.repeat(2000)}科普${'）'.repeat(1500)}`,
  () => '\u0000\u0007\u001b]0;x\u0007 这个月有什么要做的',
];

async function client(n: number, until: number): Promise<void> {
  while (performance.now() < until) {
    const k = ++counter;
    const id = `${n}x${k}`;
    const kind: Kind = pick(['hostile-upload', 'log', 'log', 'log', 'log-replay', 'dm-log', 'dm-retry', 'question', 'hostile-text', 'hostile-text', 'oversized-text', 'huge-body', 'forged', 'stale', 'garbage']);
    count(sent, kind);
    currentKind = kind;
    const marker = `第${k}场`;
    const logText = `5月${1 + (k % 19)}日 科普讲座${marker}，参加${10 + (k % 90)}人`;
    let status: number | undefined;
    switch (kind) {
      case 'log':
        pendingMarkers.set(`response_url:${id}`, marker);
        status = await post(command(`记录 ${logText}`, id), 'application/x-www-form-urlencoded');
        break;
      case 'log-replay': {
        // The same signed request sent twice (an attacker's or a proxy's replay): stored once.
        pendingMarkers.set(`response_url:${id}`, marker);
        const body = command(`记录 ${logText}`, id);
        const timestamp = Math.floor(Date.now() / 1000);
        status = await post(body, 'application/x-www-form-urlencoded', { timestamp });
        await post(body, 'application/x-www-form-urlencoded', { timestamp });
        break;
      }
      case 'dm-log':
        pendingMarkers.set(`dm:D${id}`, marker);
        status = await post(event(logText, String(k), `D${id}`), 'application/json');
        break;
      case 'dm-retry': {
        // Slack's retry of the same event (same event id and ts) with X-Slack-Retry-Num.
        pendingMarkers.set(`dm:D${id}`, marker);
        const body = event(logText, String(k), `D${id}`);
        status = await post(body, 'application/json');
        await post(body, 'application/json', { retry: 1 });
        break;
      }
      case 'hostile-upload': {
        const name = pick(['bomb.docx', 'bomb.pdf']);
        const sentAt = (performance.now() - runStart) / 1000;
        const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${id}`, event_time: 1, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event: { type: 'message', subtype: 'file_share', channel_type: 'im', channel: `D${id}`, user: 'UADMIN', text: '', ts: `1779000000.${String(k).padStart(6, '0')}`, files: [{ id: `F${id}`, name, url_private_download: `${slack.url}/files/${name}` }] } });
        status = await post(body, 'application/json');
        if (status === 200) {
          uploads.push(`D${id}`);
          uploadSentAt.set(`D${id}`, sentAt);
        }
        break;
      }
      case 'question':
        status = await post(command(pick(['这个月有什么要做的', '逾期', '科普日的目标完成多少了', '活动列表']), id), 'application/x-www-form-urlencoded');
        break;
      case 'hostile-text':
        status = await post(command(pick(HOSTILE)(), id), 'application/x-www-form-urlencoded');
        break;
      case 'oversized-text':
        status = await post(command(`记录 科普讲座，参加100人${'一二三'.repeat(2000)}`, id), 'application/x-www-form-urlencoded');
        break;
      case 'huge-body':
        status = await post(HUGE_BODY, 'application/x-www-form-urlencoded');
        break;
      case 'forged':
        status = await post(command(`记录 ${logText}`, id), 'application/x-www-form-urlencoded', { secret: 'not-the-signing-secret' });
        break;
      case 'stale':
        status = await post(command(`记录 ${logText}`, id), 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) - 600 });
        break;
      case 'garbage':
        status = await post('{"type":"event_callback","event":', 'application/json');
        break;
    }
    if (status === undefined) await new Promise((r) => setTimeout(r, 20)); // the bot is down: try again shortly
  }
}

/** The CLI writer: `kexie log` in a loop on the same data folder; a write is confirmed by exit 0 and its id. */
async function cliWriter(until: number): Promise<{ runs: number; failures: number; maxMs: number }> {
  let runs = 0;
  let failures = 0;
  let maxMs = 0;
  while (performance.now() < until) {
    const k = ++counter;
    const marker = `第${k}场`;
    const started = performance.now();
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'main-cli.js'), 'log', `5月18日 CLI科普讲座${marker}，参加${k % 100}人`, '--workspace', 'T1', '--user', 'cli', '--json'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => resolve({ code, out }));
    });
    maxMs = Math.max(maxMs, performance.now() - started);
    runs++;
    const id = (() => {
      try {
        return (JSON.parse(result.out) as { activity?: { id?: string } }).activity?.id;
      } catch {
        return undefined;
      }
    })();
    if (result.code === 0 && id) confirmed.set(marker, new Set([id]));
    else failures++;
  }
  return { runs, failures, maxMs };
}

// --- the run -----------------------------------------------------------------------------------------
const readyTimes = [await startBot()];
const t0 = performance.now();
runStart = t0;
const end = t0 + SECONDS * 1000;
const clients = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, end)));
const writer = cliWriter(end);
const restarts: Array<{ at: number; downMs: number }> = [];
for (const fraction of [1 / 3, 2 / 3]) {
  await new Promise((r) => setTimeout(r, Math.max(0, t0 + fraction * SECONDS * 1000 - performance.now())));
  const down = performance.now();
  await killBot();
  readyTimes.push(await startBot());
  restarts.push({ at: (down - t0) / 1000, downMs: performance.now() - down });
}
await clients;
const cli = await writer;
// Replies still on their way (the bot answers after it acknowledges) get a moment to arrive before the bot stops.
const settleUntil = performance.now() + 3000;
const uploadAnswered = (channel: string): boolean => slack.calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
while (performance.now() < settleUntil && ([...pendingMarkers.keys()].some((key) => !replyFor(key)) || uploads.some((u) => !uploadAnswered(u)))) await new Promise((r) => setTimeout(r, 50));
await killBot();

function replyFor(key: string): string | undefined {
  if (key.startsWith('response_url:')) return slack.calls.filter((c) => c.method === key).map((c) => String(c.body.text ?? '')).find((t) => /已记录活动|已经记录过/u.test(t));
  const channel = key.slice(3);
  return slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel).map((c) => String(c.body.text ?? '')).find((t) => /已记录活动|已经记录过/u.test(t));
}
for (const [key, marker] of pendingMarkers) {
  const text = replyFor(key);
  const id = text?.match(/(?:已记录活动|已经记录过（)\s*([a-z0-9]+)/u)?.[1];
  if (id) (confirmed.get(marker) ?? confirmed.set(marker, new Set()).get(marker))?.add(id);
}

// --- checks ------------------------------------------------------------------------------------------
const problems: string[] = [];
const uploadReplies = uploads.map((channel) => slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === channel)).filter((c) => c !== undefined);
const refusedUploads = uploadReplies.filter((c) => String(c.body.text).includes('超过导入上限')).length;
if (refusedUploads !== uploadReplies.length) problems.push(`${uploadReplies.length - refusedUploads} hostile uploads answered without the size refusal`);
const rawLines = readFileSync(join(dataDir, 'T1', 'activities.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
let unreadable = 0;
for (const line of rawLines) {
  try {
    JSON.parse(line);
  } catch {
    unreadable++;
  }
}
if (unreadable > 0) problems.push(`${unreadable} unreadable lines in activities.jsonl`);
let activities: Awaited<ReturnType<FileStore['listActivities']>> = [];
try {
  const store = new FileStore(join(dataDir, 'T1'));
  activities = await store.listActivities();
  await store.listPlans();
} catch (error) {
  problems.push(`the store does not read clean: ${(error as Error).message}`);
}
const byMarker = new Map<string, string[]>();
for (const a of activities) {
  const marker = a.text.match(/第\d+场/u)?.[0];
  if (marker) byMarker.set(marker, [...(byMarker.get(marker) ?? []), a.id]);
}
let missing = 0;
let twice = 0;
for (const [marker, ids] of confirmed) {
  const stored = byMarker.get(marker) ?? [];
  if (stored.length === 0) missing++;
  if (stored.length > 1) twice++;
  if (ids.size > 1) twice++;
}
const duplicatesOverall = [...byMarker.values()].filter((ids) => ids.length > 1).length;
if (missing > 0) problems.push(`${missing} acknowledged writes missing from the store`);
if (twice > 0 || duplicatesOverall > 0) problems.push(`${Math.max(twice, duplicatesOverall)} writes stored more than once`);
if (slowAcks > 0) problems.push(`${slowAcks} acks took over ${ACK_LIMIT_MS} ms`);
if (/FATAL|heap out of memory|Allocation failed/u.test(botStderr)) problems.push('the bot crashed on its own (see stderr)');

const sorted = [...acks].sort((a, b) => a - b);
const q = (p: number): string => `${(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(0)} ms`;
const confirmedSlack = [...pendingMarkers.values()].filter((m) => confirmed.has(m)).length;
console.log(`requests sent: ${[...sent].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`HTTP answers: ${[...statuses].map(([k, v]) => `${k}×${v}`).join(', ')}; refused while the bot was down: ${refusedConnections}`);
console.log(`acks: ${acks.length}, p50 ${q(0.5)}, p95 ${q(0.95)}, p99 ${q(0.99)}, max ${q(1)}; over ${ACK_LIMIT_MS} ms: ${slowAcks}`);
console.log(`slowest ack by kind: ${[...slowestByKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
console.log(`acks over 1 s (kind, time, when sent): ${slowAckAt.join('; ') || 'none'}`);
console.log(`restarts: ${restarts.map((r) => `killed at ${r.at.toFixed(1)} s, serving again after ${r.downMs.toFixed(0)} ms`).join('; ')}; ready times ${readyTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`hostile uploads: ${uploads.length} acknowledged, ${uploadReplies.length} answered, ${refusedUploads} refused with the size message `);
const unanswered = uploads.filter((u) => !uploadAnswered(u)).map((u) => `${uploadSentAt.get(u)?.toFixed(1)} s`);
if (unanswered.length > 0) console.log(`unanswered uploads, sent at: ${unanswered.join(', ')} (kills at ${restarts.map((r) => `${r.at.toFixed(1)} s`).join(', ')})`);
console.log(`CLI writer: ${cli.runs} runs, ${cli.failures} failed, slowest ${cli.maxMs.toFixed(0)} ms`);
console.log(`acknowledged writes: ${confirmed.size} (Slack ${confirmedSlack}, CLI ${confirmed.size - confirmedSlack}); stored activities ${activities.length} (${rawLines.length} log lines); missing ${missing}; stored twice ${Math.max(twice, duplicatesOverall)}; unreadable lines ${unreadable}`);
await slack.close();

// --- issue 21: both file hosts, a 25k-record summary and 50 parallel writers, on the folder store and PGlite ----
const RECORDS = Number(process.env.SOAK_RECORDS ?? 25_000);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 50);
for (const store of ['folder', 'pglite'] as const) {
  console.log(`# issue 21 on the ${store} store: ${RECORDS} records stored, 2 ledger uploads (normal, HTTP/1.0-close), 总结 of the month, ${WRITERS} writers × 3 waves`);
  const r = await runIssue21Scenario({ store, records: RECORDS, writers: WRITERS, waves: 3, ledgerRows: 2000 });
  console.log(`${store}: crashed ${r.crashed}; acks ${r.acks}, p95 ${r.ackP95Ms.toFixed(0)} ms, max ${r.ackMaxMs.toFixed(0)} ms; acknowledged writes ${r.writesAcknowledged} of ${WRITERS * 3}, lost ${r.writesLost}, stored twice ${r.writesStoredTwice}; longest event-loop stall ${r.loopMaxMs ?? '?'} ms`);
  console.log(`${store}: uploads ${r.uploads.map((u) => `${u.style}: ${u.reply}`).join(' | ')}; summary ${r.summaryAnswered ? 'answered' : 'NOT answered'} after ${(r.summaryMs / 1000).toFixed(1)} s; seeding ${(r.seedMs / 1000).toFixed(1)} s`);
  if (r.unconfirmed.length > 0) console.log(`${store}: writes not confirmed, told: ${r.unconfirmed.slice(0, 3).join(' | ')}`);
  if (r.crashed) problems.push(`${store}: the bot crashed: ${r.stderrTail.slice(-500)}`);
  if (r.ackMaxMs > ACK_LIMIT_MS) problems.push(`${store}: an ack took ${r.ackMaxMs.toFixed(0)} ms`);
  if (r.writesLost > 0 || r.writesStoredTwice > 0) problems.push(`${store}: ${r.writesLost} acknowledged writes lost, ${r.writesStoredTwice} stored twice`);
  if (r.writesAcknowledged < WRITERS * 3) problems.push(`${store}: only ${r.writesAcknowledged} of ${WRITERS * 3} writes acknowledged`);
  if (!r.uploads.every((u) => u.reply.includes('新增 2000 条活动'))) problems.push(`${store}: an upload was not imported`);
  if (!r.summaryAnswered) problems.push(`${store}: the summary was not answered`);
}
console.log(problems.length === 0 ? 'soak: PASS' : `soak: FAIL\n  - ${problems.join('\n  - ')}`);
process.exitCode = problems.length === 0 ? 0 : 1;
