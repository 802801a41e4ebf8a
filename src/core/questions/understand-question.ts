// Reads a question in simplified, traditional or English into an intent, without a language model.
import { monthRange, partsOf, quarterRange, weekRange, addDays, yearRange, ymd, type CivilDate } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';
import { periodInWords } from './period-words.js';
import type { Question } from './question.js';
import { MINE, readQuestionKind } from './read-question-kind.js';
import { english } from './question-topic.js';

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** An English month's name, whole or cut short ("marked" and "mayor" are no month). */
const MONTH_EN = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/u;
const LEADING = /^((?:年度)?(?:工作)?(?:计划|要点)(?:里面?|中|上)|关于|有关|涉及|跟|与|和|请问|查询|查找|搜索|看看|给我|列出|所有|tasks? (?:about|on|for|related to)|items? (?:about|on)|about|related to|regarding|show me|list|what are the|what about)\s*/iu;
/** Words asking what is still to do (还有, 还剩, 没完成, still, remaining, left). */
const STILL = /还(?:有|要|需|得|剩|没)|剩下|剩余|没(?:有)?完成|未完成|\bstill\b|\bremaining\b|\bleft\b|\byet\b/u;
const TRAILING = /\s*(的|相关的?|有关的?|方面的?)?\s*(任务|工作|事项|事情|tasks?|items?)?\s*(有哪些|有什么|是什么|有几项|要做什么|呢|吗)?\s*[?？!！。，,]*$/iu;

/** How the time was for people: 过得/玩得/歇得 (好, 咋样, 开心), 休息好了, 歇够了. */
const SMALL_TALK = /(?:过|玩|歇|休息|吃|睡)得(?:咋样|怎么样|如何|好|开心|愉快|还行|爽)|(?:休息|歇)(?:好|够)了|玩得?开心/u;
/** Words of the work itself, which keep a question about a period one about its tasks. */
const WORK_WORDS = /任务|工作|活动|事项|计划|要点|完成|进度|进展|截止|到期|报名|记录|台账|干啥|做啥|要做|要办|要干|\d|多少|几[场个次项]/u;

/** The intent of a question asked on `today`; `owners` are the owner names the plans know. */
/** A second clause asking how many people ("一共多少人次", "how many visits in total"). */
const ALSO_PEOPLE = /[，,；;、和及].{0,8}?(?:多少|几)\s*(?:个)?(?:人次|人|学生|群众|观众)|\b(?:and|also)\b.{0,20}?how many (?:visits|visitors|people|participants|students|attendees)\b/u;

