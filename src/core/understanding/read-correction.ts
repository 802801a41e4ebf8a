// Reads a correction in words: "更正：刚才那条人数应为85人", "不对，是上周五不是周四", "讲座那条人数写错了，
// 应该是59人", "correction: 120 people, not 102". What it changes, which record it names, and the old value.
import { weekdayOf, type CivilDate } from '../dates/civil-date.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { scanNumbers } from '../text/scan-numbers.js';
import { readValue, withoutDayNamingRecord, type Value } from './correction-value.js';
import { softCorrection } from './correction-short.js';
import { asWritten, readWholeForm } from './correction-forms.js';
import { FIELD_FIX, END_DATE, START_DATE, GREETING, ENDS_ON, EN_ENDS_ON, EN_NAMED, EN_REF, EVENT_NAME, FIELD_WRONG_LEAD, FIGURE_OR_DATE, KIND_AFTER_REF, KIND_NAMED, kindSwap, LEAD, LINK, LINK_BEFORE_UNLINK, RECHECKED, REF, SLIP, TO, UNLINK, UNNAMED, WRONG, NAMED_FIGURE, PLACE_AFTER_REF, POINTER_ONLY } from './correction-words.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';
import { UNSURE_COUNT } from './report-doubts.js';

export { NOT_ITEMS } from './correction-words.js';
export { readBareValue, readFigureClause } from './correction-short.js';

/** Which record the author means: the n-th of the latest batch, one whose words match, or the latest. */
export interface CorrectionRef {
  ordinal?: number;
  words?: string;
  /** "那个讲座", "展览…": the kind of event named; the record's title or text must hold it. */
  kind?: string;
  /** "有一条写错了", "其中一个": one of several, not named; never the latest by default. */
  unnamed?: boolean;
  /** "人数报错了，应该是120": no word points at any record (no 这条, 刚才, name); the latest only when it is the only one. */
  bare?: boolean;
}

/** The new value of one field, the old value the author named (to find the right record), and the record named. */
export type Correction = (
  | { field: 'headcount'; value: number | null; unit?: '人' | '人次'; approximate: boolean; old?: number }
  | { field: 'date'; value: CivilDate; dateEnd: CivilDate | null; old?: CivilDate; /** "结束日期改成11月14日": only the last day of a span. */ end?: true; /** "起始日期错了": only the first day. */ start?: true; /** "不是周四，是周三": days to move the record's own day by, within its week. */ shift?: number }
  | { field: 'metric'; unit: string; value: number; old?: number }
  | { field: 'item'; words: string; /** "不要挂全委会那项": unlinked (from the item `words` name, when they name one). */ none?: boolean }
  /** "不是展览是竞赛": a word of the title (the kind of event) was wrong. */
  | { field: 'title'; value: string; old?: string }
  /** "75那个应该是78": a bare number replacing the same number in whichever field holds it. */
  | { field: 'number'; value: number; old: number }
  /** "是去年的": the year of the date. */
  | { field: 'year'; year: number }
  /** "这条算竞赛", "这条不算讲座": the record's statistical category (read by core/stats/read-category-correction). */
  | { field: 'category'; category: string; mode: 'replace' | 'add' | 'remove' | 'only' }
  /** `ask`: the question for what is missing, when it is known ("上周的" names no day). */
  | { field: 'unclear'; ask?: string }
) & {
  ref: CorrectionRef;
  /** Read from a short line with no correction word ("横幅是8条"): apply only if a recent record has that figure. */
  soft?: boolean;
};


/** "麻烦改一下", "麻烦帮忙更正一下，谢谢！": a request to fix it, closing the message. */
const POLITE_TAIL = /[,，。；;!！\s]+(?:麻烦|请|劳烦|辛苦)?(?:你|您)?(?:帮忙|帮我)?(?:给)?(?:改一下|改下|改改|更正一下|更正下|修改一下|修改下|更正|修改|改过来)(?:一下)?(?:吧|哈|啊|呀)?(?:[,，。!！\s]*(?:谢谢|多谢|感谢)[^,，。]{0,4})?[。!！~～\s]*$/u;


/** "巡展" of "巡展不是周二，是…": a short name before 不是, not a field ("人数", "地点") nor a pointer. */
const NAMES_RECORD = /^(?![\s\S]*(?:人数|日期|时间|资料|户数|场次|地点|标题|名称|单位|数字|写错|记错|搞错|弄错|说错|错了|不对))[\p{Script=Han}\d]{2,16}$/u;

/** A day said with no 是 after "不是…，" ("前天搞的", "周三开的", "9号"): lookahead only. */
const DAY_AHEAD = '(?=(?:大)?前天|昨天|今天|上上?(?:个)?(?:周|星期|礼拜)[一二三四五六日天]|(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}\\s*(?:号|日|月))';

/** "延长到了", "一直开到", "顺延至": a span carried on to the day that follows. */
const EXTENDED = /(?:一直)?(?:延长|延期|顺延|延|推迟|持续|开|办|展|搞)(?:到|至)了?(?=\s*(?:[\d一二三四五六七八九十]{1,3}\s*[号日月]|\d{1,2}[./-]\d|(?:下|本|这)(?:周|个?月|星期)|月底|周[一二三四五六日天]|星期))/u;

/** "110人的下乡", "发了500份的那场": a figure, 的, and a few words naming the event, before the field said wrong. */
const FIGURE_NAMED = /^((?:[约近]?[\d一二两三四五六七八九十百千万]+\s*(?:人次|人|名|份|户|场|个|件|块|册|张)(?:左右)?)的[\p{Script=Han}]{2,8}?)(?:的)?(?=(?:人数|人次|日期|时间|资料|户数|场次|地点|标题|名称)?(?:写错|搞错|记错|弄错|报错|说错|打错|错了|不对|有误))/u;

/** "前面报的", "前两天发的": when a record was reported, before the words naming it. */
const REPORTED_WHEN = /^(?:前面|前头|之前|以前|前两天|前几天|前天|昨天|上周|上次|刚才|早上|上午|下午)?(?:报|发|交|录|填)(?:上来|上去|过)?的/u;

/**
 * "关于上周报的科普大篷车进乡村的情况，…": a letter opening on the record it is about (when it was reported is no part
 * of the name); the words name the record.
 */
