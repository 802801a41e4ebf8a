// A reply names the damaged files in the order the answer reads them, not in the order the reads happen to fail:
// plans.json and statuses.json are read at once, and the disk decides which failure comes back first.
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { periodFromOptions, type SummaryPeriod } from '../../src/core/summaries/summary-period.js';
import { Unreadable } from '../../src/core/unreadable.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const corrupt = (file: string): StoreError => new StoreError('store_corrupt', file, `数据文件 ${file} 不是有效的 JSON。`);

/** A read that fails only when the test says so. */
function heldRead<T>(): { read: Promise<T>; fail(file: string): void } {
  let fail: (file: string) => void = () => undefined;
  const read = new Promise<T>((_, reject) => {
    fail = (file) => reject(corrupt(file));
  });
  return { read, fail };
}

describe('the note on damaged files', () => {
  it('lists the files in the order they were read, whichever read fails first', async () => {
    const unreadable = new Unreadable();
    const plans = heldRead<string[]>();
    const statuses = heldRead<string[]>();
    const both = Promise.all([unreadable.or(plans.read, []), unreadable.or(statuses.read, [])]);
    statuses.fail('statuses.json');
    await Promise.resolve();
    plans.fail('plans.json');
    await both;
    expect(unreadable.files).toEqual(['plans.json', 'statuses.json']);
    expect(unreadable.note()).toContain('注意：数据文件 plans.json、statuses.json 已损坏、无法读取（原样保留）');
  });

  it('names a file once, at its first read', async () => {
    const unreadable = new Unreadable();
    await unreadable.or(Promise.reject(corrupt('plans.json')), []);
    await unreadable.or(Promise.reject(corrupt('signups.json')), []);
    await unreadable.or(Promise.reject(corrupt('plans.json')), []);
    expect(unreadable.files).toEqual(['plans.json', 'signups.json']);
  });

  it('says the same in a summary when statuses.json fails before plans.json', async () => {
    const { kexie, storeFor } = kexieForTests('2026-06-20');
    const store = storeFor('local');
    const statusesFailed = heldRead<never>();
    // statuses.json fails at once; plans.json only after it, as on a disk that answered the second read first.
    store.listItemStatuses = () => {
      statusesFailed.fail('statuses.json');
      return statusesFailed.read;
    };
    store.listPlans = () => statusesFailed.read.catch(() => Promise.reject(corrupt('plans.json')));
    const draft = await kexie.summary(kexie.context({}), periodFromOptions({ quarter: '2026Q2' }) as SummaryPeriod);
    expect(draft.unreadable).toContain('注意：数据文件 plans.json、statuses.json 已损坏、无法读取（原样保留）');
  });
});