export function understandQuestion(raw: string, today: CivilDate, owners: readonly string[] = []): Question {
  const text = normalizeText(raw).trim().toLowerCase().replace(/\s+/g, ' ');
  const { year, month } = partsOf(today);
  if (text === '' || /^(帮助|help|\?|？|菜单|你能做什么|能做什么|怎么用|使用说明|menu)$/u.test(text) || /你(能|会)(做|干)什么|what can you do/u.test(text)) {
    return { intent: 'help' };
  }
  if (/逾期|过期|超期|延期|已过|过了(?:期限|截止)|超过(?:期限|截止)|(?:截止|期限)(?:时间|日期|日子)?(?:都|已经|早就?|早已)?过了|overdue|late|missed|past due/u.test(text) && !/几天|多少天|什么时候/u.test(text) && !MINE.test(text)) {
    // "科普部有哪些逾期了": that owner's only.
    const whose = ownerOf(text, owners);
    return whose ? { intent: 'overdue', owner: whose } : { intent: 'overdue' };
  }

  const kind = readQuestionKind(text, today, owners.map((o) => normalizeText(o).toLowerCase()));
  // "去了几所学校，一共多少人次": a count of things with the people asked too; both are answered.
  if (kind?.intent === 'tally' && kind.measure === 'metric' && ALSO_PEOPLE.test(text)) return { ...kind, alsoPeople: true };
  if (kind) return kind;
  // "各位国庆假期过得咋样，休息好了吧": how people spent a holiday is small talk, not the work due then.
  if (SMALL_TALK.test(text) && !WORK_WORDS.test(text)) return { intent: 'unknown', text: raw };

  const ref = itemRef(text);
  if (ref) return { intent: 'item', ref };

  if (/目标|指标|完成(多少|情况|了多少|得怎么样)|进度|进展|target|progress/u.test(text)) {
    // "…，现在都进展到哪了", "目前进展到什么程度": how far it got is asked, no part of what is named.
    const rest = text.replace(/(?:现在|目前|如今|眼下)?(?:都)?(?:进展|进行|推进|做|搞)?到(?:了)?(?:哪儿|哪里|哪一步|哪步|哪|什么程度|什么地步|啥程度|啥地步|什么阶段|哪个阶段)(?:了)?/gu, ' ').replace(/(的)?(目标|指标|量化目标)(完成|进度|进展)?(了)?(多少|情况|怎么样|如何)?(了)?|完成(了)?(多少|情况|得怎么样)(了)?|(的)?(进度|进展)(如何|怎么样)?|targets?|progress|how (much|far)|done|complete(d)?|figures?|(of|for|on)\b/gu, ' ');
    // "建言献策那项完成多少了": 那项 points at the item, it is not part of its name.
    return { intent: 'targets', keyword: stripFiller(rest).replace(/(那项|这项|那个|这个|那条|这条)(工作|任务)?$/u, '').trim().slice(0, 60) };
  }

  const period = periodOf(text, today, year, month);
  if (period) {
    // "组织宣传部下个月有什么任务": the owner's items only, even when the plans name no such owner.
    const led = leadingDepartment(text);
    const whose = ownerOf(text, owners) ?? (led ? (shortFor(led, owners) ?? led) : undefined);
    // "后天截止的是哪项工作": deadlines only, not the windows and monthly work running that day.
    const deadline = /截止|到期/u.test(text) ? { deadline: true } : {};
    // "年底前还有什么要完成", "what do we still need to finish": what is not done yet.
    const open = STILL.test(text) ? { open: true } : {};
    return whose ? { intent: 'due', ...period, owner: whose, ...deadline, ...open } : { intent: 'due', ...period, ...deadline, ...open };
  }

  const owner = /关于|有关|相关|涉及|about|related/u.test(text) && !/负责|牵头|led by|owner/u.test(text) ? undefined : ownerOf(text, owners);
  // "学会部的活干完没", "宣传部的任务完成得怎么样": how far the owner's items got.
  if (owner) return /(?:干|做|办|搞|弄)完|完成|进展|进度|怎么样了?|如何/u.test(text) ? { intent: 'owner', owner, progress: true } : { intent: 'owner', owner };

  const keyword = stripFiller(text);
  const explicit = /(关于|有关|涉及|相关|查找|搜索|查询|查一下|找).{0,20}(任务|工作|事项|条目|计划)|(任务|事项|条目)$|^(查找|搜索|查询)|\b(tasks?|items?) (about|on|for|related)/u.test(text);
  if (keyword.length >= 2 && keyword.length <= 60) return { intent: 'keyword', keyword, explicit };
  return { intent: 'unknown', text: raw };
}

