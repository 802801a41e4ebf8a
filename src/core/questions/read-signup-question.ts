// Reads questions about sign-ups: an event's (创新大赛一共报名多少人), a unit's (县一中报了几个), who signed up, all events.
import type { Question } from './question.js';
import { groupKind } from './unit-groups.js';

type Signups = Extract<Question, { intent: 'signups' }>;

/** Words that make a name a unit rather than an event (城关镇科协, 县一中, 实验小学, 白马乡). */
export const UNIT_WORDS = /(科协|协会|学会|学校|小学|中学|[一二三四五六七八九十\d][中小]|中心校|幼儿园|乡|镇|村|社区|街道|公司|企业|单位|部|馆|站|所|院)$/u;
/** A count of something other than people after "报了多少" ("建言献策报了多少条", "今年报了多少活动") is not a sign-up. */
const NOT_PEOPLE = /^(条|份|场|场次|户|家|所|件|篇|项|期|次|万|千|百|活动|记录)/u;
/** "报了哪些活动": the records reported, not entries in an event. */
const REPORTED = /报了?(?:哪些|什么|啥|哪几个|哪几项|几项|几次|几场)活动/u;
const FILLER = /^(?:请问|现在|目前|查下|查一下|查查|看看|看下|(?:帮我|给我)?(?:查|看|汇总|统计|整理|盘点)(?:一)?下?)?(?:我们|咱们)(?=\p{Script=Han}{2})|^(请问|现在|目前|查下|查一下|查查|看看|看下|(?:帮我|给我)?(?:查|看|汇总|统计|整理|盘点)(?:一)?下)|那边|这边|现在|目前|一共|总共|共计|合计|加起来|加在一起|(多少|几)个?(人|名)?|都|的$/gu;
const ALL = /^(各个?活动|所有活动|全部活动|各项活动|全部|所有|活动|各个|大家|各个?(?:学校|单位|乡镇))?$/u;

const clean = (s: string): string => s.replace(/[?？。！!，,\s]/gu, '').replace(FILLER, '').replace(/的$/u, '').trim().slice(0, 60);
const ask = (event: string, unit: string | null): Signups => ({ intent: 'signups', event: ALL.test(event) ? '' : event, unit });
/** "创新大赛各学校": an event's sign-ups by every unit, not a unit named 创新大赛各学校. */
const EACH_UNIT = /^(.{2,30}?)(?:的)?(?:各个?|每个|所有|全部)(?:学校|单位|乡镇|科协|部门|社区|企业|协会|学会)$/u;
const eventOrUnit = (name: string): Signups => {
  // "各学校报名总共多少人": every unit's entries, not a unit named 各学校.
  if (ALL.test(name)) return ask('', null);
  const each = EACH_UNIT.exec(name)?.[1];
  if (each) return ask(each, null);
  // "农村实用技术培训班三个乡镇": the event's entries by the units of that kind, not a unit of that name.
  const group = groupKind(name);
  if (group && group.index >= 2 && group.index + group.length === name.length) return { ...ask(name.slice(0, group.index).replace(/的$/u, ''), null), kind: group.kind };
  // "农村实用技术培训班白马乡": an event's name (it ends on the kind of event), then a unit's; that unit in that event.
  const split = EVENT_THEN_UNIT.exec(name);
  if (split?.[1] && split[2] && UNIT_WORDS.test(split[2]) && !UNIT_WORDS.test(split[1])) return ask(split[1], split[2]);
  return UNIT_WORDS.test(name) ? ask('', name) : ask(name, null);
};
/** An event's name ending on its kind (大赛, 培训班, 夏令营…), then two to ten more characters. */
const EVENT_THEN_UNIT = /^(.{2,24}?(?:赛|班|营|活动|科普日|活动周|讲座|展览|课堂))(.{2,10})$/u;

/** A bare name asked after a sign-up question: a unit keeps the event, anything else is another event. */
export function signupFollowUp(before: Signups, name: string): Signups {
  const next = eventOrUnit(clean(name));
  return next.unit ? { intent: 'signups', event: before.event, unit: next.unit } : { intent: 'signups', event: next.event, unit: before.unit };
}

