// Short headings and names for a summary: our own wording for a plan section, the reporting body from the plan's title, a task's short name.
import { toSimplified } from '../text/normalize.js';

/** Headings of our own wording for the usual lines of a 科协's work, by what the plan's heading is about. */
const THEMES: ReadonlyArray<[RegExp, string]> = [
  [/自身建设|党建|党风|作风|机关建设|从严治党/u, '加强自身建设'],
  [/科技工作者|思想政治|政治引领|人才/u, '团结服务科技工作者'],
  [/青少年/u, '加强青少年科技教育'],
  [/科学素质|科普/u, '提升全民科学素质'],
  [/创新驱动|企业|产业|乡村振兴|经济/u, '服务创新驱动发展'],
  [/学会|学术/u, '加强学会建设和学术交流'],
  [/改革|基层组织|组织建设/u, '夯实基层组织'],
];

/** Quotes and brackets a heading never keeps (no nested quotes in the summary). */
export const stripQuotes = (s: string): string => s.replace(/[“”"‘’'「」『』《》〈〉]/gu, '');

/** The first clause of a plan's wording, simplified, without quotes, numbering or figures, at most `max` characters. */
export function shortTitle(title: string, max = 18): string {
  const simple = stripQuotes(toSimplified(title))
    .replace(/^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/u, '')
    .trim();
  const first = simple.split(/[，,；;：:。！？]/u)[0]?.trim() ?? simple;
  const chars = Array.from(first);
  return chars.length <= max ? first : chars.slice(0, max).join('');
}

/** A short heading of our own wording for a plan section; the plan's first clause when no theme fits. */
export function sectionHeading(planTitle: string, taken: readonly string[] = []): string {
  const simple = toSimplified(planTitle);
  const theme = THEMES.find(([re, heading]) => re.test(simple) && !taken.includes(heading));
  return theme ? theme[1] : shortTitle(planTitle, 16);
}

/** The reporting body named by a plan's title: "2026年示例县科学技术协会工作要点" → "示例县科学技术协会"; '' when it names none. */
export function unitOfPlan(planTitle: string): string {
  const simple = stripQuotes(toSimplified(planTitle)).replace(/\s+/gu, '');
  const m = /([\u4e00-\u9fa5]{1,20}?(?:科学技术协会|科协))/u.exec(simple.replace(/^\d{4}\s*年(度)?/u, ''));
  return m?.[1]?.replace(/^(关于)?(印发|转发)?/u, '') ?? '';
}

/** A target's name for prose: its short title without a comparator left at its end ("组织开展全国科普日活动不少于" → "组织开展全国科普日活动"). */
export function targetName(subject: string, max = 20): string {
  return shortTitle(subject, max + 4)
    .replace(/(不少于|不低于|不超过|至少|达到|超过|以上|力争|共计|累计)+$/u, '')
    .slice(0, max);
}
