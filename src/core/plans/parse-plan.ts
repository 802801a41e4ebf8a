// Reads a work plan's text into a Plan: title, year, outline items with deadlines, targets and owners.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText, matchKey } from '../text/normalize.js';
import { stableId } from '../text/hash.js';
import { cleanLines, withRunOnHeadings } from './clean-text.js';
import { readKind, type DocumentKind } from './document-kind.js';
import { coveringRequest, forwardedName } from './kind-signs.js';
import { convertTextTables, joinFlattenedRows, spacedTableRows } from './table-rows.js';
import { findYears } from './plan-year.js';
import { withAsksAfterDays, withEventAnnounced, withEventNamed, withoutNonTasks } from './non-tasks.js';
import type { Observance } from './observances.js';
import { buildItems, datedEvents } from './plan-items.js';
import { withPlanDates } from './plan-observances.js';
import { parseOutline, readMarker, type OutlineNode } from './parse-outline.js';
import { withProseEnumerations } from './prose-enumerations.js';
import { readLoose, type PlanShape } from './parse-shapes.js';
import { readTable } from './read-table.js';
import { isTaskParagraph } from './task-sentences.js';
import { readSloganSections } from './slogan-sections.js';
import { scheduleRows } from './schedule-rows.js';
import { parseTargets } from './parse-targets.js';
import { findTitle, pickTitle, POSTED_ON, titleIndex } from './plan-title.js';
import type { Due, ParseWarning, Plan, PlanItem } from './plan-schema.js';

export interface ParsePlanOptions {
  /** Where the text came from (a file name), kept on the plan. */
  source: string;
  /** The year to assume when the title names none: the import date's year. */
  fallbackYear: number;
  importedAt: string;
  observances: readonly Observance[];
}

/** What the parser made of a text beyond the plan: its kind and shape, the paragraphs it skipped, how it got the year. */
export interface ParseReport {
  shape: PlanShape;
  kind: DocumentKind;
  /** Paragraphs that look like tasks but were not taken (shown in the import's warning). */
  skipped: string[];
  /** Every paragraph of the text that is in no item (introductions, notes, a summary's results), as written. */
  unread: string[];
  /** For a report: the results it reports (not imported, as written) and the heading of the plan part imported. */
  results: string[];
  part?: string;
  /** A meeting notice: the meeting it calls (nothing in it is imported). */
  meeting?: string;
  /** A page broken off as its work begins: the heading it stops at and the descriptive parts before it. */
  cutOff?: { at: string; found: string[] };
  yearFrom: 'title' | 'body' | 'part' | 'import-date';
}

/** One of a string of requirements: "；要密切配合，…", "。要统一思想，…". */
const REQUIREMENT = /(?:^|[。；;])\s*要(?=[^，,。；;]{2,12}[，,])/gu;

/** A plan's own title: "…2025年工作要点", "…工作计划", "…实施方案". */
const OWN_PLAN_TITLE = /(?:要点|计划|方案)$/u;

