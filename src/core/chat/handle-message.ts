// The chat commands every adapter shares: a message in, a reply out (questions, logs, sign-ups, help).
import type { ConversationRef } from '../conversation/conversation.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import type { ChartData } from '../exports/chart-data.js';
import type { LedgerSummary } from '../exports/ledger-stream.js';
import type { StatsReport } from '../stats/compute-returns.js';
import type { Kexie } from '../kexie.js';
import type { PlanItem } from '../plans/plan-schema.js';
import type { Intent } from '../questions/question.js';
import { understandQuestion } from '../questions/understand-question.js';
import { normalizeText } from '../text/normalize.js';
import { MAX_MESSAGE_CHARS, stripControls, tooLongMessage } from '../text/sanitize.js';
import { readReport, worthAskingModel } from '../understanding/read-report.js';
import { readCorrection } from '../understanding/read-correction.js';
import { HANDLERS } from './command-table.js';
import { notUnderstoodText } from './commands.js';
import { openSession, type Session } from './conversation-session.js';
import { futureReply, logReply, logResultReply } from './log-reply.js';
import { dropSelfRepairs } from '../text/self-repair.js';

export { isSummaryRequest, summaryReply } from './command-table.js';

/** A chat reply: text for any client, its kind, and the activity it is about (for buttons). */
export interface Reply {
  text: string;
  kind: 'answer' | 'activity' | 'activities' | 'signup' | 'import' | 'summary' | 'help' | 'error' | 'ask';
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
  /** A question about a report, not stored yet: the conversation that keeps it (Slack's 记录 / 修改 / 不是活动 buttons answer it). */
  conversation?: string;
}

/** A file a reply carries as plain data; adapters render it with the writers in infra/exports. */
export type ReplyFile =
  | { kind: 'ledger'; name: string; ledger: LedgerSummary }
  | { kind: 'docx'; name: string; text: string }
  | { kind: 'chart'; name: string; chart: ChartData }
  | { kind: 'stats'; name: string; report: StatsReport };

export interface ChatCapabilities {
  /** Reads a plan file by path (console only); Slack passes uploaded bytes another way. */
  importFile?: (ctx: RequestContext, path: string) => Promise<Reply>;
  /** The conversation the message belongs to (channel or thread, DM, session); by default the sender's channel. */
  conversation?: ConversationRef;
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
  // Commands match in simplified form (記錄 = 记录); captured values come from the text as written.
  const simple = normalizeText(text);
  const match = (re: RegExp): string[] | null => {
    const found = new RegExp(re.source, `${re.flags}d`).exec(simple);
    if (!found?.indices) return null;
    return found.indices.map((span) => (span ? text.slice(span[0], span[1]) : '')) as string[];
  };
  const session = await openSession(kexie, ctx, caps.conversation);
  try {
    const env = { kexie, ctx, text, simple, caps, session, match };
    // A long message that reads as a past event with figures is a report, whatever words of a question or a
    // fix it carries ("11月职工技术培训台账 … 11/4 …", "本月…任务").
    if (plainReport(simple) || (!session.pending() && (await saysDone(kexie, ctx, session, text, simple)))) return await readMessage(kexie, ctx, session, text);
    for (const handler of HANDLERS) {
      const reply = await handler.run(env);
      if (reply) return reply;
    }
    return await readMessage(kexie, ctx, session, text);
  } finally {
    await session.save();
  }
}

// "不是200人，是200人次，…": a message that opens by setting a figure right fixes the record before it; so does
// "update on this: …", which points at the record replied to.
const NOT_A_REPORT_START = /^\s*(?:(?:btw|by the way|oh|ok|also|and|so)\b\s*[,，]?\s*)?(?:记录|改|删|撤销|补充|不对|不是|刚才|上一条|这条|那条|更正|帮助|报名|查|统计|导出|计划|目标|进度|update\s+on\s+(?:this|that|it)\b|update\s*[:：,，]\s*(?=\d+\s+of\s+(?:the|those)\s+\d+))/iu;
/** "…，麻烦帮忙更正一下，谢谢！": a message closing on a request to fix something is no report of its own. */
const ASKS_TO_FIX = /(?:(?:麻烦|请|帮忙|帮我)[^，,。]{0,4}(?:更正|修改|改)(?:一下|下)?|(?:更正|修改|改)(?:一下|下))(?:吧|哈|啊|呀)?[,，。!！\s]*(?:(?:谢谢|多谢|感谢)[^,，。]{0,4})?[。!！~～\s]*$/u;
function plainReport(simple: string): boolean {
  if (simple.length < 40 || NOT_A_REPORT_START.test(simple) || ASKS_TO_FIX.test(simple) || /[？?]|吗|多少|哪些|怎么|是否/u.test(simple)) return false;
  return /(开展|举办|组织|接待|培训|讲座|参加|参训|指导|服务)/u.test(simple) && /\d+\s*(?:人|户|场|份)|[一二三四五六七八九十百千]+(?:人|户)/u.test(simple);
}

