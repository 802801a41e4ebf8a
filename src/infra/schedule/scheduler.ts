// The timer that posts what is due: each post is claimed in the store before it is sent and recorded after,
// so a restart never resends, a bot that was down sends today's missed posts once, and two processes post once.
import { type Clock, dateIn } from '../../core/clock.js';
import { addDays } from '../../core/dates/civil-date.js';
import type { DuePost } from '../../core/schedules/due-posts.js';
import { postsDue } from '../../core/schedules/manage-subscriptions.js';
import { KIND_NAMES, type PostRecord, type Subscription } from '../../core/schedules/subscription-schema.js';
import type { HolidayCalendar } from '../../core/schedules/work-calendar.js';
import { zonedInstant } from '../../core/schedules/zoned-time.js';
import type { Logger, Store, StoreFactory } from '../../core/ports.js';

/** A delivery failure from the chat platform: rate_limited (with a wait), channel_not_found, not_in_channel, … */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(`delivery failed: ${code}`);
    this.name = 'DeliveryError';
  }
}

/** Where posts go (the Slack adapter implements it). */
export interface Poster {
  /** Posts one due post; throws DeliveryError. The key travels with the message so it can be found again. */
  post(post: DuePost): Promise<{ ts?: string }>;
  /** A direct message to the person who set a subscription up. */
  notify(user: string, text: string): Promise<void>;
  /** The ts of a message already carrying this key, for a claim a crash left unfinished. */
  findPosted?(channel: string, key: string, since: Date): Promise<string | undefined>;
}

export interface SchedulerDeps {
  /** The stores, and (scheduledWorkspaces) which workspaces to visit: each backend lists its own. */
  storeFor: StoreFactory;
  poster: Poster;
  clock: Clock;
  timeZone: string;
  holidays?: HolidayCalendar;
  logger: Logger;
  /** Waits before a rate-limited retry (tests pass one that records instead of waiting). */
  sleep?(ms: number): Promise<void>;
  /** How long a "sending" claim is trusted before another tick checks whether it went out. */
  leaseMs?: number;
  retries?: number;
}

export interface TickReport {
  sent: string[];
  skipped: string[];
  failed: string[];
}

const REASONS: Record<string, string> = {
  channel_not_found: '找不到这个频道（可能已删除或改为私有）',
  not_in_channel: 'kexie 不在这个频道里',
  is_archived: '频道已归档',
  rate_limited: 'Slack 限流，重试后仍未成功',
};

const LOOKBACK_DAYS = 31;

