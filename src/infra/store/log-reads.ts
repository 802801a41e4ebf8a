// Reads of the activity log, each from a fresh snapshot: by month range, by plan item, the latest, by id or key.
import type { Activity } from '../../core/activities/activity-schema.js';
import type { DateRange } from '../../core/ports.js';
import { scanBackwards } from './log-file.js';
import { LogSnapshot } from './log-snapshot.js';
import type { DamagedLine } from './snapshot-layout.js';

/** The log's reads; ActivityLog adds the writes. */
export class LogReads extends LogSnapshot {
  async list(range: DateRange = {}): Promise<Activity[]> {
    const { generation } = await this.fresh();
    const from = range.from?.slice(0, 7);
    const to = range.to?.slice(0, 7);
    const months = (await this.index.months(generation, from, to)).filter((m) => (!from || m >= from) && (!to || m <= to || m === 'undated'));
    const out: Activity[] = [];
    const seen = new Set<string>();
    const { from: dayFrom, to: dayTo } = range;
    for (const m of months) {
      // Read in place, without a copy of the month (25,000 records in a busy one, read by every write's check).
      for (const { a } of await this.index.monthEntries(generation, m)) {
        if ((dayFrom && (a.dateEnd ?? a.date) < dayFrom) || (dayTo && a.date > dayTo)) continue;
        // An activity spanning months is filed in each of them: listed once.
        if (a.dateEnd && a.dateEnd.slice(0, 7) !== a.date.slice(0, 7)) {
          if (seen.has(a.id)) continue;
          seen.add(a.id);
        }
        out.push(a);
      }
    }
    return out;
  }

  /**
   * The activities linked to a plan item whose days touch the range: one bucket file of the snapshot. A
   * snapshot built before items were filed answers from the range's months instead.
   */
  async forItem(itemId: string, range: DateRange = {}): Promise<Activity[]> {
    const meta = await this.fresh();
    const touches = (a: Activity) => (!range.from || (a.dateEnd ?? a.date) >= range.from) && (!range.to || a.date <= range.to);
    if (!meta.itemYears) return (await this.list(range)).filter((a) => a.itemId === itemId);
    return (await this.index.item(meta.generation, itemId, range.from, range.to)).filter(touches);
  }

  /** Reads the log backwards from its end until `limit` live records (of `by`) are found. */
  async recent(options: { by?: string; limit: number }): Promise<Activity[]> {
    const { generation, logSize } = await this.fresh();
    const out: Activity[] = [];
    if (logSize === 0 || options.limit <= 0) return out;
    await scanBackwards(this.file, logSize, async (text) => {
      if (out.length >= options.limit) return false;
      if (!text.startsWith('{"type":"create"')) return true;
      let event: { activity?: { id?: unknown; by?: unknown } };
      try {
        event = JSON.parse(text) as typeof event;
      } catch {
        return true;
      }
      const id = event.activity?.id;
      if (typeof id !== 'string' || (options.by !== undefined && event.activity?.by !== options.by)) return true;
      const current = (await this.index.find(generation, id))?.a;
      if (current && !current.undone && !out.some((a) => a.id === id)) out.push(current);
      return out.length < options.limit;
    });
    return out;
  }

  /** Every activity once, a month at a time (for a copy into another store), with bounded memory. */
  async *eachMonth(): AsyncGenerator<Activity[]> {
    const { generation } = await this.fresh();
    yield* this.index.eachMonth(generation);
  }

  /** Whether the log holds anything (a record, undone or not, or a damaged line): its size, nothing read or counted. */
  async hasAny(): Promise<boolean> {
    return (await this.logFile()).size > 0;
  }

  async count(): Promise<number> {
    return this.index.count((await this.fresh()).generation);
  }

  async find(id: string): Promise<Activity | undefined> {
    const { generation } = await this.fresh();
    return (await this.index.find(generation, id))?.a;
  }

  async findByDedupeKey(key: string): Promise<Activity | undefined> {
    const { generation } = await this.fresh();
    const id = await this.index.idOfKey(generation, key);
    return id === undefined ? undefined : (await this.index.find(generation, id))?.a;
  }

  /**
   * Many lookups by id or dedupe key against one snapshot; each record once. Under the lock, so each
   * snapshot file is looked at once however many lookups land in it.
   */
  findMany(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]> {
    return this.lock.run(() =>
      this.holding(async () => {
        const { generation } = await this.catchUpLocked();
        // Grouped by bucket: a 1,000-row ledger's 2,000 lookups read each bucket once, not once a lookup (at 1M
        // stored a bucket is a few hundred KB, and reading it per lookup made the import grow with the history).
        const ids = new Set(query.ids ?? []);
        for (const id of (await this.index.idsOfKeys(generation, query.dedupeKeys ?? [])).values()) ids.add(id);
        return this.index.findMany(generation, [...ids]);
      }),
    );
  }

  async damaged(): Promise<DamagedLine[]> {
    return (await this.fresh()).damaged;
  }
}
