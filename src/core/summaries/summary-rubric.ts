// The rubric a draft must pass, as code: parts present, simplified, no repeated clause, no nested quotes, every record accounted for, no impossible date, no 人+人次 sum, no empty total.
import { isCivilDate, partsOf, ymd } from '../dates/civil-date.js';
import { findNames } from '../text/find-names.js';
import { normalizeText, toSimplified } from '../text/normalize.js';
import { kindOf, type ActivityFact } from './event-groups.js';
import type { SummaryFacts } from './gather-facts.js';

export interface RubricResult {
  ok: boolean;
  /** Each problem in Chinese, naming what is wrong. */
  problems: string[];
}

const HEADINGS = ['一、主要工作', '二、特色亮点', '三、存在的不足', '四、下一步打算'];

/** The body of a draft without its appendix (records listed there are accounted for, not written about). */
const bodyOf = (text: string): string => text.split(/\n附：/u)[0] ?? text;

/** Records of the facts that the draft names nowhere: not by title, not by place, not in a sentence giving their group's count. */
export function unaccounted(text: string, facts: SummaryFacts): ActivityFact[] {
  const plain = normalizeText(text);
  const sentences = plain.split(/[。\n]/u);
  const missing: ActivityFact[] = [];
  const nameOf = (n: string): string => normalizeText(n).replace(/^[（(]|[）)]$/gu, '');
  // Every title and place looked up in one pass over the draft (25,000 records and a long appendix).
  const present = findNames(plain, facts.sections.flatMap((s) => s.groups.flatMap((g) => g.records.flatMap((r) => [nameOf(r.title), nameOf(r.place ?? '')]))).filter((n) => n.length >= 2));
  for (const s of facts.sections) {
    for (const g of s.groups) {
      const kind = kindOf(g.kind);
      const counted =
        g.records.length > 1 &&
        kind !== undefined &&
        sentences.some((x) => x.includes(kind.noun) && [g.count, g.sessions].some((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`, 'u').test(x)));
      for (const r of g.records) {
        const named = [r.title, r.place ?? ''].map(nameOf).some((n) => n.length >= 2 && present.has(n));
        if (!named && !counted) missing.push(r);
      }
    }
  }
  return missing;
}

/** Clauses said twice, or a clause repeated inside the next one ("建言献策信息已报送，建言献策信息已报送3条"). */
export function repeatedClauses(text: string): string[] {
  const clauses = bodyOf(text)
    .split('\n')
    .slice(1)
    .flatMap((line) => line.split(/[，。；：！？]/u))
    .map((c) => c.replace(/^[一二三四五六七八九十]+[是、]|^（[一二三四五六七八九十]+）/u, '').trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const out = new Set<string>();
  clauses.forEach((c, i) => {
    // A date on its own ("截至9月30日") may open several sentences.
    if (Array.from(c).length >= 6 && seen.has(c) && !/^(截至|到|于)?\d{1,2}月\d{1,2}日(至\d{1,2}(月\d{1,2})?日)?$/u.test(c)) out.add(c);
    seen.add(c);
    // "新成立学会（县计算机学会），新成立学会": the same clause but for a bracketed name.
    const bare = c.replace(/（[^）]*）/gu, '');
    const prev = clauses[i - 1]?.replace(/（[^）]*）/gu, '');
    if (bare !== c && Array.from(bare).length >= 4 && prev !== undefined && (prev === bare || prev.endsWith(bare) || bare.endsWith(prev))) out.add(`${clauses[i - 1]}，${c}`);
    const nextBare = clauses[i + 1];
    if (bare !== c && nextBare !== undefined && Array.from(bare).length >= 4 && (nextBare === bare || bare.endsWith(nextBare) || nextBare.endsWith(bare))) out.add(`${c}，${nextBare}`);
    const next = clauses[i + 1];
    if (next && Array.from(c).length >= 4 && next !== c && next.startsWith(c)) out.add(`${c}，${next}`);
  });
  return [...out];
}

/** Month-day dates that do not exist, and 截至 dates after the day figures are given as of. */
export function impossibleDates(text: string, facts: SummaryFacts): string[] {
  const year = partsOf(facts.period.end).year;
  const out: string[] = [];
  const upToPlans = bodyOf(text).split('四、下一步打算')[0] ?? text;
  for (const m of bodyOf(text).matchAll(/(截至)?(\d{1,2})月(\d{1,2})日/gu)) {
    const [whole, asOf, mo, d] = m;
    const date = ymd(year, Number(mo), Number(d));
    if (!isCivilDate(date) || Number(mo) > 12 || Number(d) > 31 || partsOf(date).day !== Number(d)) out.push(whole);
    else if (asOf && date > facts.asOf) out.push(whole);
  }
  for (const m of upToPlans.matchAll(/(\d{1,2})月(\d{1,2})日/gu)) {
    const date = ymd(year, Number(m[1]), Number(m[2]));
    if (isCivilDate(date) && date > facts.asOf && !/前/u.test(upToPlans.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2))) out.push(m[0]);
  }
  return [...new Set(out)];
}

/** Figures that add 人 and 人次 together (the sum of the two appears, or "人（次）"). */
export function mixedHeadcounts(text: string, facts: SummaryFacts): string[] {
  const out: string[] = [];
  if (/人（次）|人\/人次|人\(次\)/u.test(text)) out.push('人（次）');
  for (const t of [facts.totals, ...facts.sections]) {
    const a = t.people['人'];
    const b = t.people['人次'];
    if (a === undefined || b === undefined) continue;
    const sum = a + b;
    for (const m of text.matchAll(/(\d+)(余|多)?(人次|人)/gu)) {
      const n = Number(m[1]);
      if (n === sum || (m[2] && n <= sum && sum < n + 10 ** Math.max(0, String(n).length - 2) && n > Math.max(a, b))) out.push(m[0]);
    }
  }
  return [...new Set(out)];
}

/** Checks a draft against the rubric. */
export function checkRubric(text: string, facts: SummaryFacts): RubricResult {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (!/工作总结/u.test(lines[0] ?? '')) problems.push('缺少标题（单位+期间+工作总结）');
  if (facts.totals.activityCount > 0 || facts.sections.length > 0) {
    for (const h of HEADINGS) if (!lines.some((l) => l.trim() === h)) problems.push(`缺少部分：${h}`);
  }
  if (toSimplified(text) !== text) problems.push('含有繁体字');
  for (const c of repeatedClauses(text)) problems.push(`重复的分句：${c}`);
  if (/“[^”\n]*“/u.test(text) || /「[^」\n]*「/u.test(text)) problems.push('引号嵌套');
  for (const r of unaccounted(text, facts)) problems.push(`未交代的记录：${r.date} ${r.title}`);
  for (const d of impossibleDates(text, facts)) problems.push(`不可能的日期：${d}`);
  for (const m of mixedHeadcounts(text, facts)) problems.push(`人与人次相加：${m}`);
  for (const m of text.matchAll(/(累计|共计|共开展[^，。]{0,12}?|共举办[^，。]{0,12}?)(?<!\d)1(场次|场|项|次|家)/gu)) problems.push(`无意义的合计：${m[0]}`);
  return { ok: problems.length === 0, problems };
}