const ABOUT = /^(?:关于|有关|就)\s*(?:(?:前面|前头|之前|以前|前两天|前几天|前天|昨天|上周|上次|刚才|早上|上午|下午)?(?:报|发|交|录|填)(?:上来|上去|过)?的)?([^，,。；;：:]{2,24}?)(?:的)?(?:情况|事情?|数据|信息|记录)\s*[,，：:。]\s*/u;

/** "开放周延长了一天", "展览延期了两天": an event that lasted longer than reported; the words before name it. */
const LONGER = /^([\p{Script=Han}\d]{2,12}?)(?:那个|那场|那次|那条|的)?(?:又|还|也)?(?:延长|延期|顺延|多办|多开|多展)了?\s*(?:[一两二三四五六七八九十]|\d{1,2})\s*天/u;
/** "实际到15号结束", "实际办到19号", "最后一直开到7号才撤": the day said, after 到, is the span's last. */
const ENDED_ON = /(?:^|[,，。；;])\s*(?:实际(?:上)?|其实|最后|最终)(?:是)?(?:一直)?(?:(?:办|开|展|搞)(?:到|至)了?|(?:到|至)(?=[^，,。；;]{1,10}?(?:才)?(?:结束|闭展|撤展|闭幕|闭馆|收尾|为止|撤)))/u;

/**
 * "开放周延长了一天，实际到15号结束": the span of the record named ended later; its last day is the one said. Other
 * fields said in the same message (a new total) are read clause by clause by the caller.
 */
function endedLater(body: string, today: CivilDate): Correction | undefined {
  const longer = LONGER.exec(body);
  const ended = ENDED_ON.exec(body);
  if (!ended) return undefined;
  const days = findMessageDates(body, today).hits;
  const day = days.find((h) => h.index >= ended.index + ended[0].length);
  if (days.length !== 1 || !day || day.end || day.index - (ended.index + ended[0].length) > 2) return undefined;
  const kind = longer ? null : KIND_NAMED.exec(body.slice(0, ended.index));
  return { field: 'date', value: day.date, dateEnd: null, end: true, ref: longer?.[1] ? { words: longer[1] } : kind?.[1] ? { kind: kind[1] } : {} };
}

/** The words that name the title as the field changed. */
const TITLE_FIELD = /标题|名称|题目|名字/u;

/** "巡展是…", "巡展那个其实是…": a few words (naming a record), then 是; the old value said after finds the record. */
const NAMED_IS = /([\p{Script=Han}\d]{2,10}?)(?:那个|那条|那场|那次|的)?(?:其实|实际上?)?是/u;

/** "第二条" → 1; undefined for a ref that is no ordinal. */
const ordinalOf = (ref: RegExpExecArray): number | undefined => (ref[2] ? '一二三四五12345'.indexOf(ref[2]) % 5 : undefined);

/**
 * "标题错了 不是防诈骗 是防溺水讲座", "不对 不是昨天 是上周五": a space between Chinese words before 不是 or 是 (or after
 * 错了, 不对) parts clauses as a comma would.
 */
