// Turns a plan's outline nodes into its items: ids stable across versions, parents and kinds, deadlines (a section
// heading's dates carried down to the tasks under it that name none), targets and owners.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { partsOf } from '../dates/civil-date.js';
import { normalizeText, matchKey } from '../text/normalize.js';
import { stableId } from '../text/hash.js';
import { findObservances, observanceRange, type Observance } from './observances.js';
import { CONTENT_HEAD } from './plan-observances.js';
import type { OutlineNode } from './parse-outline.js';
import { parseOwners } from './parse-owners.js';
import { LEAD_PERIOD } from './own-sentences.js';
import { parseTargets } from './parse-targets.js';
import type { Due, PlanItem } from './plan-schema.js';

/** Preparing for an event rather than holding it: such a task keeps its own dates or none, not the event's. */
// ("重大决策部署", "统一部署" are decisions, not deploying.)
const PREPARATION = /拟定|制定|征集|备案|报送|上报|申报|推荐|填报|报名|总结|评选|(?<!决策|统一|战略)部署|筹备/u;
/** Words of holding or taking part in the event itself: "征集…图片，在活动现场集中展示" is the event's work. */
const HOLDING = /举办|举行|开展|展示|展出|参加|参与|走进|进入/u;

/**
 * A task that only prepares for an event ("结合实际拟定活动副主题", "在线上平台进行备案和发布", "推荐…入选重点活动"):
 * it keeps the dates it writes, not the event's week.
 */
export function preparing(text: string): boolean {
  const s = normalizeText(text);
  // "…大赛决赛、千万IP短视频征集、…": a listed activity's name, not the task's verb.
  // "择优推荐参加…主场展", "报名参加…大赛": the taking part is the entries', after the recommending.
  return !HOLDING.test(s.replace(/(?:推荐|报名)(?:参加|参与)/gu, '')) && s.split(/[，,。；;]/u).some((clause) => PREPARATION.test(clause) && !clause.includes('、'));
}

/** A section that holds one of the event's activities: "三、开展“学院开放周”活动,…", "（二）举办科普讲解大赛". */
const ACTIVITY_HELD = /^(?:开展|举办|举行)[^，,。；;：:]{1,24}?(?:活动|大赛|竞赛|开放日|开放周|展览|展演)/u;
/** The words that introduce a content list: "主要内容及形式如下：", "活动内容包括：". */
const CONTENT_LEAD = /(?:活动|主要|宣传|工作)内容[^。；;：:]{0,8}(?:如下|包括|有)\s*[:：]\s*$/u;

/** An event's time field: "时间：…", "活动时间：…" (not a 报名时间 of its own). */
const TIME_FIELD = /^\s*(?:活动|举办)?时间\s*[:：]/u;

/** A paragraph opening with the year its goals are for ("到2025年，…", "力争到2030年,…"): it heads the goals after it. */
export const YEAR_LEAD = /^[\s—－-]*(?:明确|提出)?(?:力争|争取)?(?:到|至)\s*(?:(20\d{2})\s*年|[“"]?十([一二三四五])五[”"]?\s*(?:规划)?\s*期?末)\s*[，,]/u;
/** The year a YEAR_LEAD sets: its own, or a five-year plan's last (十三五 → 2020). */
const leadYear = (lead: RegExpExecArray): string => lead[1] ?? String(2010 + 5 * '一二三四五'.indexOf(lead[2] ?? '一'));

/**
 * The items of a plan from its outline nodes; `window` is an event plan's own dates, for tasks that name none.
 * With `contentOnly` (a window read from a notice's lead) it dates only the tasks of the content part ("二、活动内容").
 */
