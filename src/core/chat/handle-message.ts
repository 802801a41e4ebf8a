// The chat commands every adapter shares: a message in, a reply out (questions, logs, sign-ups, help).
import { describeActivity } from '../activities/record-activity.js';
import type { ActivityPatch } from '../activities/activity-schema.js';
import { parseActivityMessage } from '../activities/parse-activity-message.js';
import { readCorrection, type Correction } from '../understanding/read-correction.js';
import { readReport, worthAskingModel } from '../understanding/read-report.js';
import type { LogResult } from '../activities/record-activity.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { describeSignup, getSignup, registerSignup, updateSignupState } from '../headcounts/manage-signups.js';
import type { Kexie } from '../kexie.js';
import type { LedgerData } from '../exports/ledger-rows.js';
import { tryExportCommand } from './export-commands.js';
import type { ChartData } from '../exports/chart-data.js';
import type { PlanItem } from '../plans/plan-schema.js';
import type { Intent } from '../questions/question.js';
import { HELP_TEXT } from '../questions/answer-question.js';
import { periodFromText } from '../summaries/summary-period.js';
import { tryQuestionCommand } from './question-commands.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { trySignupSheetCommand } from './signup-sheet-commands.js';
import { trySubscriptionCommand } from './subscription-commands.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { MAX_MESSAGE_CHARS, stripControls, tooLongMessage } from '../text/sanitize.js';
import { tryPlanCommand } from './plan-commands.js';

/** A chat reply: text for any client, its kind, and the activity it is about (for buttons). */
export interface Reply {
  text: string;
  kind: 'answer' | 'activity' | 'activities' | 'signup' | 'import' | 'summary' | 'help' | 'error';
  activityId?: string;
  /** The plan items an answer is about, for clients that show them one by one (Slack buttons). */
  items?: PlanItem[];
  /** What the question asked, when the reply answers one. */
  intent?: Intent;
  /** A file to attach (a ledger, a Word summary, a chart): plain data that the adapter renders. */
  file?: ReplyFile;
  /** Every record a message created (several events in one message), each with its own edit/undo. */
  activityIds?: string[];
  /** Plan items to choose from when the link was too close to call (activityId is the record). */
  choices?: Array<{ itemId: string; label: string }>;
  /** The sign-up this reply changed; Slack refreshes its 接龙 message. */
  signupId?: string;
  /** This reply starts a 接龙 sheet: Slack posts it to the channel with a 报名 button. */
  signupSheet?: boolean;
}

/** A file a reply carries as plain data; adapters render it with the writers in infra/exports. */
export type ReplyFile =
  | { kind: 'ledger'; name: string; ledger: LedgerData }
  | { kind: 'docx'; name: string; text: string }
  | { kind: 'chart'; name: string; chart: ChartData };

export interface ChatCapabilities {
  /** Reads a plan file by path (console only); Slack passes uploaded bytes another way. */
  importFile?: (ctx: RequestContext, path: string) => Promise<Reply>;
}

const EDIT_FIELDS: Array<[RegExp, (value: string, ctx: RequestContext) => ActivityPatch | undefined]> = [
  [/^(人数|headcount)$/iu, (v) => numberPatch(v, (n) => ({ headcount: n }))],
  [/^(日期|date)$/iu, (v, ctx) => {
    const parsed = parseActivityMessage(`${v} 1人`, ctx.today);
    return parsed.ok && parsed.activity.dateSource !== 'default' ? { date: parsed.activity.date } : undefined;
  }],
  [/^(标题|名称|活动|title)$/iu, (v) => (v.trim() ? { title: v.trim() } : undefined)],
];

function numberPatch(v: string, make: (n: number) => ActivityPatch): ActivityPatch | undefined {
  const n = parseChineseNumber(v.replace(/(人次|人|名)$/u, ''));
  return n === undefined || n < 0 ? undefined : make(n);
}

