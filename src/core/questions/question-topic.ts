// What a question is about, with its period, count and filler words taken out; English topics as the Chinese words the log uses.
import type { CivilDate } from '../dates/civil-date.js';
import { periodInWords } from './period-words.js';

export const PERIOD_WORDS = /上上周|上周|本周|这周|上个?星期|这个?星期|上礼拜|这礼拜|前天|昨天|昨日|今天|今日|去年|今年|本年度?|全年|年初以来|上半年|下半年|上个?季度|本季度|这个?季度|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,3}月份?|本月|这个?月|上个?月|最近|近期|截至目前|到目前为止|目前为止|目前|至今|迄今|为止|到现在|现在/gu;
const FILLER = /(?:都|分别|各)?(?:是|有)(?:啥|什么|哪些|哪几[个场次项])(?:活动)?(?=[?？。]*$)|(?:学生|群众|人员|观众|听众|村民|居民|职工|员工|老人|农民|家长|孩子)(?=(?:参加|参与|来|到场|听)?了?(?:一共|总共|合计|累计|共)?(?:有|是)?(?:几|多少)|总?人?数)|(?:那|这)(?:阵子|段时间|段日子|几天)|(?<=^|的|那)人(?=(?:一共|总共|合计|累计|共)?(?:有|是)?(?:几|多少))|(?:在|往)?(?:系统|平台|台账|小程序|群)(?:里面?|上面?|中)|(?:大概|大约|大致|约莫|差不多)|(?<=[?？，,。])(?:我们|咱们)?(?:写|填|报|交|做)(?:材料|总结|报告|表格?|汇报)要?用(?:的)?|(?<=[?？，,。])(?:我们|咱们)?(?:想|要|好)?(?:参考|借鉴)(?:一下|下)?|县里(?=都|搞|办|开|组织|举办|有|[一总]共)|^想(?=统计|问|了解|知道|查)|总人数|总数|是多少|(?:那边|这边|那里|这里|那儿|这儿)(?=我们|咱们|都|有|搞|办|做|开|去|[?？]|$)|(?<=(?:[干做搞办忙]|开展|举办)(?:了|过)?(?:哪些|什么|啥|些)?)(?:事情?|工作)(?=[?？。]*$)|加起来|加在一起|合起来|方面的?|那个|这个|是?(什么时候|啥时候|哪天|哪一天|几号)(搞|办|开|举办|举行)?的?|(?<=\p{Script=Han}|^|\s)(?:那|这)一?(?:次|回|场|期)(?=(?:活动)?(?:来|有|是|一共|总共|共|[几多]|参加|参与|到场))|(几|多少)\s*(?:个|名|位)?\s*(?:人次|人|学生|群众|听众|观众)\s*(?:听|参加|参与|来|到场|观看|受益)?|各单位|各部门|所有单位|全县|(活动|工作)?(开展)?情况|(汇总|盘点|梳理)(一)?下?|(一共|总共|拢共|统共|总计|合计|累计|共)|(几|多少)\s*(场次|人次|场|次|回|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项)?(?:学校|农户|企业|社区)?|(?:离|距离?)\s*(?:年度|全年)?\s*(?:目标|指标)|(?:上报|报送|填报|提交|报|交)(?:上来|上去)|(?<=\p{Script=Han})(?:那天|当天|这天)|[两二三四五六七八九十\d]{1,3}(?:场|次)(?=讲座|培训|报告|活动)|群众|人数|人次|还差|差|还剩|剩下|我们|咱们|咱|大家|已经|都|还|请问|一下|统计|(开展|举办|组织|进行|覆盖|服务|参加|参与|发放|建成|新建|完成|报送|收到|记录|登记|走进|去到)(了|过)?|(开|搞|办|做|干|建|发|来|报|去|进|记|走|跑|收)(了|过)|有|了|呢|吗|啊|呀|吧|嘞|咧|哩|的|[?？!！。，,、\s]/gu;
/** A bracketed aside that restates a period in months or days ("（4到6月）", "(1-3月)"). */
const PERIOD_ASIDE = /[(（][\d一二三四五六七八九十到至~～\-—、月日号份]{1,16}[)）]/gu;
/** A bracketed aside saying what else counts ("（县里下来的也算）", "(含县里组织的)"): how to count, not a topic. */
const COUNTS_ASIDE = /[(（][^()（）]{0,16}(?:也算|也要算|都算|算上|也包括|包括|含)[^()（）]{0,10}[)）]/gu;
/** "专家下乡到咱白马乡": the work, then the place it went to (a place-first topic, "白马乡专家下乡"). */
const WORK_TO_PLACE = /^(\p{Script=Han}{2,10}?)(?:走进|深入|到|在|去|进)(?:咱们?|我们)?(\p{Script=Han}{2,6}?(?:乡|镇|村|社区|街道))$/u;
/** How the answer should be put, not what it is about ("人和人次分开说", "分开算"). */
const HOW_TO_SAY = /(?:人和人次|人次和人|人与人次)?分开(?:说|算|统计|列|讲|写)?|各项|各类|全部|所有(?=活动)/gu;
/** Words that open a follow-up and point at what was just asked ("那参加的一共多少人", "其中讲座几场"). */
export const POINTER = /^(?:那么|那这些|那些|那|这些|其中|它们)(?![个项条次场])/u;
const GENERIC = /^(活动|工作|事|事情|任务|项目|宣传|科普|哪些|什么|啥|activities|things|events)?$/u;

