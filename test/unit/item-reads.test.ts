// A log write's target check, 进度图 and an export's 目标进度 sheet read the records of the items they count, not the
// year around them: counted in records read (never in time), on the memory store and on the folder store (whose
// snapshot files records by item).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { DateRange } from '../../src/core/ports.js';
import { ActivityIndex } from '../../src/infra/store/activity-index.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { MemoryStore } from '../support/memory-store.js';

/** Counts the records each activity read returns. */
class CountingStore extends MemoryStore {
  read = 0;
  override async listActivities(range: DateRange = {}) {
    const out = await super.listActivities(range);
    this.read += out.length;
    return out;
  }
  override async listItemActivities(itemId: string, range: DateRange = {}) {
    const out = (await super.listActivities(range)).filter((a) => a.itemId === itemId);
    this.read += out.length;
    return out;
  }
}

const history = (n: number, itemId: string | null, day: (i: number) => string, tag = 'h'): Activity[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${tag}${itemId ?? 'x'}${i}`, date: day(i), dateEnd: null, title: `社区科普讲座第${i}场`, headcount: 50, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {},
    itemId, planId: null, text: '社区科普讲座，参加50人', by: 'other', at: '2026-03-01T00:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
  }));

/** The sample plan in a counting store, and its 应急科普讲座 item. */
async function sampleWorkspace() {
  const store = new CountingStore();
  const { kexie } = kexieForTests('2026-05-20', { storeFor: () => store });
  const ctx = kexie.context({ workspace: 'W', user: 'u1' });
  await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  const item = store.plans[0]!.items.find((i) => i.text.includes('应急科普讲座不少于6场'))!;
  return { store, kexie, ctx, item };
}

describe('the target check of a log write', () => {
  it('reads the linked item\'s records and the day\'s, whatever else the year holds', async () => {
    const { store, kexie, ctx, item } = await sampleWorkspace();
    // 2,000 unlinked records in the plan year (none on the day logged), and 4 linked to the item.
    for (const a of [...history(2000, null, (i) => `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}`), ...history(4, item.id, () => '2026-05-12')]) {
      await store.appendActivityEvent({ type: 'create', activity: a });
    }
    store.read = 0;
    const result = await kexie.log(ctx, '5月20日 防灾减灾日应急科普讲座，参加80人');
    expect(result.ok && result.activity.itemId).toBe(item.id);
    // The 4 linked records (the check sees them: 5 of 6 sessions), nothing of the 2,000.
    expect(store.read).toBe(4);
  });

  it('进度图 and the 目标进度 sheet of an export read the linked records, not the plan year\'s others', async () => {
    const { store, kexie, ctx, item } = await sampleWorkspace();
    // 2,000 unlinked records from January to April, 4 linked in May.
    for (const a of [...history(2000, null, (i) => `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}`), ...history(4, item.id, () => '2026-05-12')]) {
      await store.appendActivityEvent({ type: 'create', activity: a });
    }
    store.read = 0;
    const chart = await handleMessage(kexie, ctx, '进度图');
    expect(store.read).toBe(4);
    const bars = chart.file?.kind === 'chart' && chart.file.chart.kind === 'progress' ? chart.file.chart.bars : [];
    expect(bars.find((b) => b.label.includes('应急科普讲座'))).toMatchObject({ done: 4, goal: 6 });
    store.read = 0;
    const exported = await handleMessage(kexie, ctx, '导出 本季度');
    // April's 500 rows and the 4 linked records twice (a row of the quarter, and a target's record): none of January to March.
    expect(store.read).toBe(500 + 4 + 4);
    const ledger = exported.file?.kind === 'ledger' ? exported.file.ledger : undefined;
    expect(ledger?.totals.count).toBe(504);
    expect(ledger?.targets.find((t) => t.itemPath === item.path && t.unit === '场')).toMatchObject({ done: 4, goal: 6 });
  });

  it('the folder store files records by item when it builds its snapshot, and an older snapshot still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-items-'));
    try {
      const first = new FileStore(dir);
      for (const a of [...history(30, null, () => '2026-04-01'), ...history(3, 'i1', () => '2026-04-02'), ...history(2, 'i1', () => '2025-04-02', 'old')]) {
        await first.appendActivityEvent({ type: 'create', activity: a });
      }
      await first.appendActivityEvent({ type: 'edit', id: 'hi10', at: 'x', by: 'u', patch: { itemId: 'i2' } });
      // Built again from the log alone (the snapshot removed, as after an upgrade).
      rmSync(join(dir, 'activities.index'), { recursive: true, force: true });
      const rebuilt = new FileStore(dir);
      const ids = async (s: FileStore, item: string) => (await s.listItemActivities(item, { from: '2026-01-01', to: '2026-12-31' })).map((a) => a.id).sort();
      expect(await ids(rebuilt, 'i1')).toEqual(['hi11', 'hi12']);
      expect(await ids(rebuilt, 'i2')).toEqual(['hi10']);
      const meta = (await ActivityIndex.readMeta(join(dir, 'activities.index')))!;
      expect(meta.itemYears).toBe(true);
      // A snapshot from before items were filed: answered from the range's months, the same records.
      const { itemYears: _, ...older } = meta;
      await ActivityIndex.writeMeta(join(dir, 'activities.index'), older);
      expect(await ids(new FileStore(dir), 'i1')).toEqual(['hi11', 'hi12']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
