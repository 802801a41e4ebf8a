// Reads the questions about what was done, when things are, who asks and sign-ups; rules only, linear-time patterns.
import { addDays, partsOf, quarterRange, weekRange, ymd, type CivilDate, type DateRange } from '../dates/civil-date.js';
import type { Measure, Question } from './question.js';
import { periodInWords } from './period-words.js';
import { readSignupQuestion } from './read-signup-question.js';
import { periodOf } from './understand-question.js';

type Period = { period: DateRange; label: string };

const PAST = /(做|干|搞|开|办|忙|完成|开展|举办|组织|进行|记录|登记)(了|过)(些)?(什么|哪些|啥|几|多少)|都(做|干|搞|忙)了|(做|干)了啥|what (did|have) we|what was done|what have we done|activities (did|were)|did we (do|run|hold)/u;
const HOW_MANY = /((?<!星期|礼拜|周)几(?!点|号|月|时|岁)|多少)\s*(场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项|群众|作品|学校|单位)?|一共|总共|总计|合计|累计|how many|how much|number of|total/u;
const HOW_WELL = /(做|搞|开展|进行|办|推进|落实|完成)(得|的)(如何|怎么样|咋样|怎样|好不好)|(情况|效果|成效|进展|进度)(如何|怎么样|咋样|怎样)|怎么样了|如何了|how (is|are|did|was|were) .{1,40} (go|going|doing)|how did .{1,40} go/u;
const COUNTDOWN = /还有多.{0,2}(?:到期|截止)|还有几天|还剩几天|还有多少天|还剩多少天|多少天后|几天后|倒计时|还有多久|还要多久|how many days|days (until|till|to|left|before)|how long (until|till|before)/u;
const WHEN = /什么时候|啥时候|几月几号|几号|哪天|何时|截止(时间|日期)|期限是|deadline|\bwhen\b|what date/u;
const AGENDA_WHEN = /今天|今日|明天|明日|这两天|这几天|近两天|近几天|最近|近期|这周|本周|下周|下个?星期|下礼拜|today|tomorrow|this week|next week|coming days|next few days/u;
const AGENDA_WHAT = /干嘛|干什么|干啥|做什么|做啥|要做|安排|计划|有啥|有什么|忙什么|任务|事情|待办|agenda|schedule|planned|to ?do|on (for|the)|what('s| is)/u;
export const MINE = /我们(?:这边|科室)?.{0,6}?(?:有|还有)(?:什么|啥|哪些)(?:任务|工作|事)|我们部门|我部门|本部门|我们科室|我们处|我们股|我们的任务|我们负责|我负责|我的任务|我的工作|我该做|我要做|咱们部门|my tasks?|my department|our department|our tasks?|what am i responsible/u;
const IAM = /^(?:我是|我在|我属于|我们是|i am (?:in|from|with)|i'm (?:in|from|with)|i work (?:in|for|at))\s*(?:the\s+)?(.{2,20}?)(?:的人|的|同事|成员)?\s*[。.!！~]*$/u;
const IAM_WITH_NAME = /^(?:(?:你好|您好|大家好|hi|hello)[，,！!\s]*)?(?:我是|我在|我属于)(\p{Script=Han}{1,12}?(?:办公室|中心|科协|协会|学会|部|室|馆|处|股|站))(?:的|，|,|。|\s|小|老|新来|[\p{Script=Han}]{1,3}[，,。！!]?$)/u;
const DEPARTMENT = /(部|室|中心|馆|协|科|处|股|组|办|站|会|department|office|centre|center)$/u;
const SIGNUP = /报名|sign(ed)?[- ]?ups?|registered|registrations?/u;
const STATUS_WORDS = [
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:已经?完成了?|已办结|办结了|做完了|已做完|搞定了|完成了|已完成|is done|done|completed?|finished)[。.!！]*$/u, status: 'done' as const },
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:正在进行中?|进行中|推进中|正在做|在做|in progress|ongoing)[。.!！]*$/u, status: 'in_progress' as const },
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:还?未完成|还?没完成|没有完成|取消完成|撤销完成|重新打开|not done|undone|reopen(ed)?)[。.!！]*$/u, status: 'open' as const },
];
const STATUS_ASK = /^(.{1,40}?)\s*(?:(?:(?:召开|举办|报送|建成|开|做|办|建|报|交|搞|弄|写)(?:完|好|成)?|搞定|完成)了?(?:吗|没有?|没)|是否(?:已经)?完成|(?:is|was) .{1,40} done)[?？。]*$/u;

