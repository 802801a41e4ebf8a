// What every Slack listener needs: the core, who is an admin, request contexts, and one error boundary.
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { Kexie } from '../../core/kexie.js';
import type { InstallationRecords, Logger } from '../../core/ports.js';

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
  context(client: WebClient, input: { team?: string; user: string; channel?: string; message?: string }): Promise<RequestContext>;
  /** The Chinese text for a failure; anything but an AppError is logged with an incident id. */
  failure(error: unknown, where: string): string;
}

export function createSlackDeps(kexie: Kexie, options: { logger: Logger; admins: readonly string[]; token: string; slackApiUrl?: string; installations?: InstallationRecords }): SlackDeps {
  const cache = new Map<string, { admin: boolean; until: number }>();
  const deps: SlackDeps = {
    kexie,
    logger: options.logger,
    admins: options.admins,
    token: options.token,
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.installations ? { installations: options.installations } : {}),
    async isAdmin(client, team, user) {
      if (options.admins.includes(user)) return true;
      const key = `${team}:${user}`;
      const hit = cache.get(key);
      if (hit && hit.until > Date.now()) return hit.admin;
      let admin = false;
      try {
        const info = (await client.users.info({ user })) as { user?: { is_admin?: boolean; is_owner?: boolean } };
        admin = Boolean(info.user?.is_admin || info.user?.is_owner);
      } catch (error) {
        options.logger.warn('users.info failed; treating the user as a member', { user, error });
      }
      cache.set(key, { admin, until: Date.now() + 10 * 60_000 });
      return admin;
    },
    async context(client, input) {
      const team = input.team ?? 'local';
      return kexie.context({
        workspace: team,
        user: input.user,
        isAdmin: await deps.isAdmin(client, team, input.user),
        source: { kind: 'slack', ...(input.channel ? { channel: input.channel } : {}), ...(input.message ? { message: input.message } : {}) },
      });
    },
    failure(error, where) {
      if (error instanceof AppError) return error.userMessage;
      const incident = Math.random().toString(36).slice(2, 8);
      options.logger.error('slack handler failed', { where, incident, error });
      return `抱歉，处理时出了问题（事件编号 ${incident}），请稍后重试。`;
    },
  };
  return deps;
}
