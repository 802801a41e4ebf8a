// Reads a correction in words: "更正：刚才那条人数应为85人", "不对，是上周五不是周四", "讲座那条人数写错了，
// 应该是59人", "correction: 120 people, not 102". What it changes, which record it names, and the old value.
import type { CivilDate } from '../dates/civil-date.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { scanNumbers } from '../text/scan-numbers.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';
import { UNSURE_COUNT } from './report-doubts.js';
import { roleOf } from './headcount.js';
import { roleLabel } from './people-label.js';

/** Which record the author means: the n-th of the latest batch, one whose words match, or the latest. */
export interface CorrectionRef {
  ordinal?: number;
  words?: string;
  /** "有一条写错了", "其中一个": one of several, not named; never the latest by default. */
  unnamed?: boolean;
}

/** The new value of one field, the old value the author named (to find the right record), and the record named. */
export type Correction = (
  | { field: 'headcount'; value: number | null; unit?: '人' | '人次'; approximate: boolean; old?: number }
  | { field: 'date'; value: CivilDate; dateEnd: CivilDate | null; old?: CivilDate; /** "结束日期改成11月14日": only the last day of a span. */ end?: true }
  | { field: 'metric'; unit: string; value: number; old?: number }
  | { field: 'item'; words: string; /** "不要挂全委会那项": unlinked. */ none?: boolean }
  /** "不是展览是竞赛": a word of the title (the kind of event) was wrong. */
  | { field: 'title'; value: string; old?: string }
  /** "75那个应该是78": a bare number replacing the same number in whichever field holds it. */
  | { field: 'number'; value: number; old: number }
  /** "是去年的": the year of the date. */
  | { field: 'year'; year: number }
  /** "这条算竞赛", "这条不算讲座": the record's statistical category (read by core/stats/read-category-correction). */
  | { field: 'category'; category: string; mode: 'replace' | 'add' | 'remove' | 'only' }
  | { field: 'unclear' }
) & {
  ref: CorrectionRef;
  /** Read from a short line with no correction word ("横幅是8条"): apply only if a recent record has that figure. */
  soft?: boolean;
};

const LEAD = /^(更正|纠正|修正|订正|改正|勘误|correction|correct|fix|更改|改一下|修改一下|sorry|oops|不对|错了|搞错了|弄错了|说错了|记错了|写错了|打错了)\s*[:：,，。!！]?\s*/u;
/** How a figure was mistyped ("少打了个1", "多写了一个0"): no new value in itself. */
const SLIP = /(多写|少写|写多|写少|多打|少打|多算|少算)/u;
const WRONG = /(写错|搞错|记错|弄错|打错|说错|错了|有误|[记写弄搞填打]反了|多写|少写|写多|写少|多打|少打|多算|少算)/u;
/** "准确是213人", "确切数字是64人": the exact figure, counted after the fact, is the value to set. */
const TO = /(应该记为|应记为|记为|应该为|应该是|应为|应是|改成|改为|更正为|实际是|实际为|实际(?:上)?(?:来了|到了|到场|参加了?)(?=\s*[约近]?[\d一二两三四五六七八九十百千])|其实是|就是|(?:准确|确切|精确)的?(?:数字|数|人数)?[是为]|should be|should have been)/u;
const REF = /(那条|这条|那场|这场|那次|这次|那个|这个(?![月周季星年礼])|上一条|上条|刚才那条|刚才的|刚才|第([一二三四五12345])条)/u;
const FIELD_WORDS: Array<[RegExp, 'headcount' | 'date' | string]> = [
  [/(人数|人次|参加人|到场|people|attendees|headcount)/u, 'headcount'],
  [/(日期|时间|哪天|date|day)/u, 'date'],
  [/(户数|农户)/u, '户'],
  [/(场次)/u, '场次'],
  [/(资料|宣传册|册数)/u, '份'],
];
const LINK = /(挂到|关联到|归到|算到|算作|算在|记到|放到|属于|链接到|对应|(?<=(?:应该|应当|应))算(?:是)?)(.+?)(?:[,，。]|不是|$)/u;
/** "别挂科技活动周了", "这条不算科技活动周的" (不算 an item's words 的: not that item's, not deleted). */
const UNLINK = /(?:不要|不用|别|不该|不应该|不能)(?:挂|关联|算到|算在|归到|算进|记到|挂到|放到)|不算(?=[^，,。；;]{2,12}的(?:活动|任务|项目)?(?:[，,。；;]|$))/u;
/** A clause that says a record is not an item's ("不算科技活动周的"), which no deletion reads. */
/** "结束日期改成…", "截止时间应为…": the field is the span's last day; 结束 names no record. */
const END_DATE = /^(?:这条|那条|刚才那条)?(?:的)?(?:结束|截止|闭展|闭幕)(?:日期|时间)/u;

