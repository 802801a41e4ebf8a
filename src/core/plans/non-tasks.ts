// Outline sections that are not tasks: closing remarks ("三、工作要求" over admonitions) and the descriptive
// parts of an event plan (宗旨, 主题, 地点, 指导思想); their words go to the unread list, never lost.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { isTaskParagraph } from './task-sentences.js';
import { parseTargets } from './parse-targets.js';
import { preparing, YEAR_LEAD } from './plan-items.js';

const CLOSING = /^(工作要求|有关要求|相关要求|保障措施|组织保障|注意事项|其他事项|其他要求|工作保障|组织领导)$/u;
/** Sections that describe an event or a plan rather than ask for work; the bodies that run it ("科技节活动领导小组"). */
const DESCRIPTIVE = /^(?:活动|工作|大赛|比赛|竞赛|赛事|初赛|复赛|决赛|市赛)?(?:名称|背景|宗旨|主旨|主题|目的|意义|地点|方式|形式|对象|范围|参加对象|参加人员|参加单位|参赛对象|参赛人员|参赛范围|参赛分组|分组|组别|指导思想|发展思路|总体思路|总体要求|基本原则|主办单位|承办单位|协办单位|组织机构|组委会|组织委员会|(?:工作|活动)?领导小组)$|^\p{Script=Han}{1,8}?(?:活动|工作)(?:领导小组|组委会|组织机构)$/u;
/** Sections of aims: a date they mention in passing ("学校将每年4月定为读书月") sets no work. */
const AIMS = /^(?:活动|工作)?(?:指导思想|宗旨|主旨|目的|意义)$/u;
/** A section of aims: its undated, unmeasured points are what the work is for. */
const GOALS = /^(?:活动|工作|总体|预期)?目标$/u;
/** A budget's section: "五、活动预算", "经费预算". */
const BUDGET = /^(?:活动|工作|项目|大赛|比赛)?(?:经费)?(?:预算|费用预算)(?:安排|明细)?$/u;
/** One cost of a budget: a name and an amount of money, nothing else ("场地租赁费用:5000元;"). */
const COST_LINE = /^[^，,。；;:：]{1,16}[:：]\s*(?:约|共计?)?\s*\d+(?:\.\d+)?\s*万?元[;；。.]?$/u;
/** A theme run on after its heading ("二、活动主题携手建设创新型城市—走进科学…"): a slogan, not work. */
const THEME_RUN = /^(?:活动|工作)?(?:主题|宗旨|口号)[:：]?[^，,。；;]{2,60}$/u;
/** A section giving when an event takes place, its dates on its own line or run on ("一、活动时间5月15日—5月21日。", "三、活动主题与时间"). */
const WHEN = /^(?:活动|举办|实施)?(?:(?:主题|名称|地点)[与和及、])?(?:时间|日期)(?:[与和及、](?:地点|主题))?(?:安排)?(?:$|[:：]?\s*(?:20[\d_＿xX×]{2}\s*年\s*)?\d{1,2}\s*月)/u;
/** A news lead that only announces the event and its dates ("根据…安排部署,县科协将于5月20日-27日举办我县2017年科技活动周。"). */
const ANNOUNCEMENT = /^(?:根据[^。；;]{0,80}[，,])?[^。；;，,]{2,60}将于[^。；;，,]{2,24}(?:举办|举行)[^。；;，,]{2,40}[。]?$/u;
/** Tasks enough that an event's dates are theirs, not one more task ("三、活动内容" with six tasks under it). */
const EVENT_TASKS = 3;

/** A table's name alone ("活动安排表", "日程安排一览表"): where the table stood. */
const MISSING_TABLE = /^(?:活动|工作|日程|进度|时间|任务)?(?:安排|日程|进度|分工|计划)?(?:一览)?表[:：]?$/u;

/** An admonition's modal verb ("要", "应"), not the same character inside 重要, 要点, 应急, 应用. */
const MODAL = /(务必|必须|(?<![主重需纲概摘简提])要(?![点素件闻])|应(?![急用对届邀]))/u;