/** A period in the past a question looks back on (上周, 昨天, 三月份, 今年, last week); undefined when none is named. */
export function pastPeriodOf(text: string, today: CivilDate): Period | undefined {
  const { year, month } = partsOf(today);
  const week = weekRange(today);
  const words = periodInWords(text, today);
  if (words) return { period: words.period, label: words.label };
  if (/上上周|上上个?星期/u.test(text)) {
    const w = weekRange(addDays(today, -14));
    return { period: w, label: `上上周（${w.start}至${w.end}）` };
  }
  if (/上周|上个?星期|上礼拜|last week|previous week/u.test(text)) {
    const w = weekRange(addDays(today, -7));
    return { period: w, label: `上周（${w.start}至${w.end}）` };
  }
  if (/本周|这周|这个?星期|这礼拜|this week/u.test(text)) return { period: { start: week.start, end: today }, label: `本周（${week.start}至${today}）` };
  if (/前天|day before yesterday/u.test(text)) return { period: { start: addDays(today, -2), end: addDays(today, -2) }, label: `前天（${addDays(today, -2)}）` };
  if (/昨天|昨日|yesterday/u.test(text)) return { period: { start: addDays(today, -1), end: addDays(today, -1) }, label: `昨天（${addDays(today, -1)}）` };
  if (/今天|今日|today/u.test(text)) return { period: { start: today, end: today }, label: `今天（${today}）` };
  if (/去年|last year/u.test(text)) return { period: { start: ymd(year - 1, 1, 1), end: ymd(year - 1, 12, 31) }, label: `${year - 1}年` };
  if (/上个?季度|last quarter/u.test(text)) {
    const q = Math.ceil(month / 3);
    const y = q === 1 ? year - 1 : year;
    const n = q === 1 ? 4 : q - 1;
    return { period: quarterRange(y, n), label: `${y}年第${n}季度` };
  }
  if (/最近|近期|recently|lately/u.test(text)) return { period: { start: addDays(today, -29), end: today }, label: `最近30天（${addDays(today, -29)}至${today}）` };
  const named = periodOf(text, today, year, month);
  if (named) {
    // A month or quarter later than today, asked about as done, is last year's.
    if (named.period.start > today && !/明年|next/u.test(text)) {
      const lastYear = periodOf(text, ymd(year - 1, month, partsOf(today).day), year - 1, month);
      if (lastYear) return lastYear;
    }
    return { period: { start: named.period.start, end: named.period.end }, label: named.label };
  }
  if (/今年|本年|全年|年初以来|至今|到目前|this year|so far|to date/u.test(text)) return { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
  return undefined;
}

/** A near period to plan for (今天, 明天, 这两天, 这几天, 本周, 下周…). */
function agendaPeriodOf(text: string, today: CivilDate): Period | undefined {
  const { year, month } = partsOf(today);
  const words = periodInWords(text, today);
  if (words) return { period: words.period, label: words.label };
  if (/明天|明日|tomorrow/u.test(text)) return { period: { start: addDays(today, 1), end: addDays(today, 1) }, label: `明天（${addDays(today, 1)}）` };
  if (/这两天|近两天|两天内|next two days|next couple/u.test(text)) return { period: { start: today, end: addDays(today, 1) }, label: `这两天（${today}至${addDays(today, 1)}）` };
  if (/这几天|近几天|最近|近期|coming days|next few days/u.test(text)) return { period: { start: today, end: addDays(today, 6) }, label: `近几天（${today}至${addDays(today, 6)}）` };
  if (/今天|今日|today/u.test(text)) return { period: { start: today, end: today }, label: `今天（${today}）` };
  return periodOf(text, today, year, month);
}

/** English counted things and the unit the log writes them in. */
const ENGLISH_UNITS: Array<[RegExp, string]> = [
  [/how many (?:[a-z-]+ )?(schools|campuses)/u, '所'],
  [/how many (?:[a-z-]+ )?(households|farmers|farms|families)/u, '户'],
  [/how many (?:[a-z-]+ )?(copies|leaflets|brochures|materials|questionnaires)/u, '份'],
  [/how many (?:[a-z-]+ )?(companies|enterprises?|associations|bases)/u, '家'],
  [/how many (?:[a-z-]+ )?(communities)/u, '个'],
  [/how many (?:[a-z-]+ )?(suggestions|proposals|reports)/u, '条'],
];

/** The unit a counted thing is written in ("多少农户" counts 户). */
const NOUN_UNITS: Record<string, string> = { 农户: '户', 学校: '所', 资料: '份', 问卷: '份', 作品: '件', 企业: '家', 社区: '个', 信息: '条', 科技工作者: '人', 学生: '人', 群众: '群众', 人: '人' };

function measureOf(text: string): { measure: Measure; unit: string | null } {
  const m = /(?:几|多少)\s*(场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项|群众)?/u.exec(text);
  const noun = /(?:几|多少)\s*(?:个|名|位|份|户|所|家|件|条)?\s*(农户|学校|资料|问卷|作品|企业|社区|信息|科技工作者|学生|群众|人)/u.exec(text)?.[1];
  const unit = m?.[1] || (noun ? NOUN_UNITS[noun] : undefined) || '';
  if (/^(条|项|次|个)$/u.test(unit) && /(几|多少)\s*(条|项|次|个)\s*(活动|记录)/u.test(text)) return { measure: 'activities', unit: null };
  const englishUnit = ENGLISH_UNITS.find(([re]) => re.test(text))?.[1];
  if (englishUnit) return { measure: 'metric', unit: englishUnit };
  if (/\b(people|attendees|participants|residents|visitors|persons)\b/u.test(text)) return { measure: 'people', unit: null };
  if (unit === '场' || unit === '场次' || /\b(sessions?|events?|trainings?|lectures?|talks?|workshops?)\b/u.test(text)) return { measure: 'sessions', unit: null };
  if (['人', '人次', '名', '位', '群众'].includes(unit) || /群众|人数|参与|覆盖|受益|服务了?.{0,4}人|people|attendees|participants|residents|visitors/u.test(text)) return { measure: 'people', unit: null };
  if (unit === '次' || unit === '项' || unit === '') return { measure: 'activities', unit: null };
  return { measure: 'metric', unit };
}

const PERIOD_WORDS = /上上周|上周|本周|这周|上个?星期|这个?星期|上礼拜|这礼拜|前天|昨天|昨日|今天|今日|去年|今年|本年度?|全年|年初以来|上半年|下半年|上个?季度|本季度|这个?季度|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,3}月份?|本月|这个?月|上个?月|最近|近期|截至目前|到目前为止|目前为止|目前|至今|迄今|为止|到现在|现在/gu;
const FILLER = /总人数|总数|是多少|方面的?|那个|这个|(什么时候|啥时候|哪天)(搞|办|开|举办|举行)?的?|(几|多少)\s*(?:个|名|位)?\s*(?:人次|人|学生|群众|听众|观众)\s*(?:听|参加|参与|来|到场|观看|受益)?|各单位|各部门|所有单位|全县|(活动|工作)?(开展)?情况|(汇总|盘点|梳理)(一)?下?|(一共|总共|总计|合计|累计|共)|(几|多少)\s*(场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项)?|群众|人数|还差|差|还剩|剩下|我们|咱们|大家|已经|都|还|请问|一下|统计|(开展|举办|组织|进行|覆盖|服务|参加|参与|发放|建成|新建|完成|报送|收到|记录|登记|走进|去到)(了|过)?|(开|搞|办|做|干|建|发|来|报|去|进|记)(了|过)|有|了|呢|吗|啊|呀|吧|的|[?？!！。，,、\s]/gu;
const GENERIC = /^(活动|工作|事|事情|任务|项目|宣传|activities|things|events)?$/u;