/** A second clause asking which unit signed up most ("，哪个乡镇最多", "？哪家报得最多"). */
const MOST = /[，,？?；;\s]+(?:其中)?(?:哪个|哪家|哪所|哪些|谁)(?:乡镇|单位|学校|镇|乡|部门)?(?:报(?:名)?(?:得|的)?|人)?最多(?:的)?(?:是哪个|是谁|呢)?[?？。]*$/u;

/** An event, then which unit signed up most, in one clause ("…哪家报得最多", "…报名人数最多的是哪个学校"). */
const MOST_IN = /^(.{2,30}?)(?:的)?(?:哪个|哪家|哪所|谁)(?:乡镇|单位|学校|镇|乡|部门)?(?:报名?(?:得|的)?(?:人数?)?|报名人数|人数?)最多(?:的)?(?:是哪个|是谁|呢)?[?？。]*$|^(.{2,30}?)(?:的)?报名(?:人数)?最多的(?:是)?(?:哪个|哪家|哪所|谁)(?:乡镇|单位|学校|镇|乡|部门)?(?:呢)?[?？。]*$/u;

/** 我们乡, 咱们学校, 本单位 inside a sign-up question: the asker's unit speaking of itself. */
const OUR_UNIT = /(?:我们|咱们|本)(?:单位|学校|校|镇|乡|村|社区|街道|科协|企业|公司|协会|学会|中心|馆|站)/u;
/** "…分别多少", "各学校分别多少": a second clause asking the entries unit by unit, which every event answer lists. */
const EACH_CLAUSE = /[，,？?；;\s]+(?:其中)?(?:各个?|每个)(?:学校|单位|乡镇|科协|部门|社区|企业)?(?:分别|各)?(?:报了?|有)?(?:多少|几)(?:个)?(?:人|名)?(?:呢)?[?？。]*$|[，,？?；;\s]+(?:各个?|每个)?(?:学校|单位|乡镇)?分别(?:报了?|有|是)?(?:多少|几)(?:个)?(?:人|名)?[?？。]*$/u;

/** "…，总共多少人报名": a second clause asking the event's total, which every event answer gives. */
const TOTAL_CLAUSE = /[，,？?；;\s]+(?:那)?(?:总共|一共|合计|共计|加起来|全部)(?:有|是)?(?:多少|几)(?:个)?(?:人|名)?(?:报名了?|报了)?(?:呢)?[?？。]*$/u;
/** "…？其他乡镇呢", "别的单位报了多少": a second clause asking the other units' entries. */
const OTHERS_CLAUSE = /[，,？?；;\s]+(?:那)?(?:其他|其它|别的|其余)(?:的)?(?:乡镇|单位|学校|科协|社区|企业|馆|部门)?(?:呢|报了?(?:多少|几)(?:个)?(?:人|名)?(?:呢)?)[?？。]*$/u;

/** The sign-up question in a (simplified, lower-case) text, or undefined. */
export function readSignupQuestion(raw: string): Signups | undefined {
  if (REPORTED.test(raw) && !/报名/u.test(raw)) return undefined;
  // "培训班我们乡报了几个人来着": 来着 only says the asker forgot.
  const text = raw.replace(/来着(?=[?？。]*$)/u, '');
  if (text !== raw) return readSignupQuestion(text);
  const each = EACH_CLAUSE.exec(raw);
  if (each) return readSignupQuestion(raw.slice(0, each.index));
  // "…咱们乡报了几个人？其他乡镇呢", "…我们馆报了几个？总共多少人报名": the others or the total too, so the
  // event's entries by every unit, ours among them.
  const others = OTHERS_CLAUSE.exec(raw) ?? TOTAL_CLAUSE.exec(raw);
  const first = others ? readSignupQuestion(raw.slice(0, others.index)) : undefined;
  if (first?.event && first.by !== undefined) return { intent: 'signups', event: first.event, unit: null };
  // "农村实用技术培训班我们乡报了几个人": the event's entries under the asker's unit.
  const ours = OUR_UNIT.exec(raw);
  if (ours && /报/u.test(raw.slice(ours.index))) {
    const rest = raw.replace(OUR_UNIT, '');
    const read = readEvent(rest);
    if (read) return { intent: 'signups', event: read.event || (read.unit ?? ''), unit: null, by: 'my_unit' };
    // "我们乡都报名了哪些比赛培训": every entry of the asker's unit.
    if (ours.index === 0 && /^(?:都|一共|总共|今年)?(?:报名了|报了名|报名参加了|报了)(?:哪些|什么|啥|哪几个|哪几项|几个|几项)/u.test(rest)) return { intent: 'signups', event: '', unit: null, by: 'my_unit' };
  }
  const most = MOST.exec(raw);
  if (most) {
    const first = readSignupQuestion(raw.slice(0, most.index));
    return first ? { ...first, most: true } : undefined;
  }
  // "科普讲解大赛哪家报得最多", "培训班报名人数最多的是哪个乡镇": the event's entries, with the unit that has most.
  const mostIn = MOST_IN.exec(raw);
  const mostEvent = clean(mostIn?.[1] ?? mostIn?.[2] ?? '');
  if (mostEvent.length >= 2 && !UNIT_WORDS.test(mostEvent)) return { ...ask(mostEvent, null), most: true };
  return readEvent(raw);
}

