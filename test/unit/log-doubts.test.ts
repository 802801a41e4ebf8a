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

  it('asks whether a month total holds the single events already logged that month, and the other way round', async () => {
    const t = kexieForTests('2026-12-02');
    const ctx = t.kexie.context({ user: 'u1', source: { kind: 'console' } });
    const deps = { store: t.storeFor('local'), observances: OBSERVANCES };
    expect((await logActivity(deps, ctx, '11月6日科技馆接待实验小学研学团，学生120人')).ok).toBe(true);
    const total = await logActivity(deps, ctx, '11月份科技馆共接待参观群众5600人次');
    expect(total).toMatchObject({ ok: false, reason: 'ask' });
    expect(!total.ok && total.message).toContain('11月已记录的1次活动');
    // Another sender's events are theirs to count: no question.
    const other = t.kexie.context({ user: 'u2', source: { kind: 'console' } });
    expect((await logActivity(deps, other, '11月份科技馆共接待参观群众5600人次')).ok).toBe(true);
    const single = await logActivity(deps, other, '11月20日科技馆接待二中学生80人');
    expect(!single.ok && single.reason === 'ask' && single.message).toContain('是否已包含这次活动');
  });

  it('does not ask when the span is one event of uncertain day, or a total of another kind of work (console trial)', async () => {
    const t = kexieForTests('2026-12-05');
    const ctx = t.kexie.context({ user: 'u1', source: { kind: 'console' } });
    const deps = { store: t.storeFor('local'), observances: OBSERVANCES };
    expect((await logActivity(deps, ctx, '11月中旬县一中开展了防震减灾疏散演练，师生1500人参加')).ok).toBe(true);
    expect((await logActivity(deps, ctx, '11月20日走访慰问一线科技工作者12人')).ok).toBe(true);
    expect((await logActivity(deps, ctx, '11月份共开展科普讲座12场，受众1800余人次')).ok).toBe(true);
    // A talk inside the month of talks is still asked about.
    const talk = await logActivity(deps, ctx, '11月25日城关镇科普讲座，群众85人');
    expect(!talk.ok && talk.reason === 'ask' && talk.message).toContain('是否已包含这次活动');
  });
});