function stripFiller(text: string): string {
  let out = text.trim();
  for (let k = 0; k < 4; k++) {
    const next = out.replace(LEADING, '').replace(TRAILING, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A period named in a text (本月, 下季度, 第三季度, 9月, 上半年, this week…), or undefined. */
export function periodOf(text: string, today: CivilDate, year: number, month: number): { period: { start: string; end: string }; label: string } | undefined {
  const words = periodInWords(text, today, true);
  if (words) return { period: words.period, label: words.label };
  const q = Math.ceil(month / 3);
  const nextYearWord = /明年|next year/u.test(text);
  if (/下个?月|next month/u.test(text)) {
    const y = month === 12 ? year + 1 : year;
    const m = month === 12 ? 1 : month + 1;
    return { period: monthRange(y, m), label: `下个月（${y}年${m}月）` };
  }
  if (/上个?月|last month/u.test(text)) {
    const y = month === 1 ? year - 1 : year;
    const m = month === 1 ? 12 : month - 1;
    return { period: monthRange(y, m), label: `上个月（${y}年${m}月）` };
  }
  if (/本月|这个?月|当月|this month|月内/u.test(text)) return { period: monthRange(year, month), label: `本月（${year}年${month}月）` };
  if (/下个?季度|next quarter/u.test(text)) {
    const y = q === 4 ? year + 1 : year;
    const nq = q === 4 ? 1 : q + 1;
    return { period: quarterRange(y, nq), label: `下季度（${y}年第${nq}季度）` };
  }
  if (/本季度?|这个?季度|当季|this quarter/u.test(text)) return { period: quarterRange(year, q), label: `本季度（${year}年第${q}季度）` };
  if (/下(个)?(周|星期|礼拜)|next week/u.test(text)) {
    const w = weekRange(addDays(today, 7));
    return { period: w, label: `下周（${w.start}至${w.end}）` };
  }
  if (/本周|这(个)?(周|星期|礼拜)|this week/u.test(text)) {
    const w = weekRange(today);
    return { period: w, label: `本周（${w.start}至${w.end}）` };
  }
  const y = nextYearWord ? year + 1 : year;
  const quarter = /(?:第)?([一二三四1-4])季度|\bq([1-4])\b|(first|second|third|fourth) quarter/u.exec(text);
  if (quarter) {
    const n = quarter[3] ? ['first', 'second', 'third', 'fourth'].indexOf(quarter[3]) + 1 : (parseChineseNumber(quarter[1] ?? quarter[2] ?? '') ?? 1);
    return { period: quarterRange(y, n), label: `${y}年第${n}季度` };
  }
  const named = /(?<![\d个])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?![\d日号])/u.exec(text);
  if (named) {
    const m = parseChineseNumber(named[1] ?? '') ?? 0;
    if (m >= 1 && m <= 12) return { period: monthRange(y, m), label: `${y}年${m}月` };
  }
  const en = MONTH_EN.exec(text);
  if (en && (/\b(due|in|during|for|until|by)\b/u.test(text) || text.trim() === en[0])) {
    const m = MONTHS_EN.indexOf((en[1] ?? '').slice(0, 3)) + 1;
    return { period: monthRange(y, m), label: `${y}年${m}月` };
  }
  if (/上半年|first half|\bh1\b/u.test(text)) return { period: { start: ymd(y, 1, 1), end: ymd(y, 6, 30) }, label: `${y}年上半年` };
  if (/下半年|second half|\bh2\b/u.test(text)) return { period: { start: ymd(y, 7, 1), end: ymd(y, 12, 31) }, label: `${y}年下半年` };
  if (/今年|全年|年内|this year/u.test(text) && /(要做|任务|到期|due|todo|安排)/u.test(text)) return { period: yearRange(year), label: `${year}年全年` };
  // "我们中心下一步要干啥": what falls due in the month ahead.
  if (/下一步|接下来|下阶段|下一阶段|next steps?|what's next|what is next/u.test(text) && /干啥|干嘛|干什么|做啥|做什么|要做|忙什么|忙啥|任务|安排|工作|next/u.test(text)) {
    const end = addDays(today, 30);
    return { period: { start: today, end }, label: `接下来一个月（${today}至${end}）` };
  }
  if (/(到期|截止|要做|待办|due|todo|to do)/u.test(text) && !/关于|about/u.test(text)) return { period: monthRange(year, month), label: `本月（${year}年${month}月）` };
  return undefined;
}

/** "三/2", "3.2", "第三部分第2项", "item 3.2", "详情 二是/（三）" → the labels of an item's path. */
function itemRef(text: string): string[] | undefined {
  const part = '(\\d{1,2}|[一二三四五六七八九十]{1,3}(?:是)?|[(（][一二三四五六七八九十\\d]{1,3}[)）])';
  const joined = new RegExp(`${part}(?:\\s*[/.、\\-之>]\\s*${part}){1,3}`, 'u').exec(text);
  const asks = /详情|全文|详细|内容|看看|查看|条目|第.+[项条部分]|item|show|detail/u.test(text);
  if (joined && (asks || joined[0] === text.replace(/[?？\s]/g, ''))) {
    return joined[0].split(/\s*[/.、\-之>]\s*/u).filter(Boolean);
  }
  const ordinal = /第([一二三四五六七八九十\d]{1,3})(?:部分|大项|项|条|章)?第([一二三四五六七八九十\d]{1,3})[项条]/u.exec(text);
  if (ordinal) return [ordinal[1] ?? '', ordinal[2] ?? ''];
  return undefined;
}

/** A department named before a period word ("宣传部下个月…", "办公室本月…"). */
function leadingDepartment(text: string): string | undefined {
  return /^(\p{Script=Han}{1,10}?(?:部|办公室|中心|馆|科协|协会|学会|站))(?:的)?(?=下|本|这|上|今|明|近|第|月|年|[\d一二三四五六七八九十])/u.exec(text)?.[1];
}

/** English names of departments, as the part of the Chinese name they stand for. */
const OWNERS_EN: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:science )?museum\b/u, '科技馆'],
  [/\byouth (?:science )?(?:and technology )?(?:education )?cent(?:er|re)\b/u, '青少年科技教育中心'],
  [/\b(?:science )?(?:popularization|popularisation|outreach) (?:department|dept)\b/u, '科普部'],
  [/\b(?:organization|organisation|publicity) (?:and publicity )?(?:department|dept)\b/u, '宣传部'],
  [/\b(?:academic )?societ(?:y|ies) (?:department|dept)\b/u, '学会部'],
  [/\bgeneral office\b|\bthe office\b/u, '办公室'],
  [/\b(?:rural|agricultural) (?:technology |tech )?association\b/u, '农技协'],
];

