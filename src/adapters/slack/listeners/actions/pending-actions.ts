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
import { formWorkspace, OTHER_WORKSPACE, readMetadata, requestWorkspace, type RequestTeam } from '../../form-workspace.js';
import type { SlackDeps } from '../../slack-deps.js';

/** Said to anyone but the sender who presses a button or submits the form. */
const NOT_YOURS = '这是问发送人的，只有发送人可以回答。';

/** The conversation key a button carries (workspace|user|where|thread): only that sender, in that workspace, may answer. */
function ownKey(key: string, user: string, workspace: string): string | undefined {
  const [keyWorkspace, keyUser] = key.split('|');
  return keyUser === user && keyWorkspace === workspace ? key : undefined;
}

/** The key of a button pressed by its sender; anyone else is told so (ephemeral) and gets undefined. */
async function ownKeyOrSay(body: BlockAction, context: RequestTeam, respond: RespondFn): Promise<string | undefined> {
  const key = ownKey((body.actions[0] as ButtonAction).value ?? '', body.user.id, requestWorkspace(context));
  if (!key) await respond({ response_type: 'ephemeral', replace_original: false, text: NOT_YOURS });
  return key;
}

export function registerPendingActions(app: App, deps: SlackDeps): void {
  for (const [action, answer] of [['pending_confirm', 'confirm'], ['pending_drop', 'drop']] as const) {
    app.action<BlockAction>(action, async ({ ack, body, client, context, respond }) => {
      await ack();
      try {
        const key = await ownKeyOrSay(body, context, respond);
        if (!key) return;
        const ctx = await deps.context(client, { team: requestWorkspace(context), user: body.user.id, ...(body.channel?.id ? { channel: body.channel.id } : {}) });
        const reply = await answerPendingButton(deps.kexie, ctx, { key }, answer);
        await respond({ replace_original: true, ...replyMessage(reply) });
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, action) });
      }
    });
  }

  // 修改: a form with what was understood (one record), or how to fix it in words (several).
  app.action<BlockAction>('pending_edit', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const key = await ownKeyOrSay(body, context, respond);
      if (!key) return;
      const team = requestWorkspace(context);
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

  app.view<ViewSubmitAction>(PENDING_MODAL, async ({ ack, view, body, client, context }) => {
    const meta = readMetadata(view.private_metadata);
    const team = formWorkspace(deps.logger, context, meta, PENDING_MODAL);
    if (!team) return void (await ack({ response_action: 'errors', errors: { title: OTHER_WORKSPACE } }));
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
    // The question's key names its workspace and sender: both must be this request's.
    const key = String(meta.key ?? '');
    if (key.split('|')[0] !== team) {
      deps.logger.warn('slack: a form named a question of another workspace; refused', { where: PENDING_MODAL, workspace: team });
      return void (await ack({ response_action: 'errors', errors: { title: OTHER_WORKSPACE } }));
    }
    if (!ownKey(key, body.user.id, team)) {
      await ack({ response_action: 'errors', errors: { title: NOT_YOURS } });
      return;
    }
    // The modal closes now, before the store (Slack's 3 s window); the outcome, or what to fix, comes as a DM.
    await ack();
    try {
      const ctx = await deps.context(client, { team, user: body.user.id });
      const title = stripControls(values.title?.value?.value ?? '').trim();
      const reply = await storeEditedPending(deps.kexie, ctx, { key }, { date: values.date?.value?.selected_date ?? undefined, ...(title ? { title } : {}), headcount: n, metrics });
      if (reply.kind === 'error') {
        await client.chat.postMessage({ channel: body.user.id, text: `没有记录：${reply.text}` });
        return;
      }
      await client.chat.postMessage({ channel: body.user.id, ...replyMessage(reply) } as never);
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: `没有记录：${deps.failure(error, PENDING_MODAL)}` }).catch(() => undefined);
    }
  });
}
