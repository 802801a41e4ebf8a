// The document's title: a short line naming a plan, a quoted 《title》, a notice's 关于… line, else the first
// short line that is not a caption, a lead-in or table furniture; the file name only when nothing else names it.
import { normalizeText } from '../text/normalize.js';
import { HEADLINE } from './task-sentences.js';

const TITLE_WORDS = /(工作要点|工作计划|重点工作|工作重点|工作方案|实施方案|行动方案|工作安排|任务分解表?|任务清单|责任分解表?|任务表|要点|计划|方案|总结|讲话|安排|意见|安排意见)(?:汇总|汇编|大全)?$/u;

/** "20**年科普活动方案(2021年10月4日)": the day a page posted the text, after its title; not the plan's year. */
export const POSTED_ON = /\s*[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]$/u;

/** The index of the line naming the document among the first lines, or -1. */
export function titleIndex(lines: string[], source: string): number {
  const title = pickTitle(lines.slice(0, 12), lines, source);
  const first = lines.slice(0, 12);
  // A title quoted inside a paragraph ("联合印发了《…方案》,方案以…") names the document; the paragraph is body.
  const at = first.findIndex((l) => l === title || (l.includes(title) && !(l.length > title.length + 60 && /[。；;]/u.test(l))));
  // A title joined from two lines ends with the second.
  return at >= 0 ? at : first.findIndex((l) => l.length >= 4 && title.endsWith(l));
}

export function findTitle(preamble: string[], lines: string[], source: string): string {
  const picked = pickTitle(preamble, lines, source);
  // A document site's file name ("开江县科协2019年工作重点2.docx", "….docxVIP" with the site's tag) over the document's own first words
  // ("1、开江县科协2019年工作要点2019年是…"): the document's title, as it writes it.
  const own = /\.(docx?|pdf|wps)(?:VIP)?$/iu.test(picked) ? ownTitleAfterFileName(picked.replace(/VIP$/iu, ''), lines) : undefined;
  if (own) return own;
  // A document site's count of pieces ("工作要点(2篇)") is not part of the title; nor is a site's column tag before a
  // plan's full title ("【2025年政府开放日】…活动方案").
  const tagless = COLUMN_TAG.test(picked) && PLAN_NAME.test(normalizeText(picked)) ? picked.replace(COLUMN_TAG, '') : picked;
  // Nor is its "2022年最新的" before a title ("2022年最新的省科学技术厅…实施方案").
  const untagged = tagless.replace(/^(?:20\d{2}年)?最新(?:的|版)?(?=\p{Script=Han}{4})/u, '');
  return withActivityName(withSubject(untagged.replace(/\.(docx?|pdf|txt|md|wps)(?:VIP)?$/iu, '').replace(/[（(]\d{1,2}篇[)）]$/u, '').replace(POSTED_ON, '').trim(), lines), preamble, lines);
}

/** The title a document site's chunk opens with, when it names the same body as the file name. */
function ownTitleAfterFileName(fileName: string, lines: string[]): string | undefined {
  const head = normalizeText(fileName).slice(0, 4);
  for (const line of lines.slice(0, 6)) {
    const m = /^(?:\d{1,2}、)?\s*(.{4,40}?(?:工作要点|工作计划|工作方案|实施方案|要点|计划|方案))(?=20\d{2}年|[，,。\s]|$)/u.exec(line.trim());
    if (m?.[1] && normalizeText(m[1]).startsWith(head)) return m[1];
  }
  return undefined;
}

/** A plan's full name after a column tag: "…2025年“政府开放日”活动方案". */
const PLAN_NAME = /^【[^】]{1,12}】\s*[^\n【】]{2,40}?20\d{2}\s*年[^\n【】]{0,40}(?:要点|计划|方案)$/u;

/** A site's column tag before a headline: "【创城进行时】", "【部门文件】". */
const COLUMN_TAG = /^【[^】]{1,12}】\s*/u;

