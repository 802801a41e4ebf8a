// A core wired to memory stores, the real observance calendar and a fixed clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixedClock } from '../../src/core/clock.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { createKexie, type KexieDeps } from '../../src/core/kexie.js';
import { ObservanceCalendarSchema } from '../../src/core/plans/observances.js';
import { silentLogger } from '../../src/core/ports.js';
import { MemoryStore } from './memory-store.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const OBSERVANCES = ObservanceCalendarSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'observances.json'), 'utf8')));
export const fixture = (...parts: string[]): string => join(ROOT, 'test', 'fixtures', ...parts);
export const readFixture = (...parts: string[]): string => readFileSync(fixture(...parts), 'utf8');

export function kexieForTests(today: string, extra: Partial<KexieDeps> = {}) {
  const stores = new Map<string, MemoryStore>();
  const storeFor = (w: string): MemoryStore => {
    let s = stores.get(w);
    if (!s) {
      s = new MemoryStore();
      stores.set(w, s);
    }
    return s;
  };
  const kexie = createKexie({ storeFor, observances: OBSERVANCES, clock: FixedClock.at(today), timeZone: 'Asia/Shanghai', admins: ['admin'], logger: silentLogger, ...extra });
  return { kexie, storeFor };
}

/** One chat message sent on `today` after the sample plan is imported: the plan path each stored record is linked to. */
export async function linkedPaths(text: string, today: string): Promise<Array<string | null>> {
  const { kexie, storeFor } = kexieForTests(today);
  const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
  await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
  await handleMessage(kexie, ctx, text);
  const store = storeFor('local');
  const plan = (await store.listPlans())[0];
  return (await store.listActivities()).map((a) => plan?.items.find((i) => i.id === a.itemId)?.path ?? null);
}