/** What a count or report is about, with the period and count words taken out ("今年开了几场培训了" → 培训). */
export function topicOf(text: string): string | null {
  let rest = text.replace(PERIOD_WORDS, ' ').replace(FILLER, '').trim();
  // "在各学校办过哪些活动": a place, not the words "在各学校活动".
  const place = /^(?:在|到|去)(.{2,20}?)(?:活动|工作)?$/u.exec(rest);
  if (place?.[1]) rest = place[1];
  return GENERIC.test(rest) ? null : rest.slice(0, 60);
}

const ENGLISH_TOPICS: Array<[RegExp, string]> = [
  [/mobile (science )?museum|travell?ing (science )?museum|mobile exhibition|roadshow/u, '流动科技馆'],
  [/\btrainings?\b|\bcourses?\b|\bclasses\b/u, '培训'],
  [/\blectures?\b|\btalks?\b|\bseminars?\b/u, '讲座'],
  [/\bexhibitions?\b|\bshows?\b/u, '展'],
  [/\bvolunteer/u, '志愿'],
  [/\bsurvey/u, '调查'],
  [/science day|science month/u, '科普日'],
  [/science (and technology )?week|s&t week/u, '科技周'],
  [/disaster/u, '减灾'],
  [/communit(y|ies)/u, '社区'],
  [/\bschools?\b|campus/u, '学校'],
  [/competition|contest/u, '大赛'],
  [/enterprise|compan(y|ies)/u, '企业科协'],
  [/plenary|committee meeting|general meeting|full committee/u, '全委会'],
  [/annual (work )?summary|year-end summary|annual report/u, '工作总结'],
  [/suggestions?|proposals?|advice/u, '建言献策'],
  [/museum|science cent(er|re)|exhibits?/u, '科技馆'],
  [/worker'?s'? day|scientists'? day/u, '科技工作者日'],
  [/countryside|rural|village|farmers?/u, '下乡'],
];

/** An English question naming a Chinese place or thing ("What have we done in 青石镇 this year?"): the Chinese words. */
function hanTopic(text: string): string | undefined {
  if (!/[a-z]{2}/u.test(text)) return undefined;
  const han = (text.match(/\p{Script=Han}+/gu) ?? []).join('');
  return han.length >= 2 ? han.slice(0, 60) : undefined;
}

const english = (text: string): boolean => /[a-z]/u.test(text) && !/\p{Script=Han}/u.test(text);

/** An English question's topic as the Chinese words the log uses ("trainings" → 培训); null when none is named. */
function englishTopic(text: string): string | null {
  if (/youth|student|innovation contest|science contest/u.test(text) && /contest|competition/u.test(text)) return '青少年科技创新大赛';
  return ENGLISH_TOPICS.find(([re]) => re.test(text))?.[1] ?? null;
}

const MAX_QUESTION = 300;

/** "全委会是哪个部门牵头的", "下乡谁负责", "谁牵头科普日". */
const WHO_LEADS = /^(.{2,30}?)(?:是|归|由)?(?:哪个|哪些|什么|哪一个|哪家)(?:部门|科室|单位)(?:来)?(?:牵头|负责|主责|主管|管)(?:的)?[?？。]*$|^(.{2,30}?)(?:是|归|由)?谁(?:来)?(?:牵头|负责|管)(?:的)?(?:呀|啊)?[?？。]*$|^(?:是)?谁(?:牵头|负责)(.{2,30}?)[?？。]*$/u;
/** "企业科协那个任务是啥要求来着", "下乡那个任务 目标是多少户": what an item asks for. */
const ASKS_FOR = /^(.{2,30}?)\s*(?:的)?(?:具体)?(?:要求|目标|指标|内容)(?:是|有)?(?:啥|什么|哪些|多少\p{Script=Han}?|几\p{Script=Han}?)(?:来着|呀|啊|呢)?[?？。]*$|^(.{2,30}?)(?:是|有)(?:啥|什么|哪些)(?:具体)?(?:要求|目标|指标)(?:来着|呀|啊|呢)?[?？。]*$/u;

/** An item named loosely, without "那个任务", "这项工作", "的". */
const itemWords = (text: string): string => text.replace(/(那个|这个|那项|这项|那条|这条)?(任务|工作|事情?)?$/u, '').replace(/(那个|这个|那项|这项)$/u, '').replace(/[的\s]+$/u, '').trim();

const REPORT_VERB = '(?:报送|上报|填报|报|交|提交|汇报)';
/** "哪些单位这个月还没报", "还有谁没报送", "没报的单位". */
const WHO_HAS_NOT = new RegExp(`(?:(?:哪些|哪个|哪几个|哪家|有没有|还有|有)(?:单位|乡镇|学校|部门|科协|协会|学会|社区|街道)|哪几家|哪些家|哪家|谁|哪些人|哪位).{0,8}?(还)?(没有?|未)${REPORT_VERB}|(没有?|未)${REPORT_VERB}(活动)?的(单位|乡镇|学校|部门|有哪些|是哪些)|^(本月|这个?月|上个?月)?(未报送|没报送)(单位|的单位)?`, 'u');
const WHO_HAS_NOT_EN = /which (?:units?|townships?|towns|schools?|departments?|organi[sz]ations?|branches).{0,30}(?:not|n't) (?:yet )?(?:reported|submitted|logged|filed)|who (?:has|have)(?:n't| not) (?:yet )?(?:reported|submitted)/u;
/** "白马乡科协这个月报了吗": a unit (named by what units are called) and whether it reported. */
const UNIT_REPORTED = new RegExp(`^(\\p{Script=Han}{2,16}?(?:科协|协会|学会|乡|镇|街道|社区|村|小学|中学|学校|一中|二中|一小|二小|中心|站))(?:的人)?(?:这个?月|本月|上个?月|上周|本周|这周|今年)?(?:有没有|还没|是否)?(?:已经)?${REPORT_VERB}(?:活动|过)?(?:了)?(?:吗|没有?)[?？。]*$`, 'u');

/** "白马乡科协这个月报了哪些活动", "实验小学今年报了什么活动": what a unit reported (报了, not 报名). */
const UNIT_WHAT = new RegExp(`^(\\p{Script=Han}{2,16}?(?:科协|协会|学会|乡|镇|街道|社区|村|小学|中学|学校|一中|二中|一小|二小|中心|站|馆))(?:这个?月|本月|上个?月|上周|本周|这周|今年|[一二三四五六七八九十\\d]{1,2}月份?|国庆以来|五一以来|以来)?(?:都)?(?:${REPORT_VERB})了?(?:哪些|什么|啥)(?:活动)(?:啊|呢)?[?？。]*$`, 'u');

/** A question about which units have (not) reported in a period; this month by default. */
function unreportedOf(text: string, today: CivilDate): Question | undefined {
  const what = UNIT_WHAT.exec(text)?.[1];
  if (what && !/报名/u.test(text)) {
    const year = partsOf(today).year;
    const named = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: '今年' };
    return { intent: 'unreported', period: { start: named.period.start, end: named.period.end > today ? today : named.period.end }, label: named.label, unit: what };
  }
  const unit = UNIT_REPORTED.exec(text)?.[1];
  if (!unit && !WHO_HAS_NOT.test(text) && !WHO_HAS_NOT_EN.test(text)) return undefined;
  const { year, month } = partsOf(today);
  // "截止今天 本月还有哪几家没报送": 截止今天 is when, not the period.
  const named = pastPeriodOf(text.replace(/(截止|截至|到|直到)(今天|今日|目前|现在)/gu, ' '), today);
  const p = named ?? { period: { start: ymd(year, month, 1), end: today }, label: '本月' };
  const end = p.period.end > today ? today : p.period.end;
  return { intent: 'unreported', period: { start: p.period.start, end: end < p.period.start ? p.period.start : end }, label: p.label, unit: unit ?? null };
}

