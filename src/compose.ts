// Wires the core to its infrastructure from a validated configuration; shared by every entry point.
import { join } from 'node:path';
import { type Clock, FixedClock } from './core/clock.js';
import { createKexie, type Kexie } from './core/kexie.js';
import type { Logger } from './core/ports.js';
import { type Config, PROJECT_ROOT } from './config.js';
import { loadObservances } from './infra/observance-calendar.js';
import { createFileStoreFactory } from './infra/store/file-store.js';
import { createModelFromConfig } from './infra/model/openai-model.js';
import { createStderrLogger } from './infra/logger.js';
import { chineseHolidayCalendar } from './infra/schedule/chinese-calendar.js';
import { loadPrompts } from './infra/prompts.js';

export const systemClock: Clock = { now: () => new Date() };

/** The core with its store, calendar, clock and (when configured) language model. */
export function composeKexie(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Kexie {
  const logger = options.logger ?? createStderrLogger();
  const clock = options.clock ?? (config.KEXIE_TODAY ? FixedClock.at(config.KEXIE_TODAY) : systemClock);
  return createKexie({
    storeFor: createFileStoreFactory(config.KEXIE_DATA_DIR, logger),
    observances: loadObservances(join(PROJECT_ROOT, 'data')),
    clock,
    timeZone: config.KEXIE_TZ,
    fixedToday: config.KEXIE_TODAY,
    admins: config.KEXIE_ADMINS,
    logger,
    model: createModelFromConfig(config, logger),
    prompts: loadPrompts(join(PROJECT_ROOT, 'prompts')),
    modelTimeoutMs: config.OPENAI_TIMEOUT_MS * 2,
    holidays: chineseHolidayCalendar,
  });
}

/** The bundled sample plan. */
export const SAMPLE_PLAN = join(PROJECT_ROOT, 'data', 'sample-plan.md');