/** Handles one chat message. Errors the user can fix come back as replies, never as exceptions. */
export async function handleMessage(kexie: Kexie, ctx: RequestContext, raw: string, caps: ChatCapabilities = {}): Promise<Reply> {
  if (raw.length > MAX_MESSAGE_CHARS * 4) return { text: tooLongMessage(raw.length), kind: 'error' };
  const text = stripControls(raw).trim();
  if (text.length > MAX_MESSAGE_CHARS) return { text: tooLongMessage(text.length), kind: 'error' };
  try {
    return await route(kexie, ctx, text, caps);
  } catch (error) {
    if (error instanceof AppError) return { text: error.userMessage, kind: 'error' };
    throw error;
  }
}

async function route(kexie: Kexie, ctx: RequestContext, text: string, caps: ChatCapabilities): Promise<Reply> {
  let m: string[] | null;
  let reply: Reply | undefined;
  // Commands match in simplified form (記錄 = 记录); captured values come from the text as written.
  const simple = normalizeText(text);
  const match = (re: RegExp): string[] | null => {
    const found = new RegExp(re.source, `${re.flags}d`).exec(simple);
    if (!found?.indices) return null;
    return found.indices.map((span) => (span ? text.slice(span[0], span[1]) : '')) as string[];
  };
  if (/^(帮助|help|\?|？|菜单)$/iu.test(simple) || text === '') return { text: HELP_TEXT, kind: 'help' };
  const scheduled = await trySubscriptionCommand(kexie, ctx, text, simple); if (scheduled) return scheduled;
  const sheet = await trySignupSheetCommand(kexie, ctx, text, simple); if (sheet) return sheet;
  if ((reply = await tryQuestionCommand(kexie, ctx, text, simple))) return reply;
  if ((reply = await tryPlanCommand(kexie, ctx, text, simple))) return reply;
  if ((reply = await tryExportCommand(kexie, ctx, text, simple))) return reply;
  if ((m = match(/^(?:导入|import)\s+(.+)$/iu))) {
    if (!caps.importFile) return { text: '在这里请直接上传计划文件（.docx/.pdf/.txt）来导入。', kind: 'error' };
    return caps.importFile(ctx, m[1]?.trim() ?? '');
  }
  if ((m = match(/^(?:记录|登记|log)\s*[:：]?\s*(.+)$/isu))) return logReply(kexie, ctx, m[1] ?? '', true);
  if ((m = match(/^(?:撤销更正|撤销修改|undo edit)\s*(\S+)?$/iu))) {
    const { activity, reverted } = await kexie.revertEdit(ctx, m[1]);
    return { text: `已撤销对 ${activity.id} 的修改：${reverted}\n${describeActivity(activity, null)}`, kind: 'activity', activityId: activity.id };
  }
  if ((m = match(/^(?:撤销|撤回|undo)\s*(\S+)?$/iu))) {
    const a = await kexie.undo(ctx, m[1]);
    return { text: `已撤销活动记录 ${a.id}（${a.date} ${a.title}）。记录保留在历史中。`, kind: 'activity', activityId: a.id };
  }
  if ((m = match(/^(?:关联|link)\s+(\S+)\s+(.+)$/iu))) {
    const { activity, itemTitle } = await kexie.link(ctx, m[1] ?? '', (m[2] ?? '').trim());
    return { text: `已将 ${activity.id} 关联到 ${itemTitle}。`, kind: 'activity', activityId: activity.id };
  }
  if ((m = match(/^(?:修改|编辑|edit)\s+(\S+)\s+([^\s=:：]+)\s*[=:：]?\s*(.+)$/iu))) {
    const [, id = '', field = '', value = ''] = m;
    const rule = EDIT_FIELDS.find(([re]) => re.test(field));
    const unitPatch = !rule && /^[\p{Script=Han}]{1,2}$/u.test(field) ? numberPatch(value, () => ({})) : undefined;
    let patch = rule?.[1](value, ctx);
    if (!rule && unitPatch) {
      const current = await kexie.activity(ctx, id);
      const n = parseChineseNumber(value) ?? 0;
      patch = { metrics: { ...(current?.metrics ?? {}), [field]: n } };
    }
    if (!patch) return { text: '没看懂要改什么。格式：修改 <编号> 人数 150｜修改 <编号> 日期 5月18日｜修改 <编号> 标题 新标题｜修改 <编号> 份 300', kind: 'error' };
    const a = await kexie.edit(ctx, id, patch);
    return { text: `已修改 ${a.id}：\n${describeActivity(a, null)}`, kind: 'activity', activityId: a.id };
  }
  if ((m = match(/^(?:活动列表|活动记录|activities)\s*(.*)$/iu))) {
    const list = await kexie.activities(ctx);
    const recent = list.slice(-15);
    const lines = recent.map((a) => `• ${a.id} ${a.date} ${a.title}${a.headcount !== null ? ` ${a.headcount}${a.headcountUnit ?? '人'}` : ''}`);
    return { text: list.length === 0 ? '还没有活动记录。' : [`活动记录共 ${list.length} 条，最近的：`, ...lines].join('\n'), kind: 'activities' };
  }
  if ((m = match(/^(?:报名|signup)\s+(\S+)\s+(\S+?)\s*(?:人|名)?\s+(\S+)$/iu))) {
    const count = parseChineseNumber((m[2] ?? '').replace(/(人|名)$/u, ''));
    if (count === undefined) return { text: '格式：报名 <活动名> <人数> <单位>，例如：报名 科普日主场活动 5人 第一中学', kind: 'error' };
    const s = await registerSignup(kexie.deps.storeFor(ctx.workspace), ctx, { event: m[1] ?? '', count, unit: m[3] ?? '' });
    return { text: `已登记：${m[3]} ${count} 人。\n${describeSignup(s)}`, kind: 'signup', signupId: s.id };
  }
  if ((m = match(/^(?:人数|报名情况|headcount)\s+(\S+)$/iu))) {
    const s = await getSignup(kexie.deps.storeFor(ctx.workspace), m[1] ?? '');
    return { text: describeSignup(s), kind: 'signup' };
  }
  if ((m = match(/^(?:截止报名|关闭报名|close)\s+(\S+)$/iu))) {
    const s = await updateSignupState(kexie.deps.storeFor(ctx.workspace), ctx, m[1] ?? '', { close: true });
    return { text: `已截止报名。\n${describeSignup(s)}`, kind: 'signup', signupId: s.id };
  }
  if ((m = match(/^(?:实到|到场人数|attendance)\s+(\S+)\s+(\S+?)\s*(人次|人|名)?$/iu))) {
    const n = parseChineseNumber(m[2] ?? '');
    if (n === undefined) return { text: '格式：实到 <活动名> <人数>，例如：实到 科普日主场活动 180人', kind: 'error' };
    const event = m[1] ?? '';
    await updateSignupState(kexie.deps.storeFor(ctx.workspace), ctx, event, { close: true });
    const logged = await kexie.log(ctx, `${event}，实到${n}${m[3] ?? '人'}`);
    if (!logged.ok) return { text: logged.message, kind: 'error' };
    const s = await updateSignupState(kexie.deps.storeFor(ctx.workspace), ctx, event, { attendance: n, activityId: logged.activity.id });
    return { text: `已记录实到人数，并记为活动 ${logged.activity.id}。\n${describeSignup(s)}`, kind: 'activity', activityId: logged.activity.id, signupId: s.id };
  }
  if (isSummaryRequest(simple)) return summaryReply(kexie, ctx, text);
  const correction = readCorrection(text, ctx.today);
  if (correction) {
    const reply = await correctionReply(kexie, ctx, correction);
    if (reply) return reply;
  }
  const reading = readReport(text, ctx.today, { explicit: false, observances: kexie.deps.observances });
  if (reading.kind === 'activity') return logReply(kexie, ctx, text, false);
  if (kexie.deps.model && worthAskingModel(reading, text)) {
    // The rules gave up on a line that looks like a report: the model may read it (and the judge checks it).
    const result = await kexie.log(ctx, text, { explicit: false });
    if (result.ok) return renderLog(result);
  }
  if (reading.kind === 'not_activity' && reading.reason === 'future') return futureReply(kexie, ctx, text, reading.message);
  if (reading.kind === 'invalid' && reading.problem !== 'no_figure' && reading.problem !== 'empty') return { text: reading.message, kind: 'error' };
  const answer = await kexie.ask(ctx, text);
  return { text: answer.answer, kind: answer.intent === 'help' || answer.intent === 'unknown' ? 'help' : 'answer', items: answer.items, intent: answer.intent };
}

