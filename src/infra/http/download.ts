// Downloads a file over node:http(s), never the global fetch: since @slack/bolt loads undici 7 as the process's fetch
// dispatcher, a host that ends a body by closing the connection (HTTP/1.0) while the body waits unread trips an
// assertion thrown from a socket handler, out of reach of any try/catch (issue 21). Every failure here is a value.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface DownloadOptions {
  headers?: Record<string, string>;
  /** Bytes beyond this stop the download (declared or counted). */
  maxBytes: number;
  /** No byte for this long ends the download (default 30 s). */
  idleTimeoutMs?: number;
  /** Redirects followed (default 3). */
  maxRedirects?: number;
  /** Whether a redirect target may receive the headers too (the token); otherwise they are dropped. */
  keepHeadersFor?(url: string): boolean;
}

export type DownloadFailure =
  | { ok: false; reason: 'status'; status: number }
  | { ok: false; reason: 'too-large'; limit: number }
  | { ok: false; reason: 'timeout' | 'network' | 'cut-short' | 'bad-url' | 'redirects'; detail: string };

export type DownloadResult = { ok: true; bytes: Uint8Array; status: number } | DownloadFailure;

/** The body of `url` (following a few redirects), or why there is none. Never throws. */
export async function download(url: string, options: DownloadOptions): Promise<DownloadResult> {
  let target = url;
  let headers = options.headers ?? {};
  for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
    const result = await once(target, headers, options);
    if (!('redirect' in result)) return result;
    let next: URL;
    try {
      next = new URL(result.redirect, target);
    } catch {
      return { ok: false, reason: 'bad-url', detail: 'unparsable redirect' };
    }
    if (next.origin !== new URL(target).origin && !options.keepHeadersFor?.(next.href)) headers = {};
    target = next.href;
  }
  return { ok: false, reason: 'redirects', detail: `more than ${options.maxRedirects ?? 3} redirects` };
}

function once(url: string, headers: Record<string, string>, options: DownloadOptions): Promise<DownloadResult | { redirect: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, reason: 'bad-url', detail: 'unparsable' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return Promise.resolve({ ok: false, reason: 'bad-url', detail: parsed.protocol });
  const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: DownloadResult | { redirect: string }): void => {
      if (settled) return;
      settled = true;
      resolve(result);
      req.destroy();
    };
    const req = send(parsed, { method: 'GET', headers: { ...headers, 'accept-encoding': 'identity' }, agent: false }, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) return finish({ redirect: location });
      if (status < 200 || status >= 300) return finish({ ok: false, reason: 'status', status });
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > options.maxBytes) return finish({ ok: false, reason: 'too-large', limit: options.maxBytes });
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) return finish({ ok: false, reason: 'too-large', limit: options.maxBytes });
        chunks.push(chunk);
      });
      res.on('error', (error: Error) => finish({ ok: false, reason: 'cut-short', detail: error.message }));
      res.on('aborted', () => finish({ ok: false, reason: 'cut-short', detail: 'connection closed before the body ended' }));
      res.on('end', () => {
        // Without a Content-Length (HTTP/1.0 style) the body ends when the host closes: node:http reads that as the end.
        if (!res.complete) return finish({ ok: false, reason: 'cut-short', detail: 'connection closed before the body ended' });
        finish({ ok: true, bytes: new Uint8Array(Buffer.concat(chunks, size)), status });
      });
    });
    req.setTimeout(options.idleTimeoutMs ?? 30_000, () => finish({ ok: false, reason: 'timeout', detail: `no data for ${options.idleTimeoutMs ?? 30_000} ms` }));
    req.on('error', (error: Error) => finish({ ok: false, reason: 'network', detail: error.message }));
    req.end();
  });
}
