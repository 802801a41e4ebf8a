// Groups a section's records by kind of event (讲座, 下乡, 接待参观 …) and sums each group: 人 and 人次 apart, a period report not added to the events inside it.
import { addDays } from '../dates/civil-date.js';
import { toSimplified } from '../text/normalize.js';

/** One record as a summary sees it. */
export interface ActivityFact {
  id: string;
  date: string;
  /** The last day of a period report ("9月份共开展…"), else null. */
  dateEnd: string | null;
  title: string;
  headcount: number | null;
  headcountUnit: string | null;
  approximate: boolean;
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
  itemId: string | null;
  /** Where it happened, when the title says (城关镇中心小学, 东关社区), else null. */
  place: string | null;
  /** The kind of event (the key of a row of KINDS), or null when the title names none. */
  kind: string | null;
}

export interface EventKind {
  key: string;
  test: RegExp;
  /** The event named as a thing ("科普讲座"), for "开展科普讲座5场". */
  noun: string;
  /** A short lead of the sub-point ("深入开展科普讲座"). */
  lead: string;
  /** The measure of a count of such events, or null when a count says nothing (接待参观, 建会). */
  measure: string | null;
  /** A word a section heading of the same theme contains, to place an unlinked record. */
  theme: RegExp;
  /** What such work is for, said once in a draft ("引导群众崇尚科学"). */
  purpose: string;
}

const SCIENCE = /科普|科学素质/u;
const WORKERS = /科技工作者|人才|思想政治/u;
const INNOVATION = /创新|企业|产业|乡村|经济/u;
const SELF = /自身建设|党建|组织建设|机关/u;

/** Kinds of event, the first whose words a title holds wins. */
export const KINDS: readonly EventKind[] = [
  { key: 'org', test: /(成立|新建|组建|建立|挂牌).{0,8}(科协|学会|协会|基地|社区|服务站|工作站)|企业科协/u, noun: '组织建设', lead: '加强基层组织建设', measure: null, theme: INNOVATION, purpose: '扩大了科协组织覆盖面' },
  { key: 'advice', test: /建言|献策|信息.{0,4}报送|报送.{0,6}信息/u, noun: '建言献策', lead: '积极建言献策', measure: null, theme: WORKERS, purpose: '为党委政府决策提供参考' },
  { key: 'survey', test: /调查|问卷|调研/u, noun: '调查研究', lead: '开展调查研究', measure: '次', theme: WORKERS, purpose: '掌握了一手情况' },
  { key: 'talk', test: /讲座|讲堂|报告会|宣讲/u, noun: '科普讲座', lead: '深入开展科普讲座', measure: '场', theme: SCIENCE, purpose: '引导群众崇尚科学、破除迷信' },
  { key: 'training', test: /培训|训练营|轮训|研修/u, noun: '培训', lead: '开展实用技术培训', measure: '期', theme: INNOVATION, purpose: '提升了群众的实用技能' },
  { key: 'rural', test: /下乡|服务团|义诊|送科技|进村|农户/u, noun: '科技志愿服务下乡活动', lead: '组织专家服务团下乡', measure: '次', theme: INNOVATION, purpose: '把实用技术送到田间地头' },
  { key: 'tour', test: /巡展|流动科技馆|大篷车/u, noun: '流动科技馆巡展', lead: '开展流动科普巡展', measure: '场', theme: SCIENCE, purpose: '让学生在家门口感受科技魅力' },
  { key: 'visit', test: /接待|参观|开放日/u, noun: '参观接待', lead: '用好科普场馆阵地', measure: null, theme: SCIENCE, purpose: '更好发挥了场馆的科普教育作用' },
  { key: 'care', test: /慰问|走访/u, noun: '走访慰问', lead: '走访慰问科技工作者', measure: '次', theme: WORKERS, purpose: '增强了科技工作者的归属感' },
  { key: 'meeting', test: /座谈|研讨|交流会|沙龙|论坛/u, noun: '座谈交流活动', lead: '搭建交流平台', measure: '场', theme: WORKERS, purpose: '广泛听取科技工作者的意见建议' },
  { key: 'contest', test: /竞赛|大赛|比赛|评审|评选|征集/u, noun: '竞赛评选活动', lead: '组织竞赛评选', measure: '项', theme: SCIENCE, purpose: '激发了青少年的创新热情' },
  { key: 'campaign', test: /科普日|活动周|科技周|主场|联动|宣传|咨询|科普/u, noun: '主题科普活动', lead: '开展主题科普活动', measure: '场', theme: SCIENCE, purpose: '营造了讲科学、爱科学、学科学、用科学的浓厚氛围' },
  { key: 'conference', test: /全委会|代表大会|常委会|会议|召开/u, noun: '会议', lead: '认真开好会议', measure: '次', theme: SELF, purpose: '为做好各项工作打下基础' },
];