function clausesBySpaces(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}\d])\s+(?=(?:而|就|应该|应)?(?:不是|是|为)[\p{Script=Han}\d“"])/gu, '，')
    .replace(/(?<=(?:错了|不对|有误|有问题))\s+(?=[\p{Script=Han}\d])/gu, '，');
}

/** The correction in a message, or undefined when the message is not one. */
/** "@科协助手 ", "<@U123> ": the mentions that open a message. */
const ADDRESSED = /^(?:(?:<@[\w.-]+>|[@＠][^\s,，:：;；。]{1,20}(?=[\s,，:：]))\s*[,，:：]?\s*)+/u;

export function readCorrection(raw: string, today: CivilDate): Correction | undefined {
  // "@科协助手 这条…": whom the message is addressed to names no record; "张主任您好，打扰一下哈。" two greetings go.
  const text = clausesBySpaces(digitsForEnglishNumbers(normalizeText(raw.trim()).replace(ADDRESSED, '').replace(/[A-Z]/g, (c) => c.toLowerCase())).replace(GREETING, '').replace(GREETING, ''));
  if (text.length > 300 || /[?？吗]\s*$/u.test(text) || UNSURE_COUNT.test(text)) return undefined;
  // "上次那个…参观的，人数是63人，麻烦帮登一下": asked to enter it, with no word of a fix, it is a report to record.
  // "帮我记在活动周里": asked to put it under a plan item is a link, not a report.
  if (/帮(?:忙)?(?:我)?(?:登|录|记)|(?:登记|登|录|记)一下/u.test(text) && !/改|更正|纠正|错|不对|应为|应该是|不是|修正|订正/u.test(text) && !/(?:记|归|挂|算|放)(?:到|在)[^，,。；;]{2,12}(?:里|里面|下面|那一?项|上)?[。!！]?$/u.test(text)) return undefined;
  // "update: 30 of the 120 actually joined online, only 90 were on site": a figure already written split in two
  // changes that record in more than one field; ask rather than store it as a new report or change one field.
  if (/\b(?:update|correction)\b/u.test(text) && /\b\d+\s+of\s+(?:the|those|them)\s+\d+\b/u.test(text) && /\b(?:actually|only)\b/u.test(text)) return { field: 'unclear', ref: {} };
  // "不对不对，…", "sorry, correction: …": every lead word goes.
  let lead: RegExpExecArray | null = null;
  let body = text;
  for (let k = 0, m: RegExpExecArray | null; k < 3 && (m = LEAD.exec(body)) && m[0].length > 0; k++) {
    lead = m;
    body = body.slice(m[0].length);
  }
  // "…，麻烦帮忙更正一下，谢谢！": a polite request to fix it at the end is a lead word too, and no part of the value.
  const polite = POLITE_TAIL.exec(body);
  if (polite && polite.index > 0) body = body.slice(0, polite.index);
  // "场次写错了，加上周日晚上那个夜场，一共4场次": what was left out, said before the total, is a reason; the total is the value.
  const parts = body.split(/(?<=[,，；;])/u);
  if (parts.some((c) => /^(?:一共|总共|合计|共计|总计)/u.test(c.trim()) && findFigures(c).figures.length > 0)) body = parts.filter((c) => !/^(?:再)?(?:加上|算上|加|包括|含)/u.test(c.trim())).join('');
  // "…是16号到18号，2600是三天总数": a figure said to be the whole of the span (or of several) keeps as written; with
  // the value said in another clause, that aside is dropped.
  const whole = body.split(/(?<=[,，；;。])/u);
  const asides = whole.filter((c) => /^\s*[约近]?\d+\s*(?:人次|人|份|户|场)?\s*(?:是|为|就是|算)\s*\p{Script=Han}{0,8}?(?:总数|合计|总计|累计|总和|加起来|加在一起|一共|总共)(?:的数?)?\s*[,，；;。!！]?$/u.test(c));
  if (asides.length > 0 && asides.length < whole.length) body = whole.filter((c) => !asides.includes(c)).join('').replace(/[,，；;]\s*$/u, '');
  // "人数改一下，实到67人": the field and a word of fixing it lead; the field is said as the one set ("人数是…").
  const fieldFix = FIELD_FIX.exec(body);
  if (fieldFix?.[1] && fieldFix[0].length < body.length) body = `${fieldFix[1] === '人次' ? '人数' : fieldFix[1]}是${body.slice(fieldFix[0].length)}`;
  // "人数不对", "日期好像有问题": which field is wrong, not what is right; ask for the value.
  if (/^(?:这条|那条|刚才那条)?(?:的)?(?:人数|日期|时间|资料|户数|场次|数字)(?:好像|可能|似乎)?(?:不对|有问题)[。!！]?$/u.test(body)) return { field: 'unclear', ref: {} };
  // "是人次哈，有些人上下午都来了": the unit alone said to be 人次, with a reason after it that counts nothing, changes the
  // unit of the figure already sent (the reply's record, or the last one).
  const unitOnly = /^(?:其实|实际上?|应该|应该是)?(?:是|算|按)\s*人次(?:哈|哦|啊|呀|的|来算|算的?)?\s*(?:[，,。!！~～]\s*([^]*))?$/u.exec(body);
  if (unitOnly && !/\d|[一二两三四五六七八九十百千万]+\s*(?:多|余|来)?\s*(?:人|个|名|位|份|户)/u.test(unitOnly[1] ?? '')) return { field: 'headcount', value: null, unit: '人次', approximate: false, ref: {} };
  // "关于上周报的…的情况，…": the record the letter is about, named before what changes.
  const about = ABOUT.exec(body);
  if (about?.[1]) body = body.slice(about[0].length);
  const estimate = estimatedFigure(body);
  if (estimate) return estimate;
  const form = readWholeForm(body, raw, today);
  if (form) return form;
  const endsLater = endedLater(body, today);
  if (endsLater) return endsLater;
  const lasted = lastedDays(body, today);
  if (lasted) return lasted;
  let ref = REF.exec(body);
  // "国庆开放那条更正一下：…": a word of fixing it right after the record named leads as at the start.
  // "国庆开放那条：一直开到7号…": a colon right after the record named says what follows is the fix.
  const afterRef = ref !== null ? body.slice(ref.index + ref[0].length).replace(/^的/u, '') : '';
  const leadAfterRef = ref !== null && (/^[:：]/u.test(afterRef) || (LEAD.test(afterRef) && /^(?:更正|纠正|修正|订正|改正|更改|改一下|修改一下)/u.test(afterRef)));
  const english = EN_REF.exec(body);
  // "sorry the 19号 one, …": the words between "the" and "one" name the record.
  const enNamed = english ? null : EN_NAMED.exec(body);
  const to = TO.exec(body);
  // "户数不对哈，…是44户": the field said to be wrong leads, as 写错了 would.
  const wrong = WRONG.test(body) || /^(?:人数|人次|日期|时间|资料|户数|场次|数字|[\p{Script=Han}]{1,2}数)(?:好像|可能|似乎)?(?:不对|有问题|不太对)/u.test(body);
  // "白马乡那场重新核了一下，150人左右": a figure counted again, in a clause of its own.
  const rechecked = RECHECKED.exec(body);
  const contrast = /不是/u.test(body) || /\bnot\b/u.test(body);
  // "巡展不是周二，是上周五", "座谈会不是周四开的, it was 周三": the words before 不是 may name the record.
  // "不是昨天，前天搞的": a day said right after the comma is the new one, with no 是.
  // "巡展是9号到20号，不是到18号": a name, then the new value against the old.
  const restated = new RegExp(`^(?:[\\p{Script=Han}\\d]{2,10}?)?不是.{1,12}?[,，]\\s*(?:而|就)?(?:是|it was\\b|it's\\b|${DAY_AHEAD})|^是.{1,12}?[,，]?\\s*不是|^${NAMED_IS.source}[^,，]{1,16}[,，]\\s*(?:而)?不是`, 'u').test(body);
  const fieldLed = /^(人数|日期|时间|资料|户数|场次|标题|名称|活动名称)\s*(是|为|应是|应为|改成|改为)/u.test(body);
  // "展板是25块，不是20", "是73条，后面又交上来一批": a figure said again against the one written.
  // "320是人次": a figure already sent, said to be of a unit alone, changes that unit (the figure finds the record).
  const numeric = /不是\s*[\d一二两三四五六七八九十百千万]|\bnot\s+\d/u.test(body) || /^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body) || /^\d+\s*(?:个)?(?:人)?\s*(?:其实|实际上?)?(?:是|应该是|应是|应为)\s*(?:人次|人)(?:哈|哦|啊|呀)?[。!！~～]*$/u.test(body);
  // "参观科技馆的是65人": words that may name a record, then its figure; applied only if they do.
  const namedAt = !ref ? NAMED_FIGURE.exec(body) : null;
  const named = namedAt?.[1] && !/(人数|人次|日期|时间|资料|户数|场次|数量|应|更正|记为|改)/u.test(namedAt[1]) && !/^(应该|应当|应|其实|实际上?|就|人数|一共|总共|共计?|总|都|也|还|那|这|当天|今天|昨天|实到|到场|参加)$/u.test(namedAt[1]) && !TO.test(namedAt[1]) ? namedAt : null;
  // "志愿者是25个": a figure of helpers named by its people ("人(志愿者)"); the people name the figure, not a record.
  const helpers = named ? readValue(named[0].replace(/(?:那场|那次|那条|的)?(?:是|为|有)(?=\s*[约近]?[\d一二两三四五六七八九十百千万])/u, ''), today, body) : undefined;
  if (helpers?.field === 'metric' && helpers.unit.startsWith('人(')) return { ...helpers, ref: {}, soft: true };
  // "展览延到19号才撤的，结束日期改一下": the end date asked to change, the day said before it.
  // "…是到2月28号结束的，补一下结束日期": the end date asked to be filled in, as a record of a span may lack it.
  if (!to && /(?:结束|截止|闭展|闭幕|撤展)(?:日期|时间)[^，,。；;]{0,4}(?:改|不对|错|补|加|填)|(?:补|加|填|写)(?:上|一下|下)?(?:个)?(?:结束|截止|闭展|闭幕|撤展)(?:日期|时间)/u.test(body)) {
    const day = findMessageDates(body, today).hits;
    // The kind of event said before the day ("展览…") names the record, so no other record's end moves.
    const kind = day[0] ? KIND_NAMED.exec(body.slice(0, day[0].index)) : null;
    // "寒假那个截止日期改一下": the words before 那个 name it when no kind does.
    // "前面报的寒假开放那条，结束时间写错了": when it was reported is no part of its name, and a comma may follow it.
    const pointed = kind?.[1] ? null : /^([\p{Script=Han}\d]{2,10}?)(?:那个|那条|那场|那次|这个|这条)(?:的)?[,，]?(?:结束|截止|闭展|闭幕|撤展)/u.exec(body.replace(REPORTED_WHEN, ''));
    // "科技馆寒假开放是到2月28号结束的": the words before "是到" and the day name the record.
    const spanned = kind?.[1] || pointed?.[1] || !day[0] ? null : /^([\p{Script=Han}\d]{2,12}?)(?:那个|那条|那场|那次|这个|这条|的)?(?:其实|实际上?)?(?:是|一直)?(?:开|办|展)?(?:到|至)$/u.exec(body.slice(0, day[0].index).trim());
    // "第一条结束日期写错了": the ordinal before the day names the record.
    const nth = day[0] ? REF.exec(body.slice(0, day[0].index)) : null;
    const ordinal = nth ? ordinalOf(nth) : undefined;
    if (day.length === 1 && day[0] && !day[0].end) return { field: 'date', value: day[0].date, dateEnd: null, end: true, ref: ordinal !== undefined ? { ordinal } : kind?.[1] ? { kind: kind[1] } : pointed?.[1] ? { words: pointed[1] } : spanned?.[1] ? { words: spanned[1] } : {} };
  }
  if (!lead && !polite && !leadAfterRef && !to && !wrong && !rechecked && !restated && !fieldLed && !numeric && !named && !(ref && (contrast || /[是为]/u.test(body) || /实到(?:了)?\s*[约近]?[\d一二两三四五六七八九十百千]/u.test(body) || LINK.test(body) || UNLINK.test(body) || /(有问题|不太对|不对)/u.test(body)))) {
    return softCorrection(text, today);
  }
  // "份数是1800": a count named by its unit is that figure ("是1800份").
  body = body.replace(/(?<![人场])([份户块册张件本篇])数(?:应该|应)?[是为]\s*([\d一二两三四五六七八九十百千万]+)(?![\d份户块册张件本篇人])/u, '是$2$1');
  // "人数多写了一个0": says how it is wrong, not what is right; the number in it is no new value.
  // "白马那场资料发了1900份，少打了个1": a figure stated in a clause of its own is the new value; the slip is an aside.
  const restates = /^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body);
  // The field a dropped slip names ("人数报多了，实到68个") is still the field of the value.
  const said = body;
  if (SLIP.test(body) && !to && !restates) {
    const clauses = body.split(/[,，。；;]/u).filter((c) => c.trim() !== '');
    const kept = clauses.filter((c) => !SLIP.test(c));
    // "…多打了，是105不是150": a bare number said as what it is counts as the new value, as a figure with its unit does.
    const restated = (c: string): boolean => /^(?:(?:应该|应当|其实|实际上?)?(?:是|为))\s*[约近]?\d+(?:\s*(?:，|,)?\s*(?:而)?不是\s*\d+)?(?:[\s。!！~～]|\p{Extended_Pictographic})*$/u.test(c.trim());
    if (kept.length === 0 || !kept.some((c) => findFigures(c).figures.length > 0 || restated(c))) return { field: 'unclear', ref: {} };
    // "讲座那条人数报多了，实到68个": the words before the slip in the first clause still name the record.
    const first = clauses[0] ?? '';
    const head = SLIP.test(first) ? first.slice(0, SLIP.exec(first)?.index ?? 0) : '';
    const names = REF.test(head) || head.replace(/(人数|日期|时间|资料|户数|场次|的|之前|原来|刚才)/gu, '').trim().length >= 2;
    body = [...(names ? [head] : []), ...kept].join('，');
    ref = REF.exec(body);
  }
  // "刚才发的有一条日期不对": "刚才" says when, not which; one of them is wrong, unnamed, and 一条 is no figure.
  const vagueRef = ref !== null && /^刚才(?:的)?$/u.test(ref[0]);
  if (vagueRef && UNNAMED.test(body)) return { field: 'unclear', ref: { unnamed: true } };
  const reference: CorrectionRef = !ref && !english && UNNAMED.test(body) ? { unnamed: true } : about?.[1] ? { words: about[1].trim() } : {};
  if (enNamed?.[1]) {
    reference.words = enNamed[1].trim();
    body = `${body.slice(0, enNamed.index)} ${body.slice(enNamed.index + enNamed[0].length)}`.replace(/^[\s,，。:：]+/u, '');
  }
  if (english) {
    const ordinal = ['first', 'second', 'third'].indexOf(english[1] ?? '');
    if (ordinal >= 0) reference.ordinal = ordinal;
    body = body.slice(0, english.index) + body.slice(english.index + english[0].length);
  }
  if (ref) {
    const ordinal = ordinalOf(ref);
    if (ordinal !== undefined) reference.ordinal = ordinal;
    // "前两天报的王教授那场": when and that it was reported are no part of the record's name.
    const words = body.slice(0, ref.index).replace(/^(把|将|那个|这个)/u, '').replace(/^(?:俺们|我们|咱们|咱|俺)/u, '').replace(/^(?:前两天|前几天|前天|昨天|上周|上次|之前|刚才|早上|上午|下午)?(?:报|发|交|录|填)(?:上来|上去|过)?的/u, '')
      // "上面那个1200…": where in the chat it was said points back and names no record.
      .replace(POINTER_ONLY, '').trim();
    body = body.slice((ref.index ?? 0) + ref[0].length);
    if (leadAfterRef) body = body.replace(/^的/u, '').replace(/^[:：]\s*/u, '').replace(LEAD, '');
    // "5号那个讲座实际来了96人", "那场培训人数应为85": the kind of event after 那个/那场 names the record too.
    const kind = KIND_AFTER_REF.exec(body)?.[1] ?? PLACE_AFTER_REF.exec(body)?.[1];
    if (words.length >= 2) reference.words = words;
    // "报的那个110人的下乡日期写错了": a figure of the record and its kind, after 那个, name it; neither is a value.
    const byFigure = !kind && ordinal === undefined ? FIGURE_NAMED.exec(body) : null;
    if (byFigure?.[1] && findFigures(byFigure[1]).figures.length === 1) {
      reference.words = `${reference.words ?? ''}${byFigure[1]}`;
      body = body.slice(byFigure[0].length);
    }
    if (kind && ordinal === undefined) reference.kind = kind;
    // "那条标题改下，不是讲座，是“…”": asking for the title to change leads as its being wrong would.
    const after = kindSwap(body.replace(KIND_AFTER_REF, '').replace(/^(?:的)?(?:(?:标题|名称|活动名称|名字|题目|地点|地方|场地|位置)?(?:写错了|报错了|搞错了|弄错了|记错了|说错了|打错了|错了|不对)|(?:标题|名称|活动名称|名字|题目)(?:要|得|需要)?(?:改下|改一下|改改|更正一下|修改一下|改))\s*[,，。!！]?\s*/u, ''));
    if (after) return { ...after, ref: reference };
  } else if (named?.[1]) {
    // "座谈会收上来的建议是3条": what was collected or handed out, and its verb, are no part of the record's name.
    const handed = /^(\p{Script=Han}{2,10}?)(?:那边|那天|当天|现场)?(?:收上来|收回来|收集上来|收集到?|收到|征集上来|征集到?|回收|发放|发出去?|发下去|送出去?|领走|交上来|提出)了?的\p{Script=Han}{1,6}$/u.exec(named[1]);
    reference.words = handed?.[1] ?? named[1];
  } else {
    // "更正：讲座人数应为85人": the words before the field name say which record.
    const field = /(人数|日期|时间|资料|户数|场次)/u.exec(body);
    // "宣讲那天发放的资料": the day and the verb are no part of the record's name.
    const words = field ? body.slice(0, field.index).replace(/^(把|将|那个|这个|的)/u, '').replace(/的$/u, '').replace(/(那天|当天|那次|那场)?(发放|发了|发|送出|领取)?$/u, '').trim() : '';
    if (!reference.words && words.length >= 2 && words.length <= 12 && !END_DATE.test(body)) reference.words = words;
    // "义诊那天的健康手册实际只发出去450份": with no field named, the event before 那天/那次 names the record.
    const pointed = to && !field ? /^([\p{Script=Han}\d]{2,10}?)(?:那天|当天|那次|那场|那回)(?:的)?\p{Script=Han}{0,6}$/u.exec(body.slice(0, to.index).trim()) : null;
    if (!reference.words && pointed?.[1]) reference.words = pointed[1];
    // "讲座其实办了三场": the event held in more sessions than written is named by the words before.
    const split = to && !field && /^(?:实际|其实)上?(?:是)?(?:分了?|分成了?|办了|开了|讲了|搞了)$/u.test(to[0]) ? /^([\p{Script=Han}]{2,8})$/u.exec(body.slice(0, to.index).trim()) : null;
    if (!reference.words && split?.[1]) reference.words = split[1];
    // "the 实验小学 lecture 应该是 540": among English words before the new value, the Chinese ones name the record.
    const framed = to && !field ? body.slice(0, to.index) : '';
    const among = /[a-z]{2,}/u.test(framed) ? framed.replace(/[a-z]+/gu, ' ').replace(/[^\p{Script=Han}\d/]+/gu, ' ').trim() : '';
    if (!reference.words && /\p{Script=Han}{2}/u.test(among) && among.length <= 12) reference.words = among;
  }
  if (!ref && !english && !enNamed && !named && !reference.words && !reference.unnamed) reference.bare = true;
  const weak = named && !ref && !lead && !to && !wrong && !rechecked ? { soft: true } : {};
  // "重新数了一下，160人": the words of counting again go; the figure after them is the value.
  if (rechecked) body = body.replace(new RegExp(`${RECHECKED.source}\\s*[,，。:：]?\\s*`, 'u'), '').trim();
  // "是42户，38是上个月的": a later clause opening on a bare number, then where it came from, names the old figure.
  // "是1200份，1500是印的数，还有300份在库房": what follows that clause is a reason too.
  const origin = /[,，。；;]\s*(\d+|[一二两三四五六七八九十百千]{2,})\s*(?:那个|这个)?(?:是|为)([^,，。；;\d]*)(?=[,，。；;]|$)/u.exec(body);
  let oldNamed: string | undefined;
  if (origin?.[1] && (findMessageDates(origin[2] ?? '', today).hits.length > 0 || /(之前|以前|原来|原先|旧|老|上次|别的|其他|另一|错的|打错|抄错|报名|报的名|印|计划|预计|准备|领取?的|订的|采购)/u.test(origin[2] ?? ''))) {
    oldNamed = origin[1];
    // "搞错了，95是报名的，实到59个人": with no value before it, the value is said after the reason; only the reason goes.
    const prior = body.slice(0, origin.index);
    body = /\d/u.test(prior) || findFigures(prior).figures.length > 0 ? prior : `${prior}${body.slice(origin.index + origin[0].length)}`;
  }
  // "the 600 should be 660": in English, a bare number before the new value is the old one, in whichever field holds it.
  const toNow = !ref && !oldNamed ? TO.exec(body) : null;
  // "the 600 is wrong, it should be 660", "600 should be 660": the number and no word naming its field.
  const enOld = toNow ? /^\s*(?:the\s+)?(\d+)\s*(?:(?:is|was)\s+wrong\s*[,，.]?\s*(?:it\s+)?)?$/u.exec(body.slice(0, toNow.index)) : null;
  if (toNow && enOld?.[1]) {
    oldNamed = enOld[1];
    body = body.slice(toNow.index);
  }
  // "这条算到科普日那项下面": a plan item for a record pointed at by 这条 alone; after several records, that names none.
  const itemRef: CorrectionRef = ref && /^(?:这|那)[条场次个]$/u.test(ref[0]) && !reference.words && !reference.kind && reference.ordinal === undefined && !english && !enNamed ? { ...reference, bare: true } : reference;
  const unlink = UNLINK.exec(body);
  // "别挂科技活动周了，挂到科技馆接待参观那一项": a link said after the unlink wins.
  const later = unlink ? LINK.exec(body.slice(unlink.index + unlink[0].length).replace(/^[^,，。；;]*[,，。；;]?/u, '')) : null;
  // "算流动科技馆巡展那条任务的，别挂到科技馆接待下面": the item said before the unlink is where it goes.
  const before = unlink && !later ? LINK_BEFORE_UNLINK.exec(body.slice(0, unlink.index)) : null;
  if (before?.[1]) return { field: 'item', words: before[1].trim(), ref: itemRef };
  // "别挂到科普日上": the words of the item it is taken from, up to the end of the clause.
  if (unlink && !later) return { field: 'item', words: (/^[^,，。；;]*/u.exec(body.slice(unlink.index + unlink[0].length))?.[0] ?? '').replace(/^(?:到|在|进)/u, '').replace(/(?:上|下面|里|里面|那一?项|这一?项|那条|了|的|吧)+$/u, '').trim(), none: true, ref: itemRef };
  if (later) return { field: 'item', words: (later[2] ?? '').trim(), ref: itemRef };
  const link = LINK.exec(body);
  if (link) return { field: 'item', words: (link[2] ?? '').trim(), ref: itemRef };
  // Only the first clause says what is new: "是190名，少算了一个年级".
  if (/^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body)) body = body.split(/[,，。；;]/u)[0] ?? body;
  // Split "是X不是Y" / "不是Y，是X" / "X, not Y" into the new and the old part.
  let fresh = body;
  let old = oldNamed ?? '';
  let m: RegExpExecArray | null;
  // "时间搞错了，不是周六，是…", "人数不是95，是…": a lead naming only the field is no part of either value.
  // "不是一百三十来人，实到112人": who came, said after the figure denied, is the new one too.
  if ((m = new RegExp(`^(.*?)不是(.+?)[,，、]\\s*(?:而|就)?(?:是|it was\\b|it's\\b|(?=实到|实际到场|实际来了?|${DAY_AHEAD}))(.+)$`, 'u').exec(body.replace(FIELD_WRONG_LEAD, ''))) && (!m[1]?.trim() || NAMES_RECORD.test(m[1].trim()))) {
    // "俺们19号那回发的册子不是…": who speaks, and the thing handed out, are no part of the record's name.
    if (m[1]?.trim() && !reference.words && reference.ordinal === undefined) reference.words = m[1].trim().replace(/^(?:俺们|我们|咱们|咱|俺)/u, '').replace(/(?:那回|这回|那次|那场|那天|当天)?(?:发放|发出|发了|发|送出|送了|领取|领了)(?:的|了)?\p{Script=Han}{0,6}$/u, '').replace(/(那个|那条|那场|那次|那回|这回|的)$/u, '');
    old = m[2] ?? '';
    fresh = m[3] ?? '';
  } else if ((m = /^(.*?)[,，]?\s*(?:而)?不是(.+)$/u.exec(body) ?? /^(.*?)[,，]\s*(?:而)?(?:并)?非(?=\s*[\d一二两三四五六七八九十百千万]|星期|周)(.+)$/u.exec(body)) && m[1]?.trim()) {
    fresh = m[1];
    // "是人次不是人，同一个人来几次的都算进去了": the value denied ends its clause; what follows is a reason, unless
    // it says the value again ("…，日期帮我改成16-18号").
    const denied = (m[2] ?? '').split(/[,，。；;]/u);
    old = TO.test(denied.slice(1).join('，')) ? (m[2] ?? '') : (denied[0] ?? '');
  } else if ((m = /^(.*?)[,，]?\s*\b(?:not|instead of)\b(.+)$/u.exec(body))) {
    fresh = m[1] ?? '';
    // "…, not the 24th": a day named alone is the day it was on ("on the 24th").
    old = (m[2] ?? '').replace(/^\s*the\s+(?=\d{1,2}(?:st|nd|rd|th)\b)/u, 'on the ');
  }
  const at = TO.exec(fresh);
  const opened = at ? fresh.slice((at.index ?? 0) + at[0].length) : fresh.replace(/^.*?(?:是|为|\bwas\b|\bis\b)/u, '') || fresh;
  // "应该是330，后来有两个班补进来听了": a value said first ends its clause; a count in the reason after it is no value.
  let newPart = /^\s*[约近]?[\d一二两三四五六七八九十百千万]+\s*[,，。；;]/u.test(opened) ? (opened.split(/[,，。；;]/u)[0] ?? opened) : opened;
  // "…应该是搞了 我听小李说来了一百多人": a long message whose 应该是 opens no value is a report, not a correction.
  if (at && text.length > 30 && !lead && !FIGURE_OR_DATE.test(newPart.trim().split(/[，,。；;\s]+/u)[0] ?? '')) return undefined;
  // "国庆开放延长到了7号", "一直开到7号": the day after 到 is the span's last; the words before it name the record.
  const extendedAt = EXTENDED.exec(newPart);
  if (extendedAt) {
    const named = newPart.slice(0, extendedAt.index).replace(/(实际上?|其实|那条|那场|那次|这条|的)/gu, '').replace(/[:：,，\s]/gu, '');
    if (named.length >= 2 && !reference.words && reference.ordinal === undefined) reference.words = named;
    newPart = newPart.slice(extendedAt.index + extendedAt[0].length);
  }
  const read = readValue(withoutDayNamingRecord(newPart, old, today), today, said);
  // "参观那次带队老师是4名": the people said before 是 name a figure of helpers, not the headcount.
  const helpersBefore = read?.field === 'headcount' ? readValue(fresh.split(/[,，。；;]/u)[0] ?? '', today, said) : undefined;
  const value = helpersBefore?.field === 'metric' && helpersBefore.unit.startsWith('人(') ? helpersBefore : read;
  if (!value) {
    // "75那个应该是78", "should be 165 not 156": a bare number for a bare number, in whichever field holds it.
    const bareNew = scanNumbers(newPart).filter((t) => !t.invalid);
    const bareOld = scanNumbers(old || (reference.words ?? '')).filter((t) => !t.invalid);
    if (bareNew.length === 1 && bareOld.length === 1 && !findMessageDates(newPart, today).hits.length) return { field: 'number', value: bareNew[0]!.value, old: bareOld[0]!.value, ref: reference };
    const name = newPart.trim().replace(/[。!！]$/u, '');
    if (at && EVENT_NAME.test(name)) return { field: 'title', value: name, ref: reference };
    // "城关那条标题帮我改成“防灾减灾日应急科普讲座”": a quoted name said for the title is the whole new title.
    const quoted = /^[“"「『]([^“”"「」『』]{2,40})[”"」』]$/u.exec(name);
    if (at && quoted?.[1] && (TITLE_FIELD.test(said.slice(0, said.indexOf(name))) || EVENT_NAME.test(quoted[1]))) return { field: 'title', value: asWritten(raw, quoted[1]), ref: reference };
    return { field: 'unclear', ref: reference };
  }
  // The old part may be a bare number ("…, not 450"): it is the same field as the new one.
  const oldBare = scanNumbers(old).find((t) => !t.invalid && (t.arabic || t.written.length > 1));
  const previous: Value | undefined = readValue(old, today, said) ??
    (oldBare && value.field === 'headcount' ? { field: 'headcount', value: oldBare.value, approximate: false } : oldBare && value.field === 'metric' ? { field: 'metric', unit: value.unit, value: oldBare.value } : undefined);
  // "应该是上周的", "是上个月搞的": a week or a month with no day in it says when, not which day; ask for the day.
  if (value.field === 'date' && value.dateEnd && /^(?:上上|上|本|这|下)?(?:个)?(?:周|星期|礼拜|月)(?:的|办的|搞的|开的|弄的)?[。!！]?$/u.test(newPart.trim())) {
    const [, month, day] = value.value.split('-').map(Number);
    return { field: 'unclear', ask: `“${newPart.trim().replace(/(?:的|办的|搞的|开的|弄的)?[。!！]?$/u, '')}”是${value.value}至${value.dateEnd}，是哪一天、哪一条？请写明，例如：更正：日期是${month}月${day}日（没有改动）`, ref: reference };
  }
  // "是到2月28号才结束的": the day the span ended.
  // "其实是两天，16、17号都在那边": two days in a row said for one record make it a span from the first.
  const twoDays = value.field === 'date' && !value.dateEnd ? /(?:是|搞了|办了|开了)?(?:两|2)天[^。；;]*?(?<![\d.])(\d{1,2})\s*[、和,，]\s*(\d{1,2})\s*[号日]/u.exec(said) : null;
  if (value.field === 'date' && twoDays && Number(twoDays[2]) === Number(twoDays[1]) + 1 && Number(value.value.slice(8, 10)) === Number(twoDays[2])) {
    return { ...value, value: `${value.value.slice(0, 8)}${String(twoDays[1]).padStart(2, '0')}`, dateEnd: value.value, ref: reference, ...weak };
  }
  // "是9号到20号，不是到18号": only the last day was denied; it is the one that moves.
  if (value.field === 'date' && value.dateEnd && previous?.field === 'date' && !previous.dateEnd && /^\s*(?:到|至)/u.test(old)) {
    return { field: 'date', value: value.dateEnd, dateEnd: null, old: previous.value, end: true, ref: reference, ...weak };
  }
  if (value.field === 'date') {
    const ends = (extendedAt !== null || END_DATE.test(body) || ENDS_ON.test(newPart.trim()) || EN_ENDS_ON.test(newPart)) && !value.dateEnd;
    const starts = !ends && !value.dateEnd && START_DATE.test(said);
    // "不是周四开的，是周三": one bare weekday for another moves the day within the record's own week.
    const bareDay = (part: string): boolean => /^\s*(?:周|星期|礼拜)[一二三四五六日天](?:开的|办的|的)?(?=[\s,，。!！]|$)/u.test(part);
    if (previous?.field === 'date' && !ends && !value.dateEnd && bareDay(old) && bareDay(newPart)) {
      const shift = ((weekdayOf(value.value) + 6) % 7) - ((weekdayOf(previous.value) + 6) % 7);
      return { ...value, old: previous.value, shift, ref: reference, ...weak };
    }
    return { ...value, ...(previous?.field === 'date' ? { old: previous.value } : {}), ...(ends ? { end: true as const } : {}), ...(starts ? { start: true as const } : {}), ref: reference, ...weak };
  }
  // "是260个人 不是人次": the unit denied alone says the figure is counted in the other one.
  const deniedUnit = value.field === 'headcount' && !value.unit ? /^\s*(人次|人)(?=[\s,，。!！]|$)/u.exec(old)?.[1] : undefined;
  if (value.field === 'headcount' && deniedUnit) return { ...value, unit: deniedUnit === '人次' ? '人' : '人次', ref: reference, ...weak };
  // "前报42户有误，应为45户": the one figure said wrong before the new value, in the same unit, is the old one.
  const wrongOld = previous ? undefined : oldSaidWrong(said, value);
  // "上一条的210是人次": the one figure said before 是 of a unit alone is the headcount kept; it names the record.
  const kept = value.field === 'headcount' && value.value === null && value.unit && !previous ? scanNumbers(at ? fresh.slice(0, at.index) : (/^(.*?)(?:是|为)/u.exec(fresh)?.[1] ?? '')).filter((t) => !t.invalid && (t.arabic || t.written.length > 1)) : [];
  if (value.field === 'headcount' && kept.length === 1) return { ...value, old: kept[0]!.value, ref: reference, ...weak };
  if (value.field === 'headcount') return { ...value, ...(previous?.field === 'headcount' && previous.value !== null ? { old: previous.value } : wrongOld !== undefined ? { old: wrongOld } : {}), ref: reference, ...weak };
  if (value.field === 'metric') return { ...value, ...(previous?.field === 'metric' ? { old: previous.value } : wrongOld !== undefined ? { old: wrongOld } : {}), ref: reference, ...weak };
  return { field: 'unclear', ref: reference };
}