/** The plan in a text, with warnings for what could not be used; never throws on odd input. */
export function parsePlan(raw: string, options: ParsePlanOptions): { plan: Plan; warnings: ParseWarning[]; report: ParseReport } {
  const warnings: ParseWarning[] = [];
  const cleaned = spacedTableRows(joinFlattenedRows(withRunOnHeadings(cleanLines(raw))));
  // A tab-separated task table inside an outline ("二、重点任务清单" over its rows): rows become that section's items.
  // So does a schedule table (时间 | 活动地区 | 具体地点): each row is a dated item of its own.
  const lines = cleaned.some((l) => (readMarker(l)?.rank ?? 9) <= 2) ? convertTextTables(scheduleRows(cleaned), /\t/) : cleaned;
  const titleYear = /(20\d{2})\s*年/u.exec(normalizeText(pickTitle(lines.slice(0, 12), lines, options.source)).replace(POSTED_ON, ''));
  const shaped = readShape(lines, options.source, titleYear ? Number(titleYear[1]) : undefined);
  const { preamble, shape, skipped } = shaped;
  let title = findTitle(preamble, lines, options.source);
  const reading = readKind({ title, raw, nodes: shaped.nodes, shape, titleYear: titleYear ? Number(titleYear[1]) : undefined });
  const { nodes: nonTasksOut, cutOff } = withoutNonTasks(reading.nodes);
  // A news paragraph that tells what was done and then what comes next ("…共展出展板20块…。接下来，…还将…"): only
  // what comes next is work; the results before it are no tasks and no targets.
  const kept = reading.kind === 'news' ? nonTasksOut.map((n) => ({ ...n, text: whatComesNext(n.text) })) : nonTasksOut;
  // A report's plan part with a title line of its own ("201x年xx镇科技科普工作下半年计划") is the plan imported.
  const partLine = reading.part !== undefined && kept[0]?.isGroup && kept[0].rank < 0 ? kept[0].text.replace(/^20\d?x{1,2}年/iu, '').trim() : undefined;
  if (partLine) title = partLine;
  // A report sent under a notice that names the whole document ("《…2021年工作总结和2022年工作要点》…转发给你们") goes by that name.
  const sent = reading.kind === 'report_with_plan' ? forwardedName(raw) : undefined;
  if (sent && !partLine && matchKey(sent).startsWith(matchKey(title))) title = sent;
  const found = findYears(title, [...preamble, ...kept.map((n) => n.text.split('\n')[0] ?? '')], kept.map((n) => n.text).join('\n'), options.fallbackYear, reading.kind === 'notice');
  const years = reading.year !== undefined ? { from: reading.year, to: reading.year, source: 'part' as const } : found;
  const planId = stableId(`${matchKey(title)}|${years.from}`);
  const brokenOff = cutOff ? `文本在「${cutOff.at}」处中断，只有${cutOff.found.join('、')}，` : '';
  if (kept.length === 0 && reading.kind !== 'summary') warnings.push({ line: 0, message: `${brokenOff}没有找到任务（编号条目、任务表格或写明要做什么的段落）` });
  if (years.source === 'import-date' && kept.length > 0) {
    const span = 'span' in years && years.span ? `这是${years.span.from}—${years.span.to}年的多年规划，` : '';
    warnings.push({ line: 0, message: `${span}年份按导入日期推定为${years.from}年；如不对，发送：计划年份 ${years.from - 1}` });
  }
  if (skipped.length > 0 && kept.length > 0) {
    const shown = skipped.slice(0, 3).map((s) => `「${s.length > 30 ? `${s.slice(0, 30)}…` : s}」`).join('');
    warnings.push({ line: 0, message: `有${skipped.length}段未识别为任务：${shown}${skipped.length > 3 ? '等' : ''}` });
  }
  const calendar = withPlanDates(title, lines, years.from, options.observances);
  const window = calendar.window;
  // An event's notice or 方案: its "时间安排" section is the event itself, named by the title.
  // A window read from a notice's lead (no title naming the event) leaves its outline as written.
  // "定于9月17-23日…集中开展。各地可…拟定活动副主题": the 时间 section's later asks are items of their own.
  const asked = withAsksAfterDays(kept, years.from);
  const named = window && !calendar.contentOnly ? withEventNamed(asked, title, window, calendar.oneDay) : window ? withEventAnnounced(asked, lines) : asked;
  // The covering notice's request ("请结合实际认真贯彻落实，并…报告落实情况") is the plan's last item.
  const request = named.some((n) => !n.isGroup) ? coveringRequest(lines, named.length) : undefined;
  const nodes = request && !named.some((n) => n.text === request.text) ? [...named, request] : named;

  const period = reading.kind === 'plan' ? titlePeriod(title, years.from) : undefined;
  const items = buildItems(nodes, planId, years.from, calendar.observances, window ?? period ?? yearOfWork(lines, years.from), calendar.contentOnly, datedEvents(lines, years.from));
  // Loose paragraphs with no date and no number anywhere ("2023年，县科协将…贡献智慧和力量"): a vision, not a plan.
  // Tasks counted out as 一是/二是 are a plan's, dated or not ("会议强调，…一是要…二是要…").
  // So are a leader's requirements strung as "要…；要…；要…" (three or more), as a meeting's news reports them.
  // So is a meeting's news that tells the work it set ("会议还研究安排了近期工作，要求把…转发到…").
  const counted = nodes.some((n) => /^[一二三四五六七八九十]{1,3}是$/u.test(n.labels[n.labels.length - 1] ?? '') || (n.text.match(REQUIREMENT) ?? []).length >= 3 || (reading.kind === 'news' && MEETING_SETS_WORK.test(normalizeText(n.text))));
  // Under a plan's own title line ("…2022年工作要点", not one quoted in a news page's 《》) such a paragraph is the
  // plan's opening: a page cut off there keeps it.
  const titleKey = matchKey(title);
  const ownTitle = reading.kind === 'plan' && OWN_PLAN_TITLE.test(normalizeText(title)) && lines.some((l) => matchKey(l) === titleKey);
  if (shape === 'paragraphs' && reading.part === undefined && !counted && !ownTitle && items.every((i) => i.due.length === 0 && i.targets.length === 0)) items.length = 0;
  // A meeting's news whose tasks are a leader's list ("抓好四方面工作:一是…"): the paragraphs telling the meeting
  // around it (who came, what was studied, a report heard) are no tasks unless they name a day or a count.
  const listed = nodes.some((n) => /^[一二三四五六七八九十]{1,3}是$/u.test(n.labels[n.labels.length - 1] ?? ''));
  if (reading.kind === 'news' && shape === 'paragraphs' && listed) {
    const heads = new Set(items.map((i) => i.parentId).filter((p): p is string => p !== null));
    const kept = items.filter((i) => i.level > 1 || heads.has(i.id) || i.due.some((d) => !d.implied) || i.targets.length > 0 || (i.text.match(REQUIREMENT) ?? []).length >= 3);
    items.splice(0, items.length, ...kept);
  }
  const unread = unreadParagraphs(lines, title, items, reading.results.map((n) => n.text));
  return {
    plan: { id: planId, title, year: years.from, yearTo: years.to, source: options.source, importedAt: options.importedAt, items },
    warnings,
    report: { shape, kind: reading.kind, skipped, unread, results: reading.results.map((n) => n.text), ...(reading.part ? { part: reading.part } : {}), ...(reading.meeting ? { meeting: reading.meeting } : {}), ...(cutOff ? { cutOff } : {}), yearFrom: years.source },
  };
}

