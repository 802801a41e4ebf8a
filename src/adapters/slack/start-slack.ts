// Starts the Slack app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on PORT (with OAuth install pages when configured).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postgresInstallations } from '../../compose.js';
import { type Config, PROJECT_ROOT, usesOAuth } from '../../config.js';
import type { Kexie } from '../../core/kexie.js';
import { warmReaders } from '../../core/chat/warm-readers.js';
import { dateIn } from '../../core/clock.js';
import { warmSimplifier } from '../../core/text/normalize.js';
import { FileInstallationRecords } from '../../infra/store/installation-file-store.js';
import { createSlackApp } from './create-slack-app.js';
import { resumeHeldRequests } from './resume-held.js';
import { startScheduler } from './start-scheduler.js';

/** The bot scopes the manifest declares: the ones an OAuth install asks for. */
export function manifestScopes(): string[] {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'slack-manifest.json'), 'utf8')) as { oauth_config?: { scopes?: { bot?: string[] } } };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

export async function startSlack(kexie: Kexie, config: Config): Promise<void> {
  const oauth = usesOAuth(config)
    ? {
        clientId: config.SLACK_CLIENT_ID ?? '',
        clientSecret: config.SLACK_CLIENT_SECRET ?? '',
        stateSecret: config.SLACK_STATE_SECRET ?? '',
        scopes: manifestScopes(),
        // With KEXIE_DATABASE_URL the installations live in Postgres beside the workspaces' data.
        records: postgresInstallations(config) ?? new FileInstallationRecords(config.KEXIE_DATA_DIR),
      }
    : undefined;
  const { app, acks, deps } = createSlackApp(kexie, {
    token: oauth ? undefined : config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: oauth ? undefined : config.SLACK_APP_TOKEN,
    slackApiUrl: config.SLACK_API_URL,
    oauth,
    admins: config.KEXIE_ADMINS,
    logger: kexie.deps.logger,
  });
  // The first requests after a start should not each wait for what every request needs once.
  warmSimplifier();
  warmReaders(kexie.deps.fixedToday ?? dateIn(kexie.deps.clock.now(), kexie.deps.timeZone), kexie.deps.observances);
  if (config.SLACK_APP_TOKEN && !oauth) {
    await app.start();
    kexie.deps.logger.info('kexie is connected to Slack by Socket Mode');
  } else {
    const server = await app.start(config.PORT);
    acks?.watch(server);
    kexie.deps.logger.info('kexie is serving Slack on HTTP', { port: config.PORT, path: '/slack/events', ...(oauth ? { install: '/slack/install' } : {}) });
  }
  // Scheduled posts use one bot token; a distributed app has one per team, so they stay off until the scheduler posts per team.
  if (oauth) kexie.deps.logger.warn('scheduled posts are off when installed by OAuth (they need one bot token per team)');
  else {
    startScheduler(kexie, config);
    // Requests told "不用重发" while the records were filed, which the bot stopped before answering: answered now.
    const held = kexie.deps.storeFor.workspacesWithHeldRequests;
    if (held) {
      void held()
        .then((workspaces) => resumeHeldRequests(deps, app.client, workspaces))
        .catch((error: unknown) => kexie.deps.logger.warn('kept requests not answered', { error: (error as Error)?.message }));
    }
  }
}