export function buildItems(nodes: OutlineNode[], planId: string, year: number, observances: readonly Observance[], window: Due | undefined, contentOnly = false, events: ReadonlyMap<string, Due> = new Map()): PlanItem[] {
  const headByLabels = new Map(nodes.map((n) => [n.labels.join('/'), normalizeText(n.text.split('\n')[0] ?? '').slice(0, 30)] as const));
  // "…现向社会征集…，主要内容及形式如下：": a section whose words end by introducing the content under it.
  const leadsContent = new Set(nodes.filter((n) => CONTENT_LEAD.test(normalizeText(n.text))).map((n) => n.labels.join('/')));
  const flat = nodes.every((n) => n.labels.length === 1 && !n.isGroup);
  const inContent = (node: OutlineNode): boolean => {
    // "同时，向社会征集…": the connective is not the task's first words.
    const first = normalizeText(node.text).replace(/^(?:同时|此外|另外|并且?)[，,、]?/u, '').split(/[。；;，,]/u)[0] ?? '';
    if (PREPARATION.test(first)) return false;
    // A flat list of points with no heading over any of them ("1.开放场馆。… 2.活动时间。…"): every point is the event's.
    if (flat) return true;
    for (let k = node.labels.length - 1; k >= 1; k--) {
      const above = node.labels.slice(0, k).join('/');
      const head = headByLabels.get(above) ?? '';
      if (CONTENT_HEAD.test(head) || ACTIVITY_HELD.test(head) || leadsContent.has(above)) return true;
    }
    return false;
  };
  // "二、组织机构 / (一)主办单位:… / (二)成立…组委会": the bodies that run the event, not work in its week.
  // So is a section headed so with its words under the heading ("二、组织领导 / 成立…工作专班").
  const underBodies = (node: OutlineNode): boolean => node.labels.some((_, k) => BODIES_HEAD.test(headByLabels.get(node.labels.slice(0, k + 1).join('/')) ?? ''));
  const usedIds = new Set<string>();
  const idByLabels = new Map<string, string>();
  const dueByLabels = new Map<string, Due[]>();
  const duringPaths = new Set<string>();
  // Paths that have children, in one pass (a parent's path is a prefix of its children's).
  const parents = new Set<string>();
  for (const n of nodes) for (let k = 1; k < n.labels.length; k++) parents.add(n.labels.slice(0, k).join('/'));
  return withSharedDeadline(nodes.map((node): PlanItem => {
    const path = node.labels.join('/');
    const itemTitle = titleOf(node.text);
    let id = stableId(`${planId}|${matchKey(itemTitle)}`);
    if (usedIds.has(id)) id = stableId(`${planId}|${path}|${matchKey(node.text)}`);
    usedIds.add(id);
    idByLabels.set(path, id);
    const parentPath = node.labels.slice(0, -1).join('/');
    const hasChildren = parents.has(path);
    // An item split into 一是/二是 children counts only its own words: the children carry theirs.
    const own = node.ownText ?? node.text;
    // A heading ("三、11月工作安排", "（三）第三季度") dates the tasks under it that name no date of their own.
    // So does the sentence before a prose list ("科普月期间，我市将开展12项活动：一是…").
    // The plan's whole year ("2022年广泛开展…") is the lead-in's own; it dates no 一是/二是 under it.
    // "活动期间，将举办…，开设…": a lead that holds the parts in the event's days dates them by the event the
    // paragraph names.
    const during = node.ownText !== undefined && !node.isGroup && DURING_LEAD_ONLY.test(normalizeText(node.ownText));
    if (during) duringPaths.add(path);
    const heading = during
      ? dueOf(node.text, year, observances).filter((d) => d.implied && d.kind === 'event')
      : node.ownText !== undefined && !node.isGroup ? dueOf(node.ownText, year, observances).filter((d) => !isWholeYear(d)) : headingDates(node, year);
    // The period the first paragraph under a heading opens with dates the paragraphs after it.
    const section = heading.length > 0 ? heading : hasChildren ? openingPeriod(node, year) : [];
    if (section.length > 0) dueByLabels.set(path, section);
    // "一、总体目标 / 到2025年，… / ——… / ——…": the year the first paragraph names dates the goals after it.
    const lead = YEAR_LEAD.exec(normalizeText(own));
    if (lead && node.labels.length > 1 && !dueByLabels.has(parentPath)) {
      const end = `${leadYear(lead)}-12-31`;
      dueByLabels.set(parentPath, [{ text: lead[0].replace(/^[\s—－-]+|[，,]$/gu, ''), start: end, end, implied: false, kind: 'deadline' }]);
    }
    // "1.时间：9月13日—21日 / 2.地点：… / 3.主场活动：(1)…": an event's time field dates the fields listed after it.
    if (!node.isGroup && node.labels.length > 1 && !dueByLabels.has(parentPath) && TIME_FIELD.test(normalizeText(own))) {
      const days = dueOf(own, year, observances).filter((d) => !d.implied && d.kind !== 'deadline');
      if (days.length === 1) dueByLabels.set(parentPath, days);
    }
    let due = node.isGroup ? [] : dueOf(own, year, observances).map((d) => fromOn(inWindowYear(d, window), own, window));
    // A preparatory task keeps the dates it writes or its section's ("二、第二季度"), not the event's week.
    if (!node.isGroup && !hasChildren && preparing(own) && due.every((d) => d.implied)) {
      const section = (inheritedDue(node.labels, dueByLabels) ?? []).filter((d) => !d.implied && !(window && d.start === window.start && d.end === window.end));
      due = section;
    } else if (!node.isGroup && !hasChildren && due.every((d) => d.implied) && !DURING_EVENT.test(normalizeText(own)) && !duringPaths.has(parentPath) && eventNamed(own, events)) {
      due = [{ ...eventNamed(own, events)! }];
    } else if (!node.isGroup && due.every((d) => d.implied)) {
      const inherited = inheritedDue(node.labels, dueByLabels);
      if (inherited && (due.length === 0 || !due.some((d) => inherited.some((h) => h.start <= d.start && d.end <= h.end)))) due = inherited;
      else if (due.length === 0 && window && (!hasChildren || ownTask(node)) && (!contentOnly || inContent(node)) && !underBodies(node)) due = [{ ...window }];
    }
    // Setting up the bodies ("成立…活动工作专班，…负责组织科技活动周各项工作") is not work in the event's days: the
    // observance it names dates it no more than the window does.
    if (!node.isGroup && due.length > 0 && due.every((d) => d.implied && d.kind === 'event') && underBodies(node)) due = [];
    return {
      id,
      path,
      level: node.labels.length,
      // A numbered item over numbered sub-items ("1、学习… / 1)一季度… 2)三季度…") heads them; one split into 一是/二是 is a task.
      kind: node.isGroup || (hasChildren && (node.rank < 3 || node.ownText === undefined)) ? 'section' : 'task',
      title: itemTitle,
      text: node.text,
      due,
      targets: node.isGroup ? [] : parseTargets(own, year),
      owners: node.owners ?? parseOwners(node.text),
      parentId: idByLabels.get(parentPath) ?? null,
    };
  }));
}