/** The commands' own openings ("修改 3 人数 85", "关联 2 三/2"): never a report. */
const COMMAND_START = /^\s*(?:修改|编辑|关联|撤回|导入|活动列表|活动记录|人数|实到|到场人数|截止报名|关闭报名|总结|log|undo|link|edit|signup|import|summary|draft)(?:\s|$|[:：])/iu;
/**
 * Words of a fix to a record already made ("人数应为…", "写错了", "总人数变成…", "实际到15号结束"), which a long report
 * never needs.
 */
const CORRECTION = /(?:人数|人次|总数|数字|数量|户数|份数)[^，,。；;\d]{0,6}?(?:变成|变为|调整为|调整成|更新为|更新成)\s*[约近]?\d|(?:实际(?:上)?|其实)(?:是)?(?:一直)?(?:办|开|展|搞)?(?:到|至)\s*[\d一二三四五六七八九十]{1,3}\s*[号日](?:才)?(?:结束|闭展|撤展|闭幕|闭馆|收尾|为止)|(?:标题|名称|题目)[^，,。]{0,4}(?:加上|添上|补上)|(?:人数|数字?|其他|其余)(?:都)?不变|应为|(?<!(?:记不清|记不得|不记得|想不起来?|忘了)[^。！!？?\n]{0,6})应该是|实为|按(?:人次|人头)(?:来)?(?:算|统计|计)|笔误|[写报]少了|[写报]多了|少[写报]了|多[写报]了|记错|是人次.{0,3}不是|不是\d+个?人|改成|改为|改一下|写错|搞错|弄错|有误|[记写弄搞填]反了|颠倒|不对|更正|撤销|删掉|删除|挂到|挂在|别挂|算到|归到|记到|不是[^，。,]{0,10}是|[,，]\s*\d+\s*(?:那个|这个)?是(?:印|计划|预计|准备|领|订|采购)|\b(?:correction|should be|not \d+|wrong|fix|delete|undo)\b/iu;
/**
 * Words that point at a record already made ("那场", "上一条", "刚才", "那个是42人", "防汛培训补充一下", "那个忘了说"): a fix only when there
 * is a record to fix.
 */
const POINTS_BACK = /第[一二三四五六七八九十\d]+条|[这那]一?条|上一?条|那场|那次|[这那]个(?=\s*(?:actually|其实|实际上?)?\s*(?:是|应|不是)\s*[\d一二两三四五六七八九十百千])|[这那]个(?=\s*(?:再)?补充|\s*(?:忘了?|漏)[说讲提报写])|(?:讲座|培训|展览|展|竞赛|比赛|义诊|咨询|宣传|演练|下乡|活动|会|课)(?:那场|那次)?(?:再)?补充(?:一下|下)|上一场|上次|刚才|\bthat (?:talk|one|event|record)\b/iu;
/** "1480那个…", "260份那条…": a figure, then 那个/那条, names the record that holds it. */
const FIGURE_POINTS_BACK = /^\s*[\d一二两三四五六七八九十百千万]+\s*(?:人次|人|份|户|场|个)?(?:的)?(?:那个|那条|那场|那次|这个|这条)/u;
/**
 * "重阳节那天上午，协会专家服务团…听讲的老人约五十位。": a long message the reader takes for an event done with a
 * figure is a report, before any question or command reads its words ("重阳节", "报名了48个").
 */
async function saysDone(kexie: Kexie, ctx: RequestContext, session: Session, text: string, simple: string): Promise<boolean> {
  // A short line is a follow-up, unless it says a new event happened again ("昨天又去了上回那个村 …来了三十多个").
  if (simple.length < (AGAIN.test(simple) ? 16 : 24) || NOT_A_REPORT_START.test(simple) || COMMAND_START.test(simple)) return false;
  // "1480那个不对，是1840人次": a message that opens on a figure and points at its record fixes that record.
  if (FIGURE_POINTS_BACK.test(simple) && !(await nothingToFix(kexie, ctx, session))) return false;
  const said = withoutLookingBack(dropSelfRepairs(simple));
  // "昨晚那场家庭教育科普讲座…会场坐了80来个家长": with no record of the sender's to point at, it is a report.
  const pointsBack = POINTS_BACK.test(said);
  if (CORRECTION.test(said) || (pointsBack && !(await nothingToFix(kexie, ctx, session)))) return false;
  // "讲座其实是两场，…人数是两场加起来的", replied in a record's thread: what it really was fixes that record.
  if (/其实|实际上|实为/u.test(said) && ((await session.scope()).thread?.length ?? 0) > 0 && readCorrection(text, ctx.today) !== undefined) return false;
  // "巡展其实是10号到12号三天，620是头一天的，…": what it really was, with a figure of a record the conversation just
  // made named as what it is (a bare number, then 是), fixes that record.
  if (/其实|实际上|实为/u.test(said) && (await namesKnownFigure(session, said)) && readCorrection(text, ctx.today) !== undefined) return false;
  const reading = readReport(text, ctx.today, { explicit: false, observances: kexie.deps.observances });
  // "上次跟你说的那个活动，最后统计出来是65位": an event said before, not dated here, is no report of its own.
  // "上次那个飞防培训，…实际来了38个，…报一下": asked to be recorded, with nothing to fix it is a report (its day asked).
  if (pointsBack && reading.kind === 'activity' && reading.records.some((r) => r.dateSource === 'default') && !RECORD_THIS.test(said)) return false;
  // "大概能来五十个吧": a count whose meaning is asked about is still a count.
  return reading.kind === 'activity' && reading.records.some((r) => r.headcount !== null || Object.keys(r.metrics).length > 0 || r.doubts.some((d) => d.field === 'metrics' || d.field === 'headcount'));
}