const headOf = (n: OutlineNode): string => normalizeText(n.text.split('\n')[0] ?? '').replace(/[:：。][ \t　]{0,3}$/u, '').trim();

/** Whether the node at k has nodes under it. */
const hasChildren = (nodes: OutlineNode[], k: number): boolean => (nodes[k + 1]?.labels.length ?? 0) > (nodes[k]?.labels.length ?? 0);

/** A heading alone: one short line, no sentence end, no date and no figure. */
const cutAtHeading = (text: string): boolean =>
  !text.includes('\n') && text.length <= 40 && !/[。；;！!？?]$/u.test(text.trim()) && parseDeadlines(text, 2000).length === 0 && parseTargets(text).length === 0;

/** The nodes without closing remarks and descriptive sections; the dropped texts as unread. */
export function withoutNonTasks(nodes: OutlineNode[]): { nodes: OutlineNode[]; unread: string[]; cutOff?: { at: string; found: string[] } } {
  const unread: string[] = [];
  const kept = nodes.filter((n, k) => {
    const head = headOf(n);
    // The goals under "三、活动目标" ("提高公众对科学知识的认知…") with no date and no figure: aims, not tasks.
    const parent = nodes.slice(0, k).reverse().find((p) => p.labels.length < n.labels.length);
    // Goals after a paragraph naming their year ("到2025年，…") are dated by it: kept.
    const underYear = nodes.slice(0, k).some((p) => p.labels.length === n.labels.length && p.labels.slice(0, -1).join('/') === n.labels.slice(0, -1).join('/') && YEAR_LEAD.test(normalizeText(p.text)));
    if (parent && !underYear && GOALS.test(headOf(parent).replace(/[:：].*$/su, '')) && parseDeadlines(n.text, 2000).length === 0 && parseTargets(n.text).length === 0 && !hasChildren(nodes, k)) {
      unread.push(n.text);
      return false;
    }
    // The lines of a budget ("五、活动预算" over "1. 场地租赁费用:5000元;"): costs, not work or goals.
    if (parent && BUDGET.test(headOf(parent).replace(/[:：].*$/su, '')) && COST_LINE.test(headOf(n)) && !hasChildren(nodes, k)) {
      unread.push(n.text);
      return false;
    }
    if (hasChildren(nodes, k)) return true;
    // "(二)活动安排表" with nothing under it: the heading of a table the page lost, no work of its own.
    if (!n.text.includes('\n') && MISSING_TABLE.test(head)) {
      unread.push(n.text);
      return false;
    }
    const rest = n.text.split('\n').slice(1);
    const concrete = rest.some((p) => parseDeadlines(p, 2000).length > 0 || parseTargets(p).length > 0);
    // A flattened page runs the heading and its words on one line: "三、主办单位 中共区委宣传部、区科技局", "活动背景: 科学普及是…".
    // "二、主办单位xx市科协、xx市委宣传部": who runs it, run on with no space.
    const organisers = /^(?:主办单位|承办单位|协办单位|组织单位|支持单位|指导单位|参与单位)(?![^，,。；;]{0,4}(?:要|应|须|负责))/u.test(head) && parseTargets(head).length === 0;
    // "决赛(线下)地点": a field's name with a word in brackets inside it; run on: "三、主办单位 …", "活动背景: …".
    const field = (h: string): string => h.replace(/[（(][^()（）]{1,6}[)）]/gu, '');
    const named = /^(\S{2,12}?)(?:\s+|[:：]\s*)\S/u.exec(field(head));
    const describes = DESCRIPTIVE.test(field(head)) || THEME_RUN.test(head) || organisers || (named !== null && DESCRIPTIVE.test(named[1] ?? '') && parseDeadlines(head, 2000).length === 0 && parseTargets(head).length === 0);
    const drop =
      (CLOSING.test(head) && !concrete && !rest.some((p) => isTaskParagraph(p) && !MODAL.test(p))) ||
      (describes && (!concrete || (AIMS.test(head) && !rest.some((p) => parseTargets(p).length > 0))));
    if (drop) unread.push(n.text);
    return !drop;
  });
  // A text cut off at its first heading ("…重点要做好以下几方面工作:" over "一、围绕…开展科技服务活动" and no more):
  // the heading names a part of the work, not a task; nothing is importable.
  const only = kept[0];
  if (kept.length === 1 && only && only.labels.length === 1 && nodes[nodes.length - 1] === only && cutAtHeading(only.text)) return { nodes: [], unread: [...unread, only.text] };
  const cutOff = brokenOffBeforeTasks(nodes, kept);
  if (cutOff) return { nodes: [], unread: [...unread, ...kept.map((n) => n.text)], cutOff };
  return { nodes: kept, unread };
}

