// A workspace folder (or a PGlite database), a movable clock, the real Slack WebClient against the fake Slack, and schedulers over them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostingClient, createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { createKexie } from '../../src/core/kexie.js';
import type { Logger } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import { createScheduler, type Poster } from '../../src/infra/schedule/scheduler.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient } from '../../src/infra/store/postgres/sql-client.js';
import { createFakeSlack } from './fake-slack.js';
import { OBSERVANCES } from './kexie-for-tests.js';

/** A clock the test moves by hand. */
export class MovableClock {
  constructor(public instant: Date) {}
  now(): Date {
    return this.instant;
  }
  set(iso: string): void {
    this.instant = new Date(iso);
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

/** Log lines kept for assertions. */
export function recordingLogger(): Logger & { lines: Array<{ level: string; message: string; context?: Record<string, unknown> }> } {
  const lines: Array<{ level: string; message: string; context?: Record<string, unknown> }> = [];
  return {
    lines,
    info: (message, context) => void lines.push({ level: 'info', message, context }),
    warn: (message, context) => void lines.push({ level: 'warn', message, context }),
    error: (message, context) => void lines.push({ level: 'error', message, context }),
  };
}

/** A data folder, or one PGlite database (Postgres in WASM) that each "process" opens its own factory on. */
async function openBackend(backend: 'folder' | 'pglite', dataDir: string) {
  if (backend === 'folder') return { factory: () => createFileStoreFactory(dataDir), close: async () => undefined };
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite();
  const sql = pgliteClient(db);
  return { factory: () => createPostgresStoreFactory(sql), close: () => db.close() };
}

export async function startScheduleHarness(start: string, options: { backend?: 'folder' | 'pglite' } = {}) {
  const slack = await createFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'kexie-schedule-'));
  const backend = await openBackend(options.backend ?? 'folder', dataDir);
  const clock = new MovableClock(new Date(start));
  const kexie = createKexie({ storeFor: backend.factory(), observances: OBSERVANCES, clock, timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger, holidays: chineseHolidayCalendar });
  const client = createPostingClient('xoxb-test-token', slack.apiUrl);
  const waits: number[] = [];
  /** A new "process": its own store instances over the same folder or database. */
  const scheduler = (options: { poster?: Poster; logger?: Logger } = {}) =>
    createScheduler({
      storeFor: backend.factory(),
      poster: options.poster ?? createSlackPoster(client),
      clock,
      timeZone: 'Asia/Shanghai',
      holidays: chineseHolidayCalendar,
      logger: options.logger ?? silentLogger,
      sleep: async (ms) => void waits.push(ms),
    });
  /** A chat message in a channel, as user U1 of workspace T1. */
  const say = async (text: string, channel = 'C1', user = 'U1') => (await handleMessage(kexie, kexie.context({ workspace: 'T1', user, source: { kind: 'slack', channel } }), text)).text;
  const close = async () => {
    await slack.close();
    await backend.close();
  };
  return { slack, dataDir, clock, kexie, client, waits, scheduler, say, store: kexie.deps.storeFor('T1'), close };
}
