// The real Bolt app on a loopback HTTP server, talking to the fake Slack Web API, fed signed requests.
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackApp } from '../../src/adapters/slack/create-slack-app.js';
import { type Clock, FixedClock } from '../../src/core/clock.js';
import { createKexie, type KexieDeps } from '../../src/core/kexie.js';
import { type Logger, silentLogger } from '../../src/core/ports.js';
import { createLedgerFiles } from '../../src/infra/exports/ledger-file-worker.js';
import { createLedgerImports, type LedgerImportOptions } from '../../src/infra/exports/ledger-import-worker.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { createFakeSlack, type FakeSlack } from './fake-slack.js';
import { OBSERVANCES } from './kexie-for-tests.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface Sent {
  status: number;
  body: string;
  ms: number;
}

/** Signs a body exactly as Slack does (v0 HMAC-SHA256 of "v0:timestamp:body"). */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** `logger` is the app's (Bolt's lines and ours); `requestClock` is what signed request times are checked against. */
/**
 * `ledgerImports`: the upload import's thread options (its heap); uploaded ledgers are imported in a worker thread
 * (and a chat 导出's 台账 written in one, ledger-file-worker.ts)
 * that opens the harness's folder, as the bot's are, unless `deps` brings a store of its own.
 */
export async function startSlackHarness(options: { today?: string; admins?: string[]; deps?: Partial<KexieDeps>; logger?: Logger; requestClock?: Clock; ledgerImports?: Omit<LedgerImportOptions, 'store'> } = {}) {
  const slack: FakeSlack = await createFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'kexie-slack-'));
  const ledgerFiles = options.deps?.storeFor ? undefined : createLedgerFiles({ store: { dataDir } });
  const kexie = createKexie({
    storeFor: createFileStoreFactory(dataDir),
    observances: OBSERVANCES,
    clock: FixedClock.at(options.today ?? '2026-05-20'),
    timeZone: 'Asia/Shanghai',
    admins: options.admins ?? [],
    logger: silentLogger,
    ...(options.deps?.storeFor ? {} : { ledgerImports: createLedgerImports({ ...options.ledgerImports, store: { dataDir } }), ledgerFiles: ledgerFiles! }),
    ...options.deps,
  });
  const { receiver, acks } = createSlackApp(kexie, {
    token: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    slackApiUrl: slack.apiUrl,
    admins: options.admins ?? [],
    logger: options.logger ?? silentLogger,
    ...(options.requestClock ? { requestClock: options.requestClock } : {}),
  });
  if (!receiver) throw new Error('expected HTTP mode');
  const server: Server = createServer(receiver.requestListener);
  acks?.watch(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  let responses = 0;

  const send = async (body: string, type: string, extra: { retryNum?: number; timestamp?: number; secret?: string } = {}): Promise<Sent> => {
    const timestamp = extra.timestamp ?? Math.floor(Date.now() / 1000);
    const started = Date.now();
    const res = await fetch(base, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp, extra.secret),
        ...(extra.retryNum ? { 'x-slack-retry-num': String(extra.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
      },
      body,
    });
    return { status: res.status, body: await res.text(), ms: Date.now() - started };
  };

  return {
    slack,
    kexie,
    dataDir,
    send,
    /** A /kx slash command; returns the HTTP answer and the response_url id it carried. */
    async command(text: string, user = 'U1', team = 'T1', extra: Parameters<typeof send>[2] = {}) {
      const id = `r${++responses}`;
      const form = new URLSearchParams({ command: '/kx', text, user_id: user, team_id: team, channel_id: 'C1', trigger_id: `trig-${id}`, response_url: `${slack.url}/response/${id}`, token: 'x', api_app_id: 'A1' });
      return { sent: await send(form.toString(), 'application/x-www-form-urlencoded', extra), responseId: `response_url:${id}` };
    },
    /** An Events API callback. */
    event(event: Record<string, unknown>, options: { team?: string; eventId?: string; retryNum?: number } = {}) {
      const body = JSON.stringify({ type: 'event_callback', team_id: options.team ?? 'T1', api_app_id: 'A1', event_id: options.eventId ?? `Ev${Math.random().toString(36).slice(2)}`, event_time: 1, authorizations: [{ team_id: options.team ?? 'T1', user_id: 'UBOT', is_bot: true }], event });
      return send(body, 'application/json', { retryNum: options.retryNum });
    },
    /** An interaction (button, modal submission, shortcut). */
    interaction(payload: Record<string, unknown>, extra: Parameters<typeof send>[2] = {}) {
      return send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', extra);
    },
    responseUrl: (id: string) => `${slack.url}/response/${id}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await slack.close();
      // The 台账 processes ended and their kept rows removed.
      await ledgerFiles?.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