/** "一、时间安排 / 2024年5月25日至6月1日" in an event's notice: the event, named by the title, on those dates. */
export function withEventNamed(nodes: OutlineNode[], title: string, window?: { start: string; end: string }, oneDay = false): OutlineNode[] {
  const event = normalizeText(title)
    .replace(/^关于(?:印发|举办|开展|组织|做好)?/u, '')
    .replace(/[《》]/gu, '')
    .replace(/的?(?:通知|通报|函)$/u, '')
    .replace(/(?:实施|(?<!系列)活动|工作)?方案$/u, '')
    .trim();
  if (event.length < 3) return nodes;
  // An announcement is the event only when its dates are the event's whole window (not one day of it).
  const announces = (text: string): boolean => {
    if (!window || !ANNOUNCEMENT.test(normalizeText(text).trim())) return false;
    const due = parseDeadlines(text, Number(window.end.slice(0, 4)));
    return due.length === 1 && due[0]?.start === window.start && due[0]?.end === window.end;
  };
  const isWhen = (n: OutlineNode, k: number): boolean => !hasChildren(nodes, k) && (WHEN.test(headOf(n)) || announces(n.text));
  // The event's dates over a plan of its own tasks date those tasks (the window); the event is not one more task.
  const others = nodes.filter((n, k) => !n.isGroup && !hasChildren(nodes, k) && !isWhen(n, k)).length;
  // An activity of one day ("活动时间：2025年9月12日") stays an item of its own.
  if (others >= EVENT_TASKS && !oneDay) return nodes.filter((n, k) => !isWhen(n, k));
  return nodes.map((n, k) => (isWhen(n, k) ? { ...n, text: `举办${event}\n${n.text}` } : n));
}

/** The event a scheme's opening announces: "我校在三月的最后一周将举办…第二届科普活动周", "我校决定开展以…为主题的科技节活动". */
const ANNOUNCED_EVENT = /(?:将|决定|拟|计划)(?:于[^，,。；;]{0,12})?(举办|开展|举行)([^，,。；;]{4,40}?(?:活动周|科技周|科普周|科技节|科普节|读书节|活动月|宣传月|系列活动|主题活动|活动))(?=[。；;，,]|$)/u;

/**
 * A scheme with no title naming its event (the window read from its 活动时间, dating the content part): its 时间
 * section, left an item, is the event its opening announces; named so.
 */
export function withEventAnnounced(nodes: OutlineNode[], lines: string[]): OutlineNode[] {
  const at = nodes.findIndex((n, k) => !n.isGroup && !hasChildren(nodes, k) && WHEN.test(headOf(n)));
  const when = nodes[at];
  if (!when) return nodes;
  let event: string | undefined;
  for (const line of lines.slice(0, Math.max(0, when.line))) {
    const m = ANNOUNCED_EVENT.exec(normalizeText(line));
    if (m && !/了/u.test(m[0])) event = `${m[1]}${m[2]}`;
  }
  if (!event) return nodes;
  const named = event;
  return nodes.map((n, k) => (k === at ? { ...n, text: `${named}\n${n.text}` } : n));
}

/** A 时间 section's heading, alone or run on: "一、时间和主题", "活动主题和时间2023年全国科普日主题为…". */
const WHEN_HEAD = /^(?:活动|举办|实施)?(?:(?:主题|名称|地点)[与和及、])?(?:时间|日期)(?:[与和及、](?:地点|主题))?/u;

