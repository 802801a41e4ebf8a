// A local server that speaks the OpenAI chat-completions API, plain and streaming, and misbehaves on request.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerHttp10Close } from './file-host.js';

export type Scripted =
  | { kind: 'text'; content: string }
  | { kind: 'stream'; content: string }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'junk' }
  | { kind: 'hang' }
  /** Answers HTTP/1.0 with no Content-Length and ends the body by closing the connection (issue 21.1's file host). */
  | { kind: 'close-after-body'; content: string; stream?: boolean }
  /** Answers only when `until` resolves: a model as slow as the test wants, without sleeping. */
  | { kind: 'after'; until: Promise<void>; content: string };

export interface FakeOpenAI {
  url: string;
  /** Bodies of the chat-completion requests received, in order. */
  requests: Array<{ model: string; stream?: boolean; messages: Array<{ role: string; content: string }> }>;
  /** Answers to give, taken in order; the last one repeats. Replace it at any time. */
  script: Scripted[];
  close(): Promise<void>;
}

const read = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const completion = (content: string) => ({
  id: 'chatcmpl-fake',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'fake-model',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
});

/** A streamed answer as server-sent events: the content in pieces of 7 characters, then stop and [DONE]. */
const streamBody = (content: string): string =>
  [
    ...(content.match(/[\s\S]{1,7}/g) ?? []).map((piece) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'fake-model', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`),
    `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'fake-model', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
    'data: [DONE]\n\n',
  ].join('');

/** Starts the fake on 127.0.0.1 with a free port. */
export async function createFakeOpenAI(script: Scripted[] = []): Promise<FakeOpenAI> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const fake: FakeOpenAI = { url: '', requests: [], script, close: async () => {} };
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    fake.requests.push(JSON.parse(await read(req)));
    const step = (fake.script.length > 1 ? fake.script.shift() : fake.script[0]) ?? { kind: 'text', content: '' };
    if (step.kind === 'hang') {
      hanging.add(res);
      return;
    }
    if (step.kind === 'after') {
      await step.until;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(completion(step.content)));
      return;
    }
    if (step.kind === 'close-after-body') {
      const body = step.stream ? streamBody(step.content) : JSON.stringify(completion(step.content));
      answerHttp10Close(req.socket, 200, Buffer.from(body, 'utf8'), step.stream ? 'text/event-stream' : 'application/json');
      return;
    }
    if (step.kind === 'status') {
      res.writeHead(step.status, { 'content-type': 'application/json', ...(step.retryAfter ? { 'retry-after': step.retryAfter } : {}) });
      res.end(JSON.stringify({ error: { message: `fake ${step.status}`, type: 'fake' } }));
      return;
    }
    if (step.kind === 'junk') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"choices": [this is not json');
      return;
    }
    if (step.kind === 'stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(streamBody(step.content));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(completion(step.content)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