/** An activity's name: "一、活动名称" over its line, or "活动名称：…". */
const NAME_HEADING = /^(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?活动名称\s*[:：]?\s*(.*)$/u;

/**
 * A site's generic title ("全国科普日活动方案") over a plan that names its activity in full ("井口镇2010年全国科普日
 * 活动"): a short line before the body that ends with the title's words, or the "活动名称" section's line, is more
 * specific. A title line is taken as written; a section's name gets the document's word (方案) after it.
 */
function withActivityName(title: string, preamble: string[], lines: string[]): string {
  const simple = normalizeText(title).replace(/[（(].*[)）]$|\d{1,2}$|[一二三四五六七八九十]$/u, '');
  const core = simple.replace(/(?:实施|工作)?方案$/u, '');
  if (core === simple || core.length < 4) return title;
  const fuller = (l: string): boolean => {
    // A site's column tag ("【创城进行时】…") is not more of the name.
    const n = normalizeText(l).trim().replace(COLUMN_TAG, '');
    return n.length > core.length && n.length <= 40 && n.endsWith(core) && /(?:20\d{2}|20xx|20XX)\s*年/u.test(n) && !/[，,。：:；;]/u.test(n);
  };
  const line = preamble.find(fuller);
  if (line) return line.trim();
  for (let k = 0; k < Math.min(lines.length, 60); k++) {
    const m = NAME_HEADING.exec(normalizeText(lines[k] ?? '').trim());
    if (!m) continue;
    const name = m[1] ? (lines[k] ?? '').trim().slice(-m[1].length) : (lines[k + 1] ?? '').trim();
    return fuller(name) ? `${name}${title.slice(normalizeText(title).indexOf(simple) + core.length, normalizeText(title).indexOf(simple) + simple.length)}` : title;
  }
  return title;
}

export function pickTitle(preamble: string[], lines: string[], source: string): string {
  const candidates = preamble.length > 0 ? preamble : lines.slice(0, 3);
  const shortTitled = candidates.find((l) => l.length <= 50 && TITLE_WORDS.test(normalizeText(l).replace(/[（(].*[)）]$/u, '')));
  if (shortTitled) {
    // "2022年工作要点" under a notice that quotes 《长治市科学技术协会2022年工作要点》: the quoted one is fuller.
    const fuller = candidates.map((l) => /《([^》]{4,60})》/u.exec(l)?.[1]).find((q) => q && normalizeText(q).endsWith(normalizeText(shortTitled)));
    if (fuller) return fuller;
    // A site's headline ("2023年科普工作计划") over the document's own title line ("小赭山社区2023年科普工作计划").
    const own = candidates.find((l) => l !== shortTitled && l.length <= 50 && l.length > shortTitled.length && !/[，,。：:；;|｜]/u.test(l) && normalizeText(l).trim().endsWith(normalizeText(shortTitled).trim()));
    if (own) return own.trim();
    // A title set on two lines: "临江市科学技术协会" over "2026年工作要点".
    const prev = candidates[candidates.indexOf(shortTitled) - 1];
    if (prev && /^(20\d{2}|二〇|\d{1,2}月|[一二三四五六七八九十]{1,2}月)/u.test(shortTitled) && prev.length <= 20 && /(协会|科协|委员会|局|政府|中心|学会)$/u.test(normalizeText(prev))) return `${prev}${shortTitled}`;
    // A long title wrapped by a PDF: "某市2024年科普大篷车进校园活动" over "安排".
    // A title broken after its year: "密云区图书馆创城手拉手2021年" over "全国科普日系列活动方案".
    if (prev && /(?:20\d{2}|二〇[一二三四五六七八九〇]{2})年度?$/u.test(prev) && prev.length <= 30 && !/[，,。：:；;|｜]/u.test(prev)) return `${prev.replace(COLUMN_TAG, '')}${shortTitled}`;
    if (prev && shortTitled.length <= 4 && prev.length <= 40 && !/[，,。：:；;|｜]/u.test(prev) && /[\p{Script=Han}]{4}/u.test(prev)) return `${prev}${shortTitled}`;
    return shortTitled;
  }
  const headline = headlineOf(candidates) ?? (candidates.length < 3 ? headlineOf(lines.slice(0, 12)) : undefined);
  if (headline) return headline;
  for (const l of candidates) {
    // A lead may quote the notice it follows before the plan it draws up ("…《关于举办…的通知》精神,…特制定《…方案》如下").
    for (const quoted of l.matchAll(/《([^》]{4,50})》/gu)) {
      // The document a notice sends out ("现将《…工作要点》印发给你们"), not one a meeting studied ("学习了…《…实施方案》的通知").
      // Nor one a notice's lead carries out or cites ("深入贯彻落实…《关于…的意见》精神", "根据《…方案》").
      // The verb that sends it governs the quote ("现将《…》印发", "印发了《…》"), not another clause ("现将有关事项通知如下").
      const at = quoted.index ?? 0;
      const sent = /(?:印发|现将|转发|下发|发布|制定)了?[^，,。；;《》]{0,12}$/u.test(l.slice(0, at)) || /^《[^》]*》[^，,。；;]{0,6}(?:印发|转发|下发|发布)/u.test(l.slice(at)) || (at === l.indexOf('《') && !/学习|传达|通报|贯彻|落实|根据|按照|依据/u.test(l));
      if (sent && TITLE_WORDS.test(normalizeText(quoted[1] ?? ''))) return quoted[1] ?? '';
    }
  }
  // A notice about an event: "【部门文件】关于举办2024年涡阳县科技活动周的通知".
  // "龙岩市科协关于开展2024年…活动计划的通知": the issuer may come first; a notice that sends a plan is titled by the plan.
  const notice = candidates.map((l) => l.replace(/^【[^】]{1,10}】/u, '').trim()).find((l) => l.length <= 60 && /^关于.{4,50}(通知|通报|函)$/u.test(normalizeText(l)));
  const sent = candidates.map((l) => sentPlan(l.trim())).find((t) => t !== undefined);
  if (sent) return sent;
  if (notice) return notice;
  // A salutation ("同志们："), a lead-in line, a photo caption ("…宣讲会在甬举办") or table furniture ("|") is not a title.
  // The title stands before the first paragraph: a short line after one is a heading or a caption.
  const body = candidates.findIndex((l) => l.length >= 40 && /[，,。]/u.test(l));
  // A site's banner ("湖北省地震局(中国地震局地震研究所)主办") is not a title.
  const site = (l: string): boolean => /^[^，,。；;：:\s]{2,40}主办$/u.test(l.trim());
  const first = (body >= 0 ? candidates.slice(0, body) : candidates).find(
    (l) => l.length <= 60 && !NAV_BAR.test(l.trim()) && !site(l) && !LINK_LIST.test(normalizeText(l).trim()) && /[\p{Script=Han}A-Za-z]{2}/u.test(l) && !/^[（(].*[)）]$/u.test(l) && !/[:：。；;，,|｜]/u.test(l) && !HEADLINE.test(normalizeText(l)) && !/^(第[一二三四五六七八九十]+|首先|其次|一是|\d{1,2}(?:[、.．\s]|$)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u.test(l),
  );
  return first ?? openingTitle(lines) ?? leadTitle(lines) ?? source.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '');
}

/** A site's link list or its heading: a bulleted line ("- 相关推荐", "· 热门文章"), or "猜你喜欢", "相关文章". */
const LINK_LIST = /^[-–·•*]\s*\S|^(?:相关|热门|精彩|最新)?(?:推荐|文章|阅读|下载|链接)(?:阅读|文章)?$|^猜你喜欢$/u;

/** A site's menu bar: five or more short words between spaces ("首 页 科协简介 公告通知 重要新闻 …"), or three or more
 * words of two to six characters ("财务报销 网站搜索 网站地图") none of which names a document ("县科协 科普日 活动方案" is a
 * title). */
const NAV_BAR = /^(?:\S{1,6}\s+){4,}\S{1,6}$|^(?![^\n]*(?:方案|计划|要点|通知|安排|总结|报告|意见|办法))(?:[^\s\d，,。：:；;]{2,6}[ \t　]+){2,}[^\s\d，,。：:；;]{2,6}$/u;

/** The plan a notice sends or starts: "关于开展2024年…活动计划的通知" → "2024年…活动计划". */
function sentPlan(notice: string): string | undefined {
  const m = /^(?:[^\s，,。；;：:]{2,20}?)?关于(?:开展|印发|下发|实施|做好)(.{4,60}(?:工作要点|工作计划|活动计划|实施方案|活动方案|工作方案|活动安排))的通知$/u.exec(notice);
  return m?.[1];
}

/** A news page's headline: the last short line before its first paragraph that tells what happened ("…召开理事会"). */
function headlineOf(candidates: string[]): string | undefined {
  const lines = candidates.filter((l) => l.trim() !== '');
  const lead = lines.findIndex((l) => l.length >= 40 && /[，,。]/u.test(l));
  if (lead <= 0) return undefined;
  const line = lines[lead - 1] ?? '';
  const simple = normalizeText(line);
  const told = /(召开|启动|举办|举行|开幕|闭幕|落幕|揭牌|安排部署|研究部署)/u.test(simple);
  return told && line.length <= 40 && !/[:：。；;，,|｜]/u.test(line) && !/^(关于|【)/u.test(simple) ? line : undefined;
}

/** A page without a title line that opens "2025年，宁波市科协将…": named after the organisation and its year. */
function openingTitle(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 3)) {
    // "2025年是“十四五”规划收官之年,海盐县科协将…" too.
    const m = /^(20\d{2})年(?:是[^，,。]{2,30})?[，,]\s*([^，,。；;\s]{2,20}?(?:科协|科学技术协会|学会|协会))(?:将|要|计划|拟)/u.exec(normalizeText(line).trim());
    if (m) return `${m[2]}${m[1]}年工作要点`;
  }
  return undefined;
}