export const NOT_ITEMS = /不算[^，,。；;]{2,12}的(?:活动|任务|项目)?$/u;
/** "开的其实是常委会": a new name of the kind of event, when no figure or date is given. */
const EVENT_NAME = /^[\p{Script=Han}]{1,10}(会|赛|展|展览|讲座|培训|活动|课|节|营|论坛|沙龙|演练|下乡|集)$/u;
/** "日期有一个写错了", "其中一条": one record of several, which the author does not name. */
const UNNAMED = /(?:有[一两几]?[个条场次项]|其中(?:有)?[一两][个条场次项]|某一?[个条场次项])(?:的)?(?:日期|时间|人数|数字|数)?(?:写|记|搞|弄|打|说|填)?(?:错|不对|有误|反)|one of (?:them|the)/u;
const EN_REF = /\b(?:the\s+)?(first|second|third|last|latest|previous)\s+(?:one|record|entry|report)\b/u;
/** "参观科技馆的是65人", "西村那场是68人": a few words, then 是 and a counted figure. */
const NAMED_FIGURE = /^([\p{Script=Han}\d]{2,14}?)(?:那场|那次|那条|的)?(?:是|为|有)\s*[约近]?[\d一二两三四五六七八九十百千万]+\s*(?:人次|人|名|位|份|块|条|场|个|户|件|册|张|项)/u;
/** "不是展览是竞赛", "写成培训了，…是职工技能竞赛": the kind of event, no figure or date on either side. */
function kindSwap(body: string): { field: 'title'; value: string; old?: string } | undefined {
  const m =
    /^(?:的)?(?:不是|并不是|并非)(?<old>[\p{Script=Han}]{1,8}?)[,，]?\s*(?:而|就)?是(?<fresh>[\p{Script=Han}]{1,12})/u.exec(body) ??
    /^是(?<fresh>[\p{Script=Han}]{1,12}?)[,，]?\s*(?:而)?不是(?<old>[\p{Script=Han}]{1,8}?)(?:[,，。!！]|$)/u.exec(body) ??
    /^写成(?:了)?(?<old>[\p{Script=Han}]{1,8}?)了?[,，].{0,8}?(?:应该|其实|实际)?是(?<fresh>[\p{Script=Han}]{1,12})/u.exec(body);
  const old = m?.groups?.old;
  const fresh = m?.groups?.fresh?.replace(/(的|啊|哈|了)$/u, '');
  if (!old || !fresh || FIGURE_OR_DATE.test(`${old}${fresh}`) || /^(人|人次)$/u.test(fresh) || /(人数|日期|时间)/u.test(`${old}${fresh}`)) return undefined;
  return { field: 'title', value: fresh, old };
}
const YEAR = /^(?:(?:应该|应|其实)?是|年份(?:应该|应)?是|不是今年(?:的)?[,，]?\s*是)?(去年|前年|今年)(?:的|办的|搞的|举办的)?(?:活动)?[。!！]?$/u;
const FIGURE_OR_DATE = /[\d一二两三四五六七八九十百千万]|(今天|昨天|前天|上周|本周|周[一二三四五六日天]|星期|月|日|号)/u;