/** "620是头一天的", "620那个是…": a bare number said to be something, which a record the conversation knows holds. */
async function namesKnownFigure(session: Session, said: string): Promise<boolean> {
  const numbers = [...said.matchAll(/(?<![\d.])(\d+)\s*(?:那个|这个)?(?:是|为|算)(?![\d一二两三四五六七八九十])/gu)].map((m) => Number(m[1]));
  if (numbers.length === 0) return false;
  const scope = await session.scope();
  return scope.records.some((a) => numbers.some((n) => a.headcount === n || Object.values(a.metrics).includes(n)));
}

/** "报一下", "记一下", "请补上": the sender asks for the event to be recorded. */
const RECORD_THIS = /(?:报|记|登记|录|补)一下|请补上|补报|请(?:记录|登记)|帮忙记/u;

/** The conversation remembers no record and the sender has none stored: a follow-up has nothing to act on. */
async function nothingToFix(kexie: Kexie, ctx: RequestContext, session: Session): Promise<boolean> {
  const scope = await session.scope();
  if (scope.records.length > 0 || (scope.thread?.length ?? 0) > 0) return false;
  return (await kexie.deps.storeFor(ctx.workspace).recentActivities({ by: ctx.user, limit: 1 })).length === 0;
}

/** A new event told again ("又去了", "又搞了一场", "这次来了"): its words that look back name no record to fix. */
const AGAIN = /又[^，,。；;！!？?\s]{0,6}?(?:去|到|来|搞|办|开|讲|组织|举办|开展|培训)了?|这次|这回/u;
/** "跟上回那个一样", "上回那个村", "比上次": an earlier event the new one is like. */
const LOOKING_BACK = /(?:跟|和|同|像|比)?(?:上次|上回|上一次|上一回)(?:那个|那场|那次)?(?:一样|差不多)?的?/gu;
const withoutLookingBack = (simple: string): string => (AGAIN.test(simple) ? simple.replace(LOOKING_BACK, '') : simple);

/** "月底前有啥要交的任务": a short question about what the plan has due, not an event still ahead. */
function asksAboutPlan(text: string, today: string): boolean {
  if (text.length > 40 || !/[?？]|啥|什么|哪些|哪项|哪个|几|多少|吗|呢|有没有/u.test(text)) return false;
  return ['due', 'agenda', 'when', 'countdown', 'mine', 'overdue'].includes(understandQuestion(text, today).intent);
}

/** A message that is no command: a report (stored, or asked about), a plan for later, or a question. */
async function readMessage(kexie: Kexie, ctx: RequestContext, session: Session, text: string): Promise<Reply> {
  const reading = readReport(text, ctx.today, { explicit: false, observances: kexie.deps.observances });
  // "后天是不是有个啥截止": a short question about what the plan has due, with no figure to record, is asked, not logged.
  const figureless = reading.kind === 'activity' && reading.records.every((r) => r.headcount === null && Object.keys(r.metrics).length === 0);
  if (reading.kind === 'activity' && !(figureless && asksAboutPlan(text, ctx.today))) return logReply(kexie, ctx, session, text, false);
  if (kexie.deps.model && worthAskingModel(reading, text)) {
    // The rules gave up on a line that looks like a report: the model may read it (and the judge checks it).
    const result = await kexie.log(ctx, text, { explicit: false });
    if (result.ok || result.reason === 'ask') return logResultReply(kexie, ctx, session, text, result);
  }
  if (reading.kind === 'not_activity' && reading.reason === 'future' && !asksAboutPlan(text, ctx.today)) return futureReply(kexie, ctx, text, reading.message);
  // "县科协关于开展…的通知：各乡镇于3月底前报送方案": a notice, neither a report nor a question about the plan.
  if (reading.kind === 'not_activity' && reading.reason === 'notice') return { text: reading.message, kind: 'error' };
  if (reading.kind === 'invalid' && reading.problem !== 'no_figure' && reading.problem !== 'empty') return { text: reading.message, kind: 'error' };
  const answer = await kexie.ask(ctx, text, session.lastQuestion());
  session.asked(answer.question);
  if (answer.items.length > 0) session.listed(answer.items.map((i) => i.id));
  if (answer.intent === 'unknown') return { text: notUnderstoodText(text), kind: 'help' };
  return { text: answer.answer, kind: answer.intent === 'help' ? 'help' : 'answer', items: answer.items, intent: answer.intent };
}
