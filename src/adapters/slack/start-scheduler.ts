// Starts the proactive posts next to the Slack app: the same postsDue() that `remind preview` prints, posted on time.
import type { Config } from '../../config.js';
import type { Kexie } from '../../core/kexie.js';
import { createScheduler, type Scheduler } from '../../infra/schedule/scheduler.js';
import { createPostingClient, createSlackPoster } from './slack-poster.js';

/** A scheduler over every workspace of the store (folder or Postgres) with subscriptions, ticking every 30 seconds. */
export function startScheduler(kexie: Kexie, config: Config, everyMs = 30_000): Scheduler {
  const scheduler = createScheduler({
    storeFor: kexie.deps.storeFor,
    poster: createSlackPoster(createPostingClient(config.SLACK_BOT_TOKEN ?? '', config.SLACK_API_URL)),
    clock: kexie.deps.clock,
    timeZone: kexie.deps.timeZone,
    holidays: kexie.deps.holidays,
    logger: kexie.deps.logger,
  });
  scheduler.start(everyMs);
  kexie.deps.logger.info('kexie scheduler started', { everyMs, timeZone: kexie.deps.timeZone });
  return scheduler;
}
