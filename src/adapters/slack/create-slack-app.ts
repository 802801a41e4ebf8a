// Builds the Bolt app around the core: HTTP (signed requests at /slack/events) or Socket Mode; with OAuth
// (a distributed app) HTTP also serves /slack/install and /slack/oauth_redirect and each team has its own token.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Clock } from '../../core/clock.js';
import type { Kexie } from '../../core/kexie.js';
import type { InstallationRecords, Logger } from '../../core/ports.js';
import { type AckGate, gateAcks } from './ack-gate.js';
import { boltInstallationStore } from './installations.js';
import { registerListeners } from './listeners/index.js';
import { createOneTimeStateStore } from './oauth-state.js';
import { guardRequestTime } from './request-time.js';
import { createSlackDeps, type SlackDeps } from './slack-deps.js';

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** Bot scopes asked for at install (the manifest's). */
  scopes: string[];
  records: InstallationRecords;
  /** Slack's authorize page (default https://slack.com/oauth/v2/authorize; a fake in tests). */
  authorizationUrl?: string;
}

export interface SlackAppOptions {
  /** A single workspace's bot token; leave empty with `oauth`. */
  token?: string;
  signingSecret?: string;
  appToken?: string;
  slackApiUrl?: string;
  oauth?: SlackOAuthOptions;
  admins: readonly string[];
  logger: Logger;
  /** The clock signed request times are checked against (±5 minutes); the system clock by default. */
  requestClock?: Clock;
}

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>${title}</h1><p>${body}</p></body></html>`;

/**
 * The Bolt app; in HTTP mode also its receiver, whose requestListener a server can mount, and the ack gate, which
 * should `watch` that server (its connections not yet read count as requests to acknowledge first).
 */
export function createSlackApp(kexie: Kexie, options: SlackAppOptions): { app: App; receiver?: HTTPReceiver; acks?: AckGate; deps: SlackDeps } {
  const apiUrl = options.slackApiUrl ? (options.slackApiUrl.endsWith('/') ? options.slackApiUrl : `${options.slackApiUrl}/`) : undefined;
  const clientOptions = apiUrl ? { slackApiUrl: apiUrl } : undefined;
  const deps = createSlackDeps(kexie, { logger: options.logger, admins: options.admins, token: options.token ?? '', slackApiUrl: options.slackApiUrl, installations: options.oauth?.records });
  const boltLogger = {
    debug: () => {},
    info: (...m: unknown[]) => options.logger.info('bolt', { message: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => options.logger.warn('bolt', { message: m.map(String).join(' ') }),
    error: (...m: unknown[]) => options.logger.error('bolt', { message: m.map(String).join(' ') }),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
  if (options.appToken && !options.oauth) {
    const app = new App({ token: options.token, appToken: options.appToken, socketMode: true, clientOptions, logger: boltLogger });
    registerListeners(app, deps);
    app.error(async (error) => void deps.failure(error, 'bolt'));
    return { app, deps };
  }
  if (!options.signingSecret) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
  const oauth = options.oauth;
  const receiver = oauth
    ? new HTTPReceiver({
        signingSecret: options.signingSecret,
        endpoints: '/slack/events',
        logger: boltLogger,
        clientId: oauth.clientId,
        clientSecret: oauth.clientSecret,
        stateSecret: oauth.stateSecret,
        scopes: oauth.scopes,
        installationStore: boltInstallationStore(oauth.records, options.logger),
        installerOptions: {
          directInstall: true,
          stateStore: createOneTimeStateStore(oauth.stateSecret, options.logger),
          ...(clientOptions ? { clientOptions } : {}),
          ...(oauth.authorizationUrl ? { authorizationUrl: oauth.authorizationUrl } : {}),
          callbackOptions: {
            success: (installation, _options, _req, res) => {
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
              res.end(page('kexie 已安装', `已安装到工作区“${installation.team?.name ?? installation.enterprise?.name ?? ''}”。在任意频道输入 /kx 帮助 开始使用；管理员可以把工作计划文件私信给 kexie 导入。`));
            },
            failure: (error, _options, _req, res) => {
              options.logger.warn('Slack install failed', { error });
              res.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
              res.end(page('安装没有完成', '请回到安装页面重新点击“安装到 Slack”；如果一直失败，请把这个页面的时间告诉管理员。'));
            },
          },
        },
      })
    : new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: '/slack/events', logger: boltLogger });
  guardRequestTime(receiver, { paths: ['/slack/events'], clock: options.requestClock ?? { now: () => new Date() }, logger: options.logger });
  // Each request's work waits until the requests that came with it are acknowledged (a burst after a restart).
  const acks = gateAcks(receiver, { paths: ['/slack/events'] });
  deps.acksSettled = () => acks.settled();
  deps.inLane = (work) => acks.run(work);
  const app = oauth ? new App({ receiver, clientOptions, logger: boltLogger }) : new App({ token: options.token, receiver, clientOptions, logger: boltLogger });
  registerListeners(app, deps);
  app.error(async (error) => void deps.failure(error, 'bolt'));
  return { app, receiver, acks, deps };
}
