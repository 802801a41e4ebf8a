// The year a plan is for: the title's, else the year the text states for its work ("2024年，区科协将…",
// "现制定2023年工作计划如下", "2019年度重点工作"), else the year most dates are written in; never a
// publication date, a dateline or today unless nothing else says.
import { withWeekdayYears } from '../dates/weekday-years.js';
import { normalizeText } from '../text/normalize.js';

export interface PlanYears {
  from: number;
  to: number;
  source: 'title' | 'body' | 'import-date';
  /** A programme for several years: the span its title states ("2021—2025年"). */
  span?: { from: number; to: number };
}

/** Phrases that state the year the work is for. */
const STATED = [
  // "2024年，区科协将…", "2024年是…之年", "2024年全县科协工作的总体要求是"
  /(?:^|[。；;\n])[ \t　]{0,4}(20\d{2})\s*年(?:度)?\s*(?:[，,]|是|全[县市区镇省]|我[县市区]|县|市|区|镇|科协|学会)/gu,
  // "2019年度重点工作", "2023年工作计划", "2024年科普工作要点"
  /(20\d{2})\s*年(?:度)?(?:的)?(?:[^\s，。；]{0,8}?)(?:工作|重点|主要|目标|任务|计划|要点|安排|方案)/gu,
  // "9月18日，我县2023年“全国科普日”主场活动…"
  /我[县市区镇乡旗]\s*(20\d{2})\s*年/gu,
  // "现制定2023年…", "部署2024年…", "做好2025年…" (these name the work's year even in a report of a meeting)
  /(?:制定|印发|部署|做好|谋划|安排|围绕)\s*(20\d{2})\s*年/gu,
  // "…担任2024年度的轮值学会，2024年将秉承…": a year and what will be done in it, inside a sentence of a speech.
  /[，,：:]\s*(20\d{2})\s*年(?:度)?\s*(?:将|拟)(?![近来])/gu,
  // "2025年成都市全国科普月主场活动9月4日将…启幕": the year of the event a page is about (looks back like the first three).
  /(20\d{2})\s*年(?:度)?[^\s，,。；;、]{0,16}?(?:活动|大赛|论坛|年会|科普日|科普月|活动周|科技周|宣传周)/gu,
];
/** How many of STATED (from the start) must not be followed by words of work done. */
const LOOKS_BACK = 3;
/** A horizon or a span ("到2035年", "2021-2025年", "2021年以来"): not the plan's year. */
const NOT_PLAN_YEAR = /(?:到|至|截至|截止|迄|于)\s*$/u;
/** After the digits: a span, "以来", or a month (a date such as a publication day, not a year stated for the work). */
const AFTER_NOT = /^\s*(?:[-—–~至到]|年\s*(?:以来|以前|起|[-—–~至到]|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月))/u;
/** A year's statistics or assessment ("开展2017年度综合统计调查", "2017年度考核"): work this year on a year past. */
const SURVEY = /^\s*年度?[^。；;，,]{0,8}(?:统计|考核|年检|年报)/u;
/** Words after a stated year that tell of work done, not planned. */
const PAST_AFTER = /^[^。；]{0,30}(?:了|已经|取得|完成情况|回顾|总结)/u;

/** A document site's file name over the text ("2022年市科普日活动方案2.doc"): the site's label, stating no year of the work. */
const FILE_NAME = /\.(?:docx?|pdf|wps|txt)\s*[》」]?\s*$/iu;

/** Years stated for the work in the given lines (the preamble and the headings), in order. */
function statedYears(lines: string[]): number[] {
  const text = normalizeText(lines.filter((l) => !FILE_NAME.test(l)).join('\n'));
  const hits: Array<{ at: number; year: number }> = [];
  for (const [k, re] of STATED.entries()) {
    for (const m of text.matchAll(re)) {
      const year = Number(m[1]);
      const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      const after = text.slice(at + 4, at + 40);
      if (NOT_PLAN_YEAR.test(text.slice(Math.max(0, at - 3), at)) || AFTER_NOT.test(after) || SURVEY.test(after)) continue;
      // "2023年，县科协共开展了…" looks back; "就做好2018年科协工作进行了部署" still names the year of the work.
      if ((k < LOOKS_BACK || k === STATED.length - 1) && PAST_AFTER.test(after)) continue;
      // "自2003年…开展第一届全国科普日活动以来": a history, not the event the page is about.
      if (k === STATED.length - 1 && (/[自从]\s*$/u.test(text.slice(Math.max(0, at - 2), at)) || /^[^。；;，,]{0,40}以来/u.test(after))) continue;
      hits.push({ at, year });
    }
  }
  // "2018年1月25日，学会召开了今年第一次工作会议": the day's year is the "今年" of the work the text sets.
  for (const m of text.matchAll(/(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;\n]{0,60}?今年/gu)) hits.push({ at: m.index ?? 0, year: Number(m[1]) });
  return hits.sort((a, b) => a.at - b.at).map((h) => h.year);
}