/** A news lead telling of a meeting: "1月31日上午,沙坪坝区科协召开2023年重点工作研讨会,…". */
const MEETING_LEAD = /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|近日|日前)[，,]\s*([^，,。；;\s]{2,20}?)(?:在[^，,。；;\s]{2,15}?)?(?:组织)?(?:召开|举办|举行)了?([^，,。；;\s]{4,30}?(?:会议|研讨会|年会|座谈会|全委会|常委会|理事会|大会|推进会|部署会))(?=[，,。])/u;

/**
 * A news page with no title line, whose lead tells of a meeting: the meeting, named by who held it
 * ("沙坪坝区科协2023年重点工作研讨会"). A bare "市老科协" takes its place name from the text ("常宁市老科协").
 */
function leadTitle(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 3)) {
    const m = MEETING_LEAD.exec(normalizeText(line).trim());
    if (!m?.[1] || !m[2]) continue;
    let subject = m[1];
    if (/^[市县区]/u.test(subject)) {
      const named = new RegExp(`(\\p{Script=Han}{2})${subject}`, 'u').exec(normalizeText(lines.slice(0, 60).join('\n')));
      if (named?.[1] && !/[我本全该各此在]/u.test(named[1])) subject = `${named[1]}${subject}`;
    }
    return `${subject}${m[2]}`;
  }
  return undefined;
}

