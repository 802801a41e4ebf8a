import { describe, expect, it } from 'vitest';
import { logActivity } from '../../src/core/activities/record-activity.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { kexieForTests, OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a reading with doubts is asked about, not stored', () => {
  const setup = () => {
    const t = kexieForTests('2026-11-02');
    const ctx = t.kexie.context({ user: 'u1', source: { kind: 'console' } });
    const deps = { store: t.storeFor('local'), observances: OBSERVANCES };
    return { t, ctx, deps };
  };

  it('asks one question, stores nothing, and stores the pending reading once confirmed', async () => {
    const { ctx, deps, t } = setup();
    const read = readReport('科普讲座，参加50人', ctx.today, { explicit: true });
    if (read.kind !== 'activity') throw new Error('not read');
    read.records[0]!.doubts.push({ field: 'headcount', question: '参加人数是50人吗？' });
    const asked = await logActivity(deps, ctx, '科普讲座，参加50人', { reading: read });
    expect(asked).toMatchObject({ ok: false, reason: 'ask', message: '参加人数是50人吗？' });
    expect(t.storeFor('local').events).toHaveLength(0);
    if (asked.ok || asked.reason !== 'ask') throw new Error('not asked');
    // The pending reading survives a JSON round trip (a conversation may keep it anywhere).
    const pending = JSON.parse(JSON.stringify(asked.pending)) as typeof asked.pending;
    const stored = await logActivity(deps, ctx, pending.message, { reading: pending.reading, explicit: pending.explicit, confirmed: true });
    expect(stored.ok && stored.activity.headcount).toBe(50);
    expect(t.storeFor('local').events).toHaveLength(1);
  });

  it('does not ask about a weak plan link alone', async () => {
    const { ctx, deps, t } = setup();
    const read = readReport('科普讲座，参加50人', ctx.today, { explicit: true });
    if (read.kind !== 'activity') throw new Error('not read');
    read.records[0]!.doubts.push({ field: 'item', question: '算到哪一项？' });
    const r = await logActivity(deps, ctx, '科普讲座，参加50人', { reading: read });
    expect(r.ok).toBe(true);
    expect(t.storeFor('local').events).toHaveLength(1);
  });

  it('asks about the message as a whole', async () => {
    const { ctx, deps, t } = setup();
    const read = readReport('科普讲座，参加50人', ctx.today, { explicit: true });
    if (read.kind !== 'activity') throw new Error('not read');
    read.doubts.push({ field: 'kind', question: '这像是通知，不像已经办完的活动，要记录吗？' });
    const r = await logActivity(deps, ctx, '科普讲座，参加50人', { reading: read });
    expect(r).toMatchObject({ ok: false, reason: 'ask', doubts: [{ field: 'kind' }] });
    expect(t.storeFor('local').events).toHaveLength(0);
  });
});
