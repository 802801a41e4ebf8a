// The bot as the issue-21 soak runs it, in its own process: HTTP mode against the fake Slack, on the folder store or
// on PGlite (Postgres in WASM, in a worker thread, kept in a folder so the driver can read it afterwards), with the summary worker and
// the process guards of `npm start`. Seeds a busy month first when asked. Prints "ready" when it serves.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSlackApp } from '../../src/adapters/slack/create-slack-app.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import type { StoreFactory } from '../../src/core/ports.js';
import { createStderrLogger } from '../../src/infra/logger.js';
import { installProcessGuards } from '../../src/infra/process-guards.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import type { SqlClient } from '../../src/infra/store/postgres/sql-client.js';
import { createSummaryWorker } from '../../src/infra/summaries/summary-worker.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { storeMonthOfRecords } from '../support/month-of-records.js';
import { pgliteThreadClient } from '../support/pglite-thread.js';

const env = process.env;
const logger = createStderrLogger(process.stderr, true);
installProcessGuards(logger);
let storeFor: StoreFactory;
let db: SqlClient | undefined;
if (env.SOAK_STORE === 'pglite') {
  // In a worker thread, as a server would be in its own process: PGlite's queries would otherwise stop this thread.
  db = await pgliteThreadClient(env.SOAK_DATA ?? '');
  const factory = createPostgresStoreFactory(db);
  await factory.ready;
  storeFor = factory;
} else storeFor = createFileStoreFactory(env.SOAK_DATA ?? '', logger);

const kexie = createKexie({ storeFor, observances: OBSERVANCES, clock: FixedClock.at(env.SOAK_TODAY ?? '2026-06-03'), timeZone: 'Asia/Shanghai', admins: ['UADMIN'], logger, summaryWorker: createSummaryWorker({ logger }) });
if (env.SOAK_SEED_RECORDS) {
  const ctx = kexie.context({ workspace: 'T1', user: 'UADMIN' });
  await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  await storeMonthOfRecords(storeFor('T1'), Number(env.SOAK_SEED_RECORDS));
}
// How long the event loop stood still at worst while serving: printed on SIGTERM for the driver.
const loop = monitorEventLoopDelay({ resolution: 10 });
const { receiver, acks } = createSlackApp(kexie, { token: 'xoxb-soak-token', signingSecret: env.SLACK_SIGNING_SECRET ?? '', slackApiUrl: env.SLACK_API_URL, admins: ['UADMIN'], logger });
if (!receiver) throw new Error('expected HTTP mode');
const server = createServer(receiver.requestListener);
acks?.watch(server);
server.listen(0, '127.0.0.1', () => {
  loop.enable();
  process.stdout.write(`ready ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => {
  loop.disable();
  process.stdout.write(`loop max ${(loop.max / 1e6).toFixed(0)} p99 ${(loop.percentile(99) / 1e6).toFixed(0)}\n`);
  server.closeAllConnections();
  server.close(() => void (db?.close() ?? Promise.resolve()).then(() => process.exit(0)));
});
