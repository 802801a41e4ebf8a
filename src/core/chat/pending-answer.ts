// Answers to the question kexie just asked about a report: 记录 stores it, 不是活动 drops it, a fix in words edits it.
import { swapWord } from '../activities/correct-activity.js';
import type { PendingReport } from '../activities/record-activity.js';
import type { RequestContext } from '../context.js';
import type { Kexie } from '../kexie.js';
import { readBareValue, readCorrection, type Correction } from '../understanding/read-correction.js';
import type { Doubt, ReadRecord } from '../understanding/read-report.js';
import { normalizeText } from '../text/normalize.js';
import { openSession, rememberThread, type Session } from './conversation-session.js';
import type { ConversationRef } from '../conversation/conversation.js';
import type { Reply } from './handle-message.js';
import { ASK_HINT, askReply, renderLog } from './render-log.js';

const CONFIRM = /^(记录|记|记吧|记上|记下|是|是的|对|对的|没错|确认|确定|好|好的|可以|行|嗯|嗯嗯|要|要记|存|保存|ok|okay|yes|y)[。.!！~～]?$/iu;
const DROP = /^(不是活动|不是|不记|不用记|不要记|别记|不用|不要|不存|算了|取消|不对[,，]?不是活动|这不是活动|只是通知|是通知|no|n)[。.!！~～]?$/iu;

/** Said when the question a button or form answers is gone. */
export const EXPIRED = '这个问题已经回答过或已过期。需要记录的话，请把活动再发一次。';

/** Which field a fix in words changes, to settle the doubt about it. */
const FIELD_OF: Record<string, Doubt['field']> = { number: 'headcount', headcount: 'headcount', date: 'date', year: 'date', metric: 'metrics', title: 'title', item: 'item' };