/** A section over the bodies that run an event: "组织机构", "二、组织领导", "机构设置". */
const BODIES_HEAD = /^(?:组织机构|组织领导|机构设置|组织架构|领导机构|组织分工)$/u;

/** A point that only sets the day the forms are sent by: "各相关单位须于5月21日前将电子版表格发送到…". */
const SENT_BY = /^(?:各[^，,。；;]{0,12}?(?:单位|学会|科协|部门)\s*)?(?:须|需|请|务必)?\s*[于与在]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,6}?前[，,]?\s*将[^。；;]{0,20}?(?:表格|材料|报表)[^。；;]{0,20}?(?:发送|报送|上报|提交|发至|发到)/u;
/** A call's closing date for what is sent in: "报送截止日期为…", "申报截止时间:…", "截止日期：…". */
const CLOSING_DATE = /(?:报送|申报|提交|报名|征集)?截止(?:日期|时间)\s*(?:为|是|[:：])/u;
/** A point asking for something to be put forward or handed in. */
const HANDS_IN = /推荐|报送|提交|申报|上报|填报/u;
/** A point asking for a form to be filled in or sent. */
const ASKS_FORM = /(?:填写|填报|报送|上报|提交)[^。；;]{0,6}《[^》]{2,60}(?:表|材料)》/u;

