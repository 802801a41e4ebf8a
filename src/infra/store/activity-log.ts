// The activity log: append-only JSON lines, so a write costs the same with 100 or 100,000 records.
import { appendFile, open, stat } from 'node:fs/promises';
import { type Activity, type ActivityEvent, ActivityEventSchema, applyActivityEvent } from '../../core/activities/activity-schema.js';
import type { Logger } from '../../core/ports.js';

/** Replays the log into memory and catches up with what other processes appended. */
export class ActivityLog {
  private readonly state = new Map<string, Activity>();
  private readonly byDedupeKey = new Map<string, string>();
  private offset = 0;
  private endsWithNewline = true;
  /** Line numbers that could not be read; they stay in the file untouched. */
  readonly badLines: number[] = [];
  private lineCount = 0;

  constructor(
    readonly file: string,
    private readonly logger: Logger,
  ) {}

  /** Reads any bytes appended since the last call. */
  async catchUp(): Promise<void> {
    const info = await stat(this.file).catch(() => undefined);
    if (!info) return;
    if (info.size < this.offset) this.reset();
    if (info.size === this.offset) return;
    const handle = await open(this.file, 'r');
    try {
      const length = info.size - this.offset;
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, this.offset);
      const lastNewline = buffer.lastIndexOf(0x0a);
      // A line still being written by another process is left for the next catch-up.
      const complete = lastNewline >= 0 ? buffer.subarray(0, lastNewline + 1) : Buffer.alloc(0);
      for (const line of complete.toString('utf8').split('\n')) {
        if (line === '') continue;
        this.lineCount++;
        this.applyLine(line);
      }
      this.offset += complete.length;
      this.endsWithNewline = complete.length === length;
    } finally {
      await handle.close();
    }
  }

  private reset(): void {
    this.state.clear();
    this.byDedupeKey.clear();
    this.offset = 0;
    this.lineCount = 0;
    this.badLines.length = 0;
  }

  private applyLine(line: string): void {
    let parsed: ReturnType<typeof ActivityEventSchema.safeParse>;
    try {
      parsed = ActivityEventSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = { success: false } as ReturnType<typeof ActivityEventSchema.safeParse>;
    }
    if (!parsed.success) {
      this.badLines.push(this.lineCount);
      this.logger.warn('activity log: skipped an unreadable line', { file: this.file, line: this.lineCount });
      return;
    }
    this.apply(parsed.data);
  }

  private apply(event: ActivityEvent): Activity | undefined {
    const activity = applyActivityEvent(this.state, event);
    if (event.type === 'create' && event.activity.dedupeKey) this.byDedupeKey.set(event.activity.dedupeKey, event.activity.id);
    return activity;
  }

  list(): Activity[] {
    return [...this.state.values()];
  }

  /** Appends many events in one write (a ledger import); creates already stored by dedupeKey are left out. */
  async appendMany(events: ActivityEvent[]): Promise<void> {
    const kept = events.filter((e) => (e.type === 'create' ? !(e.activity.dedupeKey && this.byDedupeKey.has(e.activity.dedupeKey)) : this.state.has(e.id)));
    if (kept.length === 0) return;
    const text = `${this.endsWithNewline ? '' : '\n'}${kept.map((e) => JSON.stringify(e)).join('\n')}\n`;
    await appendFile(this.file, text, 'utf8');
    this.offset += Buffer.byteLength(text);
    if (!this.endsWithNewline) this.badLines.push(++this.lineCount);
    this.endsWithNewline = true;
    for (const e of kept) {
      this.lineCount++;
      this.apply(e);
    }
  }

  /** Appends one event (the caller holds the workspace lock and has caught up). */
  async append(event: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    if (event.type === 'create' && event.activity.dedupeKey) {
      const existing = this.byDedupeKey.get(event.activity.dedupeKey);
      if (existing) return { activity: this.state.get(existing), duplicate: true };
    }
    if (event.type !== 'create' && !this.state.has(event.id)) return { activity: undefined, duplicate: false };
    // A torn last line from a crash must not swallow this one.
    const line = `${this.endsWithNewline ? '' : '\n'}${JSON.stringify(event)}\n`;
    await appendFile(this.file, line, 'utf8');
    const bytes = Buffer.byteLength(line);
    this.offset += bytes;
    if (!this.endsWithNewline) this.badLines.push(++this.lineCount);
    this.endsWithNewline = true;
    this.lineCount++;
    return { activity: this.apply(event), duplicate: false };
  }
}
