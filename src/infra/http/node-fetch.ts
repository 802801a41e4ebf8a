// A fetch over node:http(s) for the model client (the openai package takes one): the global fetch is undici, which
// @slack/bolt sets up as the process's dispatcher, and a server that ends a body by closing the connection
// (HTTP/1.0 style) can trip an assertion there from a socket handler, out of reach of any try/catch (issue 21.1).
// Here every failure rejects the promise or errors the body stream; nothing is thrown from a socket handler.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Statuses whose Response may not have a body. */
const NO_BODY = new Set([101, 204, 205, 304]);

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/** The request body as bytes (strings and bytes as they are; anything else through Response's own encoding). */
async function bodyBytes(body: RequestInit['body']): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The response body as a web stream, decompressed when the server compressed it anyway. */
function responseBody(res: IncomingMessage): ReadableStream<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) return Readable.toWeb(res) as ReadableStream<Uint8Array>;
  res.on('error', (error) => decoder.destroy(error));
  return Readable.toWeb(res.pipe(decoder)) as ReadableStream<Uint8Array>;
}

/** fetch(input, init) for http: and https: URLs, without redirects (the model APIs answer where they are asked). */
export async function nodeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const request = input instanceof Request ? input : undefined;
  const url = new URL(request ? request.url : String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`fetch: unsupported protocol ${url.protocol}`);
  const method = (init.method ?? request?.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers ?? request?.headers);
  const body = await bodyBytes(init.body ?? (request?.body ? await request.arrayBuffer() : undefined));
  const signal = init.signal ?? request?.signal ?? undefined;
  if (signal?.aborted) throw abortError(signal);
  const outgoing: Record<string, string> = {};
  headers.forEach((value, key) => (outgoing[key] = value));
  if (!headers.has('accept-encoding')) outgoing['accept-encoding'] = 'gzip, deflate, br';
  if (body) outgoing['content-length'] = String(body.byteLength);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    let answered = false;
    const req = send(url, { method, headers: outgoing }, (res) => {
      answered = true;
      const status = res.statusCode ?? 0;
      const responseHeaders = new Headers();
      for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
      if (status < 200 || status > 599) {
        res.destroy();
        return reject(new TypeError(`fetch: unusable status ${status}`));
      }
      const empty = NO_BODY.has(status) || method === 'HEAD';
      if (empty) res.resume();
      resolve(new Response(empty ? null : responseBody(res), { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
    });
    // Before an answer a failure rejects; after it, node ends the body stream with the error (the reader sees it).
    req.on('error', (error) => {
      if (!answered) reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: error }));
    });
    const onAbort = (): void => void req.destroy(abortError(signal as AbortSignal) as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => signal?.removeEventListener('abort', onAbort));
    req.end(body);
  });
}
