// Questions about which units reported: who has not this month, whether one has, and what one reported.
import { partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { pastPeriodOf } from './past-period.js';
import type { Question } from './question.js';
import { PERIOD_WORDS } from './question-topic.js';

const REPORT_VERB = '(?:报送|上报|填报|报|交|提交|汇报)';
/** "哪些单位这个月还没报", "还有谁没报送", "没报的单位", "哪些基层单位一条都没报", "哪些部门一条活动记录都还没有". */
const WHO_HAS_NOT = new RegExp(`(?:(?:哪些|哪个|哪几个|哪家|有没有|还有|有)(?:基层|下属|所属|下面的?|各)?(?:单位|乡镇|学校|部门|科协|协会|学会|社区|街道)|哪几家|哪些家|哪家|谁|哪些人|哪位).{0,8}?(?:(还)?(没有?|未)${REPORT_VERB}|一(?:条|次|个|件)(?:活动)?(?:记录)?(?:都|也)(?:还)?(?:没有?|未))|(没有?|未)${REPORT_VERB}(活动)?的(单位|乡镇|学校|部门|有哪些|是哪些)|^(本月|这个?月|上个?月)?(未报送|没报送)(单位|的单位)?`, 'u');
/** "科普日那几个乡镇联动的都报了没", "各学校是不是都报上来了": whether every unit of a kind reported, i.e. which have not. */
const ALL_REPORTED = new RegExp(`(?:那|这)?(?:几|各|每)个?(?:基层|下属)?(乡镇|学校|社区|街道|企业|部门|单位|科协)[^，,？?]{0,8}?(?:是不是|是否|有没有)?(?:都|全)(?:已经)?${REPORT_VERB}(?:上来|上去)?(?:了)?(?:吗|没有?|没|呢|不)?[?？。]*$`, 'u');
const WHO_HAS_NOT_EN = /which (?:units?|townships?|towns|schools?|departments?|organi[sz]ations?|branches).{0,30}(?:not|n't) (?:yet )?(?:reported|submitted|logged|filed)|who (?:has|have)(?:n't| not) (?:yet )?(?:reported|submitted)/u;
/** "白马乡科协这个月报了吗": a unit (named by what units are called) and whether it reported. */
const UNIT_REPORTED = new RegExp(`^(\\p{Script=Han}{2,16}?(?:科协|协会|学会|乡|镇|街道|社区|村|小学|中学|学校|一中|二中|一小|二小|中心|站))(?:的人)?(?:这个?月|本月|上个?月|上周|本周|这周|今年)?(?:有没有|还没|是否)?(?:已经)?${REPORT_VERB}(?:活动|过)?(?:了)?(?:吗|没有?)[?？。]*$`, 'u');

/** "白马乡科协这个月报了哪些活动", "实验小学今年报了什么活动": what a unit reported (报了, not 报名). */
const UNIT_WHAT = new RegExp(`^(\\p{Script=Han}{2,16}?(?:科协|协会|学会|乡|镇|街道|社区|村|小学|中学|学校|一中|二中|一小|二小|中心|站|馆))(?:这个?月|本月|上个?月|上周|本周|这周|今年|[一二三四五六七八九十\\d]{1,2}月份?|国庆以来|五一以来|以来)?(?:都)?(?:${REPORT_VERB})(?:了|过)?(?:哪些|什么|啥)(?:活动)(?:啊|呢)?[?？。]*$`, 'u');
/** "白马乡科协这个月报了些什么": a unit and a period, then 报了些什么 (a period written, so not a sign-up). */
const UNIT_PERIOD_WHAT = new RegExp(`^(\\p{Script=Han}{2,16}?(?:科协|协会|学会|乡|镇|街道|社区|村|小学|中学|学校|一中|二中|一小|二小|中心|站|馆))(?:这个?月|本月|上个?月|上周|本周|这周|今年)(?:都)?(?:${REPORT_VERB})(?:了|过)?(?:些)?(?:哪些|什么|啥)(?:啊|呢)?[?？。]*$`, 'u');
/** "恒达机械今年报过哪些活动": any short name before 报过/报了 哪些活动 (活动 written, so not a sign-up). */
const NAME_WHAT = new RegExp(`^(?![我你他咱])(\\p{Script=Han}{2,10}?)(?:这个?月|本月|上个?月|今年|[一二三四五六七八九十\\d]{1,2}月份?)?(?:都)?(?:报过|报了|上报了?|报送了?)(?:哪些|什么|啥)活动[?？。]*$`, 'u');

/** The words that make a name a piece of work ("防灾减灾这块", "走访慰问这方面"). */
const PIECE_OF_WORK = /(?:这一?块|那一?块|这方面|方面|这项工作|这项|这一项)(?:的)?$/u;

const LEADING_PERIOD = new RegExp(`^(?:${PERIOD_WORDS.source})+`, 'u');
const withoutLeadingPeriod = (name: string | undefined): string | undefined => {
  const rest = name?.replace(LEADING_PERIOD, '');
  return rest && rest.length >= 2 ? rest : name;
};

/** A question about which units have (not) reported in a period; this month by default. */
export function unreportedOf(text: string, today: CivilDate): Question | undefined {
  // "上半年白马乡科协报了哪些活动": the period written first is not part of the unit's name.
  const what = withoutLeadingPeriod(UNIT_WHAT.exec(text)?.[1] ?? UNIT_PERIOD_WHAT.exec(text)?.[1] ?? NAME_WHAT.exec(text)?.[1]);
  // "上周大家都报了哪些活动", "上周报了哪些活动": everyone, or a period alone, names no unit; every record is listed.
  const everyone = what !== undefined && /^(?:大家|大伙儿?|各位|各家|所有人|全县|县里|全部|各单位|各个单位|所有单位)?$/u.test(what.replace(LEADING_PERIOD, ''));
  if (what && !everyone && !/报名/u.test(text)) {
    const year = partsOf(today).year;
    const named = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: '今年' };
    // "防灾减灾这块今年报了哪些活动": 这块 and 这方面 name a piece of work, not a unit; its records are listed.
    const work = PIECE_OF_WORK.exec(what);
    if (work) {
      const topic = what.slice(0, work.index).replace(PERIOD_WORDS, '').replace(/的$/u, '');
      if (topic.length >= 2) return { intent: 'done_list', period: { start: named.period.start, end: named.period.end > today ? today : named.period.end }, label: named.label, topic: topic.slice(0, 60) };
    }
    return { intent: 'unreported', period: { start: named.period.start, end: named.period.end > today ? today : named.period.end }, label: named.label, unit: what };
  }
  const unit = withoutLeadingPeriod(UNIT_REPORTED.exec(text)?.[1]);
  if (!unit && !WHO_HAS_NOT.test(text) && !WHO_HAS_NOT_EN.test(text) && !ALL_REPORTED.test(text)) return undefined;
  const { year, month } = partsOf(today);
  // "科技活动周哪个乡镇还没报上来": the words before the question name the work; the unit word, which units.
  const asked = unit ? undefined : (WHO_HAS_NOT.exec(text) ?? ALL_REPORTED.exec(text));
  const before = asked ? text.slice(0, asked.index).replace(/(?:截止|截至|到|直到)(?:今天|今日|目前|现在)?/gu, '').replace(PERIOD_WORDS, '').replace(/[的，,\s]|里面?|当中|中$/gu, '').replace(/(?:还有|还是|有)$/u, '') : '';
  const topic = before.length >= 2 ? { topic: before.slice(0, 60) } : {};
  // "Which departments haven't logged…": the English word of the kind is that kind too.
  const english = asked ? undefined : WHO_HAS_NOT_EN.exec(text)?.[0];
  const EN_KINDS: Record<string, string> = { department: '部门', school: '学校', township: '乡镇', town: '乡镇' };
  const enKind = english ? /\b(department|school|township|town)s?\b/u.exec(english)?.[1] : undefined;
  const kindWord = asked ? /(乡镇|学校|社区|街道|企业|部门)/u.exec(asked[0])?.[1] : enKind ? EN_KINDS[enKind] : undefined;
  const kind = kindWord ? { kind: kindWord } : {};
  // "截止今天 本月还有哪几家没报送": 截止今天 is when, not the period.
  const named = pastPeriodOf(text.replace(/(截止|截至|到|直到)(今天|今日|目前|现在)/gu, ' '), today);
  // One item's records are looked for over the year; any record over this month.
  const p = named ?? (before.length >= 2 ? { period: { start: ymd(year, 1, 1), end: today }, label: '今年' } : { period: { start: ymd(year, month, 1), end: today }, label: '本月' });
  const end = p.period.end > today ? today : p.period.end;
  return { intent: 'unreported', period: { start: p.period.start, end: end < p.period.start ? p.period.start : end }, label: p.label, unit: unit ?? null, ...topic, ...kind };
}
