// Days named by the week or by today (上周二到周四, 上周（周一至周五）, 昨天, 大前天, 上周六, next Monday), and a term's months (这学期（3月到6月）).
import { addDays, lastDayOfMonth, weekdayOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { WEEKDAYS, EN_WEEKDAYS, EN_DAY, enDay, num, lastWeekday } from './date-patterns.js';
import type { DateScan } from './date-scan.js';

/** A span of whole months ("这学期（3月到6月）", "四月到十月"), read before any month alone. */
export function scanMonthSpans(scan: DateScan): void {
  const { text, today, year, push } = scan;
  // "这学期（3月到6月）": a span of whole months, this year's unless that is still ahead.
  // "四月到十月一共跑了十四个村": the months in words too.
  for (const m of text.matchAll(/(?<![\d一二三四五六七八九十])(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:到|至|-|—|~)\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?![\d日号初中下上底末]|[一二三四五六七八九十]{1,3}\s*[日号])/gu)) {
    const [a, b] = [num(m[1]), num(m[2])];
    if (!(a >= 1 && b <= 12 && a < b)) continue;
    const y = ymd(year, a, 1) > today ? year - 1 : year;
    const last = ymd(y, b, lastDayOfMonth(y, b));
    push(m, ymd(y, a, 1), last > today ? today : last, 'explicit');
  }
}

