// The buttons under a question about a report: 记录 stores it, 不是活动 drops it, 修改 opens a form to fix it.
import type { App, BlockAction, ButtonAction, RespondFn, ViewSubmitAction } from '@slack/bolt';
import { parseMetrics } from '../../../../core/activities/parse-metrics.js';
import { answerPendingButton, EXPIRED, pendingReading, storeEditedPending } from '../../../../core/chat/pending-answer.js';
import { parseChineseNumber } from '../../../../core/text/chinese-number.js';
import { stripControls } from '../../../../core/text/sanitize.js';
import { PENDING_MODAL, pendingModal } from '../../blocks/pending-modal.js';
import type { Values } from './view-values.js';
import { ASK_HINT } from '../../../../core/chat/render-log.js';
import { escapeMrkdwn, replyMessage } from '../../blocks/reply-blocks.js';
import type { SlackDeps } from '../../slack-deps.js';

/** Said to anyone but the sender who presses a button or submits the form. */
const NOT_YOURS = '这是问发送人的，只有发送人可以回答。';

/** The conversation key a button carries (workspace|user|where|thread): only that sender may answer. */
function ownKey(body: BlockAction): string | undefined {
  const key = (body.actions[0] as ButtonAction).value ?? '';
  const [workspace, user] = key.split('|');
  return user === body.user.id && (!body.team?.id || workspace === body.team.id) ? key : undefined;
}

/** The key of a button pressed by its sender; anyone else is told so (ephemeral) and gets undefined. */
async function ownKeyOrSay(body: BlockAction, respond: RespondFn): Promise<string | undefined> {
  const key = ownKey(body);
  if (!key) await respond({ response_type: 'ephemeral', replace_original: false, text: NOT_YOURS });
  return key;
}

export function registerPendingActions(app: App, deps: SlackDeps): void {
  for (const [action, answer] of [['pending_confirm', 'confirm'], ['pending_drop', 'drop']] as const) {
    app.action<BlockAction>(action, async ({ ack, body, client, respond }) => {
      await ack();
      try {
        const key = await ownKeyOrSay(body, respond);
        if (!key) return;
        const ctx = await deps.context(client, { team: body.team?.id ?? 'local', user: body.user.id, ...(body.channel?.id ? { channel: body.channel.id } : {}) });
        const reply = await answerPendingButton(deps.kexie, ctx, { key }, answer);
        await respond({ replace_original: true, ...replyMessage(reply) });
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, action) });
      }
    });
  }

  // 修改: a form with what was understood (one record), or how to fix it in words (several).
  app.action<BlockAction>('pending_edit', async ({ ack, body, client, respond }) => {
    await ack();
    try {
      const key = await ownKeyOrSay(body, respond);
      if (!key) return;
      const team = body.team?.id ?? 'local';
      const ctx = await deps.context(client, { team, user: body.user.id });
      const pending = await pendingReading(deps.kexie, ctx, { key });
      if (pending && pending.reading.records.length === 1) {
        await client.views.open({ trigger_id: body.trigger_id, view: pendingModal(pending, JSON.stringify({ key, team })) as never });
        return;
      }
      await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(pending ? `请直接回复要改的内容。${ASK_HINT}` : EXPIRED) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'pending_edit') });
    }
  });

  app.view<ViewSubmitAction>(PENDING_MODAL, async ({ ack, view, body, client }) => {
    const meta = JSON.parse(view.private_metadata) as { key: string; team: string };
    const values = view.state.values as Values;
    const headcount = values.headcount?.value?.value?.trim();
    const n = headcount ? parseChineseNumber(headcount.replace(/(人次|人|名)$/u, '')) : null;
    if (n === undefined || (n !== null && n < 0)) {
      await ack({ response_action: 'errors', errors: { headcount: '请填写不小于 0 的数字，例如 120。' } });
      return;
    }
    const metrics = parseMetrics(values.metrics?.value?.value?.trim() ?? '');
    if (!metrics) {
      await ack({ response_action: 'errors', errors: { metrics: '格式：单位=数量，用逗号分隔，例如 份=300，场=2' } });
      return;
    }
    if (meta.key.split('|')[1] !== body.user.id) {
      await ack({ response_action: 'errors', errors: { title: NOT_YOURS } });
      return;
    }
    try {
      const ctx = await deps.context(client, { team: meta.team, user: body.user.id });
      const title = stripControls(values.title?.value?.value ?? '').trim();
      const reply = await storeEditedPending(deps.kexie, ctx, { key: meta.key }, { date: values.date?.value?.selected_date ?? undefined, ...(title ? { title } : {}), headcount: n, metrics });
      if (reply.kind === 'error') {
        await ack({ response_action: 'errors', errors: { date: reply.text } });
        return;
      }
      await ack();
      await client.chat.postMessage({ channel: body.user.id, ...replyMessage(reply) } as never);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { title: deps.failure(error, PENDING_MODAL) } });
    }
  });
}