/** A news headline that opens with its verb: its subject was in the page's header, not in the line. */
const HEADLINE_VERB = /^(?:安排部署|研究部署|部署|召开|举办|举行|启动|开展)/u;

/**
 * A title that lost its subject: a bare 县/市/区 where a template site cut the name ("县2015年全国科普日活动方案"),
 * or a headline opening with its verb ("部署2017年科技活动周"). The text often names it with the same words
 * ("2015年关岭自治县全国科普日…", "举办宜章县2017年科技活动周启动仪式"): that name goes in front.
 */
function withSubject(title: string, lines: string[]): string {
  const simple = normalizeText(title);
  const unit = /^[县市区](?=20\d{2}年)/u.exec(simple)?.[0];
  if (!unit && !HEADLINE_VERB.test(simple)) return title;
  const rest = (unit ? simple.slice(1) : simple.replace(HEADLINE_VERB, '')).replace(/^20\d{2}年/u, '');
  const key = rest.slice(0, 4);
  if (!/^[\p{Script=Han}]{4}$/u.test(key)) return title;
  const original = lines.slice(0, 400).join('\n');
  const text = normalizeText(original);
  const name = new RegExp(`[\\p{Script=Han}]{2}(?:自治)?${unit ?? '[县市区]'}(?=(?:20\\d{2}年)?${key})`, 'gu');
  for (const hit of text.matchAll(name)) {
    if (/[我本全该各此在]/u.test(hit[0].slice(0, 2))) continue;
    // The name as the text writes it (traditional stays traditional) when normalising kept the positions.
    const written = text.length === original.length ? original.slice(hit.index, hit.index + hit[0].length) : hit[0];
    return unit ? `${written}${title.slice(1)}` : `${written}${title}`;
  }
  return title;
}