/** Spans of weekdays, and days named relative to today. */
export function scanWeekDays(scan: DateScan): void {
  const { text, today, push, hits } = scan;
  // 上周(Mon–Fri), 上周（周一至周五）: last week's working days.
  for (const m of text.matchAll(/(上|本|这)(?:个)?(?:周|星期|礼拜)\s*[(（]\s*(?:周一|星期一|mon(?:day)?)\s*(?:-|–|—|~|～|至|到)\s*(?:周五|星期五|fri(?:day)?)\s*[)）]/gu)) {
    const monday = lastWeekday(today, 1, m[1] === '上');
    push(m, monday, addDays(monday, 4), 'relative');
  }
  // 上周二到周四, 上周一到上周三, 周六日, 上周六日两天: a span of days.
  for (const m of text.matchAll(/(上|上个|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:到|至|-|—|~)?\s*(?:(?:\1)?(?:周|星期|礼拜)([一二三四五六日天])|([日天])(?=两天|\s|[,，在去]))/gu)) {
    // "7月13日至17日（星期一至星期五）": weekdays in brackets right after written days only annotate them.
    if (!m[1] && /[日号]\s*[（(]\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) continue;
    // "补报上周: 周一到周五…": days of a week written just after 上周 in the same sentence are of last week.
    const sentenceBefore = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index).split(/[。！!？?\n；;]/u).pop() ?? '';
    const last = Boolean(m[1]?.startsWith('上')) || (!m[1] && /上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七末])[\s:：,，]*$/u.test(sentenceBefore));
    const a = lastWeekday(today, WEEKDAYS[m[2] ?? ''] ?? 0, last);
    const endDay = m[3] ?? m[4] ?? '';
    let bOffset = ((WEEKDAYS[endDay] ?? 0) + 6) % 7 - ((WEEKDAYS[m[2] ?? ''] ?? 0) + 6) % 7;
    if (!m[3] && !m[4]) continue;
    // "上周六到周一": an end day earlier in the week, with no week of its own written, is the next week's.
    if (bOffset < 0 && m[3] && !(m[1] && m[0].slice(m[1].length).includes(m[1]))) bOffset += 7;
    push(m, a, bOffset > 0 ? addDays(a, bOffset) : 'bad', 'relative');
  }
  // "上周 馆内接待5834人次 … 周二闭馆": a message that opens with 上周 on its own speaks of last week throughout.
  const lastWeekLead = /^[^\n]{0,20}?(?:上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七])|\blast week\b)[^\n]{0,20}[:：]?\s*\n|^\s*上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七末])(?=[\s:：,，])/u.exec(text);
  // "上周在东城、西河两个社区办了讲座：东城周二…西河周四…": a weekday in the sentence of a whole 上周 is last week's.
  const lastWeekBefore = (at: number): boolean => {
    const sentence = text.slice(0, at).split(/[。！!？?\n]/u).pop() ?? '';
    return /上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七末边围全密岁])|\blast week\b/u.test(sentence);
  };
  const BARE_WEEKDAY = /(?<![上下个每])(?:本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])/gu;
  const thisWeekDay = (m: RegExpMatchArray): CivilDate => addDays(today, ((WEEKDAYS[m[1] ?? ''] ?? 0) + 6) % 7 - (weekdayOf(today) + 6) % 7);
  // 本周日/这周天 only with a step to come right after it ("片子这周日上线"): many count the week from Sunday, so
  // "本周日…做了培训" said on a Tuesday is the Sunday just past.
  const comingThisWeek = (m: RegExpMatchArray): boolean => /^[本这]/u.test(m[0]) && thisWeekDay(m) > today
    && (!/[日天]$/u.test(m[0]) || /^[^，,。；;！!\n]{0,3}?(?:上线|播出|开播|播放|发布|举行|举办|开展|开始|截止|见)/u.test(text.slice((m.index ?? 0) + m[0].length)));
  const relative: Array<[RegExp, (m: RegExpMatchArray) => CivilDate | undefined, boolean?]> = [
    // "今天想跟大家汇报一下，上周六…": the day of telling, not of the event.
    [/今天(?![^，,。！!]{0,8}(?:汇报|报告一下|报一下|说一下|反馈一下|补报))|今日|今早|今晚|今儿|今上午|今下午|\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b/gu, () => today],
    [/大前天|大前儿个?/gu, () => addDays(today, -3)],
    [/昨天|昨日|昨晚|昨儿个?|夜儿个|夜个(?![子])|\byesterday\b/gu, () => addDays(today, -1)],
    [/前天|前儿个?|前日|\bday before yesterday\b/gu, () => addDays(today, -2)],
    // "前两天给五年级上了堂课": two days ago ("国庆节前两天", "放假前两天" are read from their names).
    [/(?<![节庆秋午阳宵旦明夕一假学])前两天/gu, () => addDays(today, -2)],
    [/(?<![\d一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九十]{1,3})天(?:前|以前)|\b(\d{1,3}) days ago\b/gu, (m) => addDays(today, -num(m[1] ?? m[2]))],
    [/(?:上|上个)(?:周|星期|礼拜)([一二三四五六日天七])/gu, (m) => lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, true)],
    // "上周流水账：\n- 周一 …": a weekday under a 上周 heading is last week's.
    [BARE_WEEKDAY, (m) => (lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, !/^[本这]/u.test(m[0]) && ((lastWeekLead !== null && lastWeekLead.index < (m.index ?? 0)) || lastWeekBefore(m.index ?? 0))))],
    [new RegExp(`\\blast ${EN_DAY}(?![a-z])`, 'gu'), (m) => lastWeekday(today, enDay(m[1]), true)],
    // "Weekly diary 10/19–10/23\nWed：…": a short English weekday opening a diary line (the heading's week, if any, places it).
    [new RegExp(`(?<=^|\\n)[ \\t\\-•·*]*${EN_DAY}(?=\\s*[:：])`, 'gu'), (m) => lastWeekday(today, enDay(m[1]), false)],
    // "on Sat", "Saturday": the last one on or before today (a short name only after "on").
    [new RegExp(`\\b(?:on )?(${EN_WEEKDAYS.join('|')})\\b|\\bon ${EN_DAY}`, 'gu'), (m) => lastWeekday(today, enDay(m[1] ?? m[2]), false)],
    [/明天|明日|明早|明晚|\btomorrow\b/gu, () => addDays(today, 1), true],
    [/后天/gu, () => addDays(today, 2), true],
    [/(?:下|下个)(?:周|星期|礼拜)([一二三四五六日天七])/gu, (m) => addDays(lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, true), 14), true],
    [new RegExp(`\\bnext ${EN_DAY}(?![a-z])`, 'gu'), (m) => addDays(lastWeekday(today, enDay(m[1]), true), 14), true],
  ];
  // "11月7日（周六）", "13日至17日（星期一至星期五）", "（十月二十三日，周五）": a weekday right after a written day, or in its brackets, only annotates it.
  // Not "科普日 today": today and yesterday are days of their own, whatever 日 comes before them.
  const annotates = (m: RegExpMatchArray): boolean => /(?:周|星期|礼拜|(?<!to|yester)day)/u.test(m[0]) && !/^(上|下)/u.test(m[0]) && (/[日号]\s*[（(]?\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index)) || /[日号]\s*[（(][^（()）\n]{0,7}$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) || /[（(][^（()）\n]{1,10}[日号]\s*[，,、]\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 14), m.index)));
  for (const [re, make, future] of relative) {
    for (const m of text.matchAll(re)) {
      if (annotates(m)) continue;
      // "节目这周六播出" said on a Monday: a day still to come this week, not the Saturday just past.
      if (re === BARE_WEEKDAY && comingThisWeek(m)) push(m, thisWeekDay(m), null, 'relative', true);
      else push(m, make(m), null, 'relative', future ?? false);
    }
  }
  // "上周末搞了个…": last week's Saturday or Sunday, not the week; which one (or both) is asked.
  for (const m of text.matchAll(/上(?:个)?(?:周|星期|礼拜)末|\blast weekend\b/gu)) {
    const saturday = lastWeekday(today, 6, true);
    const md = (d: CivilDate): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
    // "上周末两天…合计": both days, said so; nothing to ask.
    const both = /^\s*(?:这)?(?:两天|2天)/u.test(text.slice((m.index ?? 0) + m[0].length));
    // "上周末 6/6-6/7", "上周末（6月7日）": the days written right after it say which; nothing to ask.
    const after = (m.index ?? 0) + m[0].length;
    const written = hits.some((h) => h.date !== '' && h.index >= after && /^[\s（(:：，,]{0,3}$/u.test(text.slice(after, h.index)));
    if (!both && !written && !hits.some((h) => (m.index ?? 0) < h.index + h.length && h.index < (m.index ?? 0) + m[0].length)) scan.doubtsAt.set(m.index ?? 0, `“${m[0]}”是哪一天？请回复日期，例如“${md(saturday)}”；两天都办了就回复“${md(saturday)}至${md(addDays(saturday, 1))}”。`);
    push(m, saturday, addDays(saturday, 1), 'relative');
  }
  // Last week as a whole: 上周共开展…
  for (const m of text.matchAll(/上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七边围全密岁])|\blast week\b/gu)) {
    const monday = lastWeekday(today, 1, true);
    push(m, monday, addDays(monday, 6), 'relative');
  }
}