const kindByKey = new Map(KINDS.map((k) => [k.key, k]));
export const kindOf = (key: string | null): EventKind | undefined => (key ? kindByKey.get(key) : undefined);

/** The kind of a record from its title and what its figures counted. */
export function classify(title: string, labels: Record<string, string> = {}): string | null {
  const text = toSimplified(`${title} ${Object.values(labels).join(' ')}`);
  return KINDS.find((k) => k.test.test(text))?.key ?? null;
}

const PLACE_WORD = /(学校|小学|中学|[一二三四五六七八九十\d][小中]|大学|学院|社区|村|镇|乡|街道|广场|公园|馆|中心|企业|公司|医院|园区|基地|礼堂|会堂|农场|合作社)$/u;
const clip = (s: string): string | null => {
  const t = s.replace(/^[在到赴于、，\s]+|[，、\s]+$/gu, '');
  return t.length >= 2 && t.length <= 14 && !/[，。；]/u.test(t) ? t : null;
};

/** Where a title says the event was: "（东关社区）", "在X举办", "到X", "X举办…". */
export function placeOf(title: string): string | null {
  const paren = /[（(]([^（）()]{2,14})[）)]/u.exec(title)?.[1];
  if (paren && PLACE_WORD.test(paren)) return clip(paren);
  const at = /(?:在|到|赴|走进|深入)([^，、。；\s在到]{2,14}?)(?:举办|开展|召开|组织|进行|举行|$)/u.exec(title)?.[1];
  if (at && PLACE_WORD.test(at)) return clip(at);
  const lead = /^([^，、。；\s]{2,12}?)(?:举办|开展|召开|举行|接待)/u.exec(title)?.[1];
  if (lead && PLACE_WORD.test(lead)) return clip(lead);
  return paren ? clip(paren) : null;
}

/** Figures summed by how they were counted. */
export interface Sums {
  /** Records in the group (period reports and the events inside them each count once). */
  count: number;
  /** Events: each record's 场/场次, or one when it wrote none; events inside a period report not added. */
  sessions: number;
  /** Headcounts by unit: 人 and 人次 are never added together. */
  people: Record<string, number>;
  /** Units whose sum includes an approximate headcount. */
  approximate: string[];
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
}

export interface EventGroup extends Sums {
  key: string;
  kind: string | null;
  records: ActivityFact[];
  /** Records inside a period report of the same group: named, not added. */
  within: string[];
}

export const SESSION_UNITS = ['场', '场次'];

export function emptySums(): Sums {
  return { count: 0, sessions: 0, people: {}, approximate: [], metrics: {}, metricLabels: {} };
}

/** One label for a sum: the same label, the shorter of two that start alike (发放资料 / 发放科普资料), else ''. */
function mergeLabels(a: string, b: string): string {
  if (a === b) return a;
  if (a && b && a.slice(0, 2) === b.slice(0, 2)) return a.length <= b.length ? a : b;
  return '';
}