/** The scheduler: `tick()` does one pass over every workspace; `start()` repeats it. */
export function createScheduler(deps: SchedulerDeps) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const leaseMs = deps.leaseMs ?? 10 * 60_000;
  const retries = deps.retries ?? 3;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<TickReport> | undefined;
  /** Keys whose record is final (sent, skipped, failed): not read again. */
  const settled = new Set<string>();
  let caughtUp = false;

  async function deliver(store: Store, post: DuePost, sub: Subscription, report: TickReport): Promise<void> {
    let failure = 'unknown';
    for (let attempt = 0; attempt <= retries; attempt++) {
      try {
        const { ts } = await deps.poster.post(post);
        await store.savePost({ key: post.key, status: 'sent', at: deps.clock.now().toISOString(), channel: post.channel, ts });
        report.sent.push(post.key);
        deps.logger.info('schedule: posted', { key: post.key, channel: post.channel });
        return;
      } catch (error) {
        if (!(error instanceof DeliveryError)) {
          // Network trouble or a Slack outage: the claim stays, and after the lease the post is
          // looked for in the channel and sent if it is not there (today only).
          deps.logger.warn('schedule: post not confirmed; will check again after the lease', { key: post.key, error: (error as Error)?.message });
          return;
        }
        failure = error.code;
        if (error.code !== 'rate_limited' || attempt === retries) break;
        await sleep(error.retryAfterMs ?? 1000);
      }
    }
    await store.savePost({ key: post.key, status: 'failed', at: deps.clock.now().toISOString(), channel: post.channel, error: failure });
    report.failed.push(post.key);
    deps.logger.warn('schedule: post failed', { key: post.key, channel: post.channel, code: failure });
    const reason = REASONS[failure] ?? `Slack 返回 ${failure}`;
    const name = post.kind === 'signup' ? '报名提醒' : KIND_NAMES[post.kind];
    await deps.poster
      .notify(sub.createdBy, `没能在 <#${post.channel}> 发送“${name}”（${post.date}）：${reason}。请把 kexie 邀请进频道（/invite @kexie）后等下一次发送，或在该频道发“取消订阅 ${name}”。`)
      .catch((error: unknown) => deps.logger.warn('schedule: could not tell the subscriber', { key: post.key, user: sub.createdBy, error }));
  }

  async function handle(store: Store, post: DuePost, sub: Subscription, today: string, report: TickReport): Promise<void> {
    const now = deps.clock.now();
    if (settled.has(post.key)) return;
    const record = await store.getPost(post.key);
    if (record && record.status !== 'sending') {
      settled.add(post.key);
      return;
    }
    const claim: PostRecord = { key: post.key, status: 'sending', at: now.toISOString(), channel: post.channel };
    if (record) {
      // Someone claimed it and has not finished: trust the claim for a while, then find out.
      if (now.getTime() - Date.parse(record.at) < leaseMs) return;
      if (!(await store.claimPost({ ...claim, key: `${post.key}#recover@${record.at}` }))) return;
      const ts = await deps.poster.findPosted?.(post.channel, post.key, new Date(Date.parse(record.at) - 60_000));
      if (ts) {
        await store.savePost({ key: post.key, status: 'sent', at: now.toISOString(), channel: post.channel, ts });
        deps.logger.info('schedule: an unfinished post had gone out; recorded it', { key: post.key });
        return;
      }
      if (post.date < today) {
        await store.savePost({ key: post.key, status: 'skipped', at: now.toISOString(), channel: post.channel });
        report.skipped.push(post.key);
        deps.logger.warn('schedule: skipped a missed post from an earlier day', { key: post.key, due: post.at });
        return;
      }
      await store.savePost(claim);
      return deliver(store, post, sub, report);
    }
    // Built only now, for a post not yet settled; nothing to say (no overdue items) is settled quietly.
    if (post.text === '') {
      await store.claimPost({ key: post.key, status: 'skipped', at: now.toISOString(), channel: post.channel, error: 'empty' });
      return;
    }
    if (post.date < today) {
      if (await store.claimPost({ key: post.key, status: 'skipped', at: now.toISOString(), channel: post.channel })) {
        report.skipped.push(post.key);
        deps.logger.warn('schedule: skipped a missed post from an earlier day', { key: post.key, due: post.at });
      }
      return;
    }
    if (!(await store.claimPost(claim))) return;
    return deliver(store, post, sub, report);
  }

  async function pass(): Promise<TickReport> {
    const report: TickReport = { sent: [], skipped: [], failed: [] };
    let failures = 0;
    const now = deps.clock.now();
    const today = dateIn(now, deps.timeZone);
    // The first pass looks a month back, so a bot down over a long holiday logs each post it
    // skipped; later passes need only yesterday and today.
    const from = zonedInstant(addDays(today, caughtUp ? -1 : -LOOKBACK_DAYS), '00:00', deps.timeZone);
    let workspaces: string[];
    try {
      if (!deps.storeFor.scheduledWorkspaces) throw new Error('this store cannot list its workspaces');
      workspaces = await deps.storeFor.scheduledWorkspaces();
    } catch (error) {
      // The store is down (a database outage): nothing is claimed, so the next pass sends what is due.
      deps.logger.error('schedule: could not list the workspaces this round', { error });
      caughtUp = false;
      return report;
    }
    for (const workspace of workspaces) {
      const store = deps.storeFor(workspace);
      try {
        const { posts, subscriptions } = await postsDue(store, { holidays: deps.holidays, timeZone: deps.timeZone }, { from, to: now }, { lazy: true });
        for (const post of posts) {
          const sub = subscriptions.find((s) => s.id === post.subscriptionId);
          // A subscription made after a post was due does not send it.
          if (!sub || Date.parse(post.at) < Date.parse(sub.createdAt)) continue;
          await handle(store, post, sub, today, report).catch((error: unknown) => deps.logger.error('schedule: post not handled', { key: post.key, error }));
        }
      } catch (error) {
        failures++;
        deps.logger.error('schedule: workspace skipped this round', { workspace, error });
      }
    }
    caughtUp ||= failures === 0;
    return report;
  }

  return {
    /** One pass; overlapping calls share the pass in progress. */
    tick(): Promise<TickReport> {
      running ??= pass().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(everyMs = 30_000): void {
      if (timer) return;
      void this.tick();
      timer = setInterval(() => void this.tick(), everyMs);
      timer.unref?.();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
