// What every Store backend owes the scheduler: subscriptions, the directory, and post claims that only one caller wins.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports.js';

/** How a backend names its stores' workspaces and lists the scheduled ones (the store factory's scheduledWorkspaces). */
export interface WorkspaceListing {
  nameOf(store: Store): string;
  scheduledWorkspaces(): Promise<string[]>;
}

/**
 * Runs the schedule part of the Store contract against a backend; `make` returns a fresh, empty store,
 * `again` the same workspace opened by another process, `listing` the factory's workspace listing.
 */
export function scheduleStoreContract(name: string, make: () => Store | Promise<Store>, again?: (first: Store) => Store | Promise<Store>, listing?: WorkspaceListing): void {
  describe(`${name}: schedule records`, () => {
    if (listing) {
      it('lists a workspace for the scheduler once it has a subscription, not before', async () => {
        const store = await make();
        const name = listing.nameOf(store);
        expect(await listing.scheduledWorkspaces()).not.toContain(name);
        await store.updateSubscriptions((subs) => void subs.push({ id: 's1', kind: 'overdue', channel: 'C1', at: '09:00', days: 0, createdBy: 'U1', createdAt: '2026-01-05T02:00:00.000Z' }));
        expect(await listing.scheduledWorkspaces()).toContain(name);
      });
    }

    it('keeps subscriptions and the directory, changed under one lock', async () => {
      const store = await make();
      expect(await store.listSubscriptions()).toEqual([]);
      expect(await store.readDirectory()).toEqual({ owners: [], units: [] });
      const sub = { id: 's1', kind: 'monthly' as const, channel: 'C1', at: '09:00', days: 3, createdBy: 'U1', createdAt: '2026-01-05T02:00:00.000Z' };
      await store.updateSubscriptions((subs) => void subs.push(sub));
      await Promise.all([1, 2, 3].map((n) => store.updateSubscriptions((subs) => void subs.push({ ...sub, id: `s${n + 1}` }))));
      expect((await store.listSubscriptions()).map((s) => s.id).sort()).toEqual(['s1', 's2', 's3', 's4']);
      await store.updateDirectory((d) => void d.units.push({ name: '城关镇科协', people: ['<@U5>'] }));
      expect((await store.readDirectory()).units).toEqual([{ name: '城关镇科协', people: ['<@U5>'] }]);
      const reopened = again ? await again(store) : store;
      expect(await reopened.listSubscriptions()).toHaveLength(4);
      expect((await reopened.readDirectory()).units[0]?.name).toBe('城关镇科协');
    });

    it('lets exactly one of many concurrent claims of a post key win, and keeps the final record', async () => {
      const store = await make();
      const other = again ? await again(store) : store;
      const key = 's1/2026-10-08';
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? other : store).claimPost({ key, status: 'sending', at: `2026-10-08T01:00:0${i}.000Z`, channel: 'C1' })));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect((await store.getPost(key))?.status).toBe('sending');
      await store.savePost({ key, status: 'sent', at: '2026-10-08T01:00:09.000Z', channel: 'C1', ts: '1.2' });
      expect(await other.getPost(key)).toEqual({ key, status: 'sent', at: '2026-10-08T01:00:09.000Z', channel: 'C1', ts: '1.2' });
      expect(await store.claimPost({ key, status: 'sending', at: 'x' })).toBe(false);
      expect(await store.getPost('s1/2026-10-09')).toBeUndefined();
      // Keys with slashes, @ and CJK stay distinct.
      expect(await store.claimPost({ key: 's1/2026-10-08/i@2026-10-09', status: 'skipped', at: 'x' })).toBe(true);
      expect(await store.claimPost({ key: 's1~2026-10-08~i@2026-10-09', status: 'skipped', at: 'x' })).toBe(true);
    });
  });
}