function ownerOf(text: string, owners: readonly string[]): string | undefined {
  // "What must the science museum finish…": an English name stands for the plan's owner that holds its Chinese words.
  if (english(text)) {
    const zh = OWNERS_EN.find(([re]) => re.test(text))?.[1];
    const found = zh ? owners.find((o) => o.includes(zh)) : undefined;
    if (found) return found;
  }
  const explicit = /(?:由)?(.{2,20}?)(?:负责|牵头|主责)(?:的)?/u.exec(text) ?? /(?:owner|led by|lead(?:er)?)\s*[:：]?\s*(.{2,30})/u.exec(text);
  if (explicit?.[1]) {
    const name = stripFiller(explicit[1]).replace(/^(哪些是|是)/u, '');
    return name ? (shortFor(name, owners) ?? name) : undefined;
  }
  const known = owners
    .map((o) => ({ o, key: normalizeText(o).toLowerCase() }))
    .sort((a, b) => b.key.length - a.key.length)
    .find(({ key }) => key.length >= 2 && text.includes(key));
  if (known) return known.o;
  // "组织部…" for 组织宣传部: a department called by its first two characters and its last.
  const short = owners.map((o) => shortName(o)).filter((k): k is string => k !== undefined && text.includes(k));
  return short.length === 1 ? shortFor(short[0]!, owners) : undefined;
}

/** "组织部" of 组织宣传部, "科普中心" no: an owner of four characters or more, shortened to its first two and its last. */
function shortName(owner: string): string | undefined {
  const key = normalizeText(owner).toLowerCase();
  return [...key].length >= 4 && /^\p{Script=Han}+$/u.test(key) ? `${[...key].slice(0, 2).join('')}${[...key].slice(-1).join('')}` : undefined;
}

/**
 * The one owner a short name stands for ("组织部" → 组织宣传部), when no owner holds the name as written (科普部 is
 * itself an owner) and exactly one owner shortens to it.
 */
function shortFor(name: string, owners: readonly string[]): string | undefined {
  const key = normalizeText(name).toLowerCase();
  if (owners.some((o) => normalizeText(o).toLowerCase().includes(key))) return undefined;
  const found = owners.filter((o) => shortName(o) === key);
  return found.length === 1 ? found[0] : undefined;
}