/** A figure said to be estimated, not counted: 估的, 估计的, 粗估, 约数, 大概数, 不是准数/实数/确数. */
const ESTIMATED = /估(?:计|算|摸)?(?:出来)?的|(?:毛|粗)估|(?:约|概|大概|大约|大致|估)(?:的)?数|不是(?:准|实|确|精确|准确|确切)数|不是(?:数|点|清点)(?:出来)?的|没(?:有)?(?:细|仔细|认真|具体|一个个)?(?:数|点|清点)(?:过)?/u;
/** Words before a figure pointing back at one already sent, and nothing else ("刚才那个", "之前报的", "上面那条的"). */
const BACK_POINTER = /^(?:刚才|刚刚|刚|之前|前面|上面|上午|昨天|早上)?(?:我)?(?:报|发|写|说|填)?(?:的)?(?:那个|这个|那条|这条|那场|那次)?(?:的)?(?:人数)?(?:是)?$/u;
/** A new value said with it ("实际是213人", "应该是…"): the count was redone, so the figure said is no estimate. */
const NEW_VALUE = /准确(?:的)?(?:是|为|数)|确切|实际|实到|核实|核对|重新|应该是|应是|应为|改成|改为|其实是|而是/u;

/** "人数不是准数，", "这条人数是估的，": the headcount field said to be no exact count, opening the message. */
const FIELD_NOT_EXACT = new RegExp(`^(?:这条|那条|刚才那条|刚才)?(?:的)?(?:参加|到场|参与)?(人数|人次)(?:也)?(?:其实|实际上?)?(?:也|都)?(?:是)?(?:${ESTIMATED.source})(?:的)?\\s*[,，。；;]\\s*`, 'u');
/** "大概300左右", "约250上下", "三百来人": a figure said as a rough one. */
const HEDGED = /^(?:(?:大概|大约|约|差不多|估计|估摸|应该)(?:有|是)?\s*[\d一二两三四五六七八九十百千万]|[\d一二两三四五六七八九十百千万]+\s*(?:来|多)?\s*(?:个|名|位)?\s*(?:人次|人)?\s*(?:左右|上下|出头))/u;

