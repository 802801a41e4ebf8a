// `kexie remind add|list|remove|preview`: subscriptions from cron and tests; preview prints what the scheduler would post.
import type { RequestContext } from '../../core/context.js';
import { addDays, isCivilDate } from '../../core/dates/civil-date.js';
import type { Kexie } from '../../core/kexie.js';
import { addSubscription, describeSubscription, postsDue, removeSubscriptions } from '../../core/schedules/manage-subscriptions.js';
import { SUBSCRIPTION_KINDS, type SubscriptionKind } from '../../core/schedules/subscription-schema.js';
import { parseClockTime, zonedInstant } from '../../core/schedules/zoned-time.js';
import type { CliValues } from './run-cli.js';

type Out = { emit(data: unknown, text: string): void; fail(code: string, message: string, exit?: number): number };

const USAGE = `用法：remind add --channel C123 --kind ${SUBSCRIPTION_KINDS.join('|')} [--at HH:MM] [--days N]
      remind list [--json]
      remind remove <编号>
      remind preview --from YYYY-MM-DD --to YYYY-MM-DD [--json]`;

export async function runRemindCommand(kexie: Kexie, ctx: RequestContext, args: string[], values: CliValues, out: Out): Promise<number> {
  const store = kexie.deps.storeFor(ctx.workspace);
  const [action, ...rest] = args;
  switch (action) {
    case 'add': {
      const kind = values.kind as SubscriptionKind | undefined;
      if (!values.channel || !kind || !SUBSCRIPTION_KINDS.includes(kind)) return out.fail('bad_input', USAGE, 2);
      const at = values.at === undefined ? undefined : parseClockTime(values.at);
      if (at === undefined && values.at !== undefined) return out.fail('bad_input', '--at 应写成 24 小时制 HH:MM，例如 09:00。', 2);
      const days = values.days === undefined ? undefined : Number(values.days);
      if (days !== undefined && !(Number.isInteger(days) && days >= 0 && days <= 30)) return out.fail('bad_input', '--days 应为 0 到 30 的整数。', 2);
      const { subscription, created } = await addSubscription(store, { ...ctx, source: { ...ctx.source, channel: values.channel } }, { kind, channel: values.channel, at, days });
      out.emit({ subscription, created }, `${created ? '已订阅' : '已更新'}：${subscription.id} ${subscription.channel} ${describeSubscription(subscription)}`);
      return 0;
    }
    case 'list': {
      const subscriptions = await store.listSubscriptions();
      out.emit({ subscriptions }, subscriptions.length === 0 ? '还没有订阅。' : subscriptions.map((s) => `• ${s.id} ${s.channel} ${describeSubscription(s)}`).join('\n'));
      return 0;
    }
    case 'remove': {
      const id = rest[0];
      if (!id) return out.fail('bad_input', '请给出订阅编号：remind remove <编号>（编号见 remind list）', 2);
      const removed = await removeSubscriptions(store, { id });
      if (removed.length === 0) return out.fail('not_found', `没有编号为 ${id} 的订阅。用 remind list 查看。`);
      out.emit({ removed }, `已取消：${removed.map(describeSubscription).join('、')}`);
      return 0;
    }
    case 'preview': {
      const { from, to } = values;
      if (!from || !to || !isCivilDate(from) || !isCivilDate(to) || to < from) return out.fail('bad_date', '请给出 --from 和 --to，写成 YYYY-MM-DD，且 --to 不早于 --from。', 2);
      const tz = kexie.deps.timeZone;
      const range = { from: zonedInstant(from, '00:00', tz), to: new Date(zonedInstant(addDays(to, 1), '00:00', tz).getTime() - 1) };
      const { posts } = await postsDue(store, { holidays: kexie.deps.holidays, timeZone: tz }, range);
      const view = posts.map((p) => ({ at: p.at, channel: p.channel, kind: p.kind, text: p.text, items: p.items, key: p.key }));
      out.emit({ posts: view }, posts.length === 0 ? '这段时间没有要发送的内容。' : posts.map((p) => `── ${p.at} → ${p.channel}\n${p.text}`).join('\n\n'));
      return 0;
    }
    default:
      return out.fail('bad_input', USAGE, 2);
  }
}
