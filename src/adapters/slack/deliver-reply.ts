// Runs a chat text through the core and delivers the reply in pages that fit Slack; slow work first shows "正在起草…",
// and a request that waits for the records to be filed (a copied folder's first start) is told so at once.
import { describeBuildWait } from '../../core/build-wait.js';
import { handleMessage, isSummaryRequest, type Reply } from '../../core/chat/handle-message.js';
import type { RequestContext } from '../../core/context.js';
import { rememberThread } from '../../core/chat/conversation-session.js';
import type { ConversationRef } from '../../core/conversation/conversation.js';
import { AppError } from '../../core/errors.js';
import { MAX_MESSAGE_CHARS } from '../../core/text/sanitize.js';
import { DRAFTING, escapeMrkdwn, replyPages, type SlackMessage, textSections, withFooter } from './blocks/reply-blocks.js';
import { syncSignupSheet } from './signup-sheet.js';
import { whileWaitingForBuild } from '../../infra/store/build-wait.js';
import { uploadReplyFile } from './upload-file.js';
import type { SlackDeps } from './slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;

/** Where a reply goes: post once, or post a placeholder and replace it; files go to `channel`. */
export interface ReplyTarget {
  post(message: SlackMessage): Promise<unknown>;
  replace?(placeholder: unknown, message: SlackMessage): Promise<unknown>;
  /** Private answers (/kx) get a "发到频道" button. */
  share?: boolean;
  /** Where files are uploaded (files.uploadV2), and the thread. */
  upload?: { client: WebClient; channel: string; threadTs?: string };
  /** For replies that touch other messages (a 接龙 sheet). */
  client?: WebClient;
  /** The sender's conversation here (channel or thread, DM): what "刚才那条" and answers to a question refer to. */
  conversation?: ConversationRef;
  /**
   * Where the answer goes, written down: a request told to wait while the records are filed is kept on disk with
   * it (Store.holdRequest) until answered, and answered there after a restart (resume-held.ts).
   */
  resume?: Record<string, string>;
}

const SHAREABLE = new Set<Reply['kind']>(['answer', 'activities', 'summary', 'signup']);
const SLOW = /^(导出|導出|export|进度图|進度圖|活动趋势|活動趨勢)/iu;

/** Whether a text asks for slow work (a model draft, a file) that deserves a placeholder. */
export const isSlowRequest = (text: string): boolean => text.length <= MAX_MESSAGE_CHARS && (isSummaryRequest(text) || SLOW.test(text.trim()));

/** The Chinese reason for a Slack API failure ("invalid_blocks" and friends). */
export function slackFailureText(error: unknown): string {
  const code = (error as { data?: { error?: string } })?.data?.error ?? (error as { code?: string })?.code ?? '未知错误';
  return `回复没能显示（Slack 返回 ${code}）。请缩小范围再问，例如加上月份或部门；如果一直出现，请告诉管理员。`;
}

/**
 * `options.held`: the id of a request kept on disk while the records were filed, answered now (after a restart):
 * it is not kept again nor told again, and is released once answered.
 */
export async function deliverReply(deps: SlackDeps, ctx: RequestContext, text: string, target: ReplyTarget, options: { held?: string } = {}): Promise<Reply> {
  // Over the message cap handleMessage refuses at once; no pattern runs on such a text here either.
  const slow = isSlowRequest(text) && target.replace !== undefined;
  const placeholder = slow ? await target.post(DRAFTING) : undefined;
  // A read or write that waits for the records to be filed says so at once (once), and the answer follows below.
  const store = () => deps.kexie.deps.storeFor(ctx.workspace);
  let held = options.held;
  let told: Promise<unknown> | undefined = options.held ? Promise.resolve() : undefined;
  const tell = (progress: { percent: number }): void => {
    if (told) return;
    const message = describeBuildWait(progress);
    // Kept on disk before the user is told not to send it again: a restart meanwhile still answers it.
    const kept =
      target.resume && store().holdRequest
        ? store().holdRequest!({ text, ctx, reply: target.resume, ...(target.conversation ? { conversation: target.conversation } : {}) }).then(
            (id) => void (held = id),
            (error: unknown) => deps.logger.warn('waiting request not kept on disk', { error: (error as Error)?.message }),
          )
        : Promise.resolve();
    told = kept.then(() => target.post({ text: message, blocks: textSections(message) })).catch((error: unknown) => deps.logger.warn('build notice not posted', { error: (error as Error)?.message }));
  };
  try {
    return await answerAndSend(deps, ctx, text, target, { slow, placeholder, tell, told: () => told });
  } finally {
    // Answered (or failed in a way a retry would not mend): no longer kept, once the keeping has finished.
    await told;
    if (held) await store().releaseRequest?.(held).catch((error: unknown) => deps.logger.warn('kept request not released', { error: (error as Error)?.message }));
  }
}

