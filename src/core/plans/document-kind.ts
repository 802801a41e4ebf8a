// What kind of document a text is (a plan, a work summary, a monthly report with next month's plan, a news
// page, a notice, a task table), and for a summary which part of it is a plan: only that part is imported.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import type { PlanShape } from './parse-shapes.js';
import { coveringRequest, filedAsNews, forwardedName, isAnnualReport, isCoveringOnly, isYearReview, nextYearPart, opensWithNewsLead } from './kind-signs.js';

export type DocumentKind = 'plan' | 'summary' | 'report_with_plan' | 'monthly_with_plan' | 'news' | 'notice' | 'table';

/** The kind, and for a report the plan part's nodes, how many results it reports and the part's year. */
export interface KindReading {
  kind: DocumentKind;
  nodes: OutlineNode[];
  /** Tasks reported as done (the results part of a summary), not imported. */
  results: OutlineNode[];
  /** The heading of the imported plan part ("2024年工作计划", "下一步打算"). */
  part?: string;
  /** The plan part's own year when it differs from the report's ("2024年工作计划" in a 2023 summary). */
  year?: number;
  /** For a meeting notice: the meeting it calls ("全市科协主席会议"); nothing in it is a plan task. */
  meeting?: string;
}

/** A meeting's name in a notice's title: "关于召开全市科协主席会议的紧急通知". */
const MEETING_TITLE = /^关于(?:召开|举行|组织召开)?(.{2,40}?(?:会议|座谈会|推进会|调度会|部署会|协调会|联席会|工作会))(?:有关事项)?的?(?:紧急|补充)?通知$/u;
/** The sections of a meeting notice: 会议时间、地点 / 会议内容 / 参会人员. */
const MEETING_SECTION = /^(?:会议(?:时间|地点|内容|议程|议题|安排)|参会(?:人员|对象|范围|单位)|(?:出席|参加)(?:会议)?(?:人员|对象)|与会人员)/u;

/** The meeting a notice calls, when it is a meeting notice: its title names one and its sections are a meeting's. */
function meetingOf(title: string, nodes: OutlineNode[]): string | undefined {
  const named = MEETING_TITLE.exec(title);
  if (!named) return undefined;
  const sections = nodes.filter((n) => MEETING_SECTION.test(headingOf(n).replace(/^[一二三四五六七八九十]+、/u, ''))).length;
  return sections >= 1 || /召开/u.test(title) ? named[1] : undefined;
}

/** A title that reports results: 工作总结, 年度报告, 月报, 工作汇报, 完成情况. */
const REPORT_TITLE = /(总结|年度报告|年报|月报|季报|周报|工作汇报|情况汇报|完成情况|述职报告|工作情况|自评报告|自查报告)/u;
/**
 * The report a page's opening announces ("现将2024年科普工作绩效自评报告如下", "现将有关情况总结如下"): it names the
 * document when the page kept no title. A plan announced so ("现将活动实施方案报告如下") is no report.
 */
const ANNOUNCED_REPORT = /现将([^，,。；;:：\n]{0,40}?(?:总结|自评报告|自查报告|评估报告|年度报告|情况报告|工作报告|汇报))如下/u;
function announcedReport(raw: string): string | undefined {
  const named = ANNOUNCED_REPORT.exec(normalizeText(raw.slice(0, 600)))?.[1];
  return named !== undefined && !/(计划|方案|要点|安排|打算)/u.test(named) ? named : undefined;
}