/**
 * "刚才那个200人不是准数，大概估的": a headcount of the record said to be estimated, with no other figure, stays as it is
 * and becomes approximate; the figure names the record.
 */
function estimatedFigure(body: string): Correction | undefined {
  if (!ESTIMATED.test(body) || NEW_VALUE.test(body)) return undefined;
  const numbers = scanNumbers(body).filter((t) => !t.invalid);
  // "人数不是准数，大概300左右": the headcount, named as the field said not to be exact, is the hedged figure said
  // after; nothing names the record, so it is the latest only when it is the only one.
  const field = FIELD_NOT_EXACT.exec(body);
  if (field && numbers.length === 1 && numbers[0]!.start >= field[0].length && HEDGED.test(body.slice(field[0].length))) {
    return { field: 'headcount', value: numbers[0]!.value, ...(field[1] === '人次' ? { unit: '人次' as const } : {}), approximate: true, ref: { bare: true } };
  }
  const people = /(\d+|[一二两三四五六七八九十百千万]+)\s*(?:个|名|位)?\s*(人次|人)(?!员)/u.exec(body);
  // "300是大概数", "刚才那个300只是个约数": a figure with no unit, said at once to be an estimate, is the stored
  // headcount it repeats (the old value names the record; a figure no record counts as people is not read so).
  const lone = numbers.length === 1 && !people ? new RegExp(`^\\s*(?:是|算|只是|就是|都是|也是)?\\s*(?:个|一个)?\\s*(?:${ESTIMATED.source})`, 'u').exec(body.slice(numbers[0]!.end)) : null;
  if (lone && BACK_POINTER.test(body.slice(0, numbers[0]!.start))) return { field: 'headcount', value: numbers[0]!.value, approximate: true, old: numbers[0]!.value, ref: {} };
  if (numbers.length !== 1 || !people || people.index !== numbers[0]!.start) return undefined;
  // Only a figure pointed back at ("刚才那个", "之前报的", "上面写的") is one already stored; "来了200人，估计的" reports.
  if (!BACK_POINTER.test(body.slice(0, people.index))) return undefined;
  const value = numbers[0]!.value;
  // The unit stays as stored: the figure, not its unit, is what was said to be estimated.
  return { field: 'headcount', value, approximate: true, old: value, ref: {} };
}