/** Whether every month-and-day a text states falls in October to December (deadlines late in the year named). */
function lateInYear(body: string): boolean {
  const months = [...body.matchAll(/(?<![\d年])(\d{1,2})\s*月\s*\d{1,2}\s*日/gu)].map((m) => Number(m[1]));
  return months.length > 0 && months.every((m) => m >= 10 && m <= 12);
}

/** The plan's first and last year and where they came from. */
export function findYears(title: string, writtenStatements: string[], writtenBody: string, fallback: number, notice = false): PlanYears {
  // "决赛时间:2024年7月27日(星期日)" in a 2025 notice: a year its weekday contradicts counts as the year it fits.
  // Only into a year the text writes somewhere (a date's own year is never the year its weekday moves it to).
  const written = (line: string): number[] => [...line.matchAll(/(20\d{2})\s*年/gu)].map((m) => Number(m[1]));
  const ownYears = new Set([...writtenStatements.flatMap(written), ...written(writtenBody), ...written(title)]);
  const statements = writtenStatements.map((line) => withWeekdayYears(line, ownYears));
  const body = withWeekdayYears(writtenBody, ownYears);
  const t = normalizeText(title);
  const span = /(20\d{2})\s*[-—–~至到]\s*(20\d{2})\s*年/u.exec(t);
  if (span) {
    // A span is no year for the tasks: imported within it, the import date's year is assumed and asked about.
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (fallback >= from && fallback <= to) return { from: fallback, to, source: 'import-date', span: { from, to } };
    return { from, to, source: 'title' };
  }
  const single = /(20\d{2})\s*年/u.exec(t);
  // A template site's heading over several texts ("2024年农业科普工作计划(汇总11篇)") dates the page, not a text
  // that leaves its own year blank ("现制定20__年科普活动计划如下"): that year is asked for.
  const compilation = /[（(][^（()）]{0,6}\d{1,3}\s*篇[)）]/u.test(t);
  if (single && compilation && BLANK_YEAR.test(normalizeText(`${statements.join('\n')}\n${body}`))) return { from: fallback, to: fallback, source: 'import-date' };
  // A notice asking for a year's summary ("关于报送2024年…工作总结相关事项的通知") sets its work in the year after,
  // unless its deadlines fall late in the summarised year itself ("12月20日前报送").
  if (single && notice && /^关于(?:报送|上报|提交|做好|组织报送)?20\d{2}\s*年度?[^，,。；;]{0,30}?(?:总结|年报|年度报告)/u.test(t) && !lateInYear(body)) return { from: Number(single[1]) + 1, to: Number(single[1]) + 1, source: 'title' };
  if (single) return { from: Number(single[1]), to: Number(single[1]), source: 'title' };
  // A notice's year is the year of the dates it asks things by ("于2022年12月19日前报送"), not the next
  // year whose plans it asks for.
  const dated = notice ? datesYear(body) : undefined;
  if (dated !== undefined) return { from: dated, to: dated, source: 'body' };
  // The latest year the text states for its work (a plan may look back at last year before this year's tasks).
  const stated = statedYears(statements);
  if (stated.length > 0) {
    const year = Math.max(...stated);
    return { from: year, to: year, source: 'body' };
  }
  const best = datesYear(body);
  if (best !== undefined) return { from: best, to: best, source: 'body' };
  return { from: fallback, to: fallback, source: 'import-date' };
}

/** A year left for the user to fill in: "20__年", "20xx年", "20××年". */
const BLANK_YEAR = /20(?:_{1,4}|[xX×＿]{1,2}|\*{1,2})\s*年/u;

/** The year most of the body's dates are written in ("2024年6月底前", "2024年底"). */
function datesYear(body: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of normalizeText(body).matchAll(/(20\d{2})(?:\s*年\s*(?=\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|底|内|末|上半年|下半年|第?[一二三四]季度)|[.\-/](?=\d{1,2}[.\-/]\d{1,2}))/gu)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