/** The correction in a message, or undefined when the message is not one. */
export function readCorrection(raw: string, today: CivilDate): Correction | undefined {
  const text = digitsForEnglishNumbers(normalizeText(raw.trim()).replace(/[A-Z]/g, (c) => c.toLowerCase()));
  if (text.length > 300 || /[?？吗]\s*$/u.test(text) || UNSURE_COUNT.test(text)) return undefined;
  // "不对不对，…", "sorry, correction: …": every lead word goes.
  let lead: RegExpExecArray | null = null;
  let body = text;
  for (let k = 0, m: RegExpExecArray | null; k < 3 && (m = LEAD.exec(body)) && m[0].length > 0; k++) {
    lead = m;
    body = body.slice(m[0].length);
  }
  // "人数不对", "日期好像有问题": which field is wrong, not what is right; ask for the value.
  if (/^(?:这条|那条|刚才那条)?(?:的)?(?:人数|日期|时间|资料|户数|场次|数字)(?:好像|可能|似乎)?(?:不对|有问题)[。!！]?$/u.test(body)) return { field: 'unclear', ref: {} };
  const year = YEAR.exec(body.replace(/^(这条|那条|刚才那条|刚才的)/u, ''));
  if (year?.[1]) {
    const now = Number(today.slice(0, 4));
    return { field: 'year', year: year[1] === '去年' ? now - 1 : year[1] === '前年' ? now - 2 : now, ref: {} };
  }
  const unit = unitSwap(body);
  if (unit) return unit;
  const swapped = kindSwap(body.replace(/^(这条|那条|刚才那条|刚才的|这个|那个)/u, ''));
  if (swapped) return { ...swapped, ref: {} };
  const ref = REF.exec(body);
  const english = EN_REF.exec(body);
  const to = TO.exec(body);
  const wrong = WRONG.test(body);
  const contrast = /不是/u.test(body) || /\bnot\b/u.test(body);
  const restated = /^不是.{1,12}?[,，]\s*(?:而|就)?是|^是.{1,12}?[,，]?\s*不是/u.test(body);
  const fieldLed = /^(人数|日期|时间|资料|户数|场次|标题|名称|活动名称)\s*(是|为|应是|应为|改成|改为)/u.test(body);
  // "展板是25块，不是20", "是73条，后面又交上来一批": a figure said again against the one written.
  const numeric = /不是\s*[\d一二两三四五六七八九十百千万]|\bnot\s+\d/u.test(body) || /^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body);
  // "参观科技馆的是65人": words that may name a record, then its figure; applied only if they do.
  const namedAt = !ref ? NAMED_FIGURE.exec(body) : null;
  const named = namedAt?.[1] && !/(人数|人次|日期|时间|资料|户数|场次|数量|应|更正|记为|改)/u.test(namedAt[1]) && !/^(应该|应当|应|其实|实际上?|就|人数|一共|总共|共计?|总|都|也|还|那|这|当天|今天|昨天|实到|到场|参加)$/u.test(namedAt[1]) && !TO.test(namedAt[1]) ? namedAt : null;
  // "展览延到19号才撤的，结束日期改一下": the end date asked to change, the day said before it.
  if (!to && /(?:结束|截止|闭展|闭幕|撤展)(?:日期|时间)[^，,。；;]{0,4}(?:改|不对|错)/u.test(body)) {
    const day = findMessageDates(body, today).hits;
    if (day.length === 1 && day[0] && !day[0].end) return { field: 'date', value: day[0].date, dateEnd: null, end: true, ref: {} };
  }
  if (!lead && !to && !wrong && !restated && !fieldLed && !numeric && !named && !(ref && (contrast || /[是为]/u.test(body) || LINK.test(body) || UNLINK.test(body) || /(有问题|不太对|不对)/u.test(body)))) {
    return softCorrection(text);
  }
  // "份数是1800": a count named by its unit is that figure ("是1800份").
  body = body.replace(/(?<![人场])([份户块册张件本篇])数(?:应该|应)?[是为]\s*([\d一二两三四五六七八九十百千万]+)(?![\d份户块册张件本篇人])/u, '是$2$1');
  // "人数多写了一个0": says how it is wrong, not what is right; the number in it is no new value.
  // "白马那场资料发了1900份，少打了个1": a figure stated in a clause of its own is the new value; the slip is an aside.
  const restates = /^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body);
  if (SLIP.test(body) && !to && !restates) {
    const kept = body.split(/[,，。；;]/u).filter((c) => c.trim() !== '' && !SLIP.test(c));
    if (kept.length === 0 || !kept.some((c) => findFigures(c).figures.length > 0)) return { field: 'unclear', ref: {} };
    body = kept.join('，');
  }
  // "刚才发的有一条日期不对": "刚才" says when, not which; one of them is wrong, unnamed, and 一条 is no figure.
  const vagueRef = ref !== null && /^刚才(?:的)?$/u.test(ref[0]);
  if (vagueRef && UNNAMED.test(body)) return { field: 'unclear', ref: { unnamed: true } };
  const reference: CorrectionRef = !ref && !english && UNNAMED.test(body) ? { unnamed: true } : {};
  if (english) {
    const ordinal = ['first', 'second', 'third'].indexOf(english[1] ?? '');
    if (ordinal >= 0) reference.ordinal = ordinal;
    body = body.slice(0, english.index) + body.slice(english.index + english[0].length);
  }
  if (ref) {
    const ordinal = ref[2] ? '一二三四五12345'.indexOf(ref[2]) % 5 : undefined;
    if (ordinal !== undefined) reference.ordinal = ordinal;
    const words = body.slice(0, ref.index).replace(/^(把|将|那个|这个)/u, '').trim();
    if (words.length >= 2) reference.words = words;
    body = body.slice((ref.index ?? 0) + ref[0].length);
    const after = kindSwap(body.replace(/^(?:的)?(?:写错了|搞错了|弄错了|记错了|说错了|打错了|错了|不对)\s*[,，。!！]?\s*/u, ''));
    if (after) return { ...after, ref: reference };
  } else if (named?.[1]) {
    reference.words = named[1];
  } else {
    // "更正：讲座人数应为85人": the words before the field name say which record.
    const field = /(人数|日期|时间|资料|户数|场次)/u.exec(body);
    // "宣讲那天发放的资料": the day and the verb are no part of the record's name.
    const words = field ? body.slice(0, field.index).replace(/^(把|将|那个|这个|的)/u, '').replace(/的$/u, '').replace(/(那天|当天|那次|那场)?(发放|发了|发|送出|领取)?$/u, '').trim() : '';
    if (words.length >= 2 && words.length <= 12 && !END_DATE.test(body)) reference.words = words;
  }
  const weak = named && !ref && !lead && !to && !wrong ? { soft: true } : {};
  const unlink = UNLINK.exec(body);
  // "别挂科技活动周了，挂到科技馆接待参观那一项": a link said after the unlink wins.
  const later = unlink ? LINK.exec(body.slice(unlink.index + unlink[0].length).replace(/^[^,，。；;]*[,，。；;]?/u, '')) : null;
  if (unlink && !later) return { field: 'item', words: '', none: true, ref: reference };
  if (later) return { field: 'item', words: (later[2] ?? '').trim(), ref: reference };
  const link = LINK.exec(body);
  if (link) return { field: 'item', words: (link[2] ?? '').trim(), ref: reference };
  // Only the first clause says what is new: "是190名，少算了一个年级".
  if (/^(是|应该是|应是|应为)\s*[约近]?[\d一二两三四五六七八九十百千万]/u.test(body)) body = body.split(/[,，。；;]/u)[0] ?? body;
  // Split "是X不是Y" / "不是Y，是X" / "X, not Y" into the new and the old part.
  let fresh = body;
  let old = '';
  let m: RegExpExecArray | null;
  if ((m = /^(.*?)不是(.+?)[,，、]\s*(?:而|就)?是(.+)$/u.exec(body)) && !m[1]?.trim()) {
    old = m[2] ?? '';
    fresh = m[3] ?? '';
  } else if ((m = /^(.*?)[,，]?\s*(?:而)?不是(.+)$/u.exec(body)) && m[1]?.trim()) {
    fresh = m[1];
    old = m[2] ?? '';
  } else if ((m = /^(.*?)[,，]?\s*\b(?:not|instead of)\b(.+)$/u.exec(body))) {
    fresh = m[1] ?? '';
    // "…, not the 24th": a day named alone is the day it was on ("on the 24th").
    old = (m[2] ?? '').replace(/^\s*the\s+(?=\d{1,2}(?:st|nd|rd|th)\b)/u, 'on the ');
  }
  const at = TO.exec(fresh);
  const newPart = at ? fresh.slice((at.index ?? 0) + at[0].length) : fresh.replace(/^.*?(?:是|为|\bwas\b|\bis\b)/u, '') || fresh;
  const value = readValue(withoutDayNamingRecord(newPart, old, today), today, body);
  if (!value) {
    // "75那个应该是78", "should be 165 not 156": a bare number for a bare number, in whichever field holds it.
    const bareNew = scanNumbers(newPart).filter((t) => !t.invalid);
    const bareOld = scanNumbers(old || (reference.words ?? '')).filter((t) => !t.invalid);
    if (bareNew.length === 1 && bareOld.length === 1 && !findMessageDates(newPart, today).hits.length) return { field: 'number', value: bareNew[0]!.value, old: bareOld[0]!.value, ref: reference };
    const name = newPart.trim().replace(/[。!！]$/u, '');
    if (at && EVENT_NAME.test(name)) return { field: 'title', value: name, ref: reference };
    return { field: 'unclear', ref: reference };
  }
  // The old part may be a bare number ("…, not 450"): it is the same field as the new one.
  const oldBare = scanNumbers(old).find((t) => !t.invalid && (t.arabic || t.written.length > 1));
  const previous: Value | undefined = readValue(old, today, body) ??
    (oldBare && value.field === 'headcount' ? { field: 'headcount', value: oldBare.value, approximate: false } : oldBare && value.field === 'metric' ? { field: 'metric', unit: value.unit, value: oldBare.value } : undefined);
  if (value.field === 'date') return { ...value, ...(previous?.field === 'date' ? { old: previous.value } : {}), ...(END_DATE.test(body) && !value.dateEnd ? { end: true as const } : {}), ref: reference, ...weak };
  if (value.field === 'headcount') return { ...value, ...(previous?.field === 'headcount' && previous.value !== null ? { old: previous.value } : {}), ref: reference, ...weak };
  if (value.field === 'metric') return { ...value, ...(previous?.field === 'metric' ? { old: previous.value } : {}), ref: reference, ...weak };
  return { field: 'unclear', ref: reference };
}