async function logReply(kexie: Kexie, ctx: RequestContext, message: string, explicit: boolean): Promise<Reply> {
  const result = await kexie.log(ctx, message, { explicit });
  if (!result.ok) return result.reason === 'future' ? futureReply(kexie, ctx, message, result.message) : { text: result.message, kind: 'error' };
  return renderLog(result);
}

/** The reply to a logged message: each record with its id, what was understood, and how to fix it. */
function renderLog(result: Extract<LogResult, { ok: true }>): Reply {
  const { records } = result;
  const ids = records.map((r) => r.activity.id);
  const parts = records.map((r, k) => {
    const head = r.duplicate
      ? `这条消息已经记录过（${r.activity.id}），没有重复记录。`
      : records.length > 1 ? `${k + 1}. 已记录活动 ${r.activity.id}：` : `已记录活动 ${r.activity.id}：`;
    const choose = r.choices.length > 0 ? `\n可能对应的计划条目（发送“关联 ${r.activity.id} 路径”选定）：\n${r.choices.map((c) => `  · ${c.label}`).join('\n')}` : '';
    return `${head}\n${describeActivity(r.activity, r.itemTitle)}${choose}`;
  });
  const lead = records.length > 1 ? `这条消息里有 ${records.length} 次活动，已分别记录：\n` : '';
  const tail = records.every((r) => r.duplicate) ? '' : '\n如有错误：修改 <编号> 人数 150｜更正：人数应为85人｜关联 <编号> 三/2｜撤销 <编号>';
  const choices = records.find((r) => r.choices.length > 0)?.choices;
  const notice = result.notice ? `\n${result.notice}` : '';
  return { text: `${lead}${parts.join('\n\n')}${notice}${tail}`, kind: 'activity', activityId: ids[0], activityIds: ids, ...(choices ? { choices } : {}) };
}