/** Adds one record's figures to a sum (`count` only when `figures` is false). */
export function addFigures(t: Sums, a: ActivityFact, figures = true): void {
  t.count++;
  if (!figures) return;
  let sessions = 0;
  for (const [unit, value] of Object.entries(a.metrics)) {
    if (SESSION_UNITS.includes(unit)) sessions += value;
    else if (!unit.includes('(')) {
      const label = a.metricLabels[unit] ?? '';
      t.metricLabels[unit] = t.metrics[unit] === undefined ? label : mergeLabels(t.metricLabels[unit] ?? '', label);
      t.metrics[unit] = (t.metrics[unit] ?? 0) + value;
    }
  }
  t.sessions += sessions > 0 ? sessions : 1;
  if (a.headcount !== null) {
    const unit = a.headcountUnit ?? '人';
    t.people[unit] = (t.people[unit] ?? 0) + a.headcount;
    if (a.approximate && !t.approximate.includes(unit)) t.approximate.push(unit);
  }
}

/** Adds one sum into another. */
export function addSums(into: Sums, from: Sums): void {
  into.count += from.count;
  into.sessions += from.sessions;
  for (const [u, v] of Object.entries(from.people)) into.people[u] = (into.people[u] ?? 0) + v;
  for (const u of from.approximate) if (!into.approximate.includes(u)) into.approximate.push(u);
  for (const [u, v] of Object.entries(from.metrics)) {
    into.metricLabels[u] = into.metrics[u] === undefined ? (from.metricLabels[u] ?? '') : mergeLabels(into.metricLabels[u] ?? '', from.metricLabels[u] ?? '');
    into.metrics[u] = (into.metrics[u] ?? 0) + v;
  }
}

/** The groups of a section's records, in order of their first record; a record of no kind is a group of its own. */
export function groupEvents(records: readonly ActivityFact[]): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const r of records) {
    const key = r.kind ?? `one:${r.id}`;
    let g = groups.get(key);
    if (!g) {
      g = { ...emptySums(), key, kind: r.kind, records: [], within: [] };
      groups.set(key, g);
    }
    g.records.push(r);
  }
  for (const g of groups.values()) {
    const periods = g.records.filter((r) => r.dateEnd !== null);
    for (const r of g.records) {
      const inside = r.dateEnd === null && periods.some((p) => p.date <= r.date && r.date <= (p.dateEnd ?? p.date));
      if (inside) g.within.push(r.id);
      addFigures(g, r, !inside);
    }
  }
  return [...groups.values()];
}

type Coverable = { id: string; date: string; dateEnd?: string | null; title: string; metricLabels?: Record<string, string> };

/**
 * The days period reports cover, by kind, gathered a part at a time: a one-day record is inside one when a report of
 * its kind covers its day. Reports start on or before the days they cover, so records taken in date order, each
 * part's reports before its one-day records, give what the whole list would (the 台账 reads a month at a time).
 */
export class ReportCover {
  private readonly covered = new Map<string, Set<string>>();

  /** Adds the days of the reports (records with an end day) among `records`. */
  add(records: Iterable<Coverable>): void {
    for (const r of records) {
      if (!r.dateEnd) continue;
      const kind = classify(r.title, r.metricLabels ?? {});
      if (!kind) continue;
      // A report covers at most a year of days.
      for (let d = r.date, n = 0; d <= r.dateEnd && n < 366; d = addDays(d, 1), n++) {
        const kinds = this.covered.get(d) ?? new Set<string>();
        kinds.add(kind);
        this.covered.set(d, kinds);
      }
    }
  }

  /** Ids of the one-day records among `records` inside a report added so far. */
  inside(records: Iterable<Coverable>): Set<string> {
    const out = new Set<string>();
    if (this.covered.size === 0) return out;
    for (const a of records) {
      if (a.dateEnd) continue;
      const kinds = this.covered.get(a.date);
      if (!kinds) continue;
      const kind = classify(a.title, a.metricLabels ?? {});
      if (kind && kinds.has(kind)) out.add(a.id);
    }
    return out;
  }
}

/** Ids of one-day records that fall inside a period report of the same kind ("9月份共开展科普讲座12场" holds the talk of 9月8日): their figures are not added again. Linear: days covered are indexed first, and only a record on such a day is classified. */
export function insidePeriodReports(records: readonly Coverable[]): Set<string> {
  const cover = new ReportCover();
  cover.add(records);
  return cover.inside(records);
}
