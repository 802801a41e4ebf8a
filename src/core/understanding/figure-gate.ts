// The one gate a figure passes to enter a record: it is stored only when the reader can name what it counts.
// A headcount needs a people unit, or people (or their coming) named in its clause, or a unit the reader built
// from the list or the occasion compared with; a "加上…" total beside another count of people is not taken; a
// generic unit (个, 项, 批, 次, 种, 类) needs the thing it counts named; a unit the reader does not know (枚 …
// anything off its lists) is never dropped and never stored as 个. What fails becomes ONE short question.
import { wordsSinceLastCount, type Figure, type UnreadNumber } from './message-figures.js';
import type { Doubt } from './report-reading.js';
import { EN_PEOPLE, EN_PEOPLE_WORDS, HONOURED_AFTER, OTHER_UNITS, PEOPLE_NOUNS, PEOPLE_UNITS, THING_TAIL } from './figure-words.js';
import { PEOPLE_TAIL } from './figure-unitless.js';
import { leadingPeopleNoun } from './people-words.js';
import { JOINED_ADDED } from './headcount-roles.js';
import { PEOPLE_AFTER_CLAUSE } from './figure-people.js';

/** Units that say nothing of what they count: the thing must be named beside them (次, 批, 期 count the event's own sessions). */
const GENERIC_UNITS = new Set(['个', '项', '种', '类']);
/** Words that name people by their coming or their count, in the clause before a number written without a people unit. */
const PEOPLE_LABEL = /(其中|人数|人次|观看量|观看人次|实到|实际去了|应到|到会|参会|出席|来了|到了|来的|到的|到场|参加|参与|签到|登记|报名|点名|清点|数了|我数|俺数|报的是|报上来|的有|的是|headcount|attendance|attendees|audience|turnout|visitors|participants|people)/u;
/** "加上看热闹的有五十来人": a total with others added, which the reader did not build. */
const ADDED_TOTAL = /^(?:加上|算上|连上|连同|包括)/u;
/** Up to the clause's last count with its unit: what is left are this count's own words. */
const OWN_CLAUSE = /^.*[\d〇零一二两三四五六七八九十百千万]\s*(?:[左右上下多余来几]{0,2})\s*(?:人次|[份人个场次件块张本套台所项条处批户组支辆元名位])/u;
/** Small words around a clause that name nothing. */
const FILLERS = /(?:一共|总共|合计|累计|共计|大概|大约|差不多|估计|得有|还有|另外|又|也|都|就|才|只|有|是|了|的|约|共|来|去|到|报|剩|吧|啊|并|和|及)/gu;

/** A clause that ends in a deed, not in the thing counted ("…去双河村讲 三十六个"); not a direction ("奖品送出去"). */
const VERB_END = /(?:讲|讲了|(?<![出下进上回过])去|看|听|搞|搞了|办|办了|做|做了|教|学|培训|开展|举办|参观|走访|演示|上课|授课)$/u;

/** What passed the gate, and the one question about what did not. */
export interface GatedFigures {
  figures: Figure[];
  doubts: Doubt[];
}

/** Whether the people a figure counts are named: its unit, a people word or noun, or words of their coming. */
function namesPeople(f: Figure): boolean {
  if (f.unitFrom !== undefined) return true;
  const written = f.written.trim();
  if (PEOPLE_UNITS.some((u) => written.endsWith(u)) || /[a-z]{3,}/u.test(written)) return true;
  // "八百出头的学生": the people named inside what was written, after a loose figure and 的.
  const words = `${f.context}|${f.noun}|${written.includes('的') ? written.slice(written.indexOf('的') + 1) : ''}`;
  // "辅导员 4 个": a trade in 员 right before the count names them.
  return PEOPLE_NOUNS.test(words) || PEOPLE_LABEL.test(words) || /(?<![动满])\p{Script=Han}{1,3}员\s*$/u.test(f.context) || leadingPeopleNoun(f.after) !== undefined || PEOPLE_AFTER_CLAUSE.test(f.after) || HONOURED_AFTER.test(f.after) || EN_PEOPLE.test(f.after.trim());
}

