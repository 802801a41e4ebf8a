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

it('runs answers in a lane: at most `concurrency` at once, and none starts while a request waits for its ack', async () => {
  const receiver = { requestListener: (_req: IncomingMessage, _res: ServerResponse) => undefined };
  const gate = gateAcks(receiver, { paths: ['/slack/events'], maxWaitMs: 60_000, concurrency: 1, idleClock: () => 0, cpuClock: () => 0 });
  const order: string[] = [];
  const finish: Array<() => void> = [];
  const work = (name: string) => gate.run(() => new Promise<string>((resolve) => {
    order.push(`start ${name}`);
    finish.push(() => resolve(name));
  }));
  const answers = [work('a'), work('b')];
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  expect(order).toEqual(['start a']);
  // A request arrives while a runs: b waits for its ack, not only for a.
  const late = response();
  receiver.requestListener(request(), late);
  finish.shift()!();
  expect(await answers[0]).toBe('a');
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  expect(order).toEqual(['start a']);
  late.emit('finish');
  order.push('ack late');
  for (let i = 0; i < 5 && finish.length === 0; i++) await new Promise((r) => setImmediate(r));
  finish.shift()!();
  expect(await answers[1]).toBe('b');
  expect(order).toEqual(['start a', 'ack late', 'start b']);
});

it('lets two answers run together by default, the third waiting for a slot', async () => {
  const gate = gateAcks({ requestListener: () => undefined }, { paths: ['/slack/events'], idleClock: () => 0, cpuClock: () => 0 });
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const runs = ['a', 'b', 'c'].map((name) => gate.run(() => new Promise<void>((resolve) => {
    started.push(name);
    finish.set(name, resolve);
  })));
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
  expect(started).toEqual(['a', 'b']);
  finish.get('b')!();
  await runs[1];
  for (let i = 0; i < 10 && started.length < 3; i++) await new Promise((r) => setImmediate(r));
  expect(started).toEqual(['a', 'b', 'c']);
  finish.get('a')!();
  finish.get('c')!();
  await Promise.all(runs);
});

it('gives the slot up once the event loop has idled while the work waits (a slow draft does not queue everyone behind it)', async () => {
  // The loop's idle time, moved by the test: a work that computes leaves it still, a work that waits lets it grow.
  let idle = 0;
  const gate = gateAcks({ requestListener: () => undefined }, { paths: ['/slack/events'], concurrency: 1, slotIdleMs: 50, checkMs: 1, idleClock: () => idle, cpuClock: () => 0 });
  let release = (): void => undefined;
  const slow = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
  let second = false;
  const fast = gate.run(async () => {
    second = true;
    return 'b';
  });
  // Busy (no idle time): however many checks pass, the slot is kept.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
  expect(second).toBe(false);
  idle = 49;
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 1));
  expect(second).toBe(false);
  // b starts while a still waits: the loop sat idle for 50 ms of a's time, so its slot was given up.
  idle = 50;
  expect(await fast).toBe('b');
  release();
  await slow;
});

it('gives the slot up once the process has spent slotCpuMs of CPU since the work started (a long export shares the lane)', async () => {
  let cpu = 0;
  const gate = gateAcks({ requestListener: () => undefined }, { paths: ['/slack/events'], concurrency: 1, slotCpuMs: 1_000, checkMs: 1, idleClock: () => 0, cpuClock: () => cpu });
  let release = (): void => undefined;
  const long = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
  let second = false;
  const next = gate.run(async () => {
    second = true;
  });
  // The long work has started (its CPU counted from 0) and computes: 999 ms of CPU later it still holds the slot.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
  cpu = 999;
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
  expect(second).toBe(false);
  cpu = 1_000;
  await next;
  expect(second).toBe(true);
  release();
  await long;
});

it('counts a connection whose request is not read yet as waiting, until its request comes or it closes', async () => {
  const receiver = { requestListener: (_req: IncomingMessage, _res: ServerResponse) => undefined };
  const gate = gateAcks(receiver, { paths: ['/slack/events'], maxWaitMs: 60_000 });
  const server = new EventEmitter();
  gate.watch(server as never);
  const [a, b] = [new EventEmitter(), new EventEmitter()];
  server.emit('connection', a);
  server.emit('connection', b);
  expect(gate.waiting).toBe(2);
  let worked = false;
  const work = gate.settled().then(() => (worked = true));
  // a's request is read: the connection is replaced by the request, which waits for its ack.
  const res = response();
  receiver.requestListener({ url: '/slack/events', method: 'POST', socket: a } as unknown as IncomingMessage, res);
  expect(gate.waiting).toBe(2);
  res.emit('finish');
  // b closes without a request; a's close later changes nothing.
  b.emit('close');
  a.emit('close');
  await work;
  expect(worked).toBe(true);
  expect(gate.waiting).toBe(0);
});

it('stops counting a connection that sends nothing after connectionGraceMs', async () => {
  const gate = gateAcks({ requestListener: () => undefined }, { paths: ['/slack/events'], connectionGraceMs: 0 });
  const server = new EventEmitter();
  gate.watch(server as never);
  server.emit('connection', new EventEmitter());
  expect(gate.waiting).toBe(1);
  // The grace timer was set before this one: it has fired when this one does.
  await new Promise((r) => setTimeout(r, 0));
  expect(gate.waiting).toBe(0);
});