/** "the training on the 8th had 53 trainees, not 35": against an old figure, a date in the new part names the record. */
function withoutDayNamingRecord(part: string, old: string, today: CivilDate): string {
  if (!scanNumbers(old).some((t) => !t.invalid) || findMessageDates(old, today).hits.length > 0) return part;
  const hits = findMessageDates(part, today).hits;
  if (hits.length === 0) return part;
  let cut = part;
  for (const h of [...hits].sort((a, b) => b.index - a.index)) cut = `${cut.slice(0, h.index)} ${cut.slice(h.index + h.length)}`;
  return findFigures(cut).figures.length > 0 ? cut : part;
}

type Value =
  | { field: 'headcount'; value: number | null; unit?: '人' | '人次'; approximate: boolean }
  | { field: 'date'; value: CivilDate; dateEnd: CivilDate | null }
  | { field: 'metric'; unit: string; value: number };

/** The value written in one part of a correction; `whole` names the field when the part is a bare number. */
function readValue(part: string, today: CivilDate, whole: string): Value | undefined {
  const trimmed = part.trim();
  if (trimmed === '') return undefined;
  // "我们大年初二才开的馆，开始日期应该是初二": the part names a New Year day the whole message set in context.
  const newYear = /大年|正月|春节|过年|新春/u;
  const dates = findMessageDates(newYear.test(whole) && !newYear.test(trimmed) && /^初/u.test(trimmed) ? `正月${trimmed}` : daySpan(trimmed, today), today).hits;
  if (dates[0]) return { field: 'date', value: dates[0].date, dateEnd: dates[0].end };
  if (/^(人次|人)\s*[,，。]?$/u.test(trimmed)) return { field: 'headcount', value: null, unit: trimmed.startsWith('人次') ? '人次' : '人', approximate: false };
  const figure = findFigures(trimmed).figures[0];
  // "应该是志愿者20人": helpers are a labelled figure ("人(志愿者)"), not the participants.
  if (figure?.people && roleOf(figure) === 'staff') return { field: 'metric', unit: `${/人次/u.test(figure.written) ? '人次' : '人'}(${roleLabel(figure)})`, value: figure.value };
  // "人数打反了，是64个": 个 counts the people when the message names the headcount.
  if (figure && !figure.people && figure.unit === '个' && FIELD_WORDS.find(([re]) => re.test(whole))?.[1] === 'headcount') {
    return { field: 'headcount', value: figure.value, unit: '人', approximate: figure.approximate };
  }
  if (figure?.people) {
    const unit = /人次/u.test(figure.written) ? '人次' : /人|名|位/u.test(figure.written) ? '人' : undefined;
    return { field: 'headcount', value: figure.value, ...(unit ? { unit } : {}), approximate: figure.approximate };
  }
  if (figure) return { field: 'metric', unit: figure.unit, value: figure.value };
  // A bare number needs a field name ("人数…是58"); "改成80" alone could be any figure, so we ask.
  const bare = scanNumbers(trimmed).find((t) => !t.invalid && (t.arabic || t.written.length > 1));
  const named = FIELD_WORDS.find(([re]) => re.test(whole))?.[1];
  if (!bare || !named) return undefined;
  if (named === 'date') return undefined;
  if (named === 'headcount') return { field: 'headcount', value: bare.value, approximate: bare.approximate || /(约|大约|about|around)/u.test(trimmed) };
  return { field: 'metric', unit: named, value: bare.value };
}

