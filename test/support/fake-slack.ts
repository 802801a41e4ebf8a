// A local server that plays the Slack Web API (and response_url, and file downloads) and keeps what it received.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  authorization?: string;
}

export interface FakeSlack {
  /** Base URL for Bolt's clientOptions.slackApiUrl. */
  apiUrl: string;
  /** Base for response_url and file URLs. */
  url: string;
  calls: SlackCall[];
  /** Users whose users.info says is_admin. */
  admins: Set<string>;
  files: Map<string, Uint8Array>;
  /** OAuth codes oauth.v2.access exchanges for a team's bot token. */
  grants: Map<string, { team: string; teamName?: string; token: string; user?: string }>;
  /** Messages posted with chat.postMessage, as conversations.history returns them. */
  messages: Array<{ channel: string; ts: string; text: string; metadata?: unknown }>;
  /** Channels chat.postMessage answers with this error (channel_not_found, not_in_channel, …). */
  channelErrors: Map<string, string>;
  /** The next n chat.postMessage calls answer 429 with this Retry-After (seconds). */
  rateLimit: { remaining: number; retryAfter: number };
  /** The next n chat.postMessage calls answer HTTP 500. */
  serverErrors: number;
  /** Resolves with the first call (existing or future) that matches. */
  waitFor(match: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
}

const read = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export async function createFakeSlack(): Promise<FakeSlack> {
  const events = new EventEmitter();
  let ts = 1_700_000_000;
  const fake: FakeSlack = {
    apiUrl: '',
    url: '',
    calls: [],
    admins: new Set(),
    files: new Map(),
    grants: new Map(),
    messages: [],
    channelErrors: new Map(),
    rateLimit: { remaining: 0, retryAfter: 1 },
    serverErrors: 0,
    waitFor(match, timeoutMs = 10_000) {
      const found = fake.calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('call', listener);
          reject(new Error(`fake Slack: no matching call within ${timeoutMs} ms; got ${fake.calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        const listener = (c: SlackCall): void => {
          if (!match(c)) return;
          clearTimeout(timer);
          events.off('call', listener);
          resolve(c);
        };
        events.on('call', listener);
      });
    },
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const bytes = fake.files.get(decodeURIComponent(url.pathname.slice(7)));
      const authorized = req.headers.authorization?.startsWith('Bearer xoxb-');
      res.writeHead(bytes && authorized ? 200 : 404).end(bytes && authorized ? Buffer.from(bytes) : undefined);
      return;
    }
    const body = parseBody((await read(req)).toString('utf8'), req.headers['content-type']);
    const method = url.pathname.startsWith('/response/') ? `response_url:${url.pathname.slice(10)}` : url.pathname.replace(/^\/api\//, '');
    const call: SlackCall = { method, body, authorization: req.headers.authorization };
    fake.calls.push(call);
    events.emit('call', call);
    const answer = (data: Record<string, unknown>): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...data }));
    };
    switch (method) {
      case 'auth.test':
        return answer({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'kexie', team: 'Test' });
      case 'chat.postMessage': {
        if (fake.serverErrors > 0) {
          fake.serverErrors--;
          res.writeHead(500).end('oops');
          return;
        }
        if (fake.rateLimit.remaining > 0) {
          fake.rateLimit.remaining--;
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(fake.rateLimit.retryAfter) }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
          return;
        }
        const error = fake.channelErrors.get(String(body.channel));
        if (error) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error }));
          return;
        }
        const stamp = `${++ts}.000100`;
        fake.messages.push({ channel: String(body.channel), ts: stamp, text: String(body.text ?? ''), metadata: body.metadata });
        return answer({ channel: body.channel, ts: stamp, message: { text: body.text } });
      }
      case 'chat.update':
        return answer({ channel: body.channel, ts: `${++ts}.000100`, message: { text: body.text } });
      case 'oauth.v2.access': {
        const grant = fake.grants.get(String(body.code ?? ''));
        if (!grant) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'invalid_code' }));
          return;
        }
        fake.grants.delete(String(body.code)); // a code works once
        return answer({
          app_id: 'A1',
          authed_user: { id: grant.user ?? 'UINSTALLER' },
          scope: 'app_mentions:read,chat:write,commands,users:read',
          token_type: 'bot',
          access_token: grant.token,
          bot_user_id: 'UBOT',
          team: { id: grant.team, name: grant.teamName ?? grant.team },
          enterprise: null,
          is_enterprise_install: false,
        });
      }
      case 'conversations.history':
        return answer({ messages: fake.messages.filter((m) => m.channel === body.channel).reverse().map((m) => ({ ts: m.ts, text: m.text, metadata: m.metadata })), has_more: false });
      case 'users.info':
        return answer({ user: { id: body.user, is_admin: fake.admins.has(String(body.user)) } });
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return answer({ view: { id: 'V1' } });
      default:
        return answer({});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = `${fake.url}/api/`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