/** A meeting's news telling the work it set: "会议还研究安排了近期工作，要求…", "会议部署了下阶段工作，要求…". */
const MEETING_SETS_WORK = /会议[^。；;]{0,4}(?:研究)?(?:安排|部署)了?[^。；;，,]{0,12}工作[，,]\s*(?:并)?要求/u;

/** "接下来，", "下一步，" opening a sentence after others in a news paragraph. */
const NEXT_LEAD = /[。！!；;]\s*(?=(?:接下来|下一步|下步)[，,：:])/u;

/** The part of a news paragraph from its "接下来，" sentence on; the paragraph whole when it has none. */
function whatComesNext(text: string): string {
  if (text.includes('\n')) return text;
  const m = NEXT_LEAD.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}

/** A plan's title naming the quarter or month its work is for: "2019年第四季度…工作要点", "…11月份工作计划". */
const TITLE_PERIOD = /(第?[一二三四]季度|(?<![\d年])\d{1,2}\s*月份?|(?<![年\p{Script=Han}])[一二三四五六七八九十]{1,2}月份)(?=[^，,。；;《》]{0,24}(?:要点|计划|安排)$)/u;

/** The period a plan's title names: its tasks that name no date of their own are due within it. */
function titlePeriod(title: string, year: number): Due | undefined {
  const m = TITLE_PERIOD.exec(normalizeText(title).replace(/20\d{2}\s*年/u, ''));
  if (!m) return undefined;
  const due = parseDeadlines(m[1] ?? '', year)[0];
  return due && due.start !== due.end ? { ...due, text: m[1] ?? '', implied: false, kind: 'period' } : undefined;
}

