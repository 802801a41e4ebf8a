// Phrases of a 工作总结 built from facts: figures (余 for estimates), headcounts (人 and 人次 apart), materials, dates, an event named with its place.
import { formatMonthDay } from '../dates/civil-date.js';
import { toSimplified } from '../text/normalize.js';
import { type ActivityFact, SESSION_UNITS, type Sums } from './event-groups.js';
import { stripQuotes } from './section-heading.js';
import type { SummaryPeriod } from './summary-period.js';

/** What a figure without its own label counted, by unit. */
const VERB: Record<string, string> = { 份: '发放资料', 册: '发放图书', 本: '发放图书', 块: '展出展板', 件: '发放科普物品', 篇: '刊发稿件', 幅: '展出作品', 所: '覆盖学校', 户: '服务农户', 元: '投入资金', 条: '报送信息' };

/** A figure as written in a summary: exact, or floored to two significant digits with 余 when it is an estimate. */
export function figure(n: number, unit: string, approximate = false): string {
  if (!approximate) return `${n}${unit}`;
  let step = 1;
  while (n >= step * 100) step *= 10;
  return `${Math.floor(n / step) * step}余${unit}`;
}

/** "参加群众1800余人次", with a second kind of count said apart ("，另有60余人参加"), never added. */
export function peoplePhrase(t: Pick<Sums, 'people' | 'approximate'>, who = '群众'): string {
  const units = Object.entries(t.people).sort((a, b) => (a[0] === '人次' ? -1 : b[0] === '人次' ? 1 : b[1] - a[1]));
  const [first, ...rest] = units;
  if (!first) return '';
  const main = `参加${who}${figure(first[1], first[0], t.approximate.includes(first[0]))}`;
  return [main, ...rest.map(([u, n]) => `另有${figure(n, u, t.approximate.includes(u))}参加`)].join('，');
}

/** "发放科普资料7000份，服务农户123户": each figure with what it counted; a figure of no known kind is left to the record's own sentence. */
export function metricsPhrase(metrics: Record<string, number>, labels: Record<string, string>, skip: readonly string[] = []): string {
  return Object.entries(metrics)
    .filter(([unit]) => !unit.includes('(') && !SESSION_UNITS.includes(unit))
    .map(([unit, n]) => {
      const label = stripQuotes(toSimplified(labels[unit] || VERB[unit] || ''));
      if (!label) return `${n}${unit}`;
      return skip.some((s) => s && (s.includes(label) || label.includes(s))) ? `${n}${unit}` : `${label}${n}${unit}`;
    })
    .join('，');
}

/** "7月3日至9月27日" for the span of some records; one day as one date. */
export function dateSpan(records: readonly ActivityFact[]): string {
  const first = records.reduce((m, r) => (r.date < m ? r.date : m), records[0]?.date ?? '');
  const last = records.reduce((m, r) => ((r.dateEnd ?? r.date) > m ? (r.dateEnd ?? r.date) : m), first);
  if (first === last) return formatMonthDay(first);
  const end = first.slice(0, 7) === last.slice(0, 7) ? `${Number(last.slice(8))}日` : formatMonthDay(last);
  return `${formatMonthDay(first)}至${end}`;
}

/** A record's title as an event named with its place first: "全国科普日主场活动在人民广场举办" → "在人民广场举办全国科普日主场活动". */
export function eventText(a: Pick<ActivityFact, 'title'>): string {
  const title = stripQuotes(toSimplified(a.title)).replace(/^[（(]|[）)]$/gu, '');
  const m = /^(.{2,20}?)在(.{2,16}?)(举办|开展|召开|举行)$/u.exec(title);
  if (m) return `在${m[2]}${m[3]}${m[1]}`;
  if (/^(举办|开展|召开|组织|举行|接待|走访|慰问|成立|新成立|新建|报送|完成|启动|参加|参观|赴|到|在|深入|为|向)/u.test(title)) return title;
  if (/(会|讲座|培训|大赛|竞赛|活动|仪式|展览|论坛|沙龙)$/u.test(title)) return `${/会$/u.test(title) ? '召开' : '举办'}${title}`;
  return title;
}

/** The event of a record as a noun phrase ("在人民广场举办的全国科普日主场活动"), for a highlight. */
export function eventNoun(a: Pick<ActivityFact, 'title'>): string {
  const text = eventText(a);
  const m = /^在(.{2,16}?)(举办|开展|召开|举行)(.+)$/u.exec(text);
  return m ? `在${m[1]}${m[2]}的${m[3]}` : text.replace(/^(举办|召开)/u, '');
}

/** 本季度, 上半年, 全年, 本月 or 本期: how a summary names its own period. */
export function periodWord(p: SummaryPeriod): string {
  if (/季度$/u.test(p.label)) return '本季度';
  if (/半年$/u.test(p.label)) return /上半年$/u.test(p.label) ? '上半年' : '下半年';
  if (/^\d{4}年$/u.test(p.label)) return '全年';
  if (/^\d{4}年\d{1,2}月$/u.test(p.label)) return '本月';
  return '本期';
}

export const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
export const cn = (i: number): string => CN[i] ?? String(i + 1);

/** "2026年10月15日". */
export function longDate(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}