/** The text without the words that name its period ("五一以来做了哪些活动" → "做了哪些活动"). */
function withoutPeriodWords(text: string, today: CivilDate): string {
  const words = periodInWords(text, today)?.words;
  return words ? text.replace(words, ' ') : text;
}

/** The done/when/who/sign-up question in a text, or undefined for the older intents to read. */
export function readQuestionKind(raw: string, today: CivilDate, owners: readonly string[]): Question | undefined {
  // Questions are short; a long text is a report or a paste, read elsewhere.
  if (raw.length > MAX_QUESTION) return undefined;
  // 十几人, 几十份, 好几场 are loose numbers in a report, not "how many".
  const text = raw.replace(/(?<=[十百千万好一二两三四五六七八九\d])几|几(?=[十百千万])/gu, '～');
  const iam = IAM.exec(text);
  if (iam?.[1]) {
    const dept = iam[1].trim();
    if (DEPARTMENT.test(dept) || owners.some((o) => o.toLowerCase() === dept)) return { intent: 'iam', department: dept };
  }
  // "你好，我是科普部小刘", "我是科普部的，新来的小王": the department, then a name or more words.
  const greeting = IAM_WITH_NAME.exec(text);
  if (greeting?.[1] && text.length <= 30) return { intent: 'iam', department: greeting[1] };
  const ask = /[?？吗呢嘛]|没有?$|几|多少|什么|哪|啥|谁|如何|怎么|咋|多久|还有多|安排|汇总|盘点|报名情况|报名人数|报名名单|^(查下|查一下|查查|看看|看下)|how|what|when|which|who/u.test(text);
  // "我的任务" alone asks; "我负责的讲座今天开了，来了120人" reports.
  if (MINE.test(text) && (ask || text.length <= 12)) {
    const focus = /逾期|过期|超期|overdue|late/u.test(text) ? 'overdue' : /进展|进度|怎么样|如何|做完|完成|progress|how/u.test(text) ? 'progress' : 'list';
    const when = focus === 'list' ? agendaPeriodOf(text, today) : undefined;
    return when ? { intent: 'mine', focus, period: when.period, label: when.label } : { intent: 'mine', focus };
  }
  const reported = unreportedOf(text, today);
  if (reported) return reported;
  if (!ask) {
    for (const { re, status } of STATUS_WORDS) {
      const m = re.exec(text);
      if (m?.[1] && m[1].trim().length >= 2) return { intent: 'mark', ref: m[1].trim().slice(0, 60), status };
    }
    return undefined;
  }
  const leads = WHO_LEADS.exec(text);
  const leadTopic = leads ? itemWords(leads[1] ?? leads[2] ?? leads[3] ?? '') : '';
  if (leadTopic.length >= 2) return { intent: 'who', topic: leadTopic.slice(0, 60) };
  const asks = ASKS_FOR.exec(text);
  const askTopic = asks ? itemWords(asks[1] ?? asks[2] ?? '') : '';
  if (askTopic.length >= 2) return { intent: 'detail', topic: askTopic.slice(0, 60) };
  if (english(text) && SIGNUP.test(text) && /how many|status|so far/u.test(text)) return { intent: 'signups', event: englishTopic(text) ?? '', unit: null };
  const signup = english(text) ? undefined : readSignupQuestion(text);
  if (signup) return signup;
  const statusAsk = STATUS_ASK.exec(text);
  if (statusAsk?.[1] && !HOW_MANY.test(text)) return { intent: 'status', ref: statusAsk[1].trim().slice(0, 60) };
  const last = /(?:最近一次|上一次|上次|最后一次|last time)(.{0,30}?)(?:是)?(?:什么时候|啥时候|哪天|几号|when)|when did we last (.{2,40})/u.exec(text);
  if (last) {
    const topic = english(text) ? (englishTopic(text) ?? '') : (last[1] ?? '').replace(/[的了]/gu, '').trim();
    if (topic.length >= 2) return { intent: 'last', topic: topic.slice(0, 60) };
  }
  if (COUNTDOWN.test(text)) {
    const topic = english(text) ? (englishTopic(text) ?? text) : text.replace(COUNTDOWN, '').replace(/距离?|离|到|开始|举办|开幕|还|的|[?？\s]/gu, '').trim();
    return { intent: 'countdown', topic: (topic || text).slice(0, 60) };
  }
  const pastPeriod = pastPeriodOf(text, today);
  const asksActivities = /(有|搞|办|开展|举办|组织)了?(什么|哪些|啥)(活动|事)|活动有哪些|哪些活动|什么活动/u.test(text);
  // "1月份的活动情况汇总下": a look back over a named past period.
  const roundUp = /(活动|工作)(开展)?情况|汇总|盘点|梳理/u.test(text) && pastPeriod !== undefined && pastPeriod.period.start <= today;
  const done = PAST.test(text) || roundUp || (asksActivities && pastPeriod !== undefined && pastPeriod.period.end < today);
  // "五一以来开展了哪些活动？覆盖多少人": the list, with its people.
  const listWithPeople = done && /哪些|什么|啥/u.test(text) && measureOf(text).measure === 'people';
  const near = /今天|今日|明天|明日|这两天|这几天|近两天|近几天|最近|近期|today|tomorrow|coming days|next few days/u.test(text);
  const planWords = /安排|干嘛|干啥|干什么|忙什么|忙啥|schedule|agenda|what('s| is) on|planned/u.test(text);
  if (!done && (near || planWords) && AGENDA_WHEN.test(text) && AGENDA_WHAT.test(text) && !HOW_MANY.test(text)) {
    const p = agendaPeriodOf(text, today);
    if (p) return { intent: 'agenda', period: p.period, label: p.label };
  }
  if (WHEN.test(text) && !HOW_MANY.test(text) && !done) {
    const topic = english(text) ? (englishTopic(text) ?? '') : text.replace(WHEN, ' ').replace(/要|得|该|应该|需要|开|报|交|报送|举办|召开|完成|截止|是|的|呢|吗|啊|[?？\s]/gu, '').trim();
    if (topic.length >= 2) return { intent: 'when', topic: topic.slice(0, 60) };
  }
  if (HOW_WELL.test(text)) {
    const topic = english(text) ? (englishTopic(text) ?? '') : text.replace(HOW_WELL, '').replace(PERIOD_WORDS, '').replace(/目前|现在|的|了|[?？\s]/gu, '').trim();
    if (topic.length >= 2) return { intent: 'item_report', topic: topic.slice(0, 60) };
  }
  if (done && (!HOW_MANY.test(text) || listWithPeople)) {
    const about = english(text) ? englishTopic(text) : (hanTopic(text) ?? topicOf(withoutPeriodWords(text, today).replace(/什么|哪些|啥|些/gu, '')));
    // "在各学校办过哪些活动": a place or topic with no period looks back over the year; a bare "做了什么" over 30 days.
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? (about ? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` } : { period: { start: addDays(today, -29), end: today }, label: `最近30天（${addDays(today, -29)}至${today}）` });
    return { intent: 'done_list', period: p.period, label: p.label, topic: about };
  }
  // "选树最美科技工作者完成多少了" asks a target's progress, read with the targets.
  if (HOW_MANY.test(text) && !/目标|指标|target/u.test(text) && !/完成了?(多少|几成|百分之几)了?[?？。!！\s]*$/u.test(text)) {
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
    const { measure, unit } = measureOf(text);
    const topic = english(text) ? englishTopic(text) : (hanTopic(text) ?? topicOf(withoutPeriodWords(text, today)));
    return { intent: 'tally', period: { start: p.period.start, end: p.period.end }, label: p.label, measure, unit, topic, remaining: /还差|差几|差多少|还剩|剩下|还要|left to|remaining|to go/u.test(text) };
  }
  return undefined;
}