/**
 * "150是人次哈，不是150个人", "是人次不是人": the unit of the headcount was wrong, its number right. The number
 * (when written) names the record; the headcount keeps it.
 */
function unitSwap(body: string): Correction | undefined {
  const m = /^(?:人数)?(?:的)?(?<n>\d+)?\s*(?:人)?(?:应该|应|其实|实际)?(?:是|算|记|为)(?<to>人次|人)[哈啊呀的吧嘛]{0,2}[,，。!！]?\s*(?:而)?(?:不是|并非)\s*(?<m>\d+)?\s*(?:个)?(?<from>人次|人)/u.exec(body) ??
    /^(?:人数)?(?:的)?不是\s*(?<m>\d+)?\s*(?:个)?(?<from>人次|人)[,，]?\s*(?:而|就)?(?:应该)?是\s*(?<n>\d+)?\s*(?<to>人次|人)(?=[哈啊呀的吧嘛]{0,2}(?:[,，。!！\s]|$))/u.exec(body);
  const g = m?.groups;
  if (!g || g.to === g.from || (g.n && g.m && g.n !== g.m)) return undefined;
  const n = g.n ?? g.m;
  return { field: 'headcount', value: null, unit: g.to === '人次' ? '人次' : '人', approximate: false, ...(n ? { old: Number(n) } : {}), ref: {} };
}

