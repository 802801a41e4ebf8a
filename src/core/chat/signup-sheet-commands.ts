// 发起报名: starts a 接龙 sheet that Slack shows as one message with a 报名 button.
import type { RequestContext } from '../context.js';
import { formatMonthDay } from '../dates/civil-date.js';
import { parseSheetRequest, startSignupSheet } from '../headcounts/signup-sheet.js';
import type { Kexie } from '../kexie.js';
import type { Reply } from './handle-message.js';

/** Handles "发起报名 <活动> [截止9月10日] [每单位限10人]"; undefined for other texts. */
export async function trySignupSheetCommand(kexie: Kexie, ctx: RequestContext, text: string, simple: string): Promise<Reply | undefined> {
  const m = /^(?:发起报名|发起接龙|报名接龙)\s*(.*)$/su.exec(simple);
  if (!m) return undefined;
  // Values come from the text as written (event names stay in the user's script).
  const rest = /^\S+\s+\S/u.test(text.trim()) ? text.trim().replace(/^\S+\s+/u, '') : '';
  const request = parseSheetRequest(rest || (m[1] ?? ''), ctx.today);
  if (typeof request === 'string') return { text: request, kind: 'error' };
  const s = await startSignupSheet(kexie.deps.storeFor(ctx.workspace), ctx, request);
  const terms = [s.deadline ? `截止${formatMonthDay(s.deadline)}` : '', s.limitPerUnit ? `每单位限${s.limitPerUnit}人` : ''].filter(Boolean).join('，');
  return {
    text: `已发起报名：${s.event}${terms ? `（${terms}）` : ''}。各单位可点报名消息上的“报名”，或发“报名 ${s.event} 5人 <单位>”；组织者发“截止报名 ${s.event}”结束。`,
    kind: 'signup',
    signupId: s.id,
    signupSheet: true,
  };
}
