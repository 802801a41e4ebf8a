// 接龙: a sign-up sheet with a deadline and a per-unit cap, shown as one message that updates in place.
import type { RequestContext } from '../context.js';
import { type CivilDate, formatMonthDay, isCivilDate, partsOf, ymd } from '../dates/civil-date.js';
import { AppError } from '../errors.js';
import type { Store } from '../ports.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { stableId } from '../text/hash.js';
import { matchKey } from '../text/normalize.js';
import type { Signup } from './signup-schema.js';

export interface SheetRequest {
  event: string;
  deadline?: CivilDate;
  limitPerUnit?: number;
}

const NUM = '[0-9一二两三四五六七八九十]{1,3}';
const MAX_EVENT = 40;

/** "科普日主场活动 截止9月10日 每单位限10人" → the sheet; a string says what was wrong. */
export function parseSheetRequest(rest: string, today: CivilDate): SheetRequest | string {
  const [event = '', ...words] = rest.trim().split(/\s+/u);
  if (!event || event.length > MAX_EVENT) return '格式：发起报名 <活动名> [截止9月10日] [每单位限10人]';
  const tail = words.join(' ');
  const request: SheetRequest = { event };
  const date = new RegExp(`截止\\s*(?:(\\d{4})年)?(${NUM})月(${NUM})[日号]?`, 'u').exec(tail);
  if (date) {
    const month = parseChineseNumber(date[2] ?? '') ?? 0;
    const day = parseChineseNumber(date[3] ?? '') ?? 0;
    let year = date[1] ? Number(date[1]) : partsOf(today).year;
    const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!isCivilDate(text)) return `没看懂截止日期“${date[0]}”，请写成“截止9月10日”。`;
    if (!date[1] && text < today) year += 1;
    request.deadline = ymd(year, month, day);
  } else if (/截止/u.test(tail)) return '截止日期请写成“截止9月10日”。';
  const limit = new RegExp(`每(?:个)?单位(?:限|最多|不超过)?\\s*(${NUM})\\s*[人名]`, 'u').exec(tail);
  if (limit) {
    const n = parseChineseNumber(limit[1] ?? '');
    if (n === undefined || n < 1 || n > 10_000) return '每单位人数上限应为 1 到 10000。';
    request.limitPerUnit = n;
  }
  return request;
}

/** Creates the sheet, or changes its deadline and cap (organiser or admin only). */
export async function startSignupSheet(store: Store, ctx: RequestContext, request: SheetRequest): Promise<Signup> {
  return store.updateSignups((signups) => {
    let s = signups.find((x) => matchKey(x.event) === matchKey(request.event));
    if (s && s.organiser !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed', `“${s.event}”由其他人发起，只有组织者可以修改。`);
    if (!s) {
      s = { id: `e${stableId(matchKey(request.event)).slice(0, 6)}`, event: request.event, organiser: ctx.user, createdAt: ctx.now, closed: false, entries: [], attendance: null, activityId: null };
      signups.push(s);
    }
    s.closed = false;
    if (request.deadline) s.deadline = request.deadline;
    if (request.limitPerUnit) s.limitPerUnit = request.limitPerUnit;
    return structuredClone(s);
  });
}

/** Remembers the Slack message that shows the sheet. */
export async function setSheetMessage(store: Store, id: string, message: { channel: string; ts: string }): Promise<void> {
  await store.updateSignups((signups) => {
    const s = signups.find((x) => x.id === id);
    if (s) s.message = message;
  });
}

/** The sheet as the channel reads it: totals per unit, deadline, cap, how to sign up. */
export function sheetText(s: Signup): string {
  const total = s.entries.reduce((n, e) => n + e.count, 0);
  const terms = [s.deadline ? `截止${formatMonthDay(s.deadline)}` : '', s.limitPerUnit ? `每单位限${s.limitPerUnit}人` : ''].filter(Boolean).join('｜');
  const lines = [`【报名接龙】${s.event}${s.closed ? '（已截止）' : ''}`, ...(terms ? [terms] : []), `报名共 ${total} 人，${s.entries.length} 个单位：`];
  for (const e of s.entries.slice(0, 60)) lines.push(`• ${e.unit}：${e.count} 人${e.names && e.names.length > 0 ? `（${e.names.slice(0, 20).join('、')}）` : ''}`);
  if (s.entries.length > 60) lines.push(`……另有 ${s.entries.length - 60} 个单位`);
  if (s.attendance !== null) lines.push(`实到：${s.attendance} 人`);
  if (!s.closed) lines.push(`点“报名”填写，或发“报名 ${s.event} 5人 <单位>”。`);
  return lines.join('\n');
}