/** The pending reading with a fix applied to the record it concerns (the one in doubt, else the first). */
export function applyFix(pending: PendingReport, fix: Exclude<Correction, { field: 'unclear' }>, today: string, ordinal?: number): PendingReport | string {
  const reading = structuredClone(pending.reading);
  const field = FIELD_OF[fix.field];
  const index = ordinal ?? Math.max(0, reading.records.findIndex((r) => r.doubts.some((d) => d.field === field)));
  const r = reading.records[index] as ReadRecord | undefined;
  if (!r) return `没有第${(ordinal ?? 0) + 1}条可以修改。${ASK_HINT}`;
  if (fix.field === 'headcount') {
    if (fix.value !== null) Object.assign(r, { headcount: fix.value, approximate: fix.approximate });
    // "学生80人" read as a side count and confirmed as the headcount: it is no longer a side count as well.
    if (fix.value !== null) for (const [k, v] of Object.entries(r.metrics)) if (v === fix.value && /^人次?[（(]/u.test(k)) delete r.metrics[k];
    if (fix.unit) r.headcountUnit = fix.unit;
  } else if (fix.field === 'date' && fix.end) {
    if (fix.value > today || fix.value < r.date) return `结束日期 ${fix.value} 不在 ${r.date} 到今天之间。${ASK_HINT}`;
    r.dateEnd = fix.value === r.date ? null : fix.value;
  } else if (fix.field === 'date' || fix.field === 'year') {
    const date = fix.field === 'date' ? fix.value : `${fix.year}${r.date.slice(4)}`;
    if (date > today) return `日期 ${date} 在今天之后。请写活动实际举办的日期，或等办完再发给我。`;
    r.date = date;
    r.dateEnd = fix.field === 'date' ? fix.dateEnd : r.dateEnd;
    r.dateSource = 'explicit';
  } else if (fix.field === 'number') {
    const unit = Object.keys(r.metrics).find((u) => r.metrics[u] === fix.old);
    if (r.headcount === fix.old) r.headcount = fix.value;
    else if (unit) r.metrics = { ...r.metrics, [unit]: fix.value };
    else return `我读到的内容里没有 ${fix.old} 这个数。请写明改哪一项，例如“人数应为120人”“资料300份”。`;
  } else if (fix.field === 'metric') r.metrics = { ...r.metrics, [fix.unit]: fix.value };
  else if (fix.field === 'title') r.title = swapWord(r.title, fix.old, fix.value);
  // The fix settles its own field, and says this is a report (a doubt about the kind is settled too).
  for (const rec of reading.records) rec.doubts = rec.doubts.filter((d) => d.field !== field && (rec !== r || d.field !== 'kind'));
  reading.doubts = (reading.doubts ?? []).filter((d) => d.field !== 'kind');
  return { ...pending, reading };
}

/** "去掉第3条", "不记1个", "删掉展位": a part of the reading the sender does not want stored. */
const REMOVE = /^(?:去掉|去除|删掉|删除|删去|不记|不要|别记|不算)\s*(.+?)[。.!！~～]?$/u;
/** "线上", "是线上的": the headcount asked about counts viewers online. */
const ONLINE_ANSWER = /^(?:是)?(?:线上|网上|直播|在线)(?:的|观看的?|看的)?(?:人数)?[。.!！~～]?$/u;

/** The pending reading without the part named, or undefined when no such part is there. */
export function removePart(pending: PendingReport, words: string): PendingReport | undefined {
  const reading = structuredClone(pending.reading);
  const nth = /^第\s*([一二两三四五六七八九十\d]+)\s*条$/u.exec(words);
  if (nth) {
    const n = /^\d+$/u.test(nth[1]!) ? Number(nth[1]) : '一二三四五六七八九十'.indexOf(nth[1]!.replace('两', '二')) + 1;
    if (reading.records.length < 2 || n < 1 || n > reading.records.length) return undefined;
    reading.records.splice(n - 1, 1);
    for (const r of reading.records) r.doubts = r.doubts.filter((d) => d.audit !== 'restated' && d.audit !== 'multi-no-hc');
    return { ...pending, reading };
  }
  let removed = false;
  for (const r of reading.records) {
    for (const [k, v] of Object.entries(r.metrics)) {
      if (words === k || words === `${v}${k}` || words === `${v}${k.replace(/[（(].*$/u, '')}` || (k.length > 1 && words.includes(k))) {
        delete r.metrics[k];
        removed = true;
      }
    }
  }
  return removed ? { ...pending, reading } : undefined;
}

/** The pending reading with its headcount moved to the viewers online, when that is what was asked. */
function headcountOnline(pending: PendingReport): PendingReport | undefined {
  const reading = structuredClone(pending.reading);
  const r = reading.records.find((x) => x.doubts.some((d) => d.audit === 'online-headcount'));
  if (!r || r.headcount === null) return undefined;
  r.metrics = { ...r.metrics, [r.headcountUnit === '人次' ? '人次(线上)' : '人(线上)']: r.headcount };
  Object.assign(r, { headcount: null, approximate: false });
  r.doubts = r.doubts.filter((d) => d.audit !== 'online-headcount');
  return { ...pending, reading };
}

/** The reply to an answer to the pending question, or undefined when the message is something else. */
export async function answerPending(kexie: Kexie, ctx: RequestContext, session: Session, text: string): Promise<Reply | undefined> {
  const pending = session.pending();
  if (!pending) return undefined;
  const simple = normalizeText(text).trim();
  if (DROP.test(simple)) {
    session.clearPending();
    return { text: '好的，没有记录。', kind: 'answer' };
  }
  let next: PendingReport = { message: pending.message, explicit: pending.explicit, reading: pending.reading };
  const removal = REMOVE.exec(simple);
  const part = removal ? removePart(next, removal[1]!.trim()) : ONLINE_ANSWER.test(simple) ? headcountOnline(next) : undefined;
  if (part) {
    next = part;
    const left = [...(next.reading.doubts ?? []), ...next.reading.records.flatMap((r) => r.doubts)].filter((d) => d.field !== 'item');
    if (left.length > 0) {
      session.ask(next, left[0]!.question, left);
      return askReply(session, left[0]!.question, next);
    }
  } else if (!CONFIRM.test(simple)) {
    const fix = readBareValue(text, ctx.today) ?? readCorrection(text, ctx.today);
    if (!fix || fix.field === 'unclear' || fix.field === 'item' || fix.soft) return undefined;
    // A fix that names a record ("讲座那条…", "第二条…") is about a stored record, unless it counts within the question's.
    const count = next.reading.records.length;
    if (fix.ref.words || (fix.ref.ordinal !== undefined && fix.ref.ordinal >= count) || (fix.ref.ordinal !== undefined && count === 1)) return undefined;
    const fixed = applyFix(next, fix, ctx.today, fix.ref.ordinal);
    if (typeof fixed === 'string') return { text: fixed, kind: 'error' };
    next = fixed;
    const left = [...(next.reading.doubts ?? []), ...next.reading.records.flatMap((r) => r.doubts)].filter((d) => d.field !== 'item');
    if (left.length > 0) {
      session.ask(next, left[0]!.question, left);
      return askReply(session, left[0]!.question, next);
    }
  }
  session.clearPending();
  const result = await kexie.confirm(ctx, next);
  if (!result.ok) return { text: result.message, kind: 'error' };
  session.remember(result.records.map((r) => r.activity.id));
  if (pending.origin) await rememberThread(kexie, ctx, pending.origin, result.records.map((r) => r.activity.id));
  const reply = renderLog(result, result.skipped ?? []);
  return { ...reply, text: `好的，已记录。\n${reply.text}` };
}

/** A button's answer (Slack 记录 / 不是活动) to the question pending in a conversation. */
export async function answerPendingButton(kexie: Kexie, ctx: RequestContext, ref: ConversationRef, answer: 'confirm' | 'drop'): Promise<Reply> {
  const session = await openSession(kexie, ctx, ref);
  try {
    if (!session.pending()) return { text: EXPIRED, kind: 'error' };
    return (await answerPending(kexie, ctx, session, answer === 'confirm' ? '记录' : '不是活动')) ?? { text: '没有待确认的记录。', kind: 'error' };
  } finally {
    await session.save();
  }
}

/** The reading a conversation is asking about, for a form that fixes it (Slack's 修改). */
export async function pendingReading(kexie: Kexie, ctx: RequestContext, ref: ConversationRef): Promise<PendingReport | undefined> {
  const p = (await openSession(kexie, ctx, ref)).pending();
  return p ? { message: p.message, explicit: p.explicit, reading: p.reading } : undefined;
}

/** What a form may change in a one-record reading before it is stored. */
export interface PendingEdit {
  date?: string;
  title?: string;
  headcount?: number | null;
  metrics?: Record<string, number>;
}

/** Stores the pending reading with the sender's edits (a form answers the question, so nothing is asked again). */
export async function storeEditedPending(kexie: Kexie, ctx: RequestContext, ref: ConversationRef, edit: PendingEdit): Promise<Reply> {
  const session = await openSession(kexie, ctx, ref);
  try {
    const p = session.pending();
    if (!p) return { text: EXPIRED, kind: 'error' };
    const reading = structuredClone(p.reading);
    const r = reading.records[0];
    if (!r || reading.records.length > 1) return { text: '这条消息里有几次活动，请直接回复要改的内容，例如“第二条人数应为85人”。', kind: 'error' };
    if (edit.date) {
      if (edit.date > ctx.today) return { text: `日期 ${edit.date} 在今天之后。请写活动实际举办的日期。`, kind: 'error' };
      Object.assign(r, { date: edit.date, dateSource: 'explicit' });
    }
    if (edit.title) r.title = edit.title.slice(0, 40);
    if (edit.headcount !== undefined) r.headcount = edit.headcount;
    if (edit.metrics) r.metrics = edit.metrics;
    r.doubts = [];
    reading.doubts = [];
    session.clearPending();
    const result = await kexie.confirm(ctx, { message: p.message, explicit: p.explicit, reading });
    if (!result.ok) return { text: result.message, kind: 'error' };
    const ids = result.records.map((x) => x.activity.id);
    session.remember(ids);
    if (p.origin) await rememberThread(kexie, ctx, p.origin, ids);
    const reply = renderLog(result);
    return { ...reply, text: `好的，已按修改记录。\n${reply.text}` };
  } finally {
    await session.save();
  }
}
