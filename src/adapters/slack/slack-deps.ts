// What every Slack listener needs: the core, who is an admin, request contexts, and one error boundary.
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;
import type { RequestContext } from '../../core/context.js';
import { dateIn } from '../../core/clock.js';
import { AppError } from '../../core/errors.js';
import type { Kexie } from '../../core/kexie.js';
import type { InstallationRecords, Logger } from '../../core/ports.js';
import { ReplyCache } from './reply-cache.js';

export interface SlackDeps {
  kexie: Kexie;
  logger: Logger;
  /** KEXIE_ADMINS; Slack workspace admins count too. */
  admins: readonly string[];
  /** The bot token, for downloading uploaded files (with OAuth, each team's token comes with its request). */
  token: string;
  /** The configured Web API URL: its host may receive the token too (a proxy, or the fake Slack in tests). */
  slackApiUrl?: string;
  /** OAuth installations (distributed app), when configured. */
  installations?: InstallationRecords;
  isAdmin(client: WebClient, team: string, user: string): Promise<boolean>;
  /** A person's display name (users.info, cached per workspace); the user id when Slack does not say. */
  nameOf(client: WebClient, team: string, user: string): Promise<string>;
  /** Long replies' pages, for "显示更多" and "发到频道". */
  replies: ReplyCache;
  context(client: WebClient, input: { team?: string; user: string; channel?: string; message?: string; today?: string }): Promise<RequestContext>;
  /** The office's calendar day of a Slack message ts ("1710000000.000100"), for "今天"/"昨天" in it. */
  dayOfTs(ts: string): string | undefined;
  /** The Chinese text for a failure; anything but an AppError is logged with an incident id. */
  failure(error: unknown, where: string): string;
  /** Waits, after a request's ack, until the requests that came with it are acknowledged too (ack-gate.ts). */
  acksSettled(): Promise<void>;
  /** Runs a reply's answer in the lane that keeps acks ahead of answers (ack-gate.ts `run`). */
  inLane<T>(work: () => Promise<T>): Promise<T>;
}

export function createSlackDeps(kexie: Kexie, options: { logger: Logger; admins: readonly string[]; token: string; slackApiUrl?: string; installations?: InstallationRecords }): SlackDeps {
  const cache = new Map<string, { admin: boolean; name: string; until: number }>();
  /** users.info calls under way: a user's requests that arrive together (a burst after a restart) ask once. */
  const asking = new Map<string, Promise<{ admin: boolean; name: string }>>();
  const info = (client: WebClient, team: string, user: string): Promise<{ admin: boolean; name: string }> => {
    const key = `${team}:${user}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return Promise.resolve(hit);
    const pending = asking.get(key);
    if (pending) return pending;
    const asked = lookUp(client, key, user).finally(() => asking.delete(key));
    asking.set(key, asked);
    return asked;
  };
  const lookUp = async (client: WebClient, key: string, user: string): Promise<{ admin: boolean; name: string }> => {
    let admin = false;
    let name = user;
    try {
      const answer = (await client.users.info({ user })) as { user?: { is_admin?: boolean; is_owner?: boolean; name?: string; real_name?: string; profile?: { display_name?: string; real_name?: string } } };
      const u = answer.user;
      admin = Boolean(u?.is_admin || u?.is_owner);
      name = u?.profile?.display_name || u?.profile?.real_name || u?.real_name || u?.name || user;
    } catch (error) {
      options.logger.warn('users.info failed; treating the user as a member', { user, error });
    }
    const entry = { admin, name, until: Date.now() + 10 * 60_000 };
    cache.set(key, entry);
    if (cache.size > 10_000) cache.delete(cache.keys().next().value as string);
    return entry;
  };
  const deps: SlackDeps = {
    kexie,
    logger: options.logger,
    admins: options.admins,
    token: options.token,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.installations ? { installations: options.installations } : {}),
    async isAdmin(client, team, user) {
      if (options.admins.includes(user)) return true;
      return (await info(client, team, user)).admin;
    },
    async nameOf(client, team, user) {
      return (await info(client, team, user)).name;
    },
    replies: new ReplyCache(),
    async context(client, input) {
      const team = input.team ?? 'local';
      return kexie.context({
        workspace: team,
        user: input.user,
        isAdmin: await deps.isAdmin(client, team, input.user),
        source: { kind: 'slack', ...(input.channel ? { channel: input.channel } : {}), ...(input.message ? { message: input.message } : {}) },
        ...(input.today ? { today: input.today } : {}),
      });
    },
    dayOfTs(ts) {
      const seconds = Number(ts.split('.')[0]);
      if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
      // A pinned today (KEXIE_TODAY, tests) wins: the whole app lives on that day.
      if (kexie.deps.fixedToday) return kexie.deps.fixedToday;
      return dateIn(new Date(seconds * 1000), kexie.deps.timeZone);
    },
    failure(error, where) {
      if (error instanceof AppError) return error.userMessage;
      const incident = Math.random().toString(36).slice(2, 8);
      options.logger.error('slack handler failed', { where, incident, error });
      return `抱歉，处理时出了问题（事件编号 ${incident}），请稍后重试。`;
    },
    // One turn of the event loop; HTTP mode sets the gate that waits for the other requests' acks (create-slack-app.ts).
    acksSettled: () => new Promise<void>((resolve) => setImmediate(resolve)),
    inLane: (work) => work(),
  };
  return deps;
}