/** A heading over a plan part. */
const PLAN_HEADING = /(计划|打算|安排|思路|设想|谋划|下一步|下步|下阶段|明年|来年|下月|下半年|要点|重点工作|工作任务|工作目标|实施步骤|具体措施|保障措施|主要任务|推进措施)/u;
/** A heading over the reasons for a plan, not over results. */
const BACKGROUND_HEADING = /^(?:[^，,。；;]{0,6})?(?:背景|现状|形势|概况|意义|指导思想|总体要求|基本原则)/u;
/** A heading over results. */
const RESULTS_HEADING = /(回顾|完成情况|工作情况|开展情况|进展情况|主要工作|主要成效|工作成效|取得的成[效绩]|成绩|做法|亮点|存在的?问题|不足|困难)/u;
/** A heading over a year's results only: "一、202X年工作完成情况", "今年以来工作开展情况". */
const DONE_HEADING = /(?:20\d{2}|20\d?[xX×]{1,2}|今|本|上半)\s*年度?[^，,。；;]{0,10}?(?:完成情况|开展情况|工作情况|工作回顾|主要成效|工作成效)/u;
/** Page signs of a news article: a dateline, a reporter, a source line. */
const NEWS_SIGN = /(?:网|社|报|台)[^\s，。]{0,6}?\d{1,2}月\d{1,2}日电|本报讯|本网讯|[（(]记者|通讯员/u;

/** A plan's own title: then its 来源 line is only where the plan was posted. */
const PLAN_TITLE = /(要点|计划|方案|安排|思路|意见)$/u;
/** A news site's publication line ("2023-03-23 14:21:29 来源:重庆科协") or a byline ("(刘万萍 江津区科协供稿)"). */
const POSTED = /(?:^|\n)[^\n]{0,30}\d{4}-\d{1,2}-\d{1,2}[^\n]{0,30}来源[:：]|[（(][^()（）\n]{2,24}(?:供稿|供图|撰稿)[)）]/u;
/** A headline that reports an event ("…召开…常委会") over a lead dated to the day ("4月18日,…"). */
const EVENT_HEADLINE = /(召开|举办|举行|开幕|闭幕|启动)/u;
const DATED_LEAD = /(?:^|\n)[ \t　]{0,4}(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|日前|近日)[，,]/u;

/** The page is news: a dateline or reporter, a 来源 line or byline, or an event's headline over a dated lead. */
function reportsNews(title: string, raw: string): boolean {
  const opening = normalizeText(raw.slice(0, 3000));
  return NEWS_SIGN.test(opening) || POSTED.test(normalizeText(raw)) || (EVENT_HEADLINE.test(title) && DATED_LEAD.test(opening));
}

/** A month's plan named in a title or heading: "12月份重点工作计划", "月报", "下月". */
const MONTH_PLAN = /(\d{1,2}|[一二三四五六七八九十]{1,2})月(份)?(重点)?(工作)?(总结|计划|安排|打算)|月报|下月/u;

const headingOf = (node: OutlineNode): string => normalizeText((node.text.split('\n')[0] ?? '').split(/[。；;]/u)[0] ?? '');

/** The top-level nodes of an outline with the nodes under each. */
function topSections(nodes: OutlineNode[]): Array<{ head: OutlineNode; members: OutlineNode[] }> {
  const top = Math.min(...nodes.map((n) => n.labels.length));
  const sections: Array<{ head: OutlineNode; members: OutlineNode[] }> = [];
  for (const n of nodes) {
    if (n.labels.length === top || sections.length === 0) sections.push({ head: n, members: [n] });
    else sections[sections.length - 1]?.members.push(n);
  }
  return sections;
}

/** Reads the document's kind from its title, raw text and outline; a report keeps only its plan part. */
export function readKind(input: { title: string; raw: string; nodes: OutlineNode[]; shape: PlanShape; titleYear?: number }): KindReading {
  const title = normalizeText(input.title);
  const { nodes } = input;
  // "关于做好2024年度工作总结的通知" asks for a summary by a date: a notice, not a report.
  // So does an annual report's form (单位名称 | 宗旨和业务范围 | 开展业务活动情况 …) whatever its file is called.
  // "工作计划与总结" (the plan first): a site's category over a page, which the body decides, not a report's name.
  // A covering notice issuing a year's report ("《…2023年工作报告》已经…审议通过，现予印发"): the page is that report.
  const issued = forwardedName(input.raw);
  const issuedReport = issued !== undefined && (REPORT_TITLE.test(issued) || /20\d{2}\s*年度?工作报告$/u.test(issued)) && !/(计划|要点|方案|安排|打算)/u.test(issued);
  const reportTitle = issuedReport || (REPORT_TITLE.test(title.replace(/计划(?:和|与|及)总结/gu, '计划').replace(/(工作要点|工作计划|工作方案|实施方案)/gu, '')) && !/^关于.*(通知|函)$/u.test(title)) || isAnnualReport(input.raw) || (!PLAN_TITLE.test(title) && announcedReport(input.raw) !== undefined);
  const sections = nodes.length > 0 ? topSections(nodes) : [];
  // A programme the text names ("落实全民科学素质行动计划纲要精神", "《…规划》") is no heading over a plan part.
  // So is a body named after one ("成立了全民科学素质行动计划领导小组").
  const named = (h: string): string => h.replace(/《[^》]*》|[^，,。；;\s]{0,16}(?:计划纲要|规划纲要)|[^，,。；;\s]{0,16}行动计划(?=领导小组|工作领导小组|办公室)/gu, '');
  const isPlanPart = (s: { head: OutlineNode }): boolean => PLAN_HEADING.test(named(headingOf(s.head))) && !RESULTS_HEADING.test(headingOf(s.head));
  const hasResults = sections.some((s) => RESULTS_HEADING.test(headingOf(s.head)));
  // A plan's own title line after sections of something else ("上半年…总结" … "201x年…下半年计划"): a report with a plan part,
  // whichever of the two titles the file puts first.
  const partAfterOthers = nodes.findIndex((n) => n.isGroup && n.rank < 0) > 0;
  // A prose summary: "展望未来，…。首先…；其次…" after paragraphs of results: that paragraph's sentences are the plan.
  const prose = prosePlanPart(sections, input.raw);
  // A news page that reports a year's plan ("2019年,区科协将…:一是…") after last year's results: news, read for its plan's tasks.
  const news = !reportTitle && !PLAN_TITLE.test(title) && reportsNews(title, input.raw);
  if (prose && news) return { kind: 'news', nodes: sections[prose.at]?.members ?? [], results: [] };
  if (prose) {
    const results = sections.slice(0, prose.at).flatMap((s) => s.members).filter((n) => !n.isGroup && !(sections.some((t) => t.head === n && t.members.length > 1)));
    return { kind: 'report_with_plan', nodes: sections[prose.at]?.members ?? [], results, part: prose.part, year: partYear(prose.part, title, input.titleYear) };
  }
  // "2017年，学会…了…" then "2018年，学会将…": the later year's paragraph is the plan part.
  const ahead = reportTitle ? undefined : nextYearPart(nodes, input.raw);
  if (ahead && news) return { kind: 'news', nodes: ahead.nodes, results: [], year: ahead.year };
  if (ahead) return { kind: 'report_with_plan', nodes: ahead.nodes, results: nodes.slice(0, ahead.at).filter((n) => !n.isGroup), part: `${ahead.year}年`, year: ahead.year };
  // A month's round-up whose only part tells what was done ("一、各县…2017年3月份重点工作完成情况"): its next month's
  // plan, the part that would follow, is not on the page: a 月报 with nothing to import.
  const MONTH_DONE = /\d{1,2}月份?[^，,。；;\s]{0,12}(?:完成|进展|开展)情况$/u;
  const openingLine = normalizeText(input.raw.trimStart().slice(0, 200)).split(/\s[（(]一[)）]|\n/u)[0] ?? '';
  const monthDone = sections.length > 0 && !sections.some(isPlanPart) && (MONTH_DONE.test(openingLine.trim()) || sections.every((s) => MONTH_DONE.test(normalizeText(headingOf(s.head)))));
  if (!reportTitle && monthDone) return { kind: 'monthly_with_plan', nodes: [], results: nodes.filter((n) => !n.isGroup) };
  // "总结与计划" whose only other part is its background ("一、背景与现状分析", then 工作目标, 实施步骤): a plan.
  const backgroundOnly = sections.some(isPlanPart) && sections.filter((s) => !isPlanPart(s)).every((s) => BACKGROUND_HEADING.test(headingOf(s.head)));
  // "一、202X年工作完成情况" as the only part: a year's results, with no plan part to follow.
  const allDone = !/(?:通知|函)$/u.test(title) && sections.length > 0 && sections.every((s) => DONE_HEADING.test(headingOf(s.head)) && !isPlanPart(s));
  // "…第四季度…工作要点" over one flat numbered list ("1. …的做法及成效。", "10. …推进措施和成效。"): topics of a plan,
  // each a line of its own, not a report's parts under headings, whatever words of results or plans they hold.
  const flatTopics = !reportTitle && PLAN_TITLE.test(title) && sections.length >= 3 && sections.every((s) => s.members.length === 1 && !s.head.isGroup);
  if (!backgroundOnly && (reportTitle || partAfterOthers || allDone || (hasResults && sections.some(isPlanPart) && !flatTopics))) {
    const planParts = sections.filter(isPlanPart);
    const results = sections.filter((s) => !isPlanPart(s)).flatMap((s) => s.members).filter((n) => !n.isGroup && !sections.some((t) => t.head === n && t.members.length > 1));
    if (planParts.length === 0) {
      const inline = inlinePlanPart(results);
      if (inline) return { kind: 'report_with_plan', nodes: inline.nodes, results, part: inline.part };
      // A month's report "…11月份完成情况及12月份重点工作计划" is a 月报 even when the page holds only the results
      // (nothing is imported); a year's or half-year's "总结及…计划" without its plan stays a summary.
      const promised = /(?:及|和|与|暨)[^及和与暨]{0,30}(?:计划|打算|安排)$/u.exec(title)?.[0];
      if (promised && MONTH_PLAN.test(promised)) return { kind: 'monthly_with_plan', nodes: [], results };
      // A notice forwarding the report and next year's plan asks its readers to act ("…现转发给你们。请…制定2022年
      // 工作计划，并报…"): with the plan part cut off, that request is the part imported.
      const request = coveringRequest(input.raw.split('\n'), 0);
      const named = forwardedName(input.raw) ?? title;
      const next = /(?:及|和|与|暨)([^及和与暨]{0,30}(?:计划|打算|安排|要点))$/u.exec(named)?.[1];
      if (request && next) return { kind: 'report_with_plan', nodes: [request], results, part: next, year: partYear(next, title, input.titleYear) };
      return { kind: 'summary', nodes: [], results };
    }
    const heading = headingOf(planParts[0]?.head as OutlineNode);
    const monthly = MONTH_PLAN.test(`${title}${heading}`);
    return { kind: monthly ? 'monthly_with_plan' : 'report_with_plan', nodes: planParts.flatMap((s) => s.members), results, part: heading, year: partYear(heading, title, input.titleYear) };
  }
  // A year's review in prose ("这一年，我们聚焦主责…", "一年来…") with no word of what comes next: a summary.
  const opening2 = normalizeText(input.raw.slice(0, 1500));
  if (input.shape === 'paragraphs' && REVIEW.test(opening2) && !FORWARD_WORDS.test(normalizeText(input.raw)) && !/(要点|计划|方案|安排)$/u.test(title)) return { kind: 'summary', nodes: [], results: nodes.filter((n) => !n.isGroup) };
  // A "plan" whose every task tells what was done ("调整了…", "纳入了…"): a summary under a plan's name.
  const tasks = nodes.filter((n, k) => !n.isGroup && !((nodes[k + 1]?.labels.length ?? 0) > n.labels.length));
  // A meeting's news ("…召开…全委会" over "近日，…召开…") tells what was done (了) and what it 部署s: news, not a summary.
  const reported = /(召开|举办|举行)/u.test(title) && /(?:^|[。\n])[ \t　]{0,4}(?:日前|近日)[，,]/u.test(opening2) && /部署/u.test(opening2);
  if (!reported && tasks.length >= 2 && tasks.every((n) => /(?<![为除不])了(?![解不])/u.test(normalizeText(n.text)))) return { kind: 'summary', nodes: [], results: tasks };
  // A year review ("这一年，…", "一年来…") that nowhere looks ahead, under no plan's title.
  if (!reported && tasks.length >= 1 && !/(计划|要点|方案|安排|打算)/u.test(title) && isYearReview(input.raw)) return { kind: 'summary', nodes: [], results: tasks };
  // A task table, or a task list whose every task names its 责任单位 in a clause of its own.
  const owned = tasks.filter((n) => (n.owners?.length ?? 0) > 0).length;
  if (input.shape === 'table' || (owned >= 3 && owned * 2 >= tasks.length)) return { kind: 'table', nodes, results: [] };
  // A news page: a dateline or reporter, a headline that reports ("…启动", "…会议召开", "…安排部署…工作"),
  // or a first paragraph that opens with the day it happened or with 据了解.
  const opening = normalizeText(input.raw.slice(0, 3000));
  const headline = /(召开|启动|举办|举行|开幕|闭幕|落幕|揭牌|安排部署|研究部署|部署)/u.test(title) && !/(要点|计划|方案|安排$|通知$)/u.test(title);
  // "2022年5月30日是…。5月22日上午，…举行…": the lead's second sentence tells the day an event was held, under a
  // headline that is no notice's.
  const heldOn = /。[ \t　]{0,4}\d{1,2}月?\d{1,2}日(?:上午|下午|晚上?)[，,][^。\n]{0,80}(?:举行|举办|召开)/u.test(opening.slice(0, 600)) && !/通知$/u.test(title);
  const lead = /(?:^|\n)[ \t　]{0,4}\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]/u.test(opening) || /据了解|记者从|(?:^|[。\n])[ \t　]{0,4}(?:日前|近日)[，,]/u.test(opening) || heldOn;
  // "…科技活动周落下帷幕", "…圆满结束。据初步统计…": a page reporting an event that is over, with no word of what comes
  // next (下一步, 将继续, 将于…), holds its results, not tasks: a summary.
  if (EVENT_ENDED.test(`${title}\n${opening.slice(0, 300)}`) && !FORWARD_WORDS.test(opening) && !/(?:将|拟)(?:于|在)/u.test(opening)) return { kind: 'summary', nodes: [], results: tasks };
  const byline = closingByline(input.raw);
  if (NEWS_SIGN.test(opening) || headline || byline || opensWithNewsLead(opening) || (filedAsNews(opening) && !/(要点|计划|方案|安排)$/u.test(title)) || (lead && !/(要点|计划|方案|安排)$/u.test(title))) {
    // "一是早谋划。…制作了…；三是早组织。先后三次召开…；四是…确保了…": a page telling how an event was got ready and
    // held, every part of it done, with no word of what comes next: news with nothing to import.
    const done = tasks.filter((n) => DONE_MARK.test(normalizeText(n.text))).length;
    // A meeting's news that 部署s or 强调s next year's work ("会议对新一年工作进行了系统部署") still sets tasks.
    if (tasks.length >= 2 && done * 2 > tasks.length && !FORWARD_WORDS.test(normalizeText(input.raw)) && !/部署|强调|安排了?[^。；;，,]{0,12}工作[，,]\s*(?:并)?要求/u.test(normalizeText(input.raw)) && !/(?:将|拟)于/u.test(normalizeText(input.raw))) return { kind: 'news', nodes: [], results: tasks };
    return { kind: 'news', nodes, results: [] };
  }
  if (isCoveringOnly(input.raw, nodes)) return { kind: 'notice', nodes, results: [] };
  // A letter to its recipients ("各省辖市科协,各全省学会…:", "全院各单位:") that asks for things by a date is a notice.
  const salutation = /^(?:各|全体|有关|全(?:院|校|市|省|区|县|镇|所|系统)(?:各|全体))[^。；;\n]{2,160}[:：][ \t　]*$/mu.exec(opening.slice(0, 400));
  if ((/通知$/u.test(title) || (salutation && !/(要点|计划|方案|安排)$/u.test(title))) && !/《/u.test(title)) {
    const meeting = meetingOf(title, nodes);
    return meeting ? { kind: 'notice', nodes, results: [], meeting } : { kind: 'notice', nodes, results: [] };
  }
  return { kind: 'plan', nodes, results: [] };
}

