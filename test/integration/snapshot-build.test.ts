// Building the activity snapshot of a big log: a restart resumes from the last checkpoint, a folder copied
// with cp -r keeps its snapshot (the log is known by content, not inode), and plan questions are answered
// while a build runs.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import type { Logger } from '../../src/core/ports.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};
const id = (i: number) => `a${String(i).padStart(12, '0')}`;

/** A log of `n` creates over two years, every tenth edited soon after, some long ago, with an unreadable line and a clash. */
function writeLog(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const date = `${2025 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(JSON.stringify({ type: 'create', activity: { ...base, id: id(i), date, dateEnd: i % 97 === 0 ? '2026-12-31' : null, dedupeKey: `k${i}`, title: `活动${i}` } }));
    if (i % 10 === 9) lines.push(JSON.stringify({ type: 'edit', id: id(i - 3), at: 'x', by: 'u', patch: { headcount: i, date: '2026-03-03' } }));
    if (i % 500 === 499) lines.push(JSON.stringify({ type: 'undo', id: id(i - 400), at: 'x', by: 'u' }));
    if (i === 1_000) lines.push('{"type":"create","activity":{"id":"broken', JSON.stringify({ type: 'create', activity: { ...base, id: id(5), dedupeKey: 'again' } }));
  }
  writeFileSync(join(dir, 'activities.jsonl'), `${lines.join('\n')}\n`);
}

function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string) => void lines.push(message);
  return { lines, info: log, warn: () => undefined, error: log };
}

/** What a store holds, to compare two of them. */
async function contents(store: FileStore) {
  const all = (await store.listActivities()).map((a) => JSON.stringify(a)).sort();
  const may = (await store.listActivities({ from: '2026-05-01', to: '2026-05-31' })).map((a) => a.id).sort();
  return { all, may, damaged: await store.damagedRecords(), key: (await store.findByDedupeKey('k1234'))?.id, recent: (await store.recentActivities({ limit: 3 })).map((a) => a.id) };
}

describe('the snapshot build of a big log', () => {
  it('resumes after a restart from its last checkpoint, cutting off a batch the crash left unrecorded', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kexie-build-'));
    writeLog(join(root, 'w'), 3_000);
    cpSync(join(root, 'w'), join(root, 'reference'), { recursive: true });
    let checkpoints = 0;
    const first = new FileStore(join(root, 'w'), recording(), {
      snapshot: {
        batchChars: 100_000,
        onCheckpoint: () => {
          if (++checkpoints === 3) throw new Error('killed');
        },
      },
    });
    await expect(first.listActivities()).rejects.toThrow('killed');
    const index = join(root, 'w', 'activities.index');
    const cp = JSON.parse(readFileSync(join(index, 'build.json'), 'utf8')) as { generation: string; logSize: number };
    expect(cp.logSize).toBeGreaterThan(0);
    // A batch written after the checkpoint, then the crash: its lines must not count twice.
    const months = join(index, `g-${cp.generation}`, 'months');
    appendFileSync(join(months, readdirSync(months)[0]!), `${JSON.stringify({ o: 1, a: { ...base, id: 'ghost' } })}\n`);
    const logger = recording();
    const restarted = new FileStore(join(root, 'w'), logger);
    const got = await contents(restarted);
    expect(logger.lines).toContain('activity log: resuming its snapshot');
    expect(logger.lines).not.toContain('activity log: building its snapshot');
    expect(got).toEqual(await contents(new FileStore(join(root, 'reference'))));
    expect(got.all).toHaveLength(3_000);
    expect(got.damaged.map((d) => d.reason)).toEqual(['不是有效的活动记录', `编号 ${id(5)} 与前面的记录重复`]);
    expect(readdirSync(index).sort()).toEqual([`g-${cp.generation}`, 'meta.json']);
  });

  it('keeps the snapshot of a folder copied with cp -r, catches up what was appended, and rebuilds for another log', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kexie-build-'));
    writeLog(join(root, 'w'), 2_000);
    const original = await contents(new FileStore(join(root, 'w')));
    cpSync(join(root, 'w'), join(root, 'copy'), { recursive: true });
    const logger = recording();
    const copy = new FileStore(join(root, 'copy'), logger);
    expect(await contents(copy)).toEqual(original);
    await copy.appendActivityEvent({ type: 'create', activity: { ...base, id: 'added', dedupeKey: 'added' } });
    appendFileSync(join(root, 'copy', 'activities.jsonl'), `${JSON.stringify({ type: 'create', activity: { ...base, id: 'outside', dedupeKey: 'outside' } })}\n`);
    expect(await new FileStore(join(root, 'copy'), logger).countActivities()).toBe(2_002);
    expect(logger.lines.filter((l) => /building|resuming/.test(l))).toEqual([]);
    // The same size and head but other bytes before the snapshot's offset: another log.
    const log = join(root, 'copy', 'activities.jsonl');
    const text = readFileSync(log, 'utf8');
    writeFileSync(`${log}.new`, text.replace(/活动1999"/, '活动X999"'));
    renameSync(`${log}.new`, log);
    expect((await new FileStore(join(root, 'copy'), logger).findByDedupeKey('k1999'))?.title).toBe('活动X999');
    expect(logger.lines).toContain('activity log: building its snapshot');
  });

  it('answers a question about the plans, and saves a plan, while the build waits at a checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-build-'));
    let reached!: () => void;
    const atCheckpoint = new Promise<void>((resolve) => (reached = resolve));
    let go!: () => void;
    const resume = new Promise<void>((resolve) => (go = resolve));
    const store = new FileStore(join(dir, 'local'), recording(), { snapshot: { batchChars: 100_000, onCheckpoint: () => (reached(), resume) } });
    const k = createKexie({ storeFor: () => store, observances: OBSERVANCES, clock: FixedClock.at('2026-05-20'), timeZone: 'Asia/Shanghai', admins: [], logger: recording() });
    writeLog(join(dir, 'local'), 2_000);
    const all = store.listActivities();
    await atCheckpoint;
    await k.importPlan(k.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    const answer = await k.ask(k.context({}), '这个月有什么要做的');
    expect(answer.intent).toBe('due');
    go();
    expect(await all).toHaveLength(2_000);
  });

  it('builds a big log in a worker thread: the event loop stays free while it files, and the snapshot is the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kexie-build-'));
    writeLog(join(root, 'w'), 5_000);
    cpSync(join(root, 'w'), join(root, 'reference'), { recursive: true });
    const logger = recording();
    const threaded = new FileStore(join(root, 'w'), logger, { snapshot: { threadFromBytes: 0, batchChars: 100_000 } });
    // Built on the event loop, the loop was busy all the way (a million records: a minute of every request waiting
    // behind the build, and the answer lane never freeing a slot); in a thread, this thread only waits for it.
    const before = performance.eventLoopUtilization();
    expect(await threaded.countActivities()).toBe(5_000);
    expect(performance.eventLoopUtilization(before).utilization).toBeLessThan(0.5);
    expect(logger.lines).toContain('activity log: building its snapshot');
    expect(await contents(threaded)).toEqual(await contents(new FileStore(join(root, 'reference'), recording(), { snapshot: { threadFromBytes: Number.POSITIVE_INFINITY } })));
  });

  it('runs a build thread that reaches its heap cap again without the cap, and the snapshot is the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kexie-build-'));
    writeLog(join(root, 'w'), 2_000);
    cpSync(join(root, 'w'), join(root, 'reference'), { recursive: true });
    const warnings: string[] = [];
    const logger = { ...recording(), warn: (message: string) => void warnings.push(message) };
    // A 1 MB heap: the thread runs out at once (a real cap, SNAPSHOT_HEAP_MB, holds a 1M build).
    const capped = new FileStore(join(root, 'w'), logger, { snapshot: { threadFromBytes: 0, threadHeapMb: 1 } });
    expect(await capped.countActivities()).toBe(2_000);
    expect(warnings.filter((w) => /heap cap/.test(w))).toEqual(['activity log: the snapshot thread reached its heap cap; building again without it']);
    expect(await contents(capped)).toEqual(await contents(new FileStore(join(root, 'reference'), recording(), { snapshot: { threadFromBytes: Number.POSITIVE_INFINITY } })));
  });
});
