// App Home's 停止 button: removes a subscription (its creator or an admin) and redraws the Home tab without it.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { AppError } from '../../../../core/errors.js';
import { removeSubscriptions } from '../../../../core/schedules/manage-subscriptions.js';
import type { SlackDeps } from '../../slack-deps.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction>('subscription_stop', async ({ ack, body, client }) => {
    await ack();
    const team = body.team?.id ?? 'local';
    const id = (body.actions[0] as ButtonAction).value ?? '';
    try {
      const ctx = await deps.context(client, { team, user: body.user.id });
      const store = deps.kexie.deps.storeFor(team);
      const sub = (await store.listSubscriptions()).find((s) => s.id === id);
      if (sub && sub.createdBy !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed', `这个订阅由 <@${sub.createdBy}> 设置，只有他或管理员可以停止；也可以在 <#${sub.channel}> 发“取消订阅”。`);
      if (sub) await removeSubscriptions(store, { id });
      const view = body.view as { id?: string; hash?: string; blocks?: Array<{ block_id?: string }> } | undefined;
      if (view?.id && view.blocks) {
        const blocks = view.blocks.filter((b) => b.block_id !== `subscription:${id}`);
        await client.views.update({ view_id: view.id, hash: view.hash, view: { type: 'home', blocks } as never });
      }
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: deps.failure(error, 'subscription_stop') });
    }
  });
}
