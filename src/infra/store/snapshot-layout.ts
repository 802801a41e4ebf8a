// The snapshot's layout: what its meta says, which month, item and bucket files a record goes to, and how a file's lines fold.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from '../../core/activities/activity-schema.js';

export interface DamagedLine {
  line: number;
  reason: string;
}

/** What the snapshot covers; replaced atomically after each write. */
export interface IndexMeta {
  version: 1;
  generation: string;
  /** Bytes of the log the snapshot covers. */
  logSize: number;
  /** The log's size when last looked at: beyond logSize only by a torn line a crash left. */
  seenSize?: number;
  /** The log file's inode when last looked at: while it is the same, the log is the one the snapshot covers. */
  logIno?: number;
  /**
   * The log by content, for when the inode changed (a folder copied with cp -r, a backup restored): a hash of
   * its first bytes and of the bytes just before logSize. Both match: the same log, the snapshot is reused.
   */
  logId?: { headBytes: number; head: string; before: string };
  /** Lines of the log seen (damaged ones included), for line numbers. */
  lines: number;
  /** The generation files each activity linked to a plan item under items/, by year and item bucket (older snapshots do not). */
  itemYears?: true;
  damaged: DamagedLine[];
}

/** A month or item file read: each record by id, with the log offset of its last change. */
export type MonthState = Map<string, { o: number; a: Activity }>;
type MonthLine = { o: number; a?: Activity; x?: string };

/** Id and key buckets, 256 of each. */
export const BUCKETS = 256;

/** A range of at most this many months (or years, for item files) names its files rather than listing the folder. */
export const NAMED_SPAN = 240;

/** "2025-11".."2026-02" → each month between, both included; undefined for other shapes or a span past NAMED_SPAN. */
export function monthsBetween(from: string, to: string): string[] | undefined {
  if (!/^\d{4}-\d{2}$/.test(from) || !/^\d{4}-\d{2}$/.test(to)) return undefined;
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let next = from; next <= to; next = `${y}-${String(m).padStart(2, '0')}`) {
    if (out.length >= NAMED_SPAN) return undefined;
    out.push(next);
    m++;
    if (m > 12) {
      y++;
      m = 1;
    }
  }
  return out;
}

export async function existing(dir: string, names: readonly string[]): Promise<string[]> {
  const found = await Promise.all(names.map((n) => stat(join(dir, `${n}.jsonl`)).then(() => true, () => false)));
  return names.filter((_, i) => found[i]);
}

/** The month an activity is filed under. */
export function monthOf(date: string): string {
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : 'undated';
}

/** Every month an activity's days touch (date to dateEnd), first its own; at most three years. */
export function monthsOf(a: Pick<Activity, 'date' | 'dateEnd'>): string[] {
  const first = monthOf(a.date);
  const last = a.dateEnd ? monthOf(a.dateEnd) : first;
  if (first === 'undated' || last === 'undated' || last <= first) return [first];
  const out = [first];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (out.length < 36) {
    m++;
    if (m > 12) {
      y++;
      m = 1;
    }
    const next = `${y}-${String(m).padStart(2, '0')}`;
    if (next > last) break;
    out.push(next);
  }
  return out;
}

/** The ids or keys bucket a text goes to (FNV-1a). */
export function bucketOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % BUCKETS).toString(16).padStart(2, '0');
}

/** Folds a month or item file's line: a record set, or a removal (x). */
export const foldMonth = (state: MonthState, raw: unknown): void => {
  const line = raw as MonthLine;
  if (line.a) state.set(line.a.id, { o: line.o, a: line.a });
  else if (line.x) state.delete(line.x);
};
/** Folds an ids or keys file's line: [key, value]. */
export const foldPairs = (state: Map<string, string>, raw: unknown): void => {
  const [k, v] = raw as [string, string];
  state.set(k, v);
};

/**
 * The item-file lines of one change: the record under each year its days touch and its item's bucket
 * ("2026-3f"), and a removal from each file it left. As [file name, line].
 */
export function itemLines(before: Activity | undefined, next: Activity, o: number): Array<[string, { o: number; a?: Activity; x?: string }]> {
  const files = (a: Activity | undefined): string[] => (a?.itemId ? [...new Set(monthsOf(a).map((m) => (m === 'undated' ? m : m.slice(0, 4))))].map((y) => `${y}-${bucketOf(a.itemId!)}`) : []);
  const now = files(next);
  const out: Array<[string, { o: number; a?: Activity; x?: string }]> = now.map((f) => [f, { o, a: next }]);
  for (const f of files(before)) if (!now.includes(f)) out.push([f, { o, x: next.id }]);
  return out;
}