/** Whether the thing a generic count counts is named: a noun after its unit or words before it in its clause. */
function namesThing(f: Figure): boolean {
  if (/^\p{Script=Han}/u.test(f.noun) || /^\s*[a-z]/u.test(f.after) || /[a-z]{3,}/u.test(f.written)) return true;
  // The words after the clause's last count are this one's ("发资料300份 大概二十个"; "一等奖12项" keeps 一等奖).
  return /\p{Script=Han}{2}/u.test(f.context.replace(OWN_CLAUSE, '').replace(FILLERS, ''));
}

/** Why a figure may not be stored as read: the words to quote in the question, or undefined when it passes. */
function held(f: Figure, all: readonly Figure[]): string | undefined {
  if (f.unnamed) return f.written.trim();
  if (f.people) {
    if (!namesPeople(f)) return `${f.context.slice(-8)}${f.written.trim()}`;
    // "听讲座的六十多人，加上在外面看展板的群众，得有两百来人": the added total starts a clause before this one's.
    const since = wordsSinceLastCount(f).replace(/^[，,、\s]+/u, '');
    // "学生150人，加上旁听的家长一共190人": people who sat in on it added; the total is who came (headcount.ts).
    if ((ADDED_TOTAL.test(f.context) || ADDED_TOTAL.test(since)) && !JOINED_ADDED.test(f.context) && all.some((g) => g !== f && g.people)) return `${(ADDED_TOTAL.test(f.context) ? f.context : since).slice(0, 12)}${f.written.trim()}`;
    return undefined;
  }
  // "群众三百来个": people named right before a count of 个 are counted by head, never as 个.
  if (f.unit === '个' && f.noun === '' && PEOPLE_TAIL.test(f.context)) return `${f.context.slice(-8)}${f.written.trim()}`;
  if (GENERIC_UNITS.has(f.unit) && !namesThing(f)) return f.written.trim();
  // "下午又去双河村讲 三十六个": a count of 个 after a verb, with nothing named after it, may count the people.
  if (f.unit === '个' && f.noun === '' && !/^\s*[\p{Script=Han}a-z]/u.test(f.after) && VERB_END.test(f.context.replace(/[\s，,。~～]+$/u, ''))) return `${f.context.slice(-8)}${f.written.trim()}`;
  return undefined;
}

/** "网格员去了6个", "老师也来了十几个": people named, then their going or coming, then the count. */
const PEOPLE_WENT = new RegExp(`(?:${PEOPLE_NOUNS.source}|[\\p{Script=Han}]{1,3}员)们?[^，,。;；\\d]{0,3}(?:去了|来了|到了|出了|派了|出动了?|上岗了?)\\s*$`, 'u');

/** A place named right after a count of 个 ("三个村", "5个社区", "两个点"): places reached, not people. */
const PLACE_NOUN = /^(?:自然村|行政村|村|社区|小区|乡镇|乡|镇|街道|学校|小学|中学|校区|单位|企业|厂|点|地方|寨|屯|网格|片区|合作社|基地|站点)/u;

/** "专家又去了3个果园": any thing named after 个 that is no people noun nor a deed is where they went (果园, 大棚, 养殖场). */
const ALSO_A_PLACE = (noun: string): boolean => /^\p{Script=Han}{2}/u.test(noun) && leadingPeopleNoun(noun) === undefined && !PEOPLE_NOUNS.test(noun) && !/^(?:帮|协助|参加|参与|值|服务|讲|做|搞|负责|维持|来|去|到|在|都|也|人|一起|轮流|陪|跟|带|指导|授课|上课)/u.test(noun);

/** "volunteers 去了20个": people named in English, then their going or coming, then the count. */
const EN_PEOPLE_WENT = new RegExp(`\\b(?:${EN_PEOPLE_WORDS})\\s*(?:们)?[^，,。;；\\d]{0,2}(?:去了|来了|到了|出了|派了|出动了?)\\s*$`, 'iu');

