// The replies about records: what was stored (each with its own fix commands) and the one question asked before storing.
import type { Activity } from '../activities/activity-schema.js';
import type { LogResult, PendingReport } from '../activities/record-activity.js';
import { describeActivity } from '../activities/record-activity.js';
import type { Session } from './conversation-session.js';
import type { Reply } from './handle-message.js';

/** How to answer a question, in every client (Slack adds buttons). */
export const ASK_HINT = '回复“记录”保存，“不是活动”不记；或直接写要改的，例如“日期是11月5日”“120人”“是去年的”。';

/** The reply to an undone record (撤销 <编号>, 删掉 in a conversation). */
export function undoneReply(a: Activity): Reply {
  return { text: `已撤销活动记录 ${a.id}（${a.date} ${a.title}）。记录保留在历史中。`, kind: 'activity', activityId: a.id };
}

/** The reply to a logged message: each record with its id, what was understood, and how to fix it. */
export function renderLog(result: Extract<LogResult, { ok: true }>, skipped: readonly string[] = []): Reply {
  const { records } = result;
  const ids = records.map((r) => r.activity.id);
  const many = records.length > 1;
  const parts = records.map((r, k) => {
    const head = r.duplicate ? `这条消息已经记录过（${r.activity.id}），没有重复记录。` : many ? `${k + 1}. 已记录活动 ${r.activity.id}：` : `已记录活动 ${r.activity.id}：`;
    const choose = r.choices.length > 0 ? `\n可能对应的计划条目（发送“关联 ${r.activity.id} 路径”选定）：\n${r.choices.map((c) => `  · ${c.label}`).join('\n')}` : '';
    const fix = many && !r.duplicate ? `\n  改这条：第${k + 1}条人数应为… ｜ 第${k + 1}条日期是… ｜ 撤销 ${r.activity.id}` : '';
    return `${head}\n${describeActivity(r.activity, r.itemTitle)}${choose}${fix}`;
  });
  const skippedLines = skippedText(skipped);
  const lead = many ? `这条消息里有 ${records.length} 次活动，已分别记录：\n` : '';
  const tail = records.every((r) => r.duplicate)
    ? ''
    : many
      ? '\n说错了可以直接说，例如“第二条人数应为85人”“删掉第三条”；撤销更正 可以一步步退回。'
      : '\n说错了可以直接说，例如“人数应为85人”“改成周四”“补充：还发放资料200份”“删掉”；撤销更正 可以一步步退回。';
  const choices = records.find((r) => r.choices.length > 0)?.choices;
  const notice = result.notice ? `\n${result.notice}` : '';
  return { text: `${lead}${parts.join('\n\n')}${skippedLines}${notice}${tail}`, kind: 'activity', activityId: ids[0], activityIds: ids, ...(choices ? { choices } : {}) };
}

/** The lines of a pasted list that were not stored, said so. */
function skippedText(skipped: readonly string[]): string {
  return skipped.length > 0 ? `\n没有记录这${skipped.length}行（不像已经办完的活动）：\n${skipped.slice(0, 20).map((s) => `  · ${s.slice(0, 60)}`).join('\n')}` : '';
}

/** What kexie understood, in one line per record, under the question it asks. */
function understood(pending: PendingReport): string {
  return pending.reading.records
    .slice(0, 10)
    .map((r) => `· ${r.dateEnd ? `${r.date} 至 ${r.dateEnd}` : r.date} ${r.title}${r.headcount !== null ? ` ${r.approximate ? '约' : ''}${r.headcount}${r.headcountUnit ?? '人'}` : ''}${Object.entries(r.metrics).map(([u, v]) => ` ${v}${u}`).join('')}`)
    .join('\n');
}

/** The one short question, what was understood, and how to answer; nothing is stored yet. */
export function askReply(session: Session, question: string, pending: PendingReport): Reply {
  const skipped = (pending.reading as { skipped?: string[] }).skipped ?? [];
  return { text: `${question}\n我读到的是：\n${understood(pending)}${skippedText(skipped)}\n${ASK_HINT}`, kind: 'ask', conversation: session.ref.key };
}