/** The year of a report's plan part: written in its heading, else the year after an annual report's year. */
function partYear(heading: string, title: string, titleYear: number | undefined): number | undefined {
  const written = /(20\d{2})\s*年/u.exec(heading);
  if (written) return Number(written[1]);
  if (titleYear === undefined) return undefined;
  if (/(明年|来年|下一年)/u.test(heading)) return titleYear + 1;
  // "2024年12月工作总结及1月工作计划": next month is in the next year.
  const reportMonth = /(\d{1,2})\s*月/u.exec(title.replace(/20\d{2}\s*年/u, ''));
  const planMonth = /(\d{1,2})\s*月/u.exec(heading);
  if (reportMonth && planMonth && Number(planMonth[1]) < Number(reportMonth[1])) return titleYear + 1;
  // An annual summary's 下一步打算 is next year's; a half-year's or a month's stays in the year.
  const annual = !/(上半年|下半年|季度|\d{1,2}月|[一二三四五六七八九十]{1,2}月|月份|月报|季报)/u.test(title);
  return annual ? titleYear + 1 : titleYear;
}

/** A report's measures written inside its last paragraphs ("应对措施:一是…;二是…"), with no heading of their own. */
const PLAN_CLAUSE = /(应对措施|整改措施|改进措施|下一步(?:工作)?(?:打算|计划|措施|安排)?|今后(?:工作)?打算|努力方向)[:：]/u;

