// Which day a part of a report is: date hits side by side are one time, the date written next to a part's figures
// dates it over background dates in the same paragraph, and a list of days each with its own event. Every step is
// one pass over the text or its few date hits.
import { daysBetween } from '../dates/civil-date.js';
import type { DateHit } from './message-dates.js';

/** Two date hits written side by side ("寒假期间（1月24日—2月28日）") say one time: keep the clearer one. */
export function mergeAdjacent(hits: readonly DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    // A day opening the line after a heading's span ("（5.11—5.17）\n5.11 周一 …") is that line's own, not the span again.
    if (!prev || h.index < prev.index + prev.length || !/^\s*[(（)）]?\s*$/u.test(text.slice(prev.index + prev.length, h.index)) || (prev.end && !h.end && text.slice(prev.index + prev.length, h.index).includes('\n'))) {
      out.push(h);
      continue;
    }
    // A named span over the plain day that opens it ("9月1号开学到现在") is the span; otherwise the written date.
    const named = prev.named ? prev : h.named ? h : undefined;
    const other = named === prev ? h : prev;
    const kept0 = named && named.end && !other.end && named.date === other.date ? named : named ? other : h;
    // "上周一 11/16" sent on 13 November: the written day wins over the weekday, but a written day still to come that
    // the weekday puts in the past is a slip in one or the other; which day is asked.
    const slip = !named && !prev.end && !h.end && prev.source !== h.source && prev.date !== h.date && (prev.source === 'explicit' ? prev : h).future && !(prev.source === 'explicit' ? h : prev).future;
    const md = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
    const rel = prev.source === 'explicit' ? h : prev;
    const kept = slip ? { ...kept0, future: false, doubt: `“${text.slice(prev.index, h.index + h.length).trim()}”：${text.slice(rel.index, rel.index + rel.length)}是${md(rel.date)}，写的日期是${md((rel === h ? prev : h).date)}（还没到）。是哪一天？请回复日期。` } : kept0;
    // The pair is one date as written: it spans both ("截至昨天（19日）" opens where "昨天" does).
    out[out.length - 1] = { ...kept, index: prev.index, length: h.index + h.length - prev.index };
  }
  return out;
}

const SENTENCE = /[。！!？?\n；;]/u;
/** Words that make a span the period of a total ("上个月共开展…", "本周累计接待…"). */
const TOTAL = /(共|累计|合计|总计|总共|一共|先后|陆续|期间|以来|全月|全周)/u;

/** The clause a date is written in: from the last stop or comma before it to the next. */
function clauseOf(text: string, h: DateHit): string {
  const CUT = /[,，。！!？?\n；;]/u;
  let s = h.index;
  while (s > 0 && h.index - s < 60 && !CUT.test(text[s - 1] ?? '')) s--;
  let e = h.index + h.length;
  while (e < text.length && e - h.index < 60 && !CUT.test(text[e] ?? '')) e++;
  return text.slice(s, e);
}

/**
 * The date of one record among several written: the last one before its participants (or first figure).
 * Sure when it is the only date of that sentence (or the others fall inside its span); otherwise the
 * reader asks which day.
 */
export function pickDate(dates: readonly DateHit[], text: string, anchor: number): { hit: DateHit; sure: boolean } {
  // "原本定在周六 结果下大雨 就挪到了昨天周日": the day it was moved to, after the day planned, is when it was held.
  const moved = dates.filter((h) => MOVED_TO.test(text.slice(Math.max(0, h.index - 6), h.index)));
  if (moved.length === 1 && /原定|原本|原计划|本来/u.test(text) && dates.every((h) => h.index <= moved[0]!.index || h.date === moved[0]!.date)) return { hit: moved[0]!, sure: true };
  const before = dates.filter((h) => h.index < anchor);
  const hit = before[before.length - 1] ?? dates[0]!;
  let s = anchor;
  while (s > 0 && !SENTENCE.test(text[s - 1] ?? '')) s--;
  let e = anchor;
  while (e < text.length && !SENTENCE.test(text[e] ?? '')) e++;
  const inSentence = (h: DateHit): boolean => h.index >= s && h.index < e;
  const inside = (h: DateHit): boolean => hit.end !== null && h.date >= hit.date && (h.end ?? h.date) <= hit.end;
  // "春节期间…大年初三那天": a span holding the day written is its setting, not another date.
  const holds = (h: DateHit): boolean => h.end !== null && h.date <= hit.date && (hit.end ?? hit.date) <= h.end;
  // "这周不是科技活动周嘛，我们上周六（16号）…650人": a week or month named as background, with no total counted in
  // its clause, does not compete with a single day written.
  const background = (h: DateHit): boolean => hit.end === null && h.end !== null && !TOTAL.test(clauseOf(text, h));
  // "元旦假期我也没闲着，1月2号…": a holiday named as the time around a day written a few days into it.
  const holiday = (h: DateHit): boolean => h.named === true && hit.end === null && HOLIDAY_WORD.test(text.slice(h.index, h.index + h.length)) && h.date <= hit.date && daysBetween(h.date, hit.date) <= 7;
  // "节目1月8日晚已经播出了", "周六（17号）晚上播": the day a programme recorded at the event airs, not another event.
  const aired = (h: DateHit): boolean => h !== hit && AIRED.test(text.slice(h.index + h.length, h.index + h.length + 14));
  // "四月下旬…培训班，四月二十日开班，二十四日结业": a longer period named first, overlapping the span written day by
  // day after it (a day over its edge is the writer's looseness), with no total counted in its clause, is its setting.
  const setting = (h: DateHit): boolean => hit.end !== null && h.end !== null && h.index < hit.index && h.date <= hit.end && hit.date <= h.end && daysBetween(h.date, h.end) > daysBetween(hit.date, hit.end) && !TOTAL.test(clauseOf(text, h));
  const others = dates.filter((h) => h !== hit && `${h.date}|${h.end}` !== `${hit.date}|${hit.end}` && !inside(h) && !holds(h) && !background(h) && !holiday(h) && !aired(h) && !setting(h));
  // Sure when no other date of its sentence competes, or (the day written in an earlier sentence) none at all does.
  return { hit, sure: (inSentence(hit) && !others.some(inSentence)) || others.length === 0 };
}

/** What airs at a date written right before it: a programme's broadcast. */
const AIRED = /^[^，,。；;！!？?\n\d]{0,8}?(?:首播|重播|播出|播放|开播|播)/u;
const HOLIDAY_WORD = /(?:假期|放假|长假|小长假|黄金周|期间)$/u;
const MOVED_TO = /(挪到|改到|改在|推迟到|推到|延到|延期到|顺延到|改期到)了?\s*$/u;

/** "昨天和今天", "本周二、周四", "5月1日和5月3日": dates listed together, earliest first. */
export function listedDates(hits: readonly DateHit[], text: string): DateHit[] {
  let best: DateHit[] = [];
  let run: DateHit[] = [];
  for (const h of hits) {
    const prev = run[run.length - 1];
    if (prev && !prev.end && !h.end && /^\s*(和|与|及|、|跟|,|，)\s*$/u.test(text.slice(prev.index + prev.length, h.index)) && h.date !== prev.date) run.push(h);
    else run = [h];
    if (run.length > best.length) best = [...run];
  }
  return best.length >= 2 ? best : [];
}
