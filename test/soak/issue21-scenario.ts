// Issue 21's soak, one store at a time: the bot in its own process (test/soak/soak-bot.ts) with a busy month
// stored, then at once: ledger uploads from a normal and an HTTP/1.0-close file host, a summary of the month, and
// waves of parallel writers. Reports crashes, the slowest ack and acknowledged writes missing from the store.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient } from '../../src/infra/store/postgres/sql-client.js';
import { createFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import type { FileHostStyle } from '../support/file-host.js';
import { ledgerWorkbook } from '../support/ledger-workbook.js';
import { SIGNING_SECRET, signature } from '../support/slack-harness.js';

export interface ScenarioOptions {
  store: 'folder' | 'pglite';
  /** Activities stored before the run, all in May 2026 (the summary's month). */
  records: number;
  /** Writers sending at once, and how many waves of them. */
  writers: number;
  waves: number;
  /** Rows of each uploaded ledger. */
  ledgerRows: number;
}

export interface ScenarioResult {
  store: string;
  crashed: boolean;
  stderrTail: string;
  acks: number;
  ackMaxMs: number;
  ackP95Ms: number;
  writesAcknowledged: number;
  writesLost: number;
  writesStoredTwice: number;
  /** The first answers of writes that were not confirmed (an error the writer was shown). */
  unconfirmed: string[];
  uploads: Array<{ style: FileHostStyle; reply: string }>;
  summaryAnswered: boolean;
  summaryMs: number;
  seedMs: number;
  /** The bot's longest event-loop stall while serving (perf_hooks), in ms; undefined when not reported. */
  loopMaxMs?: number;
}

/** 0 → a, 25 → z, 26 → ba: a number in letters. */
const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(97 + (n % 26));

const ROOT = join(import.meta.dirname, '..', '..');
const tsxCli = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');

async function startBot(slack: FakeSlack, options: ScenarioOptions, data: string): Promise<{ child: ChildProcess; base: string; stderr: () => string; stdout: () => string }> {
  // SOAK_BOT_NODE_ARGS (say "--cpu-prof --cpu-prof-dir=/tmp/prof") runs the bot under node with those flags and tsx's loader.
  const nodeArgs = process.env.SOAK_BOT_NODE_ARGS?.split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...(nodeArgs ? [...nodeArgs, '--import', 'tsx'] : [tsxCli]), join(ROOT, 'test', 'soak', 'soak-bot.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Asia/Shanghai', SOAK_STORE: options.store, SOAK_DATA: data, SOAK_SEED_RECORDS: String(options.records), SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready (\d+)/u.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the soak bot exited before serving (${code}): ${stderr.slice(-2000)}`)));
  });
  return { child, base: `http://127.0.0.1:${port}/slack/events`, stderr: () => stderr, stdout: () => out };
}

/** Runs the scenario once on one store. */
export async function runIssue21Scenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const slack = await createFakeSlack();
  const data = mkdtempSync(join(tmpdir(), `kexie-soak21-${options.store}-`));
  const seedStarted = performance.now();
  const bot = await startBot(slack, options, data);
  const seedMs = performance.now() - seedStarted;
  let exited = false;
  bot.child.once('exit', () => (exited = true));
  const acks: number[] = [];
  let responses = 0;
  const send = async (body: string, type: string): Promise<number> => {
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    const res = await fetch(bot.base, { method: 'POST', headers: { 'content-type': type, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) }, body });
    await res.arrayBuffer();
    acks.push(performance.now() - started);
    return res.status;
  };
  const command = async (text: string, user: string): Promise<string> => {
    const id = `r${++responses}`;
    await send(new URLSearchParams({ command: '/kx', text, user_id: user, team_id: 'T1', channel_id: 'C1', trigger_id: `trig-${id}`, response_url: `${slack.url}/response/${id}`, token: 'x', api_app_id: 'A1' }).toString(), 'application/x-www-form-urlencoded');
    return `response_url:${id}`;
  };
  const replyTo = (method: string, pattern: RegExp): Promise<string> => slack.waitFor((c) => c.method === method && pattern.test(String(c.body.text ?? '')), 900_000).then((c) => String(c.body.text ?? ''));

  // The workbooks are made first: making them in this process while it times the acks would count its own stall.
  const styles: FileHostStyle[] = ['normal', 'http10-close'];
  for (const style of styles) {
    const name = `台账-${style}.xlsx`;
    slack.files.set(name, await ledgerWorkbook(options.ledgerRows, style === 'normal' ? '甲' : '乙'));
    slack.fileStyles.set(name, style);
  }
  // The summary of the busy month, the two uploads and the writers, all at once.
  const summaryStarted = performance.now();
  const summaryReply = command('总结 2026年5月', 'USUM').then((m) => replyTo(m, /工作总结|生成总结失败/u));
  const uploads = styles.map(async (style, n) => {
    const name = `台账-${style}.xlsx`;
    const channel = `DUP${n}`;
    await send(JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvUp${n}`, event_time: 1, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event: { type: 'message', subtype: 'file_share', channel_type: 'im', channel, user: 'UADMIN', text: '导入台账', ts: `1779000001.00000${n}`, files: [{ id: `FUP${n}`, name, url_private_download: `${slack.url}/files/${encodeURIComponent(name)}` }] } }), 'application/json');
    const reply = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === channel, 900_000);
    return { style, reply: String(reply.body.text ?? '').split('\n').slice(0, 3).join(' / ') };
  });
  const confirmed = new Map<string, string>(); // marker → id the reply named
  const unconfirmed: string[] = []; // what the other writers were told
  for (let wave = 0; wave < options.waves; wave++) {
    await Promise.all(
      Array.from({ length: options.writers }, async (_, w) => {
        const marker = `批次${letters(wave * 1000 + w)}`; // no digits: a marker must not read as a date or a figure
        const method = await command(`记录 5月20日 科普讲座${marker}，参加${10 + w}人`, `UW${w}`);
        const text = await replyTo(method, /\S/u); // the first answer, whatever it says: only 已记录活动 <id> is a confirmed write
        const id = /已记录活动\s*([a-z0-9]+)/u.exec(text)?.[1];
        if (id) confirmed.set(marker, id);
        else unconfirmed.push(text.slice(0, 200));
      }),
    );
  }
  const uploaded = await Promise.all(uploads);
  const summaryText = await summaryReply;
  const summaryMs = performance.now() - summaryStarted;
  const crashed = exited;
  const closed = new Promise((r) => (exited ? r(undefined) : bot.child.once('exit', r)));
  bot.child.kill('SIGTERM');
  await closed;
  await slack.close();

  // Read back what the store holds, as a restarted bot would.
  let stored: Activity[];
  if (options.store === 'pglite') {
    const db = new PGlite(data);
    const factory = createPostgresStoreFactory(pgliteClient(db));
    await factory.ready;
    stored = await factory('T1').listActivities({ from: '2026-05-20', to: '2026-05-20' });
    await db.close();
  } else stored = await new FileStore(join(data, 'T1')).listActivities({ from: '2026-05-20', to: '2026-05-20' });
  const byMarker = new Map<string, string[]>();
  for (const a of stored) {
    const marker = /批次[a-z]+/u.exec(a.title + a.text)?.[0];
    if (marker) byMarker.set(marker, [...(byMarker.get(marker) ?? []), a.id]);
  }
  let lost = 0;
  let twice = 0;
  for (const [marker, id] of confirmed) {
    const ids = byMarker.get(marker) ?? [];
    if (!ids.includes(id)) lost++;
    if (ids.length > 1) twice++;
  }
  const sorted = [...acks].sort((a, b) => a - b);
  return {
    store: options.store,
    crashed,
    stderrTail: bot.stderr().slice(-1500),
    acks: acks.length,
    ackMaxMs: sorted.at(-1) ?? 0,
    ackP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    writesAcknowledged: confirmed.size,
    writesLost: lost,
    writesStoredTwice: twice,
    unconfirmed,
    uploads: uploaded,
    summaryAnswered: /工作总结/u.test(summaryText),
    summaryMs,
    seedMs,
    loopMaxMs: ((m) => (m ? Number(m[1]) : undefined))(/loop max (\d+)/u.exec(bot.stdout())),
  };
}