/** The rest of deliverReply: the answer worked out in the lane, paged and sent. */
async function answerAndSend(deps: SlackDeps, ctx: RequestContext, text: string, target: ReplyTarget, wait: { slow: boolean; placeholder: unknown; tell(progress: { percent: number }): void; told(): Promise<unknown> | undefined }): Promise<Reply> {
  const { slow, placeholder, tell } = wait;
  // In the lane: a burst's answers start one turn apart, and never while a request waits for its ack. The pages are
  // made there too, after the acks that came in meanwhile: a long answer's blocks are CPU the lane spaces out.
  const { reply, pages } = await deps.inLane(async () => {
    let answer: Reply;
    try {
      answer = await whileWaitingForBuild(tell, () => handleMessage(deps.kexie, ctx, text, target.conversation ? { conversation: target.conversation } : {}));
    } catch (error) {
      answer = { text: deps.failure(error, 'handleMessage'), kind: 'error' };
    }
    await deps.acksSettled();
    return { reply: answer, pages: replyPages(answer) };
  });
  if (reply.kind === 'activity' && reply.activityId && target.upload && pages[0]) {
    // Records name their author as people know them, not by user id.
    const name = await deps.nameOf(target.upload.client, ctx.workspace, ctx.user);
    pages[0] = { ...pages[0], blocks: [...pages[0].blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: `记录人：${escapeMrkdwn(name)}` }] }] };
  }
  const share = Boolean(target.share && SHAREABLE.has(reply.kind));
  const key = pages.length > 1 || share ? deps.replies.put({ pages, user: ctx.user, team: ctx.workspace, share }) : undefined;
  const first = withFooter(pages[0] as SlackMessage, { key, index: 0, count: pages.length, share });
  // The 接龙 sheet first, so the confirmation below comes after it.
  if (reply.signupId && target.client) await syncSignupSheet(deps.kexie, target.client, ctx, reply).catch((error: unknown) => deps.logger.warn('signup sheet not updated', { error }));
  await wait.told();
  const send = (m: SlackMessage) => (slow && target.replace ? target.replace(placeholder, m) : target.post(m));
  try {
    const sent = await send(first);
    // A reply in the thread of this message is about its records.
    const ts = (sent as { ts?: string } | undefined)?.ts;
    const ids = reply.activityIds ?? (reply.activityId ? [reply.activityId] : []);
    if (ts && target.upload && ids.length > 0 && reply.kind === 'activity') await rememberThread(deps.kexie, ctx, `${target.upload.channel}:${ts}`, ids).catch((error: unknown) => deps.logger.warn('thread not remembered', { error }));
  } catch (error) {
    deps.logger.warn('slack rejected a reply', { error: (error as Error)?.message });
    const reason = slackFailureText(error);
    // The 台账 will not be uploaded: the rows its pass keeps in a child are let go of now, not after LEDGER_KEEP_MS.
    if (reply.file?.kind === 'ledger') deps.kexie.deps.ledgerFiles?.release(reply.file.ledger);
    await send({ text: reason, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: reason } }] });
    return reply;
  }
  // No channel to upload into: nothing will ask for the 台账's kept rows.
  if (reply.file?.kind === 'ledger' && !target.upload) deps.kexie.deps.ledgerFiles?.release(reply.file.ledger);
  if (reply.file && target.upload) {
    try {
      await uploadReplyFile(deps, target.upload, reply.file);
    } catch (error) {
      const code = (error as { data?: { error?: string } })?.data?.error;
      // A file that could not be made (the 台账 written to a temporary file) says so itself.
      const reason =
        code === 'not_in_channel' || code === 'channel_not_found'
          ? '文件没能上传：kexie 不在这个频道里。请先邀请它（/invite @kexie），或在与 kexie 的私信中再发一次。'
          : error instanceof AppError && error.code === 'export_failed'
            ? (deps.logger.warn('ledger file not made', { error: (error.cause as Error)?.message }), error.userMessage)
            : `文件没能上传：${deps.failure(error, 'files.uploadV2')}`;
      await target.post({ text: reason, blocks: textSections(reason) });
    }
  }
  return reply;
}