/** The forms asked for by the points above such a point, with no day of their own, are due its day. */
function withSharedDeadline(items: PlanItem[]): PlanItem[] {
  // "报送截止日期为2017年3月31日" as the one deadline of a call's points: every earlier point that asks for something
  // to be put forward or handed in ("每个企业仅限推荐一名…", "应一并提交《…信息表》") is due by it.
  const dated = items.filter((i) => i.kind === 'task' && i.due.some((d) => !d.implied));
  const closing = dated.length === 1 ? dated[0] : undefined;
  const closes = closing?.due.filter((d) => !d.implied);
  if (closing && closes?.length === 1 && closes[0]?.start === closes[0]?.end && CLOSING_DATE.test(normalizeText(closing.text))) {
    for (const above of items.slice(0, items.indexOf(closing))) {
      if (above.kind === 'task' && above.due.length === 0 && HANDS_IN.test(normalizeText(above.text))) above.due = [{ ...(closes[0] as Due) }];
    }
  }
  items.forEach((item, k) => {
    const days = item.due.filter((d) => !d.implied);
    if (item.kind !== 'task' || days.length !== 1 || days[0]?.kind !== 'deadline' || !SENT_BY.test(normalizeText(item.text))) return;
    for (const above of items.slice(0, k)) {
      if (above.kind === 'task' && above.parentId === item.parentId && above.due.length === 0 && ASKS_FORM.test(normalizeText(above.text))) above.due = [{ ...days[0] }];
    }
  });
  return items;
}

/** The dates a section's heading line names, for the tasks under it. */
function headingDates(node: OutlineNode, year: number): Due[] {
  const first = (node.text.split('\n')[0] ?? '').trim();
  const head = first.split(/[。；;，,：:]/u)[0] ?? '';
  // "201x年…下半年计划": a period of a year the template never filled in dates nothing.
  if (head.length > 24 || /20\d?x{1,2}年/iu.test(head)) return [];
  return parseDeadlines(head, year).filter((d) => !isWholeYear(d));
}

/** "(二)进校园活动" over "2018年1月至3月期间，…将…": the period the first paragraph under a heading opens with. */
function openingPeriod(node: OutlineNode, year: number): Due[] {
  const second = normalizeText(node.text.split('\n')[1] ?? '').trim();
  const opening = LEAD_PERIOD.exec(second);
  if (opening) return parseDeadlines(opening[0], year).filter((d) => !isWholeYear(d));
  // "(一)举行开幕式 / 5月16日上午，在…举行开幕式，同时进行6个主题活动：": one day, then a colon over the list it holds.
  if (!/[:：]$/u.test(second) || node.text.split('\n').length !== 2) return [];
  const days = parseDeadlines(second, year).filter((d) => !d.implied && d.start === d.end);
  return days.length === 1 && parseDeadlines(second, year).length === 1 ? days : [];
}

/**
 * "时间：2010年5月15日上午" in the 方案 of a 2012 week of 5月15日—21日: a date of an earlier year on the event's own
 * days is the event's year mistyped (a 方案 copied from an older one), not a task two years in the past.
 */
function inWindowYear(d: Due, window: Due | undefined): Due {
  if (!window || window.kind !== 'event' || d.start.slice(0, 4) !== d.end.slice(0, 4) || d.start.slice(0, 4) >= window.start.slice(0, 4)) return d;
  const y = window.start.slice(0, 4);
  const start = `${y}${d.start.slice(4)}`;
  const end = `${y}${d.end.slice(4)}`;
  return window.start <= start && end <= window.end ? { ...d, start, end } : d;
}

/** "活动期间，将举办1场主场活动，开设…": the work of the event's days, the opening one entry of it. */
const DURING_EVENT = /^[^。；;，,\n]{0,12}(?:活动|周|月)期间[，,]/mu;
const DURING_LEAD_ONLY = /^\s*[^。；;，,\n]{0,12}(?:活动|周|月)期间[，,]\s*$/u;

