// Pages of long replies, kept for a while so "显示更多" and "发到频道" can show them without asking again.
import { randomBytes } from 'node:crypto';
import type { SlackMessage } from './blocks/reply-blocks.js';

export interface CachedReply {
  pages: SlackMessage[];
  user: string;
  team: string;
  /** Whether the pages offer "发到频道" (private /kx answers). */
  share?: boolean;
}

/** A bounded cache (newest kept, oldest dropped) of replies by a short random key. */
export class ReplyCache {
  private readonly entries = new Map<string, { reply: CachedReply; until: number }>();
  constructor(
    private readonly max = 500,
    private readonly ttlMs = 24 * 3600_000,
    private readonly now: () => number = Date.now,
  ) {}

  put(reply: CachedReply): string {
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { reply, until: this.now() + this.ttlMs });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return key;
  }

  get(key: string): CachedReply | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.until < this.now()) return undefined;
    return hit.reply;
  }
}
