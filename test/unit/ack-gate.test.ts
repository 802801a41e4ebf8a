// A request's work waits until every request that came with it has its HTTP answer (ordering, not timing).
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, it } from 'vitest';
import { gateAcks } from '../../src/adapters/slack/ack-gate.js';

const request = (url = '/slack/events', method = 'POST') => ({ url, method }) as IncomingMessage;
const response = () => new EventEmitter() as unknown as ServerResponse;

it('lets work start only when no request to the events path waits for its answer', async () => {
  const seen: string[] = [];
  const receiver = { requestListener: (_req: IncomingMessage, _res: ServerResponse) => void seen.push('inner') };
  const gate = gateAcks(receiver, { paths: ['/slack/events'], maxWaitMs: 60_000 });
  const [a, b, other] = [response(), response(), response()];
  receiver.requestListener(request(), a);
  receiver.requestListener(request(), b);
  receiver.requestListener(request('/slack/install', 'GET'), other);
  expect(seen).toEqual(['inner', 'inner', 'inner']);
  expect(gate.waiting).toBe(2);

  const order: string[] = [];
  const work = gate.settled().then(() => order.push('work'));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  a.emit('finish');
  order.push('ack a');
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  expect(order).toEqual(['ack a']);
  // A connection closed without an answer counts as answered, once.
  b.emit('close');
  b.emit('finish');
  order.push('ack b');
  await work;
  expect(order).toEqual(['ack a', 'ack b', 'work']);
  expect(gate.waiting).toBe(0);
  // Nothing waiting: the work goes after two turns.
  await gate.settled();
});
