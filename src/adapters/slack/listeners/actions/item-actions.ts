// Buttons under a listed plan item: 记录活动 (the log modal with the item set), 标记完成, 查看全文.
import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { handleMessage } from '../../../../core/chat/handle-message.js';
import type { RequestContext } from '../../../../core/context.js';
import { NotFoundError } from '../../../../core/errors.js';
import type { PlanItem } from '../../../../core/plans/plan-schema.js';
import { plansInForce } from '../../../../core/questions/due-in-period.js';
import { logModal } from '../../blocks/modals.js';
import { activityActions, replyPages, textSections, withFooter } from '../../blocks/reply-blocks.js';
import { formWorkspace, OTHER_WORKSPACE, readMetadata, requestWorkspace, type RequestTeam } from '../../form-workspace.js';
import type { SlackDeps } from '../../slack-deps.js';
import { selected, type Values } from './view-values.js';

/** The tasks of the plans in force in a year (every task when none is). */
export async function tasksInForce(deps: SlackDeps, ctx: RequestContext, year: number): Promise<PlanItem[]> {
  const plans = await deps.kexie.listPlans(ctx);
  const inForce = plansInForce(plans, year).flatMap((p) => p.plan.items);
  return (inForce.length > 0 ? inForce : plans.flatMap((p) => p.items)).filter((i) => i.kind === 'task');
}

async function itemById(deps: SlackDeps, ctx: RequestContext, id: string): Promise<PlanItem> {
  const item = (await deps.kexie.listPlans(ctx)).flatMap((p) => p.items).find((i) => i.id === id);
  if (!item) throw new NotFoundError('计划条目', id);
  return item;
}

export function registerItemActions(app: App, deps: SlackDeps): void {
  const start = async (body: BlockAction, client: Parameters<SlackDeps['context']>[0], context: RequestTeam) => {
    const team = requestWorkspace(context);
    const ctx = await deps.context(client, { team, user: body.user.id, ...(body.channel?.id ? { channel: body.channel.id } : {}) });
    return { ctx, team, item: await itemById(deps, ctx, (body.actions[0] as ButtonAction).value ?? '') };
  };

  app.action<BlockAction>('item_log', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { ctx, team, item } = await start(body, client, context);
      const year = Number(ctx.today.slice(0, 4));
      const items = await tasksInForce(deps, ctx, year);
      const metadata = JSON.stringify({ team, year, channel: body.channel?.id });
      await client.views.open({ trigger_id: body.trigger_id, view: logModal(item, items.some((i) => i.id === item.id) ? items : [item, ...items], metadata) as never });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'item_log') });
    }
  });

  app.view<ViewSubmitAction>('activity_log_modal', async ({ ack, view, body, client, context }) => {
    const team = formWorkspace(deps.logger, context, readMetadata(view.private_metadata), 'activity_log_modal');
    if (!team) return void (await ack({ response_action: 'errors', errors: { message: OTHER_WORKSPACE } }));
    const values = view.state.values as Values;
    const message = values.message?.value?.value?.trim() ?? '';
    const itemId = selected(values, 'item');
    if (!message) {
      await ack({ response_action: 'errors', errors: { message: '请写明日期、活动名称和人数，例如：5月17日 科普周开幕式，参加群众800人次' } });
      return;
    }
    // The modal closes now, before the store (Slack's 3 s window); the outcome, or what to fix, comes as a DM.
    await ack();
    try {
      // The view id names this form: the same submission delivered again (a retry, a replay) stores once.
      const ctx = await deps.context(client, { team, user: body.user.id, message: `view:${view.id}` });
      const result = await deps.kexie.log(ctx, message);
      if (!result.ok) {
        await client.chat.postMessage({ channel: body.user.id, text: `没有记录：${result.message.slice(0, 2800)}\n原文：${message.slice(0, 200)}` });
        return;
      }
      let activity = result.activity;
      let label = result.itemTitle;
      if (itemId && activity.itemId !== itemId) {
        const linked = await deps.kexie.link(ctx, activity.id, itemId);
        activity = linked.activity;
        label = linked.itemTitle;
      }
      const text = `${result.duplicate ? '这条已经记录过' : '已记录活动'} ${activity.id}：${activity.date} ${activity.title}${activity.headcount !== null ? ` ${activity.headcount}${activity.headcountUnit ?? '人'}` : ''}\n对应计划：${label ?? '未匹配'}`;
      await client.chat.postMessage({ channel: body.user.id, text, blocks: [...textSections(text), activityActions(activity.id)] as never });
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: `没有记录：${deps.failure(error, 'activity_log_modal')}` }).catch(() => undefined);
    }
  });

  app.action<BlockAction>('item_done', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { ctx, item } = await start(body, client, context);
      const status = await deps.kexie.markItem(ctx, item.id, 'done');
      await respond({ response_type: 'ephemeral', replace_original: false, text: `已标记完成：${status.path} ${status.title}（${await deps.nameOf(client, ctx.workspace, ctx.user)}，${ctx.today}）。如标错了，发送“${status.path} 未完成”。` });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'item_done') });
    }
  });

  app.action<BlockAction>('item_full', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const { ctx, item } = await start(body, client, context);
      const reply = await handleMessage(deps.kexie, ctx, `查看 ${item.path}`);
      const pages = replyPages(reply);
      const key = pages.length > 1 ? deps.replies.put({ pages, user: ctx.user, team: ctx.workspace }) : undefined;
      await respond({ response_type: 'ephemeral', replace_original: false, ...withFooter(pages[0] ?? { text: reply.text, blocks: textSections(reply.text) }, { key, index: 0, count: pages.length }) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'item_full') });
    }
  });
}
