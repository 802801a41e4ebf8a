// The folder store keeps a bounded number of snapshot files in memory, however many months the history spans.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import type { ActivityIndex } from '../../src/infra/store/activity-index.js';
import { MAX_FILES } from '../../src/infra/store/snapshot-files.js';
import { FileStore } from '../../src/infra/store/file-store.js';

const record = (i: number): Activity => {
  const month = 2026 * 12 - i;
  return {
    id: `m${i}`, date: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-10`, dateEnd: null, title: `讲座${i}`, headcount: 10, approximate: false, headcountUnit: '人',
    metrics: {}, metricLabels: {}, itemId: null, planId: null, text: '讲座', by: 'u', at: '2026-01-01T00:00:00.000Z', source: { kind: 'cli' }, dedupeKey: `k${i}`, flags: [], undone: false, history: [],
  };
};

it('drops the least recently used snapshot files past its bound, and reads them again when asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-cache-'));
  try {
    const months = MAX_FILES + 72;
    const store = new FileStore(dir);
    await store.appendActivityEvents(Array.from({ length: months }, (_, i) => ({ type: 'create' as const, activity: record(i) })));
    const index = (store.activityLog as unknown as { index: ActivityIndex }).index;
    // Every month read once, then every record looked up by id and key: several hundred files touched.
    expect(await store.listActivities({ from: '1900-01-01', to: '2026-12-31' })).toHaveLength(months);
    expect(index.cachedFiles).toBeLessThanOrEqual(MAX_FILES);
    for (let i = 0; i < months; i += 7) expect((await store.findByDedupeKey(`k${i}`))?.id).toBe(`m${i}`);
    expect(index.cachedFiles).toBeLessThanOrEqual(MAX_FILES);
    // A month dropped from the cache reads back whole; a write after that is filed as before.
    expect((await store.listActivities({ from: '2010-01-01', to: '2010-12-31' })).map((a) => a.id).sort()).toHaveLength(12);
    await store.appendActivityEvent({ type: 'edit', id: 'm0', at: 'x', by: 'u', patch: { headcount: 99 } });
    expect((await new FileStore(dir).findActivity('m0'))?.headcount).toBe(99);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('keeps the records of cached month files under a budget, so a year of busy months is not held whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-cache-'));
  try {
    const store = new FileStore(dir);
    const index = (store.activityLog as unknown as { index: ActivityIndex }).index;
    index.monthRecords = 100;
    // Twelve months of 40 records each (480 in all), written a month at a time and read back.
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      await store.appendActivityEvents(Array.from({ length: 40 }, (_, i) => ({ type: 'create' as const, activity: { ...record(m * 100 + i), id: `r${m}x${i}`, dedupeKey: `d${m}x${i}`, date: `${month}-${String((i % 28) + 1).padStart(2, '0')}` } })));
      expect(await store.listActivities({ from: `${month}-01`, to: `${month}-28` })).toHaveLength(40);
      // The budget, and the month asked for last whatever its size.
      expect(index.cachedMonthRecords).toBeLessThanOrEqual(100 + 40);
    }
    expect(await store.listActivities({ from: '2025-01-01', to: '2025-12-31' })).toHaveLength(480);
    expect(index.cachedMonthRecords).toBeLessThanOrEqual(100 + 40);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