/** "办了三天", "搞了两天", "持续了5天": how many days an event lasted. */
const LASTED = /(?:办|搞|开|展|举办|持续|进行|弄)了\s*([两二三四五六七八九十]|\d{1,2})\s*天/u;

/**
 * "展览那个其实办了三天，16号到18号，2600是三天加起来的": the days an event lasted, then its first and last day, set its
 * span; the words before 那个 name the record. The figure said to cover all the days is no change. A count of days the
 * span does not hold is no span said for sure.
 */
function lastedDays(body: string, today: CivilDate): Correction | undefined {
  const lasted = LASTED.exec(body);
  if (!lasted?.[1]) return undefined;
  const spans = findMessageDates(body, today).hits.filter((h) => h.end);
  const span = spans.length === 1 ? spans[0] : undefined;
  if (!span?.end || span.index < lasted.index) return undefined;
  const days = /^\d+$/u.test(lasted[1]) ? Number(lasted[1]) : '一两三四五六七八九十'.indexOf(lasted[1]) + 1 || ('二' === lasted[1] ? 2 : 0);
  if (Math.round((Date.parse(span.end) - Date.parse(span.date)) / 86_400_000) + 1 !== days) return undefined;
  const head = body.slice(0, lasted.index);
  const ref = REF.exec(head);
  const words = (ref ? head.slice(0, ref.index) : head).replace(/(?:其实|实际上?|是|的)+$/u, '').replace(/^(?:俺们|我们|咱们|咱|俺)/u, '').trim();
  return { field: 'date', value: span.date, dateEnd: span.end, ref: words.length >= 2 ? { words } : {} };
}

/** The figure a message says is wrong before it gives the new one ("前报42户有误，应为45户"), in the new value's unit. */
function oldSaidWrong(said: string, value: Value): number | undefined {
  const to = TO.exec(said);
  const head = to ? said.slice(0, to.index) : '';
  if (!WRONG.test(head) && !/(不对|有问题)/u.test(head)) return undefined;
  const same = findFigures(head).figures.filter((f) => (value.field === 'metric' ? f.unit === value.unit : value.field === 'headcount' && f.people));
  const fresh = value.field === 'metric' ? value.value : value.field === 'headcount' ? value.value : undefined;
  return same.length === 1 && same[0]!.value !== fresh ? same[0]!.value : undefined;
}
