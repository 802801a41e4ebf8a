// The Store contract every backend must pass: the folder store, PGlite, and a real Postgres server when one is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ActivityEvent } from '../../src/core/activities/activity-schema.js';
import { StoreError } from '../../src/core/errors.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import type { StoreFactory } from '../../src/core/ports.js';
import { bucketOf } from '../../src/infra/store/snapshot-layout.js';

export interface Backend {
  /** Two independent store factories on the same data (two bot replicas), and a cleanup. */
  open(): Promise<{ first: StoreFactory; second: StoreFactory; close(): Promise<void> }>;
}

let counter = 0;
export const activity = (over: Partial<Activity> = {}): Activity => ({
  id: `a${String(++counter).padStart(12, '0')}`, date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: { 份: 300 }, metricLabels: {},
  itemId: null, planId: null, text: '科普讲座，参加100人', by: 'u1', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [], ...over,
});
const create = (a: Activity): ActivityEvent => ({ type: 'create', activity: a });
const plan = (id: string, title: string): Plan => ({ id, title, year: 2026, yearTo: 2026, source: 's', importedAt: '2026-01-01T00:00:00.000Z', items: [] }) as unknown as Plan;

export function describeStoreContract(name: string, backend: Backend): void {
  describe(`Store contract: ${name}`, () => {
    let first: StoreFactory;
    let second: StoreFactory;
    let close: () => Promise<void>;
    let n = 0;
    const ws = () => `W${Date.now().toString(36)}${++n}`;
    beforeAll(async () => {
      ({ first, second, close } = await backend.open());
    });
    afterAll(async () => close?.());

    it('saves plans, replaces by id and returns the replaced one', async () => {
      const s = first(ws());
      expect(await s.savePlan(plan('p1', '一'))).toBeUndefined();
      await s.savePlan(plan('p2', '二'));
      expect((await s.savePlan(plan('p1', '一改')))?.title).toBe('一');
      expect((await s.listPlans()).map((p) => p.title)).toEqual(['二', '一改']);
    });

    it('keeps history through edits and undo, and finds by id, dedupe key and date range', async () => {
      const s = first(ws());
      const a = activity({ dedupeKey: 'slack:C1:1', date: '2026-04-30' });
      const b = activity({ date: '2026-05-02' });
      await s.appendActivityEvent(create(a));
      await s.appendActivityEvent(create(b));
      const edited = await s.appendActivityEvent({ type: 'edit', id: a.id, at: '2026-05-01T00:00:00.000Z', by: 'u1', patch: { headcount: 150, date: '2026-05-03' } });
      expect(edited.activity?.history.map((h) => h.action)).toEqual(['create', 'edit']);
      await s.appendActivityEvent({ type: 'undo', id: b.id, at: '2026-05-04T00:00:00.000Z', by: 'u1' });
      expect((await s.findActivity(b.id))?.undone).toBe(true);
      expect((await s.findByDedupeKey('slack:C1:1'))?.headcount).toBe(150);
      expect((await s.listActivities({ from: '2026-05-01', to: '2026-05-31' })).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
      expect(await s.listActivities({ from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
      expect(await s.listActivities()).toHaveLength(2);
      expect((await s.appendActivityEvent({ type: 'edit', id: 'nope', at: 'x', by: 'u', patch: { headcount: 1 } })).activity).toBeUndefined();
      expect(await s.damagedRecords()).toEqual([]);
    });

    it('lists an activity spanning months in each month it touches, once, and follows it when its dates change', async () => {
      const s = first(ws());
      const long = activity({ date: '2026-03-28', dateEnd: '2026-05-03' });
      await s.appendActivityEvent(create(long));
      for (const month of ['03', '04', '05']) expect((await s.listActivities({ from: `2026-${month}-01`, to: `2026-${month}-31` })).map((a) => a.id)).toEqual([long.id]);
      expect(await s.listActivities({ from: '2026-06-01', to: '2026-06-30' })).toEqual([]);
      expect(await s.listActivities({ from: '2026-01-01', to: '2026-12-31' })).toHaveLength(1);
      await s.appendActivityEvent({ type: 'edit', id: long.id, at: 'x', by: 'u1', patch: { date: '2026-05-01', dateEnd: '2026-06-02' } });
      expect(await s.listActivities({ from: '2026-03-01', to: '2026-04-30' })).toEqual([]);
      expect((await s.listActivities({ from: '2026-06-01', to: '2026-06-30' })).map((a) => a.date)).toEqual(['2026-05-01']);
      expect((await s.findActivity(long.id))?.dateEnd).toBe('2026-06-02');
    });

    it('refuses a record that would not read back, naming the figure, and stores nothing', async () => {
      const s = first(ws());
      const bad = activity({ metrics: { 份: Number.POSITIVE_INFINITY } });
      const error = await s.appendActivityEvent(create(bad)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('record_invalid');
      expect((error as StoreError).userMessage).toContain('“份”的数量');
      const ok = activity();
      await s.appendActivityEvent(create(ok));
      await expect(s.appendActivityEvent({ type: 'edit', id: ok.id, at: 'x', by: 'u1', patch: { headcount: Number.NaN } })).rejects.toMatchObject({ code: 'record_invalid' });
      expect(await s.listActivities()).toHaveLength(1);
      expect((await s.findActivity(ok.id))?.history).toHaveLength(1);
    });

    it('appends a batch (a ledger import) leaving out what is already stored, even within the batch', async () => {
      const s = first(ws());
      expect(await s.hasActivities?.()).not.toBe(true);
      const kept = activity({ dedupeKey: 'ledger:1' });
      await s.appendActivityEvent(create(kept));
      expect(await s.hasActivities?.()).not.toBe(false);
      const batch = [activity({ dedupeKey: 'ledger:1' }), activity({ dedupeKey: 'ledger:2' }), activity({ dedupeKey: 'ledger:3', date: '2026-06-01' }), activity({ dedupeKey: 'ledger:2' })];
      await s.appendActivityEvents?.(batch.map(create));
      expect((await s.listActivities()).map((a) => a.dedupeKey).sort()).toEqual(['ledger:1', 'ledger:2', 'ledger:3']);
      expect((await s.findByDedupeKey('ledger:1'))?.id).toBe(kept.id);
      expect((await s.listActivities({ from: '2026-06-01', to: '2026-06-30' })).map((a) => a.dedupeKey)).toEqual(['ledger:3']);
      await expect(s.appendActivityEvents?.([create(activity({ metrics: { 场: Number.NaN } }))])).rejects.toMatchObject({ code: 'record_invalid' });
      expect(await s.listActivities()).toHaveLength(3);
      expect(await s.countActivities?.()).toBe(3);
    });

    it('says what a batch added and left out; a taken id refuses it, or is left out when asked (a copy run again)', async () => {
      const s = first(ws());
      const a = activity({ dedupeKey: 'b:1' });
      expect(await s.appendActivityEvents?.([create(a), create(activity({ dedupeKey: 'b:1' })), create(activity())])).toEqual({ added: 2, skipped: 1 });
      const again = activity({ id: a.id, dedupeKey: null, title: '别的' });
      await expect(s.appendActivityEvents?.([create(activity()), create(again)])).rejects.toMatchObject({ code: 'record_clash' });
      expect(await s.countActivities?.()).toBe(2);
      expect(await s.appendActivityEvents?.([create(again), create(activity())], { skipTaken: true })).toEqual({ added: 1, skipped: 1 });
      expect((await s.findActivity(a.id))?.title).toBe('科普讲座');
      expect(await s.countActivities?.()).toBe(3);
    });

    it('finds a long activity from a range that starts well after its first day, and none past its last', async () => {
      const s = first(ws());
      const long = activity({ date: '2025-01-30', dateEnd: '2026-03-02' });
      const short = activity({ date: '2026-02-27' });
      await s.appendActivityEvents?.([create(long), create(short), create(activity({ date: '2024-12-31', dateEnd: '2025-01-29' }))]);
      expect((await s.listActivities({ from: '2026-03-01', to: '2026-03-31' })).map((a) => a.id)).toEqual([long.id]);
      expect((await s.listActivities({ from: '2026-02-28' })).map((a) => a.id)).toEqual([long.id]);
      expect((await s.listActivities({ from: '2026-02-01', to: '2026-02-28' })).map((a) => a.id).sort()).toEqual([long.id, short.id].sort());
      expect(await s.listActivities({ from: '2026-03-03', to: '2026-12-31' })).toEqual([]);
    });

    it('finds a batch of records by id or dedupe key through its indexes, each once, undone ones too', async () => {
      const s = first(ws());
      const a = activity({ dedupeKey: 'ledger:a' });
      const b = activity({ date: '2025-03-01' });
      const c = activity({ dedupeKey: 'ledger:c' });
      for (const x of [a, b, c]) await s.appendActivityEvent(create(x));
      await s.appendActivityEvent({ type: 'undo', id: c.id, at: '2026-05-18T00:00:00.000Z', by: 'u1' });
      const found = await s.findActivities({ ids: [b.id, a.id, 'a-missing'], dedupeKeys: ['ledger:a', 'ledger:c', 'ledger:none'] });
      expect(found.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
      expect(found.find((x) => x.id === c.id)?.undone).toBe(true);
      expect(await s.findActivities({ ids: [], dedupeKeys: [] })).toEqual([]);
      expect(await s.findActivities({})).toEqual([]);
    });

    it("lists a user's latest live records, newest first, without reading the rest", async () => {
      const s = first(ws());
      const mine = Array.from({ length: 5 }, (_, i) => activity({ by: 'me', title: `第${i}条` }));
      for (const [i, a] of mine.entries()) {
        await s.appendActivityEvent(create(a));
        await s.appendActivityEvent(create(activity({ by: 'other', title: `别人${i}` })));
      }
      await s.appendActivityEvent({ type: 'undo', id: mine[4]!.id, at: 'x', by: 'me' });
      await s.appendActivityEvent({ type: 'edit', id: mine[1]!.id, at: 'x', by: 'me', patch: { headcount: 7 } });
      expect((await s.recentActivities({ by: 'me', limit: 3 })).map((a) => a.title)).toEqual(['第3条', '第2条', '第1条']);
      expect((await s.recentActivities({ by: 'me', limit: 10 })).find((a) => a.title === '第1条')?.headcount).toBe(7);
      expect((await s.recentActivities({ limit: 2 })).map((a) => a.title)).toEqual(['别人4', '别人3']);
      expect(await s.recentActivities({ by: 'nobody', limit: 5 })).toEqual([]);
    });

    it("lists one plan item's records in a range (undone ones too), and follows a record re-linked to another item", async () => {
      const w = ws();
      const s = first(w);
      // Two items filed in one bucket of the folder snapshot, and one in another: a move between them either way.
      const same = Array.from({ length: 5000 }, (_, i) => `i${i}`).find((id) => id !== 'i1' && bucketOf(id) === bucketOf('i1'))!;
      const other = Array.from({ length: 50 }, (_, i) => `i${i}`).find((id) => bucketOf(id) !== bucketOf('i1'))!;
      const a = activity({ itemId: 'i1', date: '2026-03-01' });
      const b = activity({ itemId: 'i1', date: '2025-12-31' });
      const c = activity({ itemId: 'i1', date: '2025-11-20', dateEnd: '2026-01-05' });
      const d = activity({ itemId: same });
      const e = activity({ itemId: null });
      for (const x of [a, b, c, d, e]) await s.appendActivityEvent(create(x));
      await s.appendActivityEvent({ type: 'undo', id: a.id, at: '2026-05-04T00:00:00.000Z', by: 'u1' });
      const ids = async (item: string, from?: string, to?: string) => (await s.listItemActivities(item, { from, to })).map((x) => x.id).sort();
      expect(await ids('i1', '2026-01-01', '2026-12-31')).toEqual([a.id, c.id].sort());
      expect(await ids('i1')).toEqual([a.id, b.id, c.id].sort());
      expect((await s.listItemActivities('i1', { from: '2026-01-01', to: '2026-12-31' })).find((x) => x.id === a.id)?.undone).toBe(true);
      expect(await ids(same)).toEqual([d.id]);
      await s.appendActivityEvent({ type: 'edit', id: c.id, at: 'x', by: 'u1', patch: { itemId: same } });
      await s.appendActivityEvent({ type: 'edit', id: b.id, at: 'x', by: 'u1', patch: { itemId: other } });
      await s.appendActivityEvent({ type: 'edit', id: d.id, at: 'x', by: 'u1', patch: { itemId: null } });
      expect(await ids('i1')).toEqual([a.id]);
      expect(await ids(same)).toEqual([c.id]);
      expect(await ids(other)).toEqual([b.id]);
      // A second instance on the same data sees the same.
      expect((await second(w).listItemActivities(same, { from: '2026-01-01', to: '2026-12-31' })).map((x) => x.id)).toEqual([c.id]);
    });

    it('refuses a create whose id is taken, keeping the first record', async () => {
      const s = first(ws());
      const a = activity({ title: '第一条' });
      await s.appendActivityEvent(create(a));
      await expect(s.appendActivityEvent(create({ ...a, title: '第二条' }))).rejects.toMatchObject({ code: 'record_clash' });
      expect((await s.findActivity(a.id))?.title).toBe('第一条');
    });

    it('keeps workspaces apart and updates sign-ups under one lock', async () => {
      const w = ws();
      const s = first(w);
      await s.appendActivityEvent(create(activity()));
      expect(await first(ws()).listActivities()).toEqual([]);
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? first : second)(w).updateSignups((list) => list.push({ id: `s${i}`, event: 'e', organiser: 'o', createdAt: 'x', closed: false, entries: [], attendance: null, activityId: null }))));
      expect(await second(w).listSignups()).toHaveLength(10);
    });

    it('lists the workspaces with subscriptions or sign-up sheets (the scheduler visits these), seen from either factory', async () => {
      const [subscribed, sheet, planOnly] = [ws(), ws(), ws()];
      await first(subscribed).updateSubscriptions((subs) => void subs.push({ id: 's1', kind: 'monthly', channel: 'C1', at: '09:00', days: 3, createdBy: 'U1', createdAt: '2026-01-05T02:00:00.000Z' }));
      await second(sheet).updateSignups((list) => void list.push({ id: 's1', event: 'e', organiser: 'o', createdAt: 'x', closed: false, entries: [], attendance: null, activityId: null }));
      await first(planOnly).savePlan(plan('p1', '一'));
      for (const factory of [first, second]) {
        expect(factory.scheduledWorkspaces).toBeTypeOf('function');
        const listed = (await factory.scheduledWorkspaces?.()) ?? [];
        expect(listed).toEqual(expect.arrayContaining([subscribed, sheet]));
        expect(listed).not.toContain(planOnly);
        expect(new Set(listed).size).toBe(listed.length);
        // A listed name opens the same workspace.
        expect(await factory(subscribed).listSubscriptions()).toHaveLength(1);
      }
    });

    it('keeps the latest status of each item and each user\'s profile', async () => {
      const w = ws();
      const status = (itemId: string, s: 'done' | 'in_progress' | 'open') => ({ itemId, path: '三/1', title: 't', status: s, by: 'u', at: 'x', date: '2026-05-20' });
      await first(w).setItemStatus(status('i1', 'in_progress'));
      await second(w).setItemStatus(status('i2', 'done'));
      await first(w).setItemStatus(status('i1', 'done'));
      expect((await second(w).listItemStatuses()).map((s) => [s.itemId, s.status]).sort()).toEqual([['i1', 'done'], ['i2', 'done']]);
      await first(w).setUserProfile({ user: 'u1', department: '科普部', at: 'x' });
      await second(w).setUserProfile({ user: 'u1', department: '办公室', at: 'y' });
      expect(await first(w).listUserProfiles()).toEqual([{ user: 'u1', department: '办公室', at: 'y' }]);
      expect(await first(ws()).listItemStatuses()).toEqual([]);
    });

    it('keeps observance dates set for a workspace, one per observance and year', async () => {
      const w = ws();
      const o = (start: string, by: string) => ({ name: '全国科普日', year: 2026, start, end: start, by, at: 'x' });
      await first(w).saveObservanceOverride?.(o('2026-09-15', 'a'));
      await second(w).saveObservanceOverride?.(o('2026-09-20', 'b'));
      await first(w).saveObservanceOverride?.({ ...o('2027-09-18', 'a'), year: 2027 });
      expect(((await first(w).listObservanceOverrides?.()) ?? []).map((x) => [x.year, x.start]).sort()).toEqual([
        [2026, '2026-09-20'],
        [2027, '2027-09-18'],
      ]);
    });

    it('stores 200 concurrent logs over two instances, and a retried event once', async () => {
      const w = ws();
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? first : second)(w).appendActivityEvent(create(activity({ dedupeKey: `k${i}` })))));
      expect(results.every((r) => !r.duplicate && r.activity)).toBe(true);
      const retry = activity({ dedupeKey: 'slack:C9:retried' });
      const both = await Promise.all([first(w).appendActivityEvent(create(retry)), second(w).appendActivityEvent(create({ ...retry, id: `${retry.id}x` }))]);
      expect(both.filter((r) => r.duplicate)).toHaveLength(1);
      expect(await first(w).listActivities()).toHaveLength(201);
      expect(await second(w).listActivities()).toHaveLength(201);
    });
  });
}