function readEvent(text: string): Signups | undefined {
  // "县一中报了几个", "实验小学报了几个人参加大赛", "征文比赛报了多少".
  const count = /^(.{2,20}?)(?:那边|这边)?(?:报了|报名了|报名|报)(?:几|多少)(个)?(人|名)?(?:参加|报名)?(.*)$/u.exec(text);
  if (count?.[1] && !NOT_PEOPLE.test(count[4] ?? '')) {
    const who = clean(count[1]);
    // "…报了几个人啊": a closing particle asks nothing more.
    const rest = clean((count[4] ?? '').replace(/^了/u, '').replace(/^(?:啊|呀|呢|哈|嘛|哦|吧|呐|啦|哇|了)+(?=[?？。!！\s]*$)/u, ''));
    // "讲解大赛几个乡镇加起来报了几个人": the group is read before 几个 is cleaned away as a count.
    const group = groupKind(count[1]);
    if (group && group.index >= 2 && !rest && clean(count[1].slice(group.index + group.length)) === '') return { ...ask(clean(count[1].slice(0, group.index)), null), kind: group.kind };
    if (rest) return ask(rest, who);
    return who ? eventOrUnit(who) : undefined;
  }
  // "讲解大赛都谁报了", "科普日哪些单位报名了".
  const who = /^(.{2,30}?)(?:都|有)?(?:谁|哪些单位|哪些学校|哪几家|哪些人|哪个单位|哪几个单位)(?:报名?了|报名)/u.exec(text);
  if (who?.[1]) return ask(clean(who[1]), null);
  // "城关镇科协报名了哪些", "实验小学报了什么".
  const which = /^(.{2,20}?)(?:都)?(?:报名了|报了)(?:哪些|什么|啥|哪几个)/u.exec(text);
  if (which?.[1]) return ask('', clean(which[1]));
  // "实验小学报了夏令营没有", "青石镇科协报名了吗", "读书月活动有人报名吗".
  const did = /^(.{2,20}?)(?:有人)?(?:报名了|报了|报名)(.{0,30}?)(?:没有?|吗)[?？。]*$/u.exec(text);
  // "建言献策信息今年报了几条了，够数没": a count (几条, 多少) before 没 is not whether one signed up.
  if (did?.[1] && !/几|多少/u.test(did[2] ?? '')) {
    const first = clean(did[1]);
    const second = clean(did[2] ?? '');
    return second ? ask(second, first) : eventOrUnit(first);
  }
  // "青少年大赛报名多少人了", "培训班报名情况发我一下", "查下 航模夏令营 的报名".
  if (/报名/u.test(text)) {
    const event = clean(text.replace(/(?:的)?(?:报名).*$/u, ''));
    // "帮我汇总下我们城关镇科协的报名情况": a unit's name is the unit's entries.
    if (/多少|几|情况|人数|名单|的报名[?？。]*$/u.test(text)) return eventOrUnit(event);
  }
  return undefined;
}