/** The 一是/二是 tasks after a plan clause in a report's paragraphs, as the report's plan part. */
function inlinePlanPart(results: OutlineNode[]): { nodes: OutlineNode[]; part: string } | undefined {
  for (let k = results.length - 1; k >= 0; k--) {
    const node = results[k] as OutlineNode;
    const m = PLAN_CLAUSE.exec(node.text);
    if (!m) continue;
    const rest = node.text.slice((m.index ?? 0) + m[0].length);
    const pieces = rest.split(/(?=[一二三四五六七八九十]是)/u).map((p) => p.trim()).filter((p) => /^[一二三四五六七八九十]是/u.test(p));
    if (pieces.length === 0) continue;
    const part = m[1] ?? '';
    const group: OutlineNode = { labels: [part], rank: 1, text: part, line: node.line, isGroup: true };
    const tasks = pieces.map((p, i): OutlineNode => ({ labels: [part, p.slice(0, 2)], rank: 1.5, text: p.slice(2).replace(/[；;。]$/u, ''), line: node.line + i, isGroup: false }));
    return { nodes: [group, ...tasks], part };
  }
  return undefined;
}

/** A lead that opens a report's plan in prose: "展望未来，", "下一步，", "新的一年里，", "今后一个时期，". */
const FORWARD_LEAD = /(?:^|[。；;！!]\s*)(展望(?:未来|明年|来年|新的一年|下一年)|下一步|下步|下一?阶段|今后(?:一个时期|一段时期)?|新的一年(?:里|中)?|明年|来年)(?:工作)?(?:打算|计划|安排|设想)?[，,：:]/u;
/** A paragraph that opens with its year and what will be done in it: "2018年，学会将…". */
const YEAR_LEAD = /^(20\d{2})\s*年(?:度)?[，,][^，,。；;]{0,12}将/u;
/** The opening of a year's review. */
const REVIEW = /(?:^|[。！!\n])\s*(?:这一年|一年来|过去的一年|回首\S{0,6}年|回望\S{0,6}年)[，,：:]/u;
/** Words that tell a task as done: "制作了", "先后三次召开", "早在4月初", "已于". */
const DONE_MARK = /(?<![为除不])了(?![解不])|先后|已经|已于|早在/u;
/** A news page's closing byline: the writer's unit and name in brackets ("(某某镇科协 张三)"). */
const BYLINE = /[（(][^()（）\n]{2,24}?(?:科协|协会|学会|局|委|办|站|中心|政府|街道|镇|乡|社区|学校|医院)[ \t　]+\p{Script=Han}{2,3}[)）][\s|｜]*$/u;
const closingByline = (raw: string): boolean => BYLINE.test(raw.slice(-80));
/** An event said to be over: "落下帷幕", "圆满结束", "胜利闭幕". */
const EVENT_ENDED = /落下帷幕|(?:圆满|胜利|顺利)(?:落幕|结束|闭幕|收官)/u;
/** Any word of what comes next: then the review is a report with a plan part, or a plan. */
const FORWARD_WORDS = /展望|下一步|下步|明年|来年|新的一年|今后|将(?:继续|进一步|着力|重点|全力)|计划|打算/u;
/** Words that report what was done. */
const PAST = /(?<![为除不])了(?![解不])|过去|去年|回顾|一年来|已经|已于/u;

