// Waits for the folder lock are fair and bounded (issue 21): a write queued behind others waits while they keep
// finishing, however long the queue takes in all (up to maxWaitMs), and is refused with store_busy only when
// nobody ahead has moved for waitMs. A refused write is never run. The bounds read an injected clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { WorkspaceLock } from '../../src/infra/store/workspace-lock.js';

/** A task that runs until `finish()`; `started` resolves when it holds the lock. */
function heldTask() {
  let finish!: () => void;
  let began!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const started = new Promise<void>((r) => (began = r));
  return { run: async () => (began(), await done, 'ran'), started, finish };
}

describe('the workspace lock', () => {
  it('lets a write wait past waitMs while the writes ahead of it keep finishing', async () => {
    let now = 0;
    const lock = new WorkspaceLock(mkdtempSync(join(tmpdir(), 'kexie-lock-')), { waitMs: 1000, maxWaitMs: 60_000, now: () => now });
    const [a, b] = [heldTask(), heldTask()];
    const results = [lock.run(a.run), lock.run(b.run), lock.run(async () => 'third')];
    await a.started;
    now += 900;
    a.finish();
    await b.started;
    now += 900; // the third has waited 1,800 of the clock's ms, but the queue moved 900 ago
    b.finish();
    expect(await Promise.all(results)).toEqual(['ran', 'ran', 'third']);
  });

  it('refuses a write with store_busy when nobody ahead moves for waitMs, and never runs it', async () => {
    let now = 0;
    const lock = new WorkspaceLock(mkdtempSync(join(tmpdir(), 'kexie-lock-')), { waitMs: 1000, maxWaitMs: 60_000, now: () => now });
    const stuck = heldTask();
    const first = lock.run(stuck.run);
    await stuck.started;
    let ran = false;
    const second = lock.run(async () => {
      ran = true;
    });
    now += 1000;
    const error = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store_busy');
    expect((error as StoreError).userMessage).toMatch(/等了 1 秒仍未轮到写入。\n数据正被另一个程序写入，这次没有保存。请稍后重试/u);
    stuck.finish();
    expect(await first).toBe('ran');
    expect(await lock.run(async () => 'after')).toBe('after');
    expect(ran).toBe(false);
  });

  it('refuses after maxWaitMs in all even while the queue moves', async () => {
    let now = 0;
    const lock = new WorkspaceLock(mkdtempSync(join(tmpdir(), 'kexie-lock-')), { waitMs: 1000, maxWaitMs: 1500, now: () => now });
    const [a, b] = [heldTask(), heldTask()];
    const results = [lock.run(a.run), lock.run(b.run), lock.run(async () => 'third').catch((e: StoreError) => e.code)];
    await a.started;
    now += 900;
    a.finish();
    await b.started;
    now += 900;
    expect(await results[2]).toBe('store_busy');
    b.finish();
    expect(await Promise.all(results.slice(0, 2))).toEqual(['ran', 'ran']);
  });
});