/** "还没举办？举办后再发给我", with a hint to register sign-ups when the event has a sign-up list. */
async function futureReply(kexie: Kexie, ctx: RequestContext, text: string, message: string): Promise<Reply> {
  const signups = await kexie.deps.storeFor(ctx.workspace).listSignups();
  const key = matchKey(text);
  const open = signups.find((s) => !s.closed && key.includes(matchKey(s.event)));
  const hint = open ? `\n“${open.event}”正在报名，可以先登记：报名 ${open.event} 5人 单位名称` : '';
  return { text: `${message}${hint}`, kind: 'answer' };
}

/** The reply to a correction, or undefined when a soft one ("横幅是8条") matched no recent record. */
async function correctionReply(kexie: Kexie, ctx: RequestContext, correction: Correction): Promise<Reply | undefined> {
  const result = await kexie.correct(ctx, correction);
  if (!result.ok) return result.notACorrection ? undefined : { text: result.message, kind: 'error' };
  return {
    text: `已更正 ${result.activity.id}：${result.changes.join('；')}\n${describeActivity(result.activity, null)}\n如需还原：撤销更正 ${result.activity.id}`,
    kind: 'activity',
    activityId: result.activity.id,
  };
}

/** "总结 本季度", "写一下上半年的工作总结", "draft the Q3 summary". */
export function isSummaryRequest(text: string): boolean {
  return /^(总结|總結|summary|draft)(\s|$)|^(帮我)?(写|起草|生成|撰写|寫).{0,12}(总结|總結)|draft.*summary|summary (of|for)/iu.test(text.trim());
}

/** Drafts a summary and says which drafter wrote it and why. */
export async function summaryReply(kexie: Kexie, ctx: RequestContext, text: string): Promise<Reply> {
  const draft = await kexie.summary(ctx, periodFromText(text, ctx.today));
  const note = draft.fallbackReason ? `\n\n说明：${draft.fallbackReason}` : draft.drafter === 'llm' ? '\n\n说明：由语言模型起草，数字已与活动记录核对。' : '';
  return { text: `${draft.text}${note}`, kind: 'summary' };
}
