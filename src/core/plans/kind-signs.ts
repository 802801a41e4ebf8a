// Signs of a document's kind that its title does not show: a news page whose lead is its first line (the title
// then is a plan quoted in it), a covering notice that only sends its plan as an attachment, a year review.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';

/** A news lead: "近日，…", "日前，…", "5月12日上午，…", "据了解，…". */
const NEWS_LEAD = /^[ \t　]{0,4}(?:(?:日前|近日|据了解)[，,]|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,])/u;

/** The page opens with a news lead, with no title line of its own before it. */
export function opensWithNewsLead(opening: string): boolean {
  const first = opening.split('\n').find((l) => l.trim() !== '') ?? '';
  return NEWS_LEAD.test(first);
}

/** A page filed under news by its breadcrumb: "当前位置：首页 > 工作动态", "新闻中心 > …". */
const NEWS_CRUMB = /当前位置[:：][^\n]{0,40}?(?:新闻|动态|要闻|资讯|快讯)/u;

/** The page's breadcrumb files it under news. */
export const filedAsNews = (opening: string): boolean => NEWS_CRUMB.test(opening.slice(0, 400));

/** "现将《…》印发给你们": a notice that sends a plan. */
const COVERING = /现将《[^》\n]{2,80}》(?:印发|转发|下发|发)给你们/u;

/** A covering notice whose plan is only attached: no paragraph of the text but the covering one reads as a task. */
export function isCoveringOnly(raw: string, nodes: OutlineNode[]): boolean {
  const text = normalizeText(raw);
  const m = COVERING.exec(text);
  if (!m) return false;
  const others = nodes.filter((n) => !n.isGroup && !COVERING.test(normalizeText(n.text)) && !/^附件/u.test(normalizeText(n.text)));
  return others.length === 0;
}

/** A covering notice's request after the words that send the plan: "…现印发给你们，请结合实际认真贯彻落实，并…". */
const SENT_REQUEST = /(?:[印转轉下]?[发發])[给給]你[们們][，,。]?[ \t　]*\n?[ \t　]*([请請][^。\n]{4,120})/u;

/** The request of the covering notice a plan is sent under, as a node of its own, if the opening lines hold one. */
export function coveringRequest(lines: string[], line: number): OutlineNode | undefined {
  // Read as written: the item keeps the text's own characters.
  const m = SENT_REQUEST.exec(lines.slice(0, 20).join('\n'));
  const request = m?.[1]?.replace(/[，,；;\s]+$/u, '');
  return request ? { labels: ['通知'], rank: 1, text: request, line, isGroup: false } : undefined;
}

/** The document a covering notice sends, by its name: "《新疆老科协2021年工作总结和2022年工作要点》…现转发给你们". */
export function forwardedName(raw: string): string | undefined {
  return /《([^》\n]{4,80})》[^。\n]{0,30}(?:(?:印发|转发|下发)给你们|现予(?:以)?印发|现印发)/u.exec(normalizeText(raw.slice(0, 1500)))?.[1];
}

/** Words that look back on a year: "这一年", "一年来", "过去的一年", "回首2025年". */
const LOOKING_BACK = /这一年|一年来|过去的?一年|回首|回望|回眸/u;
/** Words that look ahead: a plan part or a 将. */
const LOOKING_AHEAD = /展望|下一步|下步|明年|来年|新的一年|今后|(?<!即)将(?!近|军|士|来自)|计划|打算|要点|安排/u;

/** A review of a year: it opens looking back, and no line of it looks ahead. */
export function isYearReview(raw: string): boolean {
  const text = normalizeText(raw);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return LOOKING_BACK.test(lines.slice(0, 2).join('\n')) && !LOOKING_AHEAD.test(text.replace(/将[^，。；]{0,6}(?:摆在|作为|放在)/gu, ''));
}

/** A paragraph that opens with a year and what will be done in it: "2018年，学会将…". */
const YEAR_AHEAD = /^(20\d{2})\s*年[，,][^。；;\n]{0,40}?将/u;

/**
 * A report told in paragraphs by year: "2017年，学会…完成了…" then "2018年，学会将…；…；…". The later year's
 * paragraph is the plan part; its clauses (split at ；) are its tasks.
 */
export function nextYearPart(nodes: OutlineNode[], raw: string): { at: number; year: number; nodes: OutlineNode[] } | undefined {
  const text = normalizeText(raw);
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as OutlineNode;
    const simple = normalizeText(node.text);
    const m = node.isGroup ? null : YEAR_AHEAD.exec(simple);
    if (!m) continue;
    const year = Number(m[1]);
    const at = text.indexOf(simple.slice(0, 16));
    const before = at > 0 ? text.slice(0, at) : '';
    if (!new RegExp(`(?:^|\\n)${year - 1}\\s*年[，,][^\\n]*(?:了|已经)`, 'u').test(before)) continue;
    const clauses = node.text.split(/(?<=[；;])/u).map((c) => c.replace(/[；;。\s]+$/u, '').trim()).filter((c) => c !== '');
    if (clauses.length < 3) return { at: k, year, nodes: [node] };
    const head: OutlineNode = { ...node, ownText: '' };
    const children = clauses.map((c, i): OutlineNode => ({ labels: [...node.labels, String(i + 1)], rank: node.rank + 0.5, text: c, line: node.line, isGroup: false }));
    return { at: k, year, nodes: [head, ...children] };
  }
  return undefined;
}

/** The fields of a registration annual report (事业单位/社会组织年度报告书): a form of last year's facts and results. */
const ANNUAL_FORM = /单位名称|宗旨和业务范围|法定代表人|开办资金|经济来源|举办单位|资产损益情况|开展业务活动情况|从业人数|网上名称|变更登记/gu;
/** A 年度报告 / 年报 named in a title line of the opening. */
const ANNUAL_TITLE = /^[^，,。；;]{0,40}(?:年度报告书?|年报)(?:[（(][^)）]{1,10}[)）])?$/u;

/** An annual report (年度报告, 年报), by its title line or by the fields of its form: it reports, it plans nothing. */
export function isAnnualReport(raw: string): boolean {
  const opening = normalizeText(raw.slice(0, 3000));
  if (opening.split('\n').slice(0, 6).some((l) => ANNUAL_TITLE.test(l.trim()))) return true;
  return new Set(opening.match(ANNUAL_FORM) ?? []).size >= 4;
}
