// The period a summary covers: --quarter 2026Q2, --half 2026H1, --year 2026, --from/--to, or chat words.
import { isCivilDate, lastDayOfMonth, partsOf, quarterRange, yearRange, ymd, type CivilDate, type DateRange } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';
import { periodOf } from '../questions/understand-question.js';

export interface SummaryPeriod extends DateRange {
  label: string;
}

const CN_Q = ['一', '二', '三', '四'];

/** The period of CLI options; undefined with a message when they are missing or malformed. */
export function periodFromOptions(o: { quarter?: string; half?: string; year?: string; from?: string; to?: string }): SummaryPeriod | string {
  if (o.quarter) {
    const m = /^(\d{4})\s*-?\s*Q([1-4])$/i.exec(o.quarter.trim());
    if (!m) return '--quarter 应写成 2026Q2 这样的形式。';
    return quarter(Number(m[1]), Number(m[2]));
  }
  if (o.half) {
    const m = /^(\d{4})\s*-?\s*H([12])$/i.exec(o.half.trim());
    if (!m) return '--half 应写成 2026H1 或 2026H2。';
    return half(Number(m[1]), Number(m[2]));
  }
  if (o.year) {
    if (!/^\d{4}$/.test(o.year.trim())) return '--year 应写成 2026 这样的四位年份。';
    return { ...yearRange(Number(o.year)), label: `${Number(o.year)}年` };
  }
  if (o.from || o.to) {
    if (!o.from || !o.to || !isCivilDate(o.from) || !isCivilDate(o.to)) return '--from 和 --to 都要写，格式 YYYY-MM-DD。';
    if (o.from > o.to) return '--from 不能晚于 --to。';
    return { start: o.from, end: o.to, label: rangeLabel(o.from, o.to) };
  }
  return '请指定时间段：--quarter 2026Q2、--half 2026H1、--year 2026，或 --from D --to D。';
}

/** The period of a chat request ("总结 本季度", "写一下上半年的工作总结", "draft the Q3 summary"). */
export function periodFromText(raw: string, today: CivilDate): SummaryPeriod {
  const text = normalizeText(raw).toLowerCase();
  const { year, month } = partsOf(today);
  const y = /去年|last year/u.test(text) ? year - 1 : /(\d{4})\s*年?/u.exec(text)?.[1] ? Number(/(\d{4})/u.exec(text)?.[1]) : year;
  const q = /(\d{4})\s*-?\s*q([1-4])/u.exec(text);
  if (q) return quarter(Number(q[1]), Number(q[2]));
  if (/上半年|first half|\bh1\b/u.test(text)) return half(y, 1);
  if (/下半年|second half|\bh2\b/u.test(text)) return half(y, 2);
  if (/(全年|年度|今年|去年|\d{4}年(?!.*[月季]))(的)?(工作)?总结|annual|(this|last) year|year/u.test(text)) return { ...yearRange(y), label: `${y}年` };
  const current = Math.ceil(month / 3);
  if (/本季度?|这个?季度|当季|this quarter/u.test(text)) return quarter(year, current);
  if (/上个?季度|last quarter/u.test(text)) return current === 1 ? quarter(year - 1, 4) : quarter(year, current - 1);
  const quarterWord = /(?:第)?([一二三四1-4])季度|\bq([1-4])\b/u.exec(text);
  if (quarterWord) {
    const n = CN_Q.indexOf(quarterWord[1] ?? '') + 1 || Number(quarterWord[1] ?? quarterWord[2]);
    return quarter(y, n);
  }
  const found = periodOf(text, today, year, month);
  if (found) return { ...found.period, label: /（(.*)）/u.exec(found.label)?.[1]?.replace(/第(\d)季度/u, (_m, n: string) => `第${CN_Q[Number(n) - 1]}季度`) ?? found.label };
  return quarter(year, Math.ceil(month / 3));
}

function quarter(year: number, q: number): SummaryPeriod {
  return { ...quarterRange(year, q), label: `${year}年第${CN_Q[q - 1]}季度` };
}
function half(year: number, h: number): SummaryPeriod {
  return h === 1 ? { start: ymd(year, 1, 1), end: ymd(year, 6, 30), label: `${year}年上半年` } : { start: ymd(year, 7, 1), end: ymd(year, 12, 31), label: `${year}年下半年` };
}
function rangeLabel(from: string, to: string): string {
  const a = partsOf(from);
  const b = partsOf(to);
  if (a.year === b.year && a.month === b.month && a.day === 1 && b.day === lastDayOfMonth(b.year, b.month)) return `${a.year}年${a.month}月`;
  return `${a.year}年${a.month}月${a.day}日至${b.year !== a.year ? `${b.year}年` : ''}${b.month}月${b.day}日`;
}
