// Dates written as names: festivals and holidays (中秋节当天, 国庆节前两天, 春节后第一个工作日, 劳动节假期第二天,
// 五一五天), parts of a month (月初, 11月底, 上旬, 中旬, 下旬: short spans, never the whole month), school
// terms (开学到现在, 寒假期间) and ranges across years. Bounded patterns only: linear time.
import { addDays, daysBetween, isCivilDate, weekdayOf, lastDayOfMonth, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { FESTIVAL_NAMES, festivalDay, firstWorkdayAfter, holidaySpan, type Festival } from '../dates/festival-days.js';
import { parseChineseNumber } from '../text/chinese-number.js';

/** A date or span found by name; `doubt` is the question to ask when the name is loose (寒假). */
export interface NamedDate {
  index: number;
  length: number;
  date: CivilDate;
  end: CivilDate | null;
  doubt?: string;
}

/** A month and day without a year read as this year up to this many days ahead (then asked about). */
export const AHEAD_DAYS = 60;

const NAMES = FESTIVAL_NAMES.map(([n]) => n).join('|');
const byName = new Map(FESTIVAL_NAMES);
/** 五一, 十一, 六一 (and 三月三, 六月六, which are solar days too) are numbers as well: they name a day only with a
 * day word after them; a bare 过年 is the season (过年回来的年轻人), 过年那天 the day. */
// 小寒, 大雪, 雨水…: solar terms that are weather words too (下大雪, 雨水多) name a day only with a day word after them.
const BARE_OK = (name: string): boolean => !['五一', '十一', '五四', '六一', '九月九', '小年', '二月二', '三月三', '六月六', '七月半', '过年', '小寒', '大寒', '雨水', '小暑', '大暑', '小雪', '大雪'].includes(name);
const N = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const num = (s: string | undefined): number => parseChineseNumber((s ?? '').replace('两', '二')) ?? Number.NaN;

/** The named dates of a normalised, lower-cased message sent on `today`. */
export function findNamedDates(text: string, today: CivilDate): NamedDate[] {
  const out: NamedDate[] = [];
  const { year, month } = partsOf(today);
  const taken = (i: number, n: number): boolean => out.some((h) => i < h.index + h.length && h.index < i + n);
  const add = (m: RegExpMatchArray, date: CivilDate | undefined, end: CivilDate | null = null, doubt?: string): void => {
    const index = m.index ?? 0;
    if (!date || !isCivilDate(date) || taken(index, m[0].length) || out.length >= 16) return;
    const clipped = end !== null && end > today && date <= today ? today : end;
    out.push({ index, length: m[0].length, date, end: clipped === date ? null : clipped, ...(doubt ? { doubt } : {}) });
  };
  /** This year's occurrence, or last year's when this year's is more than a short while ahead. */
  const recent = (make: (y: number) => CivilDate | undefined): CivilDate | undefined => {
    const here = make(year);
    if (here && (here <= today || daysBetween(today, here) <= AHEAD_DAYS)) return here;
    return make(year - 1);
  };
  const fest = (name: string | undefined): Festival => byName.get(name ?? '') ?? 'guoqing';

  // 2025年12月28日至2026年1月3日, 2026/5/19-5/21: a range with its years.
  for (const m of text.matchAll(/(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[/.](\d{1,2})[/.](\d{1,2}))\s*(?:至|到|-|—|~|～)\s*(?:(\d{4})\s*[年/.]\s*)?(\d{1,2})\s*[月/.]\s*(\d{1,2})\s*[日号]?(?![\d.])/gu)) {
    const y2 = m[6] ? Number(m[6]) : Number(m[1]);
    const a = valid(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
    const b = valid(y2, Number(m[7]), Number(m[8]));
    if (a && b && b >= a) add(m, a, b);
  }
  // "5月29日、30日两天", "2月26日、27日两天", "3月5日、6日、7日三天": consecutive days listed, then how many.
  for (const m of text.matchAll(/(?<!\d)(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]?\s*[、和及]\s*(?:(3[01]|[12]\d|0?[1-9])\s*[日号]?\s*[、和及]\s*)?(3[01]|[12]\d|0?[1-9])\s*[日号]\s*(?:这)?(两|二|三|2|3)\s*天/gu)) {
    const days = [m[2], m[3], m[4]].filter((d): d is string => d !== undefined).map(Number);
    const want = /[三3]/u.test(m[5] ?? '') ? 3 : 2;
    const first = recent((y) => valid(y, Number(m[1]), days[0]!));
    if (!first || days.length !== want || days.some((d, k) => d !== days[0]! + k)) continue;
    add(m, first, addDays(first, want - 1));
  }
  // "搞了两天（5月17、18号）", "19、20号两天", "2号3号两天": two or three days listed with their count before or after, the month
  // written once or not at all (then the latest such day up to today).
  for (const m of text.matchAll(/(?:(两|二|三|2|3)\s*天\s*[（(]\s*)?(?<![\d月./])(?:(1[0-2]|0?[1-9])\s*月\s*)?(3[01]|[12]\d|0?[1-9])\s*(?:[日号]\s*[、和及]?|[、和及])\s*(?:(3[01]|[12]\d|0?[1-9])\s*(?:[日号]\s*[、和及]?|[、和及])\s*)?(3[01]|[12]\d|0?[1-9])\s*[日号]\s*[)）]?\s*(?:这)?(?:(两|二|三|2|3)\s*天)?/gu)) {
    const count = m[1] ?? m[6];
    if (count === undefined || (m[2] !== undefined && m[1] === undefined)) continue;
    const days = [m[3], m[4], m[5]].filter((d): d is string => d !== undefined).map(Number);
    const want = /[三3]/u.test(count) ? 3 : 2;
    if (days.length !== want || days.some((d, k) => d !== days[0]! + k)) continue;
    const inMonth = (mo: number): CivilDate | undefined => recent((y) => valid(y, mo, days[0]!));
    const thisMonth = m[2] !== undefined ? inMonth(Number(m[2])) : valid(year, month, days[0]!);
    const first = m[2] !== undefined || (thisMonth && thisMonth <= today) ? thisMonth : valid(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, days[0]!);
    if (first) add(m, first, addDays(first, want - 1));
  }
  // 11.16-11.18, 8/10-8/19, 2.16-2.22: a range written with dots or slashes.
  for (const m of text.matchAll(/(?<![\d./])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])\s*(?:-|—|–|~|～|至|到)\s*(?:(1[0-2]|0?[1-9])[./])?(3[01]|[12]\d|0?[1-9])(?![\d.%/])/gu)) {
    const mo = Number(m[1]);
    const mo2 = m[3] ? Number(m[3]) : mo;
    const first = recent((y) => valid(y, mo, Number(m[2])));
    if (!first) continue;
    const y = Number(first.slice(0, 4));
    const last = valid(mo2 < mo ? y + 1 : y, mo2, Number(m[4]));
    if (last && last >= first && daysBetween(first, last) <= 366) add(m, first, last);
  }
  // 劳动节假期第二天, 国庆第三天, 国庆放假第三天.
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:放假|假期|长假|小长假|黄金周|期间)?第${N}天`, 'gu'))) {
    const k = num(m[2]);
    add(m, recent((y) => { const s = holidaySpan(fest(m[1]), y); return s && k >= 1 ? addDays(s.start, k - 1) : undefined; }));
  }
  // 端午放假前一天, 国庆放假前两天, 劳动节假期前一天: days before the first day off (放假前 counts back; 假期前三天
  // is the first days off, read below).
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:放假(?:的)?前${N}天|(?:假期|长假|小长假|放假)(?:的)?前(?:一天|夕))`, 'gu'))) {
    const k = m[2] ? num(m[2]) : 1;
    add(m, recent((y) => { const s = holidaySpan(fest(m[1]), y); return s && k >= 1 && k <= 10 ? addDays(s.start, -k) : undefined; }));
  }
  // 劳动节假期前三天, 国庆长假头两天: the first days off (国庆节前两天, without a holiday word, is before the day).
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:放假|假期|长假|小长假|黄金周)的?(?:前|头)${N}天`, 'gu'))) {
    const k = num(m[2]);
    const span = recent((y) => holidaySpan(fest(m[1]), y)?.start);
    if (span && k >= 2 && k <= 10) add(m, span, addDays(span, k - 1));
  }
  // 春节后第一个工作日, 国庆节后第一天上班.
  // 春节假期后第一天: after the days off (with a holiday word), the first working day too.
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:(?:假期|长假|小长假)?(?:后|过后|结束后|收假后)(?:的)?(?:第一个工作日|第一天上班|上班第一天|首个工作日)|(?:假期|长假|小长假|放假)?(?:后|过后|结束后|收假后)(?:的)?第一天)`, 'gu'))) {
    add(m, recent((y) => firstWorkdayAfter(fest(m[1]), y)));
  }
  // 国庆节前两天, 中秋节后一天, 中秋前夕; in writing 除夕前两日, 重阳后一日.
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:(前|后)${N}[天日]|(前夕|前一[天日]|后一[天日]))`, 'gu'))) {
    const back = m[2] === '前' || m[4] === '前夕' || m[4]?.startsWith('前') === true;
    const k = m[3] ? num(m[3]) : 1;
    add(m, recent((y) => { const d = festivalDay(fest(m[1]), y); return d && k >= 1 ? addDays(d, back ? -k : k) : undefined; }));
  }
  // "清明节头一天", "中秋头一天": in speech the day before a one-day festival (of 国庆, 五一, 春节 it may be the first day
  // off, so those are left unread and asked).
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?头一天`, 'gu'))) {
    const f = fest(m[1]);
    if (f === 'guoqing' || f === 'laodong' || f === 'chunjie' || f === 'chuxi' || f === 'yuandan') continue;
    add(m, recent((y) => { const d = festivalDay(f, y); return d ? addDays(d, -1) : undefined; }));
  }
  // 五一五天, 国庆七天, 春节期间, 国庆长假里: the days off.
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:${N}天(?:假期|长假)?|(?:放假|假期|长假|小长假|黄金周)(?:期间|里|中|内)?|期间)`, 'gu'))) {
    const f = fest(m[1]);
    const before = out.length;
    add(m, recent((y) => holidaySpan(f, y)?.start), null);
    const hit = out.length > before ? out[out.length - 1] : undefined;
    if (hit) {
      const span = holidaySpan(f, Number(hit.date.slice(0, 4)));
      if (span) {
        hit.end = span.end > today ? (today >= hit.date ? today : span.end) : span.end;
        if (hit.end === hit.date) hit.end = null;
      }
    }
  }
  // "大年初二才开的馆，开始日期应该是初二": a bare 初N is a day of the first lunar month when the message is about
  // the New Year (初二 alone is also a school year: 初二学生).
  if (/大年|正月|春节|过年|新春/u.test(text)) {
    for (const m of text.matchAll(/(?<!\d)(?:大年|正月)?(?<![^大]年)(?<![^正]月)初([二三四五六七八九十])(?![年级班学生一二三四五六七八九十])/gu)) {
      const k = num(m[1]);
      add(m, recent((y) => { const d = festivalDay('chunjie', y); return d ? addDays(d, k - 1) : undefined; }));
    }
  }
  // 腊月二十三, 腊月初十: a day of the last lunar month, counted from 腊八.
  for (const m of text.matchAll(/腊月(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十|廿[一二三四五六七八九])/gu)) {
    const k = num(m[1]!.replace('初', '').replace('廿', '二十'));
    if (!(k >= 1 && k <= 30)) continue;
    add(m, recent((y) => { const d = festivalDay('laba', y); return d ? addDays(d, k - 8) : undefined; }));
  }
  // 元旦过后那个礼拜天, 国庆后的第一个周六: the first such weekday after the festival's day.
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:节)?(?:假期|长假|小长假)?(?:过后|以后|之后|后)的?(?:那个|第一个|头一个)(?:礼拜|星期|周)([一二三四五六日天])`, 'gu'))) {
    const want = '日一二三四五六'.indexOf(m[2] === '天' ? '日' : m[2]!);
    const f = fest(m[1]);
    add(m, recent((y) => {
      const d = /(假期|长假)/u.test(m[0]) ? holidaySpan(f, y)?.end : festivalDay(f, y);
      if (!d) return undefined;
      let w = addDays(d, 1);
      while (weekdayOf(w) !== want) w = addDays(w, 1);
      return w;
    }));
  }
  // 五一二那天, 三二三当天: a day written as the digits of its date, the way observances are named; read only when
  // no other split is a date (一一九 could be 1月19日 or 11月9日).
  for (const m of text.matchAll(/(?<![\d〇零一二三四五六七八九十百千万两])([一二三四五六七八九])([〇零一二三])([〇零一二三四五六七八九])(?=那天|当天|那日|当日|这天)/gu)) {
    const digit = (c: string): number => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c);
    const [a, b, c] = [digit(m[1]!), digit(m[2]!), digit(m[3]!)];
    const oneDigitMonth = valid(year, a, b * 10 + c);
    const twoDigitMonth = a === 1 ? valid(year, 10 + b, c) : undefined;
    if (oneDigitMonth && !twoDigitMonth) add(m, recent((y) => valid(y, a, b * 10 + c)));
  }
  // 中秋节当天, 重阳节在…, 元宵: the festival's own day.
  // "九九重阳日": 日 for 节. "教师节进校园了": the team went on the day.
  // "秋分日恰逢丰收节", "立秋之日起": a name with 日 (or 之日) is the day, whatever follows (not 日期, 日记, 日报).
  for (const m of text.matchAll(new RegExp(`(${NAMES})(?:之?日(?![期记报志程历])|(?:节|日)?(?:(?:当天|那天|当日|那日|当晚|那晚|当夜|那夜|这天)(?:晚上|上午|下午)?|(?:上午|下午|晚上)|(?=$|[\\s,，。;；:：、(（]|[在于到去我县镇村社组举开召为由馆学公协的“"《]|进(?!行|一步))))`, 'gu'))) {
    // "下大雪那天", "一场小雪": the weather, not the term.
    if (/^(?:小寒|大寒|雨水|小暑|大暑|小雪|大雪)$/u.test(m[1] ?? '') && /[下场阵]$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 1), m.index))) continue;
    // A name of digits (十一, 五一, 六一) is a day only with 之日 or 当天…, never with a bare 日: "十月二十一日" holds
    // "十一日" (the 21st), not 国庆; a solar term that is a weather word takes a bare 日 (大雪日).
    const weatherTerm = /^(?:小寒|大寒|雨水|小暑|大暑|小雪|大雪)$/u.test(m[1] ?? '');
    if (!BARE_OK(m[1] ?? '') && !(weatherTerm ? /(日|当天|那天|当日|那日|当晚|那晚|当夜|那夜|这天)/u : /(之日|当天|那天|当日|那日|当晚|那晚|当夜|那夜|这天)/u).test(m[0])) continue;
    // "三月三日那天", "六月六日当天": a month and day written with 日 are the solar day, not the lunar festival.
    if (/^[一二三四五六七八九十]+月[一二三四五六七八九十]+$/u.test(m[1] ?? '') && m[0].slice((m[1] ?? '').length).startsWith('日')) continue;
    // "六一儿童节“科学小实验”专场" names the day; "清明“缅怀先烈”主题宣讲" names a theme, not the day.
    if (/^[“"《]/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1)) && !/节$/u.test(m[0])) continue;
    const f = fest(m[1]);
    add(m, recent((y) => festivalDay(f, y)));
  }
  // 11月上旬, 本月底, 上个月初, 月底: a short span of the month, never the whole month, whatever follows (3月中旬三场);
  // only 初 followed by a number is a lunar day (初三).
  for (const m of text.matchAll(/(?:(\d{4})\s*年\s*)?(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?|(上个?月|本月|这个?月|当月))?(月底|月末|[上中]旬[和、与及到至]?[中下]旬|上中旬|中下旬|上旬|中旬|下旬|底|末|月?初(?![\d一二三四五六七八九十]))/gu)) {
    const part = m[4] ?? '';
    if (!m[2] && !m[3] && !/^(月初|月底|月末)$|旬$/u.test(part)) continue;
    if (/^(初|底|末)$/u.test(part) && !m[2] && !m[3]) continue;
    // "9月21日上线，截至月底…", "原计划10月中旬，后来推到了月底": a bare 月底 is of the month written just before it.
    const before = !m[2] && !m[3] ? [...text.slice(Math.max(0, (m.index ?? 0) - 40), m.index).matchAll(/(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/gu)].pop()?.[1] : undefined;
    const mo = m[2] ? num(m[2]) : before ? num(before) : m[3]?.startsWith('上') ? (month === 1 ? 12 : month - 1) : month;
    if (!(mo >= 1 && mo <= 12)) continue;
    const y = m[1] ? Number(m[1]) : m[3]?.startsWith('上') && month === 1 ? year - 1 : undefined;
    const span = (yy: number): [CivilDate, CivilDate] => {
      const last = lastDayOfMonth(yy, mo);
      // 上旬中旬, 上中旬, 中下旬: two 旬 in a row are one span, from the first's first day to the second's last.
      const [a, b] = /旬$/u.test(part)
        ? [part.startsWith('上') ? 1 : part.startsWith('中') ? 11 : 21, part.endsWith('上旬') ? 10 : part.endsWith('中旬') ? 20 : last]
        : /初/u.test(part) ? [1, 5] : [last - 4, last];
      return [ymd(yy, mo, a), ymd(yy, mo, b)];
    };
    const yy = y ?? (m[2] || m[3] || before ? (recent((x) => span(x)[0]) ?? ymd(year, mo, 1)).slice(0, 4) : String(year));
    const [a, b] = span(Number(yy));
    add(m, a, b);
  }
  // 开学到现在, 开学以来: since the term began.
  for (const m of text.matchAll(/(?:本学期|这学期)?开学(?:到现在|至今|以来|到今天|后到现在)|本学期以来|这学期以来/gu)) {
    const start = month >= 9 ? ymd(year, 9, 1) : month <= 2 ? ymd(year - 1, 9, 1) : ymd(year, 3, 1);
    add(m, start, today);
  }
  // 寒假期间, 暑假里: a loose span, stored only after the author agrees.
  for (const m of text.matchAll(/(寒假|暑假)(?:(?:这|那)?(?:两|2)个月|期间|里|中|内|(?=[,，\s]))/gu)) {
    const winter = m[1] === '寒假';
    const y = winter || month >= 7 ? year : year - 1;
    const [a, b] = winter ? [ymd(y, 1, 15), ymd(y, 2, 28)] : [ymd(y, 7, 1), ymd(y, 8, 31)];
    if (a > today) continue;
    // "暑假这两个月…一共接待": the writer counts July and August whole; nothing to confirm once both are past.
    if (!winter && /两|2/u.test(m[0]) && b <= today) {
      add(m, a, b);
      continue;
    }
    add(m, a, b, `${m[1]}按 ${a} 至 ${b > today ? today : b} 记录，对吗？`);
  }
  return out;
}

function valid(y: number, mo: number, d: number): CivilDate | undefined {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo) ? ymd(y, mo, d) : undefined;
}
