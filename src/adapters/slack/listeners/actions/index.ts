// Buttons under a logged activity (edit, change the plan item, undo), the modals they open, and item search.
import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import type { ActivityPatch } from '../../../../core/activities/activity-schema.js';
import { describeActivity } from '../../../../core/activities/record-activity.js';
import { AppError } from '../../../../core/errors.js';
import { parseChineseNumber } from '../../../../core/text/chinese-number.js';
import { stripControls } from '../../../../core/text/sanitize.js';
import { parseMetrics } from '../../../../core/activities/parse-metrics.js';
import { editModal, ITEM_SEARCH, linkModal, searchItemOptions } from '../../blocks/modals.js';
import { escapeMrkdwn, textSections } from '../../blocks/reply-blocks.js';
import { formWorkspace, OTHER_WORKSPACE, readMetadata, requestWorkspace } from '../../form-workspace.js';
import type { SlackDeps } from '../../slack-deps.js';
import { registerItemActions, tasksInForce } from './item-actions.js';
import { registerReplyActions } from './reply-actions.js';
import { registerPendingActions } from './pending-actions.js';
import { selected, type Values } from './view-values.js';

interface Metadata {
  id: string;
  team: string;
}

export function register(app: App, deps: SlackDeps): void {
  registerReplyActions(app, deps);
  registerItemActions(app, deps);
  registerPendingActions(app, deps);

  // Type-ahead for item selects of more than 100 items, from the plans of the request's workspace.
  app.options({ action_id: ITEM_SEARCH }, async ({ ack, body, client, context }) => {
    try {
      const b = body as { user: { id: string }; value?: string; view?: { private_metadata?: string } };
      const meta = readMetadata(b.view?.private_metadata);
      const team = formWorkspace(deps.logger, context, meta, 'item options');
      if (!team) return void (await ack({ options: [] }));
      const ctx = await deps.context(client, { team, user: b.user.id });
      const year = Number.isInteger(meta.year) ? Number(meta.year) : Number(ctx.today.slice(0, 4));
      const items = await tasksInForce(deps, ctx, year);
      await ack({ options: searchItemOptions(items, b.value ?? '') as never });
    } catch (error) {
      deps.failure(error, 'item options');
      await ack({ options: [] });
    }
  });

  const own = async (body: BlockAction, client: Parameters<SlackDeps['context']>[0], context: Parameters<typeof requestWorkspace>[0]) => {
    const id = (body.actions[0] as ButtonAction).value ?? '';
    const team = requestWorkspace(context);
    const ctx = await deps.context(client, { team, user: body.user.id });
    const found = await deps.kexie.activity(ctx, id);
    const activity = found && !found.undone ? found : undefined;
    if (!activity) throw new AppError('not_found', `活动记录 ${id} 不存在或已撤销。`);
    if (activity.by !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed');
    return { ctx, activity, metadata: JSON.stringify({ id, team } satisfies Metadata) };
  };

  app.action<BlockAction>('activity_edit', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { activity, metadata } = await own(body, client, context);
      await client.views.open({ trigger_id: body.trigger_id, view: editModal(activity, metadata) as never });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'activity_edit') });
    }
  });

  app.action<BlockAction>('activity_link', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { ctx, activity, metadata } = await own(body, client, context);
      const year = Number(activity.date.slice(0, 4));
      const items = await tasksInForce(deps, ctx, year);
      if (items.length === 0) throw new AppError('no_plan');
      await client.views.open({ trigger_id: body.trigger_id, view: linkModal(activity, items, JSON.stringify({ ...JSON.parse(metadata), year })) as never });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'activity_link') });
    }
  });

  app.action<BlockAction>('activity_undo', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { ctx, activity } = await own(body, client, context);
      const undone = await deps.kexie.undo(ctx, activity.id);
      await respond({ replace_original: true, text: escapeMrkdwn(`已撤销活动记录 ${undone.id}（${undone.date} ${undone.title}）。`) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'activity_undo') });
    }
  });

  app.view<ViewSubmitAction>('activity_edit_modal', async ({ ack, view, body, client, context }) => {
    const meta = readMetadata(view.private_metadata);
    const team = formWorkspace(deps.logger, context, meta, 'activity_edit_modal');
    if (!team) return void (await ack({ response_action: 'errors', errors: { title: OTHER_WORKSPACE } }));
    const values = view.state.values as Values;
    const patch: ActivityPatch = {};
    const date = values.date?.value?.selected_date;
    const title = stripControls(values.title?.value?.value ?? '').trim().slice(0, 200);
    const headcount = values.headcount?.value?.value?.trim();
    const metrics = values.metrics?.value?.value?.trim();
    if (date) patch.date = date;
    if (title) patch.title = title;
    if (headcount) {
      const n = parseChineseNumber(headcount.replace(/(人次|人|名)$/u, ''));
      if (n === undefined || n < 0) {
        await ack({ response_action: 'errors', errors: { headcount: '请填写不小于 0 的数字，例如 120。' } });
        return;
      }
      patch.headcount = n;
    } else patch.headcount = null;
    if (metrics !== undefined) {
      const parsed = parseMetrics(metrics ?? '');
      if (!parsed) {
        await ack({ response_action: 'errors', errors: { metrics: '格式：单位=数量，用逗号分隔，例如 份=300，场=2' } });
        return;
      }
      patch.metrics = parsed;
    }
    // The input is checked above; the modal closes now (Slack's 3 s window) and the outcome comes as a DM.
    await ack();
    try {
      // The record is looked up in the request's workspace only: an id from another one is not found there.
      const ctx = await deps.context(client, { team, user: body.user.id });
      const activity = await deps.kexie.edit(ctx, String(meta.id ?? ''), patch);
      await client.chat.postMessage({ channel: body.user.id, text: escapeMrkdwn(`已修改 ${activity.id}：\n${describeActivity(activity, null)}`), blocks: textSections(`已修改 ${activity.id}：\n${describeActivity(activity, null)}`) as never });
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: `没有修改成功：${deps.failure(error, 'activity_edit_modal')}` }).catch(() => undefined);
    }
  });

  app.view<ViewSubmitAction>('activity_link_modal', async ({ ack, view, body, client, context }) => {
    const meta = readMetadata(view.private_metadata);
    const team = formWorkspace(deps.logger, context, meta, 'activity_link_modal');
    if (!team) return void (await ack({ response_action: 'errors', errors: { item: OTHER_WORKSPACE } }));
    const itemId = selected(view.state.values as Values, 'item');
    if (!itemId) {
      await ack({ response_action: 'errors', errors: { item: '请选择一个计划条目。' } });
      return;
    }
    await ack(); // as for the edit modal: acknowledged before the store, the outcome as a DM
    try {
      const ctx = await deps.context(client, { team, user: body.user.id });
      const { activity, itemTitle } = await deps.kexie.link(ctx, String(meta.id ?? ''), itemId);
      await client.chat.postMessage({ channel: body.user.id, text: escapeMrkdwn(`已将 ${activity.id}（${activity.title}）关联到 ${itemTitle}。`) });
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: `没有关联成功：${deps.failure(error, 'activity_link_modal')}` }).catch(() => undefined);
    }
  });
}
