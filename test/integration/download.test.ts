// The file download on node:http(s): both kinds of file host give the whole body; a cut, an oversized body, a
// silent host and a redirect elsewhere are values, never exceptions (issue 21.1).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { download } from '../../src/infra/http/download.js';
import { createFileHost, type FileHost } from '../support/file-host.js';

const hosts: FileHost[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  for (const c of closers.splice(0)) await c();
});
const body = new Uint8Array(29 * 1024).map((_, i) => i % 251);

describe('download', () => {
  it.each(['normal', 'http10-close'] as const)('reads the whole body from a %s host', async (style) => {
    const host = await createFileHost(style);
    hosts.push(host);
    host.files.set('a.xlsx', body);
    const result = await download(`${host.url}/files/a.xlsx`, { maxBytes: 1 << 20 });
    expect(result.ok && Buffer.from(result.bytes).equals(Buffer.from(body))).toBe(true);
    expect(await download(`${host.url}/files/missing`, { maxBytes: 1 << 20 })).toEqual({ ok: false, reason: 'status', status: 404 });
  });

  it('says a body was cut short, and stops at the size limit (with or without a declared length)', async () => {
    const cut = await createFileHost('cut-short');
    const old = await createFileHost('http10-close');
    hosts.push(cut, old);
    cut.files.set('a', body);
    old.files.set('a', body);
    expect(await download(`${cut.url}/files/a`, { maxBytes: 1 << 20 })).toMatchObject({ ok: false, reason: 'cut-short' });
    expect(await download(`${cut.url}/files/a`, { maxBytes: 1000 })).toEqual({ ok: false, reason: 'too-large', limit: 1000 });
    expect(await download(`${old.url}/files/a`, { maxBytes: 1000 })).toEqual({ ok: false, reason: 'too-large', limit: 1000 });
  });

  it('reports a refused connection, a bad URL and a silent host', async () => {
    expect(await download('http://127.0.0.1:9/none', { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'network' });
    expect(await download('ftp://x/y', { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'bad-url' });
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => { silent.closeAllConnections(); silent.close(() => r()); }));
    expect(await download(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, { maxBytes: 10, idleTimeoutMs: 50 })).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('follows a redirect, keeping the token only where it may go', async () => {
    const seen: Array<string | undefined> = [];
    const other = createServer((req, res) => { seen.push(req.headers.authorization); res.end('ok'); });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/f`;
    const first = createServer((req, res) => { seen.push(req.headers.authorization); res.writeHead(302, { location: otherUrl }).end(); });
    await new Promise<void>((r) => first.listen(0, '127.0.0.1', r));
    for (const s of [first, other]) closers.push(() => new Promise((r) => { s.closeAllConnections(); s.close(() => r()); }));
    const url = `http://127.0.0.1:${(first.address() as AddressInfo).port}/f`;
    const dropped = await download(url, { maxBytes: 100, headers: { authorization: 'Bearer xoxb-1' } });
    expect(dropped.ok && Buffer.from(dropped.bytes).toString()).toBe('ok');
    expect(seen).toEqual(['Bearer xoxb-1', undefined]);
    seen.length = 0;
    await download(url, { maxBytes: 100, headers: { authorization: 'Bearer xoxb-1' }, keepHeadersFor: (u) => u === otherUrl });
    expect(seen).toEqual(['Bearer xoxb-1', 'Bearer xoxb-1']);
  });
});