/** "16、17两天", "16号到17号": two days of no month are of the latest month that has had them. */
function daySpan(part: string, today: CivilDate): string {
  const m = /^(\d{1,2})(?:日|号)?\s*(?:、|和|至|到|-|~)\s*(\d{1,2})(?:日|号)?(?:这)?(?:两|三|几)?天?/u.exec(part);
  if (!m) return part;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (from < 1 || to <= from || to > 31) return part;
  const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
  const month = to <= d ? mo : mo === 1 ? 12 : mo - 1;
  const year = to <= d || mo > 1 ? y : y - 1;
  return `${year}年${month}月${from}日至${month}月${to}日${part.slice(m[0].length)}`;
}

/** "横幅是8条", "户数68户": a short line that restates one figure; applied only when a recent record has it. */
function softCorrection(text: string): Correction | undefined {
  if (text.length > 20) return undefined;
  const m = /^([\p{Script=Han}]{1,6}?)(?:是|为|应为)?\s*([\d一二两三四五六七八九十百千万]+)\s*([\p{Script=Han}]{1,2})$/u.exec(text);
  if (!m) return undefined;
  const figure = findFigures(`${m[2]}${m[3]}`).figures[0];
  if (!figure || figure.people) return undefined;
  return { field: 'metric', unit: figure.unit, value: figure.value, ref: { words: m[1] ?? '' }, soft: true };
}