/** The nodes with what each 时间 section asks after the sentence setting the days as items of their own. */
export function withAsksAfterDays(nodes: OutlineNode[], year: number): OutlineNode[] {
  return nodes.flatMap((n, k) => {
    if (n.isGroup || n.ownText !== undefined || hasChildren(nodes, k) || !WHEN_HEAD.test(headOf(n))) return [n];
    const asks = asksAfterDays(n, year);
    return asks ? [{ ...n, ownText: asks.own }, ...asks.children] : [n];
  });
}

/**
 * "定于9月17-23日在全国各地集中开展。各地各部门可…拟定活动副主题，主题宣传活动贯穿全年。": what the 时间 section asks
 * after the sentence setting the days, when it prepares for the event or runs on a period of its own, is an item of
 * its own (a clause with its own period starts a new one); the section keeps the event.
 */
function asksAfterDays(n: OutlineNode, year: number): { own: string; children: OutlineNode[] } | undefined {
  const sentences = [...n.text.matchAll(/[^。；;！!\n]+[。；;！!]?/gu)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  // The event's days: a span within one month ("9月17-23日"), not a schedule of months ("3月—5月：动员部署").
  const days = sentences.findIndex((s) => parseDeadlines(s.text, year).some((d) => d.kind === 'period' && !d.recurring && d.start.slice(0, 7) === d.end.slice(0, 7)));
  if (days < 0 || days === sentences.length - 1) return undefined;
  const groups: string[] = [];
  for (const s of sentences.slice(days + 1)) {
    let current = '';
    for (const clause of s.text.split(/(?<=[，,])/u)) {
      const own = parseDeadlines(clause, year).length > 0 || /贯穿全年/u.test(normalizeText(clause));
      if (own && current.trim() !== '') {
        groups.push(current);
        current = '';
      }
      current += clause;
    }
    if (current.trim() !== '') groups.push(current);
  }
  const asks = groups.map((g) => g.replace(/[，,。；;！!]\s*$/u, '').trim()).filter((g) => g.length >= 6);
  if (!asks.some((g) => preparing(g) || /贯穿全年/u.test(normalizeText(g)))) return undefined;
  const end = (sentences[days]?.at ?? 0) + (sentences[days]?.text.length ?? 0);
  return {
    own: n.text.slice(0, end),
    children: asks.map((text, k) => ({ labels: [...n.labels, String(k + 1)], rank: n.rank + 0.5, text, line: n.line, isGroup: false })),
  };
}

/** The leading word of a section run on after its heading: "主题: 节约资源…" → 主题, "活动时间: 5月15日…" → 活动时间. */
const leadWord = (n: OutlineNode): string => /^([^\s:：，,。；;]{2,8})[:：\s]/u.exec(headOf(n))?.[1] ?? '';

/**
 * A page broken off as its work begins ("…三、活动时间: 5月15日至21日。四、活动内容: 按照天"): the last section
 * stops mid-sentence with a few words under its heading, and every section before it only describes (指导思想,
 * 主题, 时间). Nothing on the page is a task: where it breaks off and the parts it holds.
 */
function brokenOffBeforeTasks(nodes: OutlineNode[], kept: OutlineNode[]): { at: string; found: string[] } | undefined {
  const last = kept[kept.length - 1];
  if (!last || last !== nodes[nodes.length - 1] || hasChildren(nodes, nodes.length - 1)) return undefined;
  const text = normalizeText(last.text).trim();
  const word = leadWord(last);
  const own = text.slice(text.indexOf(word) + word.length).replace(/^[:：\s]+/u, '');
  if (word === '' || own.length > 16 || /[。；;！!？?）)」”]$/u.test(text) || parseDeadlines(own, 2000).length > 0 || parseTargets(own).length > 0) return undefined;
  const before = kept.slice(0, -1);
  const describes = (n: OutlineNode): boolean => {
    const lead = leadWord(n);
    return DESCRIPTIVE.test(lead) || GOALS.test(lead) || WHEN.test(lead) || /^(?:活动|工作)?(?:主题|时间)/u.test(lead);
  };
  if (before.length === 0 || !before.every((n) => !n.isGroup && describes(n))) return undefined;
  return { at: word, found: nodes.slice(0, -1).map(leadWord).filter((w) => w !== '') };
}
