// 接龙 buttons: 报名 opens the modal, its submission updates the sheet in place; 截止报名 closes it (organiser only).
import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../../../core/errors.js';
import { registerSignup, updateSignupState } from '../../../../core/headcounts/manage-signups.js';
import { parseChineseNumber } from '../../../../core/text/chinese-number.js';
import { matchKey } from '../../../../core/text/normalize.js';
import { signupModal } from '../../blocks/signup-blocks.js';
import { refreshSignupSheet } from '../../signup-sheet.js';
import { formWorkspace, OTHER_WORKSPACE, readMetadata, requestWorkspace } from '../../form-workspace.js';
import type { SlackDeps } from '../../slack-deps.js';

interface Metadata {
  id: string;
  team: string;
}

type Values = Record<string, Record<string, { value?: string | null }>>;

const MAX_NAMES = 200;

export function register(app: App, deps: SlackDeps): void {
  const sheet = async (team: string, id: string) => {
    const s = (await deps.kexie.deps.storeFor(team).listSignups()).find((x) => x.id === id);
    if (!s) throw new AppError('not_found', '这个报名已不存在。');
    return s;
  };

  app.action<BlockAction>('signup_open', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const team = requestWorkspace(context);
      const s = await sheet(team, (body.actions[0] as ButtonAction).value ?? '');
      if (s.closed) throw new AppError('signup_closed', `“${s.event}”已截止报名。`);
      // The unit this person answers for (单位 添加 … @them), else the one they signed up last time.
      const { units } = await deps.kexie.deps.storeFor(team).readDirectory();
      const unit = units.find((u) => u.people.includes(`<@${body.user.id}>`))?.name ?? s.entries.find((e) => e.by === body.user.id)?.unit ?? '';
      await client.views.open({ trigger_id: body.trigger_id, view: signupModal(s, JSON.stringify({ id: s.id, team } satisfies Metadata), unit) as never });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'signup_open') });
    }
  });

  app.action<BlockAction>('signup_close', async ({ ack, body, client, context, respond }) => {
    await ack();
    try {
      const team = requestWorkspace(context);
      const s = await sheet(team, (body.actions[0] as ButtonAction).value ?? '');
      const ctx = await deps.context(client, { team, user: body.user.id });
      const closed = await updateSignupState(deps.kexie.deps.storeFor(team), ctx, s.event, { close: true });
      await refreshSignupSheet(client, closed);
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'signup_close') });
    }
  });

  app.view<ViewSubmitAction>('signup_modal', async ({ ack, view, body, client, context }) => {
    const meta = readMetadata(view.private_metadata);
    const team = formWorkspace(deps.logger, context, meta, 'signup_modal');
    if (!team) return void (await ack({ response_action: 'errors', errors: { unit: OTHER_WORKSPACE } }));
    const values = view.state.values as Values;
    const unit = values.unit?.value?.value?.trim() ?? '';
    const countText = values.count?.value?.value?.trim() ?? '';
    const count = parseChineseNumber(countText.replace(/(人|名)$/u, ''));
    if (!unit) return void (await ack({ response_action: 'errors', errors: { unit: '请填写单位名称，例如 城关镇科协。' } }));
    if (count === undefined || !Number.isInteger(count) || count < 0) return void (await ack({ response_action: 'errors', errors: { count: '请填写人数（整数），例如 5。' } }));
    const names = (values.names?.value?.value ?? '').split(/[\n、，,；;]+/u).map((n) => n.trim()).filter(Boolean).slice(0, MAX_NAMES);
    const contact = values.contact?.value?.value?.trim() ?? undefined;
    // The input is checked above; the modal closes now (Slack's 3 s window) and the outcome comes as a DM.
    await ack();
    try {
      // The sheet is looked up in the request's workspace only: one from another workspace is not found.
      const s = await sheet(team, String(meta.id ?? ''));
      const ctx = await deps.context(client, { team, user: body.user.id });
      const saved = await registerSignup(deps.kexie.deps.storeFor(team), ctx, { event: s.event, unit, count, ...(names.length > 0 ? { names } : {}), ...(contact ? { contact } : {}) });
      await refreshSignupSheet(client, saved);
      const entry = saved.entries.find((e) => matchKey(e.unit) === matchKey(unit));
      await client.chat.postMessage({ channel: body.user.id, text: `已为${entry?.unit ?? unit}报名“${saved.event}” ${count} 人。需要修改时再点一次“报名”。` });
    } catch (error) {
      await client.chat.postMessage({ channel: body.user.id, text: `没有报名成功：${deps.failure(error, 'signup_modal')}` }).catch(() => undefined);
    }
  });
}
