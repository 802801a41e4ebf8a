import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../src/adapters/slack/create-slack-app.js';
import { createOneTimeStateStore } from '../../src/adapters/slack/oauth-state.js';
import { manifestScopes } from '../../src/adapters/slack/start-slack.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { type Logger, silentLogger } from '../../src/core/ports.js';
import { FileInstallationRecords } from '../../src/infra/store/installation-file-store.js';
import { createFileStoreFactory, FileStore } from '../../src/infra/store/file-store.js';
import { loadConfig, usesOAuth } from '../../src/config.js';
import { createFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { SIGNING_SECRET, signature } from '../support/slack-harness.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A logger whose lines a test can wait for (the listener runs after Slack's request is acknowledged). */
function recordingLogger() {
  const lines: string[] = [];
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  const write = (message: string): void => {
    lines.push(message);
    for (const w of waiters.filter((w) => message.includes(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const logger: Logger = { info: write, warn: write, error: write };
  /** Resolves at the next line containing `text` (call before the request that causes it). */
  const next = (text: string): Promise<void> => new Promise((resolve) => waiters.push({ text, resolve }));
  return { logger, lines, next };
}

async function startDistributedApp() {
  const slack: FakeSlack = await createFakeSlack();
  const log = recordingLogger();
  const dataDir = mkdtempSync(join(tmpdir(), 'kexie-oauth-'));
  const kexie = createKexie({ storeFor: createFileStoreFactory(dataDir), observances: OBSERVANCES, clock: FixedClock.at('2026-05-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  const records = new FileInstallationRecords(dataDir);
  const { receiver } = createSlackApp(kexie, {
    signingSecret: SIGNING_SECRET,
    slackApiUrl: slack.apiUrl,
    oauth: { clientId: '1111.2222', clientSecret: 'client-secret-not-real', stateSecret: 'state-secret-0123456789', scopes: manifestScopes(), records, authorizationUrl: `${slack.url}/oauth/v2/authorize` },
    admins: [],
    logger: log.logger,
  });
  if (!receiver) throw new Error('expected HTTP mode');
  const server: Server = createServer(receiver.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await slack.close();
  });

  /** The browser's part of an install: /slack/install, Slack's consent (a code), then /slack/oauth_redirect. */
  const install = async (team: string, token: string) => {
    const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(`${slack.url}/oauth/v2/authorize`);
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect(location.searchParams.get('scope')).toContain('chat:write');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const code = `code-${team}`;
    slack.grants.set(code, { team, teamName: `${team} 科协`, token });
    const done = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    return { status: done.status, html: await done.text() };
  };

  const send = async (payload: Record<string, unknown>) => {
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) }, body });
    return res.status;
  };
  let n = 0;
  const dm = (team: string, text: string) =>
    send({ type: 'event_callback', team_id: team, api_app_id: 'A1', event_id: `Ev${++n}`, event_time: 1, authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true }], event: { type: 'message', channel_type: 'im', channel: `D-${team}-${n}`, user: 'U1', text, ts: `1710000000.00${n}` } });
  const teamEvent = (team: string, event: Record<string, unknown>) => send({ type: 'event_callback', team_id: team, api_app_id: 'A1', event_id: `Ev${++n}`, event_time: 1, event });
  return { slack, dataDir, records, base, install, dm, teamEvent, log };
}

