// A local server that plays the Slack Web API (and response_url, and file downloads) and keeps what it received.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerInStyle, type FileHostStyle } from './file-host.js';
import { messageProblem, viewProblem } from './slack-limits.js';

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
  /** How /files/ answers: HTTP/1.1 with a length (normal), HTTP/1.0 ended by closing the connection, or cut short. */
  fileStyle: FileHostStyle;
  /** A style for one file by name, over `fileStyle`. */
  fileStyles: Map<string, FileHostStyle>;
  /** Calls refused the way Slack refuses them (invalid_blocks, msg_blocks_too_long, invalid_arguments…). */
  rejected: Array<SlackCall & { error: string }>;
  /** Files uploaded with files.uploadV2, by file id, once completed. */
  uploads: Map<string, { filename: string; title?: string; channel?: string; threadTs?: string; bytes: Uint8Array }>;
  /** Display names users.info reports. */
  names: Map<string, string>;
  /** Errors to answer once for the next call of a method (as Slack does for ratelimited, channel_not_found…). */
  refuseNext: Map<string, string>;
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

/** The bytes of an upload: the file part of a multipart body (as the Web API client sends it), or the raw body. */
function fileOf(raw: Buffer, type: string | undefined): Buffer {
  const boundary = /boundary=("?)([^";]+)\1/.exec(type ?? '')?.[2];
  if (!boundary) return raw;
  const marker = Buffer.from(`--${boundary}`);
  const start = raw.indexOf(marker);
  const headerEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd);
  return start < 0 || headerEnd < 0 || end < 0 ? raw : raw.subarray(headerEnd + 4, end);
}

export async function createFakeSlack(): Promise<FakeSlack> {
  const events = new EventEmitter();
  events.setMaxListeners(0); // a soak waits on many replies at once
  let ts = 1_700_000_000;
  let fileIds = 0;
  const uploading = new Map<string, { filename: string; bytes: Uint8Array }>();
  const fake: FakeSlack = {
    apiUrl: '',
    url: '',
    calls: [],
    admins: new Set(),
    files: new Map(),
    fileStyle: 'normal',
    fileStyles: new Map(),
    rejected: [],
    uploads: new Map(),
    names: new Map(),
    refuseNext: new Map(),
    grants: new Map(),
    messages: [],
    channelErrors: new Map(),
    rateLimit: { remaining: 0, retryAfter: 1 },
    serverErrors: 0,
    waitFor(match, timeoutMs = 300_000) {
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
      const name = decodeURIComponent(url.pathname.slice(7));
      const bytes = fake.files.get(name);
      const authorized = req.headers.authorization?.startsWith('Bearer xoxb-');
      const style = fake.fileStyles.get(name) ?? fake.fileStyle;
      if (style !== 'normal') return answerInStyle(req.socket, style, authorized ? bytes : undefined);
      res.writeHead(bytes && authorized ? 200 : 404).end(bytes && authorized ? Buffer.from(bytes) : undefined);
      return;
    }
    const raw = await read(req);
    if (url.pathname.startsWith('/upload/')) {
      const id = url.pathname.slice(8);
      const pending = uploading.get(id);
      if (!pending) return void res.writeHead(404).end();
      pending.bytes = new Uint8Array(fileOf(raw, req.headers['content-type']));
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${raw.length}`);
      return;
    }
    const body = parseBody(raw.toString('utf8'), req.headers['content-type']);
    const method = url.pathname.startsWith('/response/') ? `response_url:${url.pathname.slice(10)}` : url.pathname.replace(/^\/api\//, '');
    const call: SlackCall = { method, body, authorization: req.headers.authorization };
    const answer = (data: Record<string, unknown>): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...data }));
    };
    // Slack checks what it is sent before doing anything: a refused call changes nothing.
    const isMessage = method.startsWith('response_url:') || ['chat.postMessage', 'chat.update', 'chat.postEphemeral'].includes(method);
    const forced = fake.refuseNext.get(method);
    if (forced) fake.refuseNext.delete(method);
    const problem = forced ?? (isMessage ? messageProblem(body) : method.startsWith('views.') ? viewProblem(body.view) : undefined);
    if (problem) {
      fake.rejected.push({ ...call, error: problem });
      fake.calls.push({ ...call, method: `${method}!rejected` });
      events.emit('call', { ...call, method: `${method}!rejected` });
      const status = method.startsWith('response_url:') ? 400 : 200;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: problem }));
      return;
    }
    fake.calls.push(call);
    events.emit('call', call);
    switch (method) {
      case 'files.getUploadURLExternal': {
        if (!body.filename || !Number(body.length)) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'invalid_arguments' }));
        const id = `F${++fileIds}`;
        uploading.set(id, { filename: String(body.filename), bytes: new Uint8Array() });
        return answer({ upload_url: `${fake.url}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(body.files) ? body.files : []) as Array<{ id: string; title?: string }>;
        for (const f of files) {
          const pending = uploading.get(f.id);
          if (!pending || pending.bytes.length === 0) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'file_not_found' }));
          fake.uploads.set(f.id, { ...pending, title: f.title, channel: body.channel_id as string | undefined, threadTs: body.thread_ts as string | undefined });
        }
        return answer({ files: files.map((f) => ({ id: f.id, title: f.title })) });
      }
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
      case 'users.info': {
        const name = fake.names.get(String(body.user));
        return answer({ user: { id: body.user, name: String(body.user).toLowerCase(), is_admin: fake.admins.has(String(body.user)), profile: { display_name: name ?? '', real_name: name ?? '' } } });
      }
      case 'chat.postEphemeral':
        return answer({ message_ts: `${++ts}.000200` });
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
