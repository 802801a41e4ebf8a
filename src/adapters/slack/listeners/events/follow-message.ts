// message_changed / message_deleted: a logged message edited in Slack updates its record; deleted, undoes it.
import { followDeletedMessage, followEditedMessage } from '../../../../core/activities/follow-source-message.js';
import type { SlackDeps } from '../../slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;

export interface ChangedMessage {
  subtype: 'message_changed' | 'message_deleted';
  channel: string;
  message?: { ts?: string; text?: string; user?: string };
  previous_message?: { ts?: string; user?: string };
  deleted_ts?: string;
}

/** Follows the edit or the deletion; tells the author in the thread what changed (or why it could not). */
export async function followMessage(deps: SlackDeps, client: WebClient, team: string | undefined, event: ChangedMessage): Promise<void> {
  const ts = event.subtype === 'message_deleted' ? (event.deleted_ts ?? event.previous_message?.ts) : event.message?.ts;
  const user = event.message?.user ?? event.previous_message?.user;
  if (!ts || !user) return;
  try {
    const ctx = await deps.context(client, { team, user, channel: event.channel, message: ts });
    const store = { store: deps.kexie.deps.storeFor(ctx.workspace), observances: deps.kexie.deps.observances };
    const source = { kind: 'slack' as const, channel: event.channel, message: ts };
    const result =
      event.subtype === 'message_deleted'
        ? await followDeletedMessage(store, ctx, source)
        : await followEditedMessage(store, ctx, source, event.message?.text ?? '', deps.dayOfTs(ts) ?? ctx.today);
    if (result.kind === 'none') return;
    const a = result.activity;
    if (result.kind === 'undone') {
      await client.chat.postEphemeral({ channel: event.channel, user, text: result.count > 1 ? `消息已删除，由它记录的 ${result.count} 项活动已撤销，保留在历史中。` : `消息已删除，活动记录 ${a.id}（${a.date} ${a.title}）已撤销，保留在历史中。` });
      return;
    }
    const text =
      result.kind === 'unreadable'
        ? `消息已修改，但没能读出活动信息，记录 ${a.id} 保持不变：${result.message}`
        : `消息已修改，活动记录 ${a.id} 已同步：${a.date} ${a.title}${a.headcount !== null ? ` ${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : ''}`;
    await client.chat.postEphemeral({ channel: event.channel, user, thread_ts: ts, text });
  } catch (error) {
    deps.failure(error, event.subtype);
  }
}