/** Events a text dates on one day: "主场活动9月4日将在…启幕", "开幕式将于5月20日下午…举行". */
const EVENT_NOUN = /主场活动|开幕式|闭幕式|启动仪式|颁奖典礼|颁奖仪式/gu;

/** Each event noun the text dates on exactly one day (in a sentence naming that one noun and one such date). */
export function datedEvents(lines: string[], year: number): Map<string, Due> {
  const dates = new Map<string, Due[]>();
  for (const line of lines) {
    for (const sentence of normalizeText(line).split(/[。；;！!]/u)) {
      const nouns = new Set([...sentence.matchAll(EVENT_NOUN)].map((m) => m[0]));
      if (nouns.size !== 1 || /了|去年|上年|往年|以来/u.test(sentence)) continue;
      const days = parseDeadlines(sentence, year).filter((d) => d.start === d.end && d.kind === 'event');
      if (days.length !== 1) continue;
      const noun = [...nouns][0] ?? '';
      dates.set(noun, [...(dates.get(noun) ?? []), ...days]);
    }
  }
  const events = new Map<string, Due>();
  for (const [noun, ds] of dates) if (ds.every((d) => d.start === ds[0]?.start) && ds[0]) events.set(noun, ds[0]);
  return events;
}

/** The day of the one dated event a task names, if it names exactly one. */
function eventNamed(text: string, events: ReadonlyMap<string, Due>): Due | undefined {
  if (events.size === 0) return undefined;
  const simple = normalizeText(text);
  // "开展主场活动、系列重点活动、线上科普活动等一系列活动": the event is one entry of a listed series, not the task.
  const listed = (m: RegExpMatchArray): boolean => simple[(m.index ?? 0) + m[0].length] === '、' || simple[(m.index ?? 0) - 1] === '、';
  const named = [...new Set([...simple.matchAll(EVENT_NOUN)].filter((m) => !listed(m)).map((m) => m[0]))].map((n) => events.get(n)).filter((d): d is Due => d !== undefined);
  return named.length === 1 ? named[0] : undefined;
}

/** "自5月上旬起举办…", "从7月1日起…陆续": work that starts on a date runs to the end of the event's window. */
function fromOn(d: Due, text: string, window: Due | undefined): Due {
  if (!window || window.kind !== 'event' || d.implied || d.end >= window.end || d.start < window.start) return d;
  const at = normalizeText(text).indexOf(normalizeText(d.text));
  if (at < 0 || !/[自从]\s*$/u.test(normalizeText(text).slice(Math.max(0, at - 2), at)) || !/^\s*(?:开始|以来)?起/u.test(normalizeText(text).slice(at + d.text.length))) return d;
  return { ...d, end: window.end, kind: 'period' };
}

/** The dates of the nearest section above `labels` whose heading names some. */
function inheritedDue(labels: string[], dueByLabels: Map<string, Due[]>): Due[] | undefined {
  for (let k = labels.length - 1; k >= 1; k--) {
    const due = dueByLabels.get(labels.slice(0, k).join('/'));
    if (due) return due.map((d) => ({ ...d }));
  }
  return undefined;
}

