// Mentions, direct messages (with plan uploads) and App Home; retried deliveries are handled once.
import type { App } from '@slack/bolt';
import { homeView } from '../../blocks/home-view.js';
import { subscriptionBlocks } from '../../blocks/subscription-blocks.js';
import { homeChartFile } from '../../home-chart.js';
import { replyMessage } from '../../blocks/reply-blocks.js';
import { deliverReply, type ReplyTarget } from '../../deliver-reply.js';
import type { SlackDeps } from '../../slack-deps.js';
import { conversationKey, type ConversationRef } from '../../../../core/conversation/conversation.js';
import { type ChangedMessage, followMessage } from './follow-message.js';
import { importUpload, type SlackFile } from './import-upload.js';
import { registerInstallationEvents } from './installation-events.js';
import { importLedgerUpload, isLedgerUpload } from './ledger-upload.js';

/** Event ids already handled (Slack retries with X-Slack-Retry-Num), newest kept. */
class SeenEvents {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 5000) {}
  firstTime(id: string | undefined): boolean {
    if (!id) return true;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.max) this.seen.delete(this.seen.values().next().value as string);
    return true;
  }
}

const stripMention = (text: string): string => text.replace(/<@[A-Z0-9]+>/g, '').trim();

export function register(app: App, deps: SlackDeps): void {
  const seen = new SeenEvents();
  registerInstallationEvents(app, deps);

  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!seen.firstTime((body as { event_id?: string }).event_id)) return;
    const team = context.teamId ?? (body as { team_id?: string }).team_id;
    const user = event.user ?? '';
    try {
      const ctx = await deps.context(client, { team, user, channel: event.channel, message: event.ts });
      const thread = event.thread_ts ?? event.ts;
      await deliverReply(deps, ctx, stripMention(event.text), { ...threadTarget(client, event.channel, thread), conversation: slackConversation(ctx.workspace, user, event.channel, thread) });
    } catch (error) {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: deps.failure(error, 'app_mention') });
    }
  });

  app.message(async ({ message, body, client, context }) => {
    if (!seen.firstTime((body as { event_id?: string }).event_id)) return;
    const m = message as { channel: string; channel_type?: string; user?: string; text?: string; ts: string; thread_ts?: string; subtype?: string; files?: SlackFile[]; bot_id?: string };
    if (m.subtype === 'message_changed' || m.subtype === 'message_deleted') {
      await followMessage(deps, client, context.teamId ?? (body as { team_id?: string }).team_id, message as ChangedMessage);
      return;
    }
    if (m.bot_id || (m.subtype && m.subtype !== 'file_share') || !m.user) return;
    const text = stripMention(m.text ?? '');
    const isDm = m.channel_type === 'im';
    const wantsImport = (m.files?.length ?? 0) > 0 && (isDm || /导入|導入|import|台账/i.test(text));
    if (!isDm && !wantsImport) return;
    const team = context.teamId ?? (body as { team_id?: string }).team_id;
    try {
      const ctx = await deps.context(client, { team, user: m.user, channel: m.channel, message: m.ts });
      if (wantsImport) {
        for (const file of m.files ?? []) {
          const token = context.botToken ?? deps.token;
          const reply = isLedgerUpload(text, file) ? await importLedgerUpload(deps, ctx, file, token) : await importUpload(deps, ctx, file, token);
          await client.chat.postMessage({ channel: m.channel, thread_ts: isDm ? undefined : m.ts, ...replyMessage({ text: reply, kind: 'import' }) });
        }
        return;
      }
      await deliverReply(deps, ctx, text, { ...threadTarget(client, m.channel, m.thread_ts), conversation: slackConversation(ctx.workspace, m.user, m.channel, m.thread_ts) });
    } catch (error) {
      await client.chat.postMessage({ channel: m.channel, text: deps.failure(error, 'message') });
    }
  });

  app.event('app_home_opened', async ({ event, body, client, context }) => {
    if (event.tab !== 'home') return;
    const team = context.teamId ?? (body as { team_id?: string }).team_id;
    try {
      const ctx = await deps.context(client, { team, user: event.user });
      // The latest records only (not the whole history), and how many stored records cannot be read.
      const [month, progress, latest, damaged] = await Promise.all([deps.kexie.ask(ctx, '本月有什么要做的'), deps.kexie.ask(ctx, '目标完成多少了'), deps.kexie.recentActivities(ctx, 5), deps.kexie.damagedCount(ctx)]);
      const subscriptions = subscriptionBlocks(await deps.kexie.deps.storeFor(ctx.workspace).listSubscriptions());
      const input = { month: month.answer, progress: progress.answer, latest, damaged, extra: subscriptions };
      await client.views.publish({ user_id: event.user, view: homeView(input) as never });
      // The chart takes a second to draw: the text comes first, the view is published again with it.
      const chartFileId = await homeChartFile(deps, client, ctx).catch((error: unknown) => void deps.logger.warn('home chart failed', { error: (error as Error)?.message }));
      if (chartFileId) await client.views.publish({ user_id: event.user, view: homeView({ ...input, chartFileId }) as never });
    } catch (error) {
      deps.failure(error, 'app_home_opened');
    }
  });
}

/** The sender's conversation in a channel or DM, or in one thread of it (whose first message's records it knows). */
export function slackConversation(workspace: string, user: string, channel: string, threadTs?: string): ConversationRef {
  return {
    key: conversationKey({ workspace, user, where: `slack:${channel}`, ...(threadTs ? { thread: threadTs } : {}) }),
    ...(threadTs ? { thread: `${channel}:${threadTs}` } : {}),
  };
}

/** Replies in a channel thread (or the DM), replacing the placeholder with chat.update. */
export function threadTarget(client: import('@slack/bolt').webApi.WebClient, channel: string, threadTs?: string): ReplyTarget {
  return {
    // Where the answer of a request kept while the records are filed goes after a restart (resume-held.ts).
    resume: { channel, ...(threadTs ? { threadTs } : {}) },
    upload: { client, channel, ...(threadTs ? { threadTs } : {}) },
    client,
    post: (m) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m }),
    replace: async (placeholder, m) => {
      const ts = (placeholder as { ts?: string } | undefined)?.ts;
      if (ts) await client.chat.update({ channel, ts, ...m });
      else await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m });
    },
  };
}