/**
 * "确保2018年全民科学素质工作任务圆满完成": a plan (or its covering notice) that puts all its tasks within its year
 * makes each task that names no date of its own due by the year's end.
 */
function yearOfWork(lines: string[], year: number): Due | undefined {
  const re = new RegExp(`确保\\s*(?:${year}\\s*年度?|今年|全年)[^。；;]{0,24}?任务[^。；;]{0,6}?完成`, 'u');
  for (const line of lines) {
    const m = re.exec(normalizeText(line));
    if (m) return { text: m[0], start: `${year}-01-01`, end: `${year}-12-31`, implied: false, kind: 'deadline' };
  }
  return undefined;
}

/** Paragraphs of the text that no item holds (and that are not the title), in order. */
function unreadParagraphs(lines: string[], title: string, items: PlanItem[], extra: string[]): string[] {
  // Lines and table cells of the items, keyed; a line not found so is looked for inside the items' words,
  // for at most FALLBACK lines (a wrapped cell joined to its row), so the pass stays linear.
  const texts = [...items.map((i) => i.text), ...extra];
  const held = new Set<string>();
  for (const text of texts) for (const l of text.split(/[\n\t　]/u)) held.add(matchKey(l));
  const all = texts.map(matchKey).join('\n');
  const titleKey = matchKey(title);
  let fallback = FALLBACK;
  return lines.filter((l) => {
    const k = matchKey((readMarker(l)?.rest ?? l).replace(/(?:是|有|如下|包括)?[ \t　]{0,3}[:：]$/u, ''));
    if (k === '' || /^\d{1,3}$/u.test(k) || held.has(k) || held.has(matchKey(l)) || titleKey.includes(k)) return false;
    return fallback-- <= 0 || !all.includes(k);
  });
}
const FALLBACK = 200;

/** The document's shape: a task table, an outline, or (with neither) bare-number lists and paragraphs. */
function readShape(lines: string[], source: string, planYear: number | undefined): { nodes: OutlineNode[]; preamble: string[]; shape: PlanShape; skipped: string[] } {
  const outline = parseOutline(lines);
  const outlineTasks = outline.nodes.filter((n) => !n.isGroup).length;
  const table = readTable(lines);
  if (table && table.nodes.length >= 2 && table.nodes.length >= outlineTasks) return { ...table, nodes: withProseEnumerations(table.nodes) };
  if (outline.nodes.length > 0) {
    // Preamble paragraphs after the title that read as tasks were not taken: say so.
    const titleAt = titleIndex(outline.preamble, source);
    // Only those with a date or a count: an introduction ("为深入贯彻…") is not a lost task.
    const concrete = (l: string): boolean => parseTargets(l, planYear).length > 0 || parseDeadlines(l, planYear ?? 2000).some((d) => !d.implied);
    const skipped = outline.preamble
      .slice(titleAt + 1)
      .filter((l) => l.length >= 12 && !/^(关于|各|为)/u.test(l) && isTaskParagraph(l, planYear) && concrete(l));
    return { nodes: outline.nodes, preamble: outline.preamble, shape: 'outline', skipped };
  }
  const titleAt = titleIndex(lines, source);
  const slogans = readSloganSections(lines.slice(titleAt + 1), planYear);
  if (slogans) return { ...slogans, preamble: [...lines.slice(0, titleAt + 1), ...slogans.preamble] };
  const loose = readLoose(lines, titleAt + 1, planYear);
  return { ...loose, nodes: withProseEnumerations(loose.nodes, true) };
}
