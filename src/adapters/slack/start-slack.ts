// Starts the Slack app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on PORT.
import type { Config } from '../../config.js';
import type { Kexie } from '../../core/kexie.js';
import { createSlackApp } from './create-slack-app.js';
import { startScheduler } from './start-scheduler.js';

export async function startSlack(kexie: Kexie, config: Config): Promise<void> {
  const { app } = createSlackApp(kexie, {
    token: config.SLACK_BOT_TOKEN ?? '',
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    slackApiUrl: config.SLACK_API_URL,
    admins: config.KEXIE_ADMINS,
    logger: kexie.deps.logger,
  });
  if (config.SLACK_APP_TOKEN) {
    await app.start();
    kexie.deps.logger.info('kexie is connected to Slack by Socket Mode');
  } else {
    await app.start(config.PORT);
    kexie.deps.logger.info('kexie is serving Slack on HTTP', { port: config.PORT, path: '/slack/events' });
  }
  startScheduler(kexie, config);
}