/**
 * A later clause of a correction that is one figure and the few words of who or what it counts ("服务群众180人",
 * "志愿者20人"): the headcount, a labelled figure of helpers, or a metric. Undefined for anything else.
 */
export function readFigureClause(raw: string, today: CivilDate): Correction | undefined {
  const text = normalizeText(raw.trim()).replace(/[。!！]+$/u, '');
  const { figures } = findFigures(text);
  const f = figures[0];
  if (!f || figures.length > 1 || text.length > 16 || findMessageDates(text, today).hits.length > 0) return undefined;
  const before = text.slice(0, f.index);
  if (!/^[\p{Script=Han}]{0,6}$/u.test(before) || /(那|这|条|场|次|日期|时间)/u.test(before) || text.slice(f.index + f.length).trim().length > 3) return undefined;
  const value = readValue(text, today, text);
  return value && value.field !== 'date' ? { ...value, ref: {} } : undefined;
}

/**
 * A message that is only a value ("120人", "约120人次", "11月5日", "周四", "改成周四", "资料300份"): right after
 * a record or a question it fixes that field. Undefined for anything with more words than the value.
 */
export function readBareValue(raw: string, today: CivilDate): Correction | undefined {
  const text = digitsForEnglishNumbers(normalizeText(raw.trim()).toLowerCase())
    .replace(/^(不对|错了)?[,，]?\s*(应该是|应是|应为|是|就是|改成|改为|其实是|实际是|实际)?\s*/u, '')
    .replace(/[。!！,，]+$/u, '')
    .trim();
  if (text === '' || text.length > 16 || /[?？吗]/u.test(text)) return undefined;
  const { hits } = findMessageDates(text, today);
  const hit = hits[0];
  if (hit && hit.index === 0 && hit.length >= text.replace(/(那天|当天|的|办的)$/u, '').length) return { field: 'date', value: hit.date, dateEnd: hit.end, ref: {} };
  if (hits.length > 0) return undefined;
  const { figures } = findFigures(text);
  const f = figures[0];
  if (!f || figures.length > 1) return undefined;
  // Only the figure and a few words of what it counts: "120人", "约120人次", "资料300份", "300份资料".
  const before = text.slice(0, f.index).replace(/(约|大约|大概|共|共计|一共|参加|参与|到场|来了|实到|发放|发了|的)/gu, '').trim();
  const after = text.slice(f.index + f.length).replace(/(左右|上下|的)/gu, '').trim();
  if (before.length > 2 || after.length > 3 || /(那|这|条|场|次|人数|日期|是|为|有)/u.test(before)) return undefined;
  if (f.people) {
    const unit = /人次/u.test(f.written) ? '人次' : '人';
    return { field: 'headcount', value: f.value, unit, approximate: f.approximate, ref: {} };
  }
  return { field: 'metric', unit: f.unit, value: f.value, ref: {} };
}
