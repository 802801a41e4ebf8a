// Wires the core to its infrastructure from a validated configuration; shared by every entry point.
import { join } from 'node:path';
import { type Clock, FixedClock } from './core/clock.js';
import { createKexie, type Kexie } from './core/kexie.js';
import type { Logger } from './core/ports.js';
import { type Config, PROJECT_ROOT } from './config.js';
import { loadObservances } from './infra/observance-calendar.js';
import type { StoreFactory } from './core/ports.js';
import { createFileStoreFactory } from './infra/store/file-store.js';
import { createFileConversations } from './infra/store/conversation-files.js';
import { createPostgresStoreFactory } from './infra/store/postgres/postgres-store.js';
import type { PostgresInstallationRecords } from './infra/store/postgres/installation-records.js';
import { lazyPostgres } from './infra/store/postgres/sql-client.js';
import { createModelFromConfig } from './infra/model/openai-model.js';
import { createStderrLogger } from './infra/logger.js';
import { chineseHolidayCalendar } from './infra/schedule/chinese-calendar.js';
import { loadPrompts } from './infra/prompts.js';
import { createSummaryWorker } from './infra/summaries/summary-worker.js';
import { createLedgerImports } from './infra/exports/ledger-import-worker.js';
import { createLedgerFiles } from './infra/exports/ledger-file-worker.js';

export const systemClock: Clock = { now: () => new Date() };

/** The core with its store, calendar, clock and (when configured) language model. */
export function composeKexie(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Kexie {
  const logger = options.logger ?? createStderrLogger();
  const clock = options.clock ?? (config.KEXIE_TODAY ? FixedClock.at(config.KEXIE_TODAY) : systemClock);
  return createKexie({
    storeFor: createStoreFactory(config, logger),
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
    // In the data folder even with Postgres: a few small files per sender, so consecutive CLI calls and a
    // restarted bot keep the last exchange (a pending question, the records just made).
    conversations: createFileConversations(config.KEXIE_DATA_DIR),
    // A summary of a busy month sums tens of thousands of records: off the event loop, so others are answered meanwhile.
    summaryWorker: createSummaryWorker({ logger }),
    // An uploaded ledger is imported in a worker thread on a capped heap, which opens the same store itself.
    ledgerImports: createLedgerImports({ store: config.KEXIE_DATABASE_URL ? { databaseUrl: config.KEXIE_DATABASE_URL } : { dataDir: config.KEXIE_DATA_DIR } }),
    // A chat reply's 台账 (its sums, then its file) is made in a child process on a capped heap: the bot's own
    // memory holds the reply, not the period's records.
    ledgerFiles: createLedgerFiles({ store: config.KEXIE_DATABASE_URL ? { databaseUrl: config.KEXIE_DATABASE_URL } : { dataDir: config.KEXIE_DATA_DIR }, logger }),
  });
}

/** Postgres when KEXIE_DATABASE_URL is set (migrations start now), else the data folder. */
export function createStoreFactory(config: Pick<Config, 'KEXIE_DATABASE_URL' | 'KEXIE_DATA_DIR'>, logger: Logger): StoreFactory {
  return config.KEXIE_DATABASE_URL ? postgresFor(config.KEXIE_DATABASE_URL) : createFileStoreFactory(config.KEXIE_DATA_DIR, logger);
}

const databases = new Map<string, ReturnType<typeof createPostgresStoreFactory>>();
/** One pool and one migration run per database URL in a process, shared by the stores and the installations. */
function postgresFor(url: string): ReturnType<typeof createPostgresStoreFactory> {
  let factory = databases.get(url);
  if (!factory) {
    factory = createPostgresStoreFactory(lazyPostgres(url));
    databases.set(url, factory);
  }
  return factory;
}

/** Slack OAuth installations in Postgres when KEXIE_DATABASE_URL is set; undefined means the folder's. */
export function postgresInstallations(config: Pick<Config, 'KEXIE_DATABASE_URL'>): PostgresInstallationRecords | undefined {
  return config.KEXIE_DATABASE_URL ? postgresFor(config.KEXIE_DATABASE_URL).installations : undefined;
}

/** The bundled sample plan. */
export const SAMPLE_PLAN = join(PROJECT_ROOT, 'data', 'sample-plan.md');
