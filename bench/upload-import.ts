// A ledger uploaded to the bot in Slack ("导入台账" with the file, by an admin), as a user would: the compiled bot in
// HTTP mode on an empty workspace, the fake Slack Web API of the tests serving the file. Measured: the bot's peak
// resident memory while it imports (VmHWM, every thread of the process), the time to the import's reply, and,
// meanwhile, a question from another user every second (its ack and reply: whether the bot keeps answering).
// Usage: tsx bench/upload-import.ts [rows] [data dir | postgres://…] [bot main.js]   (npm run build first)
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFakeSlack } from '../test/support/fake-slack.js';
import { ledgerFile } from './ledger-import.js';
import { freePort } from './startup.js';

const ROOT = join(import.meta.dirname, '..');
const SECRET = 'bench-upload-signing-secret';
const sign = (body: string, ts: number): string => `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process's CPU time so far (user and system, every thread; Linux /proc, in ticks of 10 ms), in ms. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The process's resident memory now and at its peak (Linux /proc), in MB. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

export interface UploadFigures {
  importMs: number;
  /** The bot's CPU time from the upload to the reply (the questions' share included). */
  cpuMs: number;
  peakMb: number;
  /** Peak before the upload (the bot started and warmed by one question). */
  idleMb: number;
  reply: string;
  asked: number;
  ackP50: number;
  ackMax: number;
  replyP50: number;
  replyMax: number;
  unanswered: number;
}

/** Uploads a ledger of `rows` rows of 2025 to the bot at `bot` (dist/main.js) on `data` and measures the import. */
export async function benchUploadImport(rows: number, data: string | undefined, bot = join(ROOT, 'dist', 'main.js')): Promise<UploadFigures> {
  const slack = await createFakeSlack();
  slack.files.set('ledger.xlsx', readFileSync(await ledgerFile(rows)));
  const scratch = mkdtempSync(join(tmpdir(), 'kexie-bench-upload-'));
  const server = data !== undefined && /^postgres(ql)?:\/\//.test(data);
  const team = server ? `bench-upload-${Date.now().toString(36)}` : 'T1';
  const port = await freePort();
  const child = spawn(process.execPath, [bot], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Asia/Shanghai', KEXIE_TODAY: '2026-06-20', KEXIE_ADMINS: 'UADMIN', KEXIE_NO_STALE_CHECK: '1',
      SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port),
      KEXIE_DATA_DIR: server ? scratch : (data ?? scratch), ...(server ? { KEXIE_DATABASE_URL: data } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout.on('data', (c: Buffer) => (logs += c.toString()));
  child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
  const post = async (body: string, type: string): Promise<number> => {
    const ts = Math.floor(Date.now() / 1000);
    const sent = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': type, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) }, body });
    await res.arrayBuffer();
    return performance.now() - sent;
  };
  let asked = 0;
  /** One /kx question from another user: its ack and its reply (undefined: no reply within 60 s). */
  const ask = async (): Promise<{ ack: number; reply?: number }> => {
    const name = `q${++asked}`;
    const sent = performance.now();
    const replied = slack.waitFor((c) => c.method === `response_url:${name}`, 60_000).then(() => performance.now() - sent, () => undefined);
    const body = new URLSearchParams({ command: '/kx', text: '上个月都做了什么', user_id: 'U2', team_id: team, channel_id: 'C1', response_url: `${slack.url}/response/${name}`, trigger_id: `t${name}` }).toString();
    const ack = await post(body, 'application/x-www-form-urlencoded');
    return { ack, reply: await replied };
  };
  try {
    for (const started = performance.now(); !/serving Slack/.test(logs); await pause(20)) {
      if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${logs.slice(-500)}`);
      if (performance.now() - started > 120_000) throw new Error('the bot did not start within 120 s');
    }
    await ask();
    const idleMb = memoryOf(child.pid!).hwm;
    const file = { id: 'F1', name: `台账-${rows}.xlsx`, url_private_download: `${slack.url}/files/ledger.xlsx`, size: slack.files.get('ledger.xlsx')!.length };
    const event = { type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D1', user: 'UADMIN', text: '导入台账', ts: `${Math.floor(Date.now() / 1000)}.000100`, files: [file] };
    const body = JSON.stringify({ type: 'event_callback', team_id: team, api_app_id: 'A1', event_id: `Ev${Date.now()}`, event_time: 1, authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true }], event });
    const started = performance.now();
    const cpuBefore = cpuOf(child.pid!);
    let done = false;
    const reply = slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1' && /台账/.test(String(c.body.text)), 30 * 60_000).then((c) => {
      done = true;
      return { ms: performance.now() - started, text: String(c.body.text) };
    });
    await post(body, 'application/json');
    const questions: Array<{ ack: number; reply?: number }> = [];
    let peakMb = idleMb;
    const watch = (async () => {
      while (!done && child.exitCode === null) {
        peakMb = Math.max(peakMb, memoryOf(child.pid!).hwm);
        await pause(200);
      }
    })();
    while (!done) {
      questions.push(await ask());
      await Promise.race([pause(1_000), reply]);
    }
    const answered = await reply;
    const cpuMs = cpuOf(child.pid!) - cpuBefore;
    await watch;
    peakMb = Math.max(peakMb, memoryOf(child.pid!).hwm);
    const acks = questions.map((q) => q.ack).sort((a, b) => a - b);
    const replies = questions.flatMap((q) => (q.reply === undefined ? [] : [q.reply])).sort((a, b) => a - b);
    const mid = (xs: number[]) => xs[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
    return {
      importMs: answered.ms, cpuMs, peakMb, idleMb, reply: answered.text.split('\n')[0]!.slice(0, 120), asked: questions.length,
      ackP50: mid(acks), ackMax: acks.at(-1) ?? Number.NaN, replyP50: mid(replies), replyMax: replies.at(-1) ?? Number.NaN, unanswered: questions.length - replies.length,
    };
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    rmSync(scratch, { recursive: true, force: true });
    await slack.close();
    // The server's workspace of this upload goes with it: the bench's other workspaces share the tables.
    if (server) await forget(data!, team);
  }
}

async function forget(url: string, workspace: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client(url);
  await client.connect();
  try {
    for (const table of ['kexie_activities', 'kexie_activity_events', 'kexie_plans', 'kexie_documents']) await client.query(`DELETE FROM ${table} WHERE workspace = $1`, [workspace]);
  } finally {
    await client.end();
  }
}

export const describeUpload = (rows: number, where: string, f: UploadFigures): string =>
  `ledger of ${rows.toLocaleString('en')} rows uploaded in Slack, ${where} (load ${loadavg()[0]!.toFixed(1)}): replied after ${(f.importMs / 1000).toFixed(1)} s, bot CPU ${(f.cpuMs / 1000).toFixed(1)} s, ` +
  `bot peak RSS ${f.peakMb.toFixed(0)} MB (${f.idleMb.toFixed(0)} MB before the upload); meanwhile ${f.asked} questions from another user: ack p50/max ${f.ackP50.toFixed(0)}/${f.ackMax.toFixed(0)} ms, ` +
  `reply p50/max ${f.replyP50.toFixed(0)}/${f.replyMax.toFixed(0)} ms, ${f.unanswered} unanswered; reply: ${f.reply}`;

if (import.meta.filename === process.argv[1]) {
  const rows = Number(process.argv[2] ?? 100_000);
  const data = process.argv[3] && process.argv[3] !== '-' ? process.argv[3] : undefined;
  const f = await benchUploadImport(rows, data, process.argv[4]);
  console.log(describeUpload(rows, data?.startsWith('postgres') ? 'Postgres server' : 'folder', f));
}