/** "听课的有四十几个", "来看的三十来个": a verb made a noun by 的 before a count of 个 names people; counted by head. */
/** "来咨询的阿姨大叔有五十多个", "问的40来个": those who came to ask, whoever they are named as (not "咨询的问题有20个"). */
const ASKED_DE = /(?:咨询|问|询问|求助)的(\p{Script=Han}{0,4}?)(?:有|是)?$/u;
const VERB_DE = /(?:听|来|到|参加|参与|参观|看|学|上课|听讲|报名|献血|补种|接种)[^，,。;；\s\d]{0,4}的(?:有|是)?$/u;
/** An outcome reached by some of those who came, right before their count: 结业, 考核合格, 谈成意向的有. */
const OUTCOME_COUNT = /(?:^(?:最后|最终|其中)?(?:考核|考试|测试)?(?:结业|毕业|合格|通过|取证|拿证|领证|录用|录取)(?:了|的有|的是)?|(?:谈成|达成|签了?|签订|结业|毕业|考核合格|考核通过|取证|拿到证|录用)[^，,。;；\s\d]{0,4}的(?:有|是)?)\s*$/u;
/** A clause opened by those who came ("来的群众大概", "到场的有"), up to a few words naming them. */
const CAME_DE = /^(?:来的|到的|到场的|来参加的|参加的|来听的|来看的)(?:(?!的|了|发|送|卖|做|买|领|拿|给)\p{Script=Han}){0,3}?(?:大概|大约|差不多|估计|约|得有|有|是|总共|一共|共)*$/u;
/** "volunteers 10 个": English people right before a count. */
const EN_PEOPLE_BEFORE = new RegExp(`\\b(?:${EN_PEOPLE_WORDS})\\s*$`, 'u');
export function nominalised(f: Figure): Figure {
  // "我们网格员去了6个帮忙", "12 个 engineers": people named right before or after a count of 个 are counted by head.
  // "volunteers 10 个", "students 30 个": people named in English right before a count of 个.
  // Not "跟林业站的同志去了三个村": the places the people went to, counted by the place named after 个 (but "居民来了
  // 一百二十来个社区那边…" with no stops: who came, the next clause's place after them).
  if (!f.people && f.unit === '个' && (EN_PEOPLE_BEFORE.test(f.context) || (PEOPLE_WENT.test(f.context) && !((PLACE_NOUN.test(f.noun) || ALSO_A_PLACE(f.noun)) && /(?:去了|到了|跑了|走了)\s*$/u.test(f.context))) || EN_PEOPLE_WENT.test(f.lead ?? '') || (/(?:我校|我们学校|本校|我们班|我们队)[^，,。;；\d]{0,3}(?:去了|来了|到了|参加了?)\s*$/u.test(f.context) && f.noun === '') || EN_PEOPLE.test(f.after.trim().split(/\s+/u)[0] ?? ''))) return { ...f, people: true, unit: '人', noun: '', unnamed: false, unitFrom: 'words' };
  // "听的人不多，二十来个", "来的人不少，估摸着一百五十来个": the clause before names the people this bare count of 个 counts.
  // "下雨人少，六十个左右", "李庄人少点，三十来个": the people fewer or more than before, then their count.
  if (!f.people && f.unit === '个' && f.noun === '' && /^(?:估摸着?|估计|约莫|大约|大概|差不多|怕是)?(?:有|得有)?$/u.test(f.context.trim()) && !/^\s*[\p{Script=Han}a-z]/u.test(f.after.replace(/^(?:左右|上下|吧|的样子)/u, '')) && /(?:的人|人)(?:不多|不少|挺多|很多|还行|可以|也不少|(?:少|多)(?:点|些|一点|一些)?)?[，,]\s*(?:估摸着?|估计|约莫|大约|大概|差不多|怕是)?(?:有|得有)?$/u.test(f.lead ?? '')) return { ...f, people: true, unit: '人', unnamed: false, unitFrom: 'words' };
  // "结果来了42个", "到了三十几个": a count of 个 for those who came, nothing else named, counts people.
  if (!f.people && f.unit === '个' && f.noun === '' && !/^\s*[\p{Script=Han}a-z]/u.test(f.after) && /(?:来了|到了)\s*$/u.test(f.context)) return { ...f, people: true, unit: '人', unnamed: false, unitFrom: 'words' };
  // "来了六十多个种果树的": a deed made a noun by 的 right after the count names the people it counts.
  if (!f.people && f.unit === '个' && /^[\p{Script=Han}、]{1,12}的(?![\p{Script=Han}])/u.test(f.after) && /(?:来了|到了|去了)$/u.test(f.context.replace(/[\s约大概差不多]+$/u, ''))) return { ...f, people: true, unit: '人', noun: '', unnamed: false, unitFrom: 'words' };
  // "来的群从大概一百五十来个" (a mistyped 群众): a clause opened by those who came names people, whatever noun follows.
  if (!f.people && f.unit === '个' && f.noun === '' && !/^\s*[\p{Script=Han}a-z]/u.test(f.after) && CAME_DE.test(f.context)) return { ...f, people: true, unit: '人', unnamed: false, unitFrom: 'words' };
  // "学员八十来个，结业七十六个", "当场谈成意向的有三十来个": a bare count of 个 told by an outcome some of the people
  // reached (people named before it) counts those people.
  if (!f.people && f.unit === '个' && f.noun === '' && !/^\s*[\p{Script=Han}a-z]/u.test(f.after) && OUTCOME_COUNT.test(f.context) && PEOPLE_NOUNS.test(f.lead ?? f.context)) return { ...f, people: true, unit: '人', unnamed: false, unitFrom: 'words' };
  const asked = ASKED_DE.exec(f.context);
  const askers = asked !== null && !THING_TAIL.test(asked[1]!) && !/问题|事|情况|内容/u.test(asked[1]!);
  if (f.people || f.unit !== '个' || f.noun !== '' || (!VERB_DE.test(f.context) && !askers) || /^\s*[\p{Script=Han}]/u.test(f.after.replace(/^[吧啊呢了左右上下]+/u, ''))) return f;
  return { ...f, people: true, unit: '人', unnamed: false, unitFrom: 'words' };
}

