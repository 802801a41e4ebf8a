// Issue 21.1 for the model client: its requests go over node:http(s), never the global fetch (undici, which a
// server closing the connection after the body could crash from a socket handler). A server answering HTTP/1.0 with
// no length and a close gets its answer read, plain and streamed; a cut or refused connection is a ModelError.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import '@slack/bolt'; // as in the bot: bolt's undici is then the process's fetch dispatcher
import { ModelError } from '../../src/core/errors.js';
import { createOpenAIModel } from '../../src/infra/model/openai-model.js';
import { nodeFetch } from '../../src/infra/http/node-fetch.js';
import { createFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

let fake: FakeOpenAI | undefined;
let raw: Server | undefined;
const realFetch = globalThis.fetch;
afterEach(async () => {
  globalThis.fetch = realFetch;
  await fake?.close();
  fake = undefined;
  await new Promise<void>((r) => (raw ? raw.close(() => r()) : r()));
  raw = undefined;
});

/** The global fetch made unusable: a client that still calls it fails the test. */
const forbidGlobalFetch = (): string[] => {
  const calls: string[] = [];
  globalThis.fetch = ((input: unknown) => {
    calls.push(String(input));
    return Promise.reject(new Error('the global fetch was called'));
  }) as typeof fetch;
  return calls;
};

const modelFor = (url: string, stream = false) => createOpenAIModel({ apiKey: 'sk-test-key-not-real', baseURL: url, model: 'fake-model', timeoutMs: 60_000, maxRetries: 0, stream });

describe('the model client over node:http', () => {
  it.each([false, true])('reads an answer whose body ends with the connection closing (streamed: %s)', async (stream) => {
    const calls = forbidGlobalFetch();
    fake = await createFakeOpenAI([{ kind: 'close-after-body', content: '科普讲座，参加八十人。'.repeat(300), stream }]);
    const model = modelFor(fake.url, stream);
    expect(await model.complete([{ role: 'user', content: '你好' }])).toBe('科普讲座，参加八十人。'.repeat(300));
    expect(await model.complete([{ role: 'user', content: '再来' }])).toContain('科普讲座');
    expect(fake.requests.map((r) => r.messages[0]?.content)).toEqual(['你好', '再来']);
    expect(calls).toEqual([]);
  });

  it('turns a connection cut before the answer, and a refused one, into a ModelError', async () => {
    forbidGlobalFetch();
    raw = createServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{"choices":')));
    await new Promise<void>((r) => raw?.listen(0, '127.0.0.1', r));
    const cut = modelFor(`http://127.0.0.1:${(raw.address() as AddressInfo).port}/v1`);
    await expect(cut.complete([{ role: 'user', content: 'x' }])).rejects.toBeInstanceOf(ModelError);
    await expect(modelFor('http://127.0.0.1:9/v1').complete([{ role: 'user', content: 'x' }])).rejects.toBeInstanceOf(ModelError);
  });

  it('sends the method, headers and body, and stops when its signal aborts', async () => {
    fake = await createFakeOpenAI([{ kind: 'text', content: 'ok' }, { kind: 'hang' }]);
    const res = await nodeFetch(`${fake.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: '报名' }] }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content).toBe('ok');
    expect(fake.requests[0]?.messages[0]?.content).toBe('报名');
    const controller = new AbortController();
    const pending = nodeFetch(`${fake.url}/chat/completions`, { method: 'POST', body: '{"model":"m","messages":[]}', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