/** Written deadlines, then dates implied by observances not already covered by a written date. */
export function dueOf(text: string, year: number, observances: readonly Observance[]): Due[] {
  const due: Due[] = [];
  const seen = new Set<string>();
  for (const d of parseDeadlines(text, year)) {
    const key = `${d.start}|${d.end}|${d.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    due.push(d);
  }
  // "2021年将评选…", "2021年第三十一届年会": a task set in the plan's year, with no date of its own, is due within it.
  if (due.length === 0) {
    // "2022年组织科技志愿者…开展…80场", "2022年广泛开展…活动10次": work the plan sets in its own year; so is the goal of
    // "2025年…的总体目标是…达到60%".
    const inYear = new RegExp(`${year}\\s*年?(?:将|内|度将|度(?=[^，,。；;]{0,10}(?:事项|任务|目标))|(?=[^，,。；;]{0,16}?目标(?:是|为))|第[一二三四五六七八九十百\\d]{1,5}届|(?<=年)(?:全面|广泛|继续|计划|力争|争取){0,2}(?:组织|开展|举办|完成|实现|建成|新建|召开))`, 'u').exec(normalizeText(text));
    // "今年全镇计划完成8500亩示范片": a goal set for this year is due by its end.
    const thisYear = inYear ?? /今年[^，,。；;]{0,8}?(?:完成|实现|达到)/u.exec(normalizeText(text));
    if (thisYear) due.push({ text: thisYear[0], start: `${year}-01-01`, end: `${year}-12-31`, implied: false, kind: 'deadline' });
    // "主题宣传活动贯穿全年" on its own: work that runs the whole year (beside an event's week it is not read).
    const allYear = /贯穿全年/u.exec(normalizeText(text));
    if (!thisYear && allYear) due.push({ text: allYear[0], start: `${year}-01-01`, end: `${year}-12-31`, implied: false, kind: 'period' });
    // "利用暑假组织…", "暑期开展…": the summer holiday, July and August (寒暑假 names both holidays, no one span).
    const summer = !thisYear && !allYear ? /(?<!寒)暑(?:假|期)/u.exec(normalizeText(text)) : null;
    if (summer) due.push({ text: summer[0], start: `${year}-07-01`, end: `${year}-08-31`, implied: true, kind: 'period' });
  }
  // "于8月24日前将…发送至…，符合要求的活动将编入《…全国科普日重点活动指南》": beside a deadline of its own, an
  // event named in a document's title does not date the task.
  const named = due.some((d) => d.kind === 'deadline' && !isWholeYear(d)) ? withoutTitles(withoutBodies(text)) : withoutBodies(text);
  for (const { observance, written } of findObservances(named, observances)) {
    const range = observanceRange(observance, year);
    const month = partsOf(range.start).month;
    // A written date in the observance's month (or a span covering it) already says when.
    if (due.some((d) => !d.implied && !isWholeYear(d) && partsOf(d.start).month <= month && month <= partsOf(d.end).month && partsOf(d.start).year === partsOf(d.end).year)) continue;
    due.push({ text: written, ...range, implied: true, kind: 'event', recurring: 'yearly' });
  }
  return due;
}

/** A body named after an event ("2023年常德科技活动周组委会", "科普日活动领导小组", "…活动工作专班"): its name does not date the task. */
const BODY_NAMED = /[^\s，,。；;：:、（()）]{0,16}?(?:组委会|组织委员会|领导小组|执委会|筹备组|筹委会|工作专班)/gu;

/** The text with the names of such bodies blanked (simplified or traditional; same length, so indexes hold). */
function withoutBodies(text: string): string {
  const simple = normalizeText(text);
  if (simple.length !== text.length) return text.replace(BODY_NAMED, (b) => ' '.repeat(b.length));
  let out = '';
  let from = 0;
  for (const m of simple.matchAll(BODY_NAMED)) {
    out += text.slice(from, m.index) + ' '.repeat(m[0].length);
    from = (m.index ?? 0) + m[0].length;
  }
  return out + text.slice(from);
}

/** The text with the names inside 《》 blanked (same length). */
const withoutTitles = (text: string): string => text.replace(/《[^《》]{1,80}》/gu, (t) => ' '.repeat(t.length));

const isWholeYear = (d: Due): boolean => d.start.endsWith('-01-01') && d.end.endsWith('-12-31');

/** The item's first sentence, short enough for a chat line. */
export function titleOf(text: string): string {
  const first = (text.split(/[。；;\n]/u)[0] ?? text).replace(/[：:，,]$/u, '').trim();
  return first.length <= 40 ? first : `${first.slice(0, 36)}…`;
}

/**
 * A paragraph split into its parts whose own words set work with a count ("…还将在校内设置3个分会场。" over what each
 * 分会场 does): a task of its own, dated by the event's window as its parts are.
 */
function ownTask(node: OutlineNode): boolean {
  return !node.isGroup && node.ownText !== undefined && parseTargets(node.ownText).length > 0;
}