/** What a count or report is about, with the period and count words taken out ("今年开了几场培训了" → 培训). */
export function topicOf(text: string): string | null {
  // "那参加的一共多少人": 那 points back at the question before; it names nothing. "二季度（4到6月）": an aside
  // that restates the period names nothing either.
  // "报了几个活": 活 (活儿) counted is an activity, as 活动 is.
  let rest = text.replace(/(几|多少|哪些|啥|什么)(个|场|次|样)?活儿?(?![\p{Script=Han}])/gu, '$1$2活动').replace(POINTER, '').replace(PERIOD_ASIDE, ' ').replace(COUNTS_ASIDE, ' ').replace(HOW_TO_SAY, ' ').replace(PERIOD_WORDS, ' ').replace(FILLER, '').trim();
  // "在各学校办过哪些活动": a place, not the words "在各学校活动".
  // "在青石镇搞的活动": the verb of holding it names nothing either.
  const place = /^(?:在|到|去)(.{2,20}?)(?:搞|办|开展|举办|组织)?(?:活动|工作)?$/u.exec(rest);
  if (place?.[1]) rest = place[1];
  const went = WORK_TO_PLACE.exec(rest);
  if (went?.[1] && went[2]) rest = `${went[2]}${went[1]}`;
  // "实验小学活动": 活动 beside a name says nothing more (科技活动周 and 活动月 keep theirs).
  // "今年搞培训来了多少人": a bare verb before the work names nothing.
  rest = rest.replace(/^(?:搞|开展|举办)(?=\p{Script=Han}{2})/u, '');
  // "各单位报的活动": reporting them is how every record came; it names no kind of work.
  rest = rest.replace(/^(?:上报|填报|报送|登记|报)(?=活动$)/u, '');
  // "城关镇科协自己报的活动": 自己 says the records are the unit's own, as its name alone does; it is no part of the name.
  rest = rest.replace(/(?<=\p{Script=Han}{2})(?:自己|自个儿?|本身)(?=(?:上报|填报|报送|报)(?:的)?活动$)/u, '');
  // "县一中上报的活动": a name, then reporting them: the records of that name, not the words "县一中上报".
  rest = rest.replace(/(?<=\p{Script=Han}{2})(?:上报|填报|报送|(?<![海日画简快晚周月年电情喜捷公学])报)(?=活动$)/u, '');
  const named = rest.replace(/活动(?![周月日])/gu, '');
  if (named.length >= 2) rest = named;
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
export function hanTopic(text: string): string | undefined {
  if (!/[a-z]{2}/u.test(text)) return undefined;
  // "keep 人 and 人次 separate": a unit alone names no place or thing.
  const han = (text.match(/\p{Script=Han}+/gu) ?? []).filter((w) => !/^(?:人次|人|人数|场次|场|次|份|户|个)$/u.test(w)).join('');
  return han.length >= 2 ? han.slice(0, 60) : undefined;
}

export const english = (text: string): boolean => /[a-z]/u.test(text) && !/\p{Script=Han}/u.test(text);

/** An English question's topic as the Chinese words the log uses ("trainings" → 培训); null when none is named. */
export function englishTopic(text: string): string | null {
  if (/youth|student|innovation contest|science contest/u.test(text) && /contest|competition/u.test(text)) return '青少年科技创新大赛';
  return ENGLISH_TOPICS.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The text without the words that name its period ("五一以来做了哪些活动" → "做了哪些活动"). */
export function withoutPeriodWords(text: string, today: CivilDate): string {
  const words = periodInWords(text, today)?.words;
  return words ? text.replace(words, ' ') : text;
}
