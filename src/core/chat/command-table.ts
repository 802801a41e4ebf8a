// The router's table: one handler per command of commands.ts, tried in order; the first that answers wins.
import type { RequestContext } from '../context.js';
import type { Kexie } from '../kexie.js';
import { periodFromText } from '../summaries/summary-period.js';
import { helpText } from './commands.js';
import type { Session } from './conversation-session.js';
import { tryExportCommand } from './export-commands.js';
import { tryFollowUp } from './follow-ups.js';
import type { ChatCapabilities, Reply } from './handle-message.js';
import { logReply } from './log-reply.js';
import { answerPending } from './pending-answer.js';
import { tryPlanCommand } from './plan-commands.js';
import { tryQuestionCommand } from './question-commands.js';
import { tryStatsCommand } from './stats-commands.js';
import { editCommand, linkCommand, listCommand, signupCommand, undoCommand } from './record-commands.js';
import { trySignupSheetCommand } from './signup-sheet-commands.js';
import { trySubscriptionCommand } from './subscription-commands.js';

/** What a handler sees: the message as written and in simplified form, and the conversation. */
export interface CommandEnv {
  kexie: Kexie;
  ctx: RequestContext;
  text: string;
  simple: string;
  caps: ChatCapabilities;
  session: Session;
  /** Matches the simplified text; the captured values come from the text as written. */
  match(re: RegExp): string[] | null;
}

export interface CommandHandler {
  name: string;
  run(env: CommandEnv): Promise<Reply | undefined>;
}

/** "总结 本季度", "写一下上半年的工作总结", "draft the Q3 summary". */
export function isSummaryRequest(text: string): boolean {
  return /^(总结|總結|summary|draft)(\s|$)|^(帮我)?(写|起草|生成|撰写|寫).{0,12}(总结|總結)|draft.*summary|summary (of|for)/iu.test(text.trim());
}

/** Drafts a summary and says which drafter wrote it and why. */
export async function summaryReply(kexie: Kexie, ctx: RequestContext, text: string): Promise<Reply> {
  const draft = await kexie.summary(ctx, periodFromText(text, ctx.today));
  const note = draft.fallbackReason ? `\n\n说明：${draft.fallbackReason}` : draft.drafter === 'llm' ? '\n\n说明：由语言模型起草，数字已与活动记录核对。' : '';
  const damage = [draft.unreadable, draft.damaged > 0 ? `注意：${draft.damaged} 条记录无法读取，没有计入本总结。请管理员运行 npm run -s kexie -- doctor 查看。` : ''].filter(Boolean);
  return { text: `${draft.text}${note}${damage.map((d) => `\n\n${d}`).join('')}`, kind: 'summary' };
}

/** In routing order. Each name is a command of commands.ts (a test keeps the two in step). */
export const HANDLERS: readonly CommandHandler[] = [
  { name: 'help', run: async ({ simple, text }) => (/^(帮助|help|\?|？|菜单|幫助)$/iu.test(simple) || text === '' ? { text: helpText(), kind: 'help' } : undefined) },
  { name: 'pending', run: ({ kexie, ctx, session, text }) => answerPending(kexie, ctx, session, text) },
  { name: 'subscription', run: ({ kexie, ctx, text, simple }) => trySubscriptionCommand(kexie, ctx, text, simple) },
  { name: 'sheet', run: ({ kexie, ctx, text, simple }) => trySignupSheetCommand(kexie, ctx, text, simple) },
  { name: 'stats', run: ({ kexie, ctx, simple }) => tryStatsCommand(kexie, ctx, simple) },
  { name: 'question', run: ({ kexie, ctx, text, simple, session }) => tryQuestionCommand(kexie, ctx, text, simple, session) },
  { name: 'plan', run: ({ kexie, ctx, text, simple }) => tryPlanCommand(kexie, ctx, text, simple) },
  { name: 'export', run: ({ kexie, ctx, text, simple }) => tryExportCommand(kexie, ctx, text, simple) },
  {
    name: 'import',
    run: async ({ ctx, caps, match }) => {
      const m = match(/^(?:导入|import)\s+(.+)$/iu);
      if (!m) return undefined;
      if (!caps.importFile) return { text: '在这里请直接上传计划文件（.docx/.pdf/.txt）来导入。', kind: 'error' };
      return caps.importFile(ctx, m[1]?.trim() ?? '');
    },
  },
  {
    name: 'log',
    run: async ({ kexie, ctx, session, match }) => {
      const m = match(/^(?:记录|登记|log)\s*[:：]?\s*(.+)$/isu);
      return m ? logReply(kexie, ctx, session, m[1] ?? '', true) : undefined;
    },
  },
  { name: 'undo', run: undoCommand },
  { name: 'link', run: linkCommand },
  { name: 'edit', run: editCommand },
  { name: 'list', run: listCommand },
  { name: 'signup', run: signupCommand },
  { name: 'summary', run: async ({ kexie, ctx, text, simple }) => (isSummaryRequest(simple) ? summaryReply(kexie, ctx, text) : undefined) },
  { name: 'followup', run: ({ kexie, ctx, session, text }) => tryFollowUp(kexie, ctx, session, text) },
];
