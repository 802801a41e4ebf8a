// A workspace folder, a movable clock, the real Slack WebClient against the fake Slack, and schedulers over them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostingClient, createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { createKexie } from '../../src/core/kexie.js';
import type { Logger } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import { listScheduledWorkspaces } from '../../src/infra/schedule/list-workspaces.js';
import { createScheduler, type Poster } from '../../src/infra/schedule/scheduler.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
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

export async function startScheduleHarness(start: string) {
  const slack = await createFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'kexie-schedule-'));
  const clock = new MovableClock(new Date(start));
  const kexie = createKexie({ storeFor: createFileStoreFactory(dataDir), observances: OBSERVANCES, clock, timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger, holidays: chineseHolidayCalendar });
  const client = createPostingClient('xoxb-test-token', slack.apiUrl);
  const waits: number[] = [];
  /** A new "process": its own store instances over the same folder. */
  const scheduler = (options: { poster?: Poster; logger?: Logger } = {}) =>
    createScheduler({
      storeFor: createFileStoreFactory(dataDir),
      workspaces: () => listScheduledWorkspaces(dataDir),
      poster: options.poster ?? createSlackPoster(client),
      clock,
      timeZone: 'Asia/Shanghai',
      holidays: chineseHolidayCalendar,
      logger: options.logger ?? silentLogger,
      sleep: async (ms) => void waits.push(ms),
    });
  /** A chat message in a channel, as user U1 of workspace T1. */
  const say = async (text: string, channel = 'C1', user = 'U1') => (await handleMessage(kexie, kexie.context({ workspace: 'T1', user, source: { kind: 'slack', channel } }), text)).text;
  return { slack, dataDir, clock, kexie, client, waits, scheduler, say, store: kexie.deps.storeFor('T1') };
}
