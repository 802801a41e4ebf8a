import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli.js';
import { createFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { ROOT } from '../support/kexie-for-tests.js';
import { signature } from '../support/slack-harness.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let slack: FakeSlack | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await slack?.close();
});

describe('npm start with Slack credentials', () => {
  it('serves signed slash commands over HTTP, keeps the team\'s data apart, and never logs the token', async () => {
    slack = await createFakeSlack();
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kexie-start-slack-'));
    const secret = 'e2e-signing-secret-123456';
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KEXIE_DATA_DIR: dataDir, KEXIE_TODAY: '2026-05-20', SLACK_BOT_TOKEN: 'xoxb-e2e-secret-token', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.apiUrl, PORT: String(port) },
    });
    let logs = '';
    child.stdout.on('data', (c: Buffer) => (logs += c.toString()));
    child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
    stop = () => child.kill();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not started: ${logs}`)), 120_000);
      const check = (): void => {
        if (logs.includes('serving Slack')) {
          clearTimeout(timer);
          resolve();
        } else setTimeout(check, 50);
      };
      check();
    });
    const body = new URLSearchParams({ command: '/kx', text: '记录 昨天 科普讲座，参加120人', user_id: 'U1', team_id: 'T777', channel_id: 'C1', response_url: `${slack.url}/response/e2e` }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature(body, ts, secret) }, body });
    expect(res.status).toBe(200);
    const reply = await slack.waitFor((c) => c.method === 'response_url:e2e');
    expect(String(reply.body.text)).toContain('人数：120人');
    const listed = await cliInProcess({ KEXIE_DATA_DIR: dataDir }, 'activities', '--workspace', 'T777', '--json');
    expect(listed.json.activities).toEqual([expect.objectContaining({ headcount: 120, by: 'U1', date: '2026-05-19' })]);
    const local = await cliInProcess({ KEXIE_DATA_DIR: dataDir }, 'activities', '--json');
    expect(local.json.activities).toEqual([]);
    expect(logs).not.toContain('xoxb-e2e-secret-token');
    expect(logs).not.toContain(secret);
  });

  it('with the three OAuth variables and no bot token starts and serves /slack/install', async () => {
    slack = await createFakeSlack();
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'kexie-start-oauth-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KEXIE_DATA_DIR: dataDir, SLACK_SIGNING_SECRET: 'e2e-signing-secret-123456', SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'e2e-client-secret', SLACK_STATE_SECRET: 'e2e-state-secret-0123456789', SLACK_API_URL: slack.apiUrl, PORT: String(port) },
    });
    let logs = '';
    child.stdout.on('data', (c: Buffer) => (logs += c.toString()));
    child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
    stop = () => child.kill();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not started: ${logs}`)), 120_000);
      const check = (): void => {
        if (logs.includes('serving Slack')) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`exited: ${logs}`));
        } else setTimeout(check, 50);
      };
      check();
    });
    const install = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get('location') ?? '');
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect(location.searchParams.get('scope')?.split(',')).toContain('commands');
    expect(logs).not.toContain('e2e-client-secret');
  });
});