/**
 * The section whose own words (before its 首先/一是 children) open with a forward lead, after text that reports
 * results: the plan part of a summary written as prose. Its index among the sections and the lead as the part's name.
 */
function prosePlanPart(sections: Array<{ head: OutlineNode; members: OutlineNode[] }>, raw: string): { at: number; part: string } | undefined {
  for (let k = 0; k < sections.length; k++) {
    const { head, members } = sections[k] as { head: OutlineNode; members: OutlineNode[] };
    if (head.isGroup || head.ownText === undefined || members.length < 3) continue;
    // "2018年，学会将…；…" after a paragraph of 2017's results: the year's own lead opens the plan.
    const yearLead = YEAR_LEAD.exec(normalizeText(head.text));
    const lead = FORWARD_LEAD.exec(normalizeText(head.ownText)) ?? (yearLead ? [yearLead[0], `${yearLead[1]}年`] : null);
    if (!lead) continue;
    // What comes before: earlier sections, or paragraphs the reader skipped (past tense reads as no task).
    const text = normalizeText(raw);
    const at = text.indexOf(normalizeText(head.text.slice(0, 12)));
    const before = at >= 0 ? text.slice(0, at) : sections.slice(0, k).map((s) => s.members.map((n) => n.text).join('\n')).join('\n');
    const earlier = yearLead ? new RegExp(`${Number(yearLead[1]) - 1}\\s*年`, 'u').test(before) : true;
    if (PAST.test(normalizeText(before)) && earlier) return { at: k, part: lead[1] ?? '' };
  }
  return undefined;
}