/** The figures of one record that may be stored, and one short question about the ones that may not. */
export function gateFigures(read: readonly Figure[]): GatedFigures {
  const words: string[] = [];
  const figures = read.map(nominalised);
  const passed = figures.filter((f) => {
    const quote = held(f, figures);
    if (quote !== undefined) words.push(quote);
    return quote === undefined;
  });
  const doubts: Doubt[] = words.length === 0 ? [] : [{ field: 'metrics', question: `${words.map((w) => `“${w}”`).join('')}是什么的数？是参加人数吗？` }];
  return { figures: passed, doubts };
}

/**
 * The question about counts the reader could not read: a unit it does not know ("发射成功了22枚"), always asked;
 * numbers with no unit ("估计八百多", "2場 300 500"), asked when no headcount was read or they are larger than it.
 */
export function unreadDoubts(unread: readonly UnreadNumber[], loose: readonly { index: number; written: string }[], headcount: number | null): Doubt[] {
  const unknown = unread.filter((u) => u.unit !== undefined);
  if (unknown.length > 0) {
    const u = unknown[0]!;
    const said = `${(u.context ?? '').slice(-8)}${u.written}`;
    const also = unknown.slice(1).map((v) => `“${v.written}”`).join('');
    return [{ field: 'metrics', question: `“${said}”${also}的${u.written}是什么？要记成参加人数，还是其他数量（如“作品${u.value}件”）？` }];
  }
  const larger = unread.filter((u) => headcount === null || u.value > headcount);
  const unitless = [...loose, ...larger].sort((a, b) => a.index - b.index).map((u) => u.written);
  if ((headcount === null || larger.length > 0) && unitless.length > 0) {
    return [{ field: 'headcount', question: headcount === null && unitless.length > 1 ? `${unitless.map((n) => `“${n}”`).join('')}哪个是参加人数？另一个是什么数？` : `${unitless.map((n) => `“${n}”`).join('')}是什么数？是参加人数吗？` }];
  }
  return [];
}

/**
 * Figures that reach a record another way (the language model's reading) pass the same gate: a unit the reader
 * does not know, or a generic one with nothing named (个, 项), is asked about, not stored.
 */
export function gateMetricUnits(metrics: Readonly<Record<string, number>>): { metrics: Record<string, number>; doubts: Doubt[] } {
  const passed: Record<string, number> = {};
  const held: string[] = [];
  for (const [unit, value] of Object.entries(metrics)) {
    const known = /^人次?[（(]/u.test(unit) || (OTHER_UNITS.includes(unit) && !GENERIC_UNITS.has(unit));
    if (known) passed[unit] = value;
    else held.push(`${value}${unit}`);
  }
  const first = held[0];
  const doubts: Doubt[] = first === undefined ? [] : [{ field: 'metrics', question: `${held.map((h) => `“${h}”`).join('')}是什么？要记成参加人数，还是其他数量（如“作品${parseFloat(first)}件”）？` }];
  return { metrics: passed, doubts };
}