describe('installing with OAuth (many workspaces)', () => {
  it('installs two teams, answers each with its own token, and forgets tokens on uninstall or revocation, keeping data', async () => {
    const s = await startDistributedApp();
    const nine = await s.install('T9', 'xoxb-team-nine');
    expect(nine.status).toBe(200);
    expect(nine.html).toContain('已安装到工作区“T9 科协”');
    expect(await s.install('T8', 'xoxb-team-eight')).toMatchObject({ status: 200 });
    const access = s.slack.calls.filter((c) => c.method === 'oauth.v2.access');
    expect(access).toHaveLength(2);
    expect(JSON.stringify(access[0]?.body) + (access[0]?.authorization ?? '')).toMatch(/1111\.2222|Basic/u);
    expect(await s.records.get('team:T9')).toMatchObject({ team: { id: 'T9' }, bot: { token: 'xoxb-team-nine' } });
    expect(statSync(join(s.dataDir, 'installations.json')).mode & 0o077).toBe(0);

    // Each team is answered with its own token, and logs into its own store.
    expect(await s.dm('T9', '5月17日 科普讲座，参加100人')).toBe(200);
    const toNine = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.channel).startsWith('D-T9'));
    expect(toNine.authorization).toBe('Bearer xoxb-team-nine');
    expect(String(toNine.body.text)).toContain('已记录活动');
    expect(await s.dm('T8', '帮助')).toBe(200);
    const toEight = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.channel).startsWith('D-T8'));
    expect(toEight.authorization).toBe('Bearer xoxb-team-eight');
    expect(await new FileStore(join(s.dataDir, 'T9')).listActivities()).toHaveLength(1);
    expect(await new FileStore(join(s.dataDir, 'T8')).listActivities()).toHaveLength(0);

    // app_uninstalled: T9's token is gone, its data stays, and its requests get no answer.
    const removed = s.log.next('Slack installation removed');
    expect(await s.teamEvent('T9', { type: 'app_uninstalled' })).toBe(200);
    await removed;
    expect(await s.records.get('team:T9')).toBeUndefined();
    expect(readFileSync(join(s.dataDir, 'installations.json'), 'utf8')).not.toContain('xoxb-team-nine');
    expect(await new FileStore(join(s.dataDir, 'T9')).listActivities()).toHaveLength(1);
    const before = s.slack.calls.filter((c) => c.method === 'chat.postMessage').length;
    await s.dm('T9', '帮助');
    expect(s.slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(before);

    // tokens_revoked for user tokens only changes nothing; for the bot token it ends T8's installation.
    const kept = s.log.next('user tokens revoked');
    await s.teamEvent('T8', { type: 'tokens_revoked', tokens: { oauth: ['U1'] } });
    await kept;
    expect(await s.records.get('team:T8')).toBeDefined();
    const revoked = s.log.next('Slack installation removed');
    await s.teamEvent('T8', { type: 'tokens_revoked', tokens: { bot: ['UBOT'] } });
    await revoked;
    expect(await s.records.get('team:T8')).toBeUndefined();
  });

  it('refuses an OAuth redirect with a forged state, storing nothing', async () => {
    const s = await startDistributedApp();
    s.slack.grants.set('code-T7', { team: 'T7', token: 'xoxb-team-seven' });
    const res = await fetch(`${s.base}/slack/oauth_redirect?code=code-T7&state=forged`);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('安装没有完成');
    expect(await s.records.get('team:T7')).toBeUndefined();
    expect(s.slack.calls.filter((c) => c.method === 'oauth.v2.access')).toEqual([]);
  });

  it('accepts an OAuth state once: the redirect replayed with the same state and cookie installs nothing more', async () => {
    const s = await startDistributedApp();
    const start = await fetch(`${s.base}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    s.slack.grants.set('code-T6', { team: 'T6', token: 'xoxb-team-six' });
    s.slack.grants.set('code-T5', { team: 'T5', token: 'xoxb-team-five' });
    const redirect = (code: string) => fetch(`${s.base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
    expect((await redirect('code-T6')).status).toBe(200);
    const again = await redirect('code-T5');
    expect(again.status).toBe(500);
    expect(await again.text()).toContain('安装没有完成');
    expect(await s.records.get('team:T5')).toBeUndefined();
    expect(s.slack.calls.filter((c) => c.method === 'oauth.v2.access')).toHaveLength(1);
    expect(s.log.lines.some((l) => l.includes('OAuth state not accepted'))).toBe(true);
    // A fresh state from the install page still works.
    expect(await s.install('T4', 'xoxb-team-four')).toMatchObject({ status: 200 });
  });

  it('reads the three OAuth variables together, or none', () => {
    const full = loadConfig({ SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'secret-not-real', SLACK_STATE_SECRET: 'state-secret-0123456789', SLACK_SIGNING_SECRET: 'signing-secret-x' });
    expect(usesOAuth(full)).toBe(true);
    expect(usesOAuth(loadConfig({}))).toBe(false);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1111.2222', SLACK_SIGNING_SECRET: 'signing-secret-x' })).toThrow(/SLACK_CLIENT_SECRET.*\n.*SLACK_STATE_SECRET/u);
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'secret-not-real', SLACK_STATE_SECRET: 'state-secret-0123456789' })).toThrow(/SLACK_SIGNING_SECRET/u);
  });
});

describe('the one-time OAuth state store', () => {
  it('accepts a state it signed once within ten minutes, and refuses an expired, reused or altered one', async () => {
    const store = createOneTimeStateStore('state-secret-0123456789', silentLogger);
    const at = new Date('2026-05-20T04:00:00.000Z');
    const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    const options = { scopes: ['chat:write'] };
    const state = await store.generateStateParam(options, at);
    const old = await store.generateStateParam(options, at);
    await expect(store.verifyStateParam(later(11), old)).rejects.toThrow(/expired/u);
    const [payload = '', mac = ''] = state.split('.');
    const altered = `${Buffer.from(Buffer.from(payload, 'base64url').toString().replace('chat:write', 'admin')).toString('base64url')}.${mac}`;
    await expect(store.verifyStateParam(later(1), altered)).rejects.toThrow(/forged/u);
    expect(await store.verifyStateParam(later(5), state)).toEqual(options);
    await expect(store.verifyStateParam(later(6), state)).rejects.toThrow(/already used/u);
    await expect(createOneTimeStateStore('another-secret-987654321', silentLogger).verifyStateParam(later(1), old)).rejects.toThrow(/forged/u);
  });
});
