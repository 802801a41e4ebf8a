// Builds the Bolt app around the core: HTTP (signed requests at /slack/events) or Socket Mode.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Kexie } from '../../core/kexie.js';
import type { Logger } from '../../core/ports.js';
import { registerListeners } from './listeners/index.js';
import { createSlackDeps } from './slack-deps.js';

export interface SlackAppOptions {
  token: string;
  signingSecret?: string;
  appToken?: string;
  slackApiUrl?: string;
  admins: readonly string[];
  logger: Logger;
}

/** The Bolt app; in HTTP mode also its receiver, whose requestListener a server can mount. */
export function createSlackApp(kexie: Kexie, options: SlackAppOptions): { app: App; receiver?: HTTPReceiver } {
  const clientOptions = options.slackApiUrl ? { slackApiUrl: options.slackApiUrl.endsWith('/') ? options.slackApiUrl : `${options.slackApiUrl}/` } : undefined;
  const deps = createSlackDeps(kexie, { logger: options.logger, admins: options.admins, token: options.token, slackApiUrl: options.slackApiUrl });
  const boltLogger = {
    debug: () => {},
    info: (...m: unknown[]) => options.logger.info('bolt', { message: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => options.logger.warn('bolt', { message: m.map(String).join(' ') }),
    error: (...m: unknown[]) => options.logger.error('bolt', { message: m.map(String).join(' ') }),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
  if (options.appToken) {
    const app = new App({ token: options.token, appToken: options.appToken, socketMode: true, clientOptions, logger: boltLogger });
    registerListeners(app, deps);
    app.error(async (error) => void deps.failure(error, 'bolt'));
    return { app };
  }
  if (!options.signingSecret) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
  const receiver = new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: '/slack/events', logger: boltLogger });
  const app = new App({ token: options.token, receiver, clientOptions, logger: boltLogger });
  registerListeners(app, deps);
  app.error(async (error) => void deps.failure(error, 'bolt'));
  return { app, receiver };
}
