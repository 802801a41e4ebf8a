// Reads the questions about what was done, when things are, who asks and sign-ups; rules only, linear-time patterns.
import { addDays, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { agendaPeriodOf, pastPeriodOf } from './past-period.js';
import { periodInWords } from './period-words.js';
import type { Question } from './question.js';
import { measureOf } from './question-measure.js';
import { english, englishTopic, hanTopic, PERIOD_WORDS, topicOf, withoutPeriodWords } from './question-topic.js';
import { ownRecordsOf, type Whose } from './own-records.js';
import { readSignupQuestion, UNIT_WORDS } from './read-signup-question.js';
import { unreportedOf } from './read-unit-question.js';
import { groupKind } from './unit-groups.js';
import { monthsMissingOf } from './months-missing.js';
import { parseChineseNumber } from '../text/chinese-number.js';


const PAST = /(做|干|搞|开|办|忙|完成|开展|举办|组织|进行|记录|登记)(了|过)(些)?(什么|哪些|啥|几|多少)|都(做|干|搞|忙)了|(做|干)了啥|what (did|have) we|what was done|what have we done|activities (did|were)|did we (do|run|hold)/u;
/** "今年搞过航模比赛吗", "有没有办过科普讲座": whether records of a kind exist, answered by listing them (or none). */
const DID = /(?:搞|办|开|做|开展|举办|组织|进行|举行)过|有没有(?:搞|办|开|做|开展|举办|组织|进行|举行)/u;
const HOW_MANY = /((?<!星期|礼拜|周)几(?!点|号|月|时|岁)|多少)\s*(场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项|群众|作品|学校|单位)?|一共|总共|总计|合计|累计|how many|how much|number of|total/u;
const HOW_WELL = /(做|搞|开展|进行|办|推进|落实|完成|建设|创建|组建|建)(得|的)(如何|怎么样|咋样|怎样|好不好)|(情况|效果|成效|进展|进度)(如何|怎么样|咋样|怎样)|有(?:没有)?(?:什么)?进展(?:了)?(?:没有?|吗)?|怎么样了|如何了|咋样了|(?:怎么样|咋样)啦|(?:现在|目前)?(?:是)?(?:什么|啥|哪个)(?:进度|进展|阶段)|(?:现在|目前)?(?:进行|推进|做|搞|走)?到(?:了)?(?:哪一步|哪步|哪个阶段|什么阶段|哪儿|哪里)了?|how (is|are|did|was|were) .{1,40} (go|going|doing)|how did .{1,40} go/u;
const COUNTDOWN = /还有多.{0,2}(?:到期|截止)|还有几天|还剩几天|还有多少天|还剩多少天|多少天后|几天后|倒计时|还有多久|还要多久|how many days|days (until|till|to|left|before)|how long (until|till|before)/u;
const WHEN = /什么时候|啥时候|几月几号|几号|哪天|何时|截止(时间|日期)|期限是|deadline|\bwhen\b|what date/u;
const AGENDA_WHEN = /今天|今日|明天|明日|这两天|这几天|近两天|近几天|最近|近期|这周|本周|下周|下个?星期|下礼拜|today|tomorrow|this week|next week|coming days|next few days/u;
const AGENDA_WHAT = /干嘛|干什么|干啥|做什么|做啥|要做|安排|计划|有啥|有什么|忙什么|任务|事情|待办|agenda|schedule|planned|to ?do|on (for|the)|what('s| is)/u;
export const MINE = /我们(?:这边|科室)?.{0,6}?(?:有|还有)(?:什么|啥|哪些)(?:任务|工作|事)|(?:我们|咱们)(?:中心|馆|办|办公室|科|站|处|股)(?:今年|本年|年内|这个?月|下个?月|这周|下周|最近|接下来)?(?:都|还)?(?:要|该|得|需要)(?:干|做|办|完成|忙)(?:些)?(?:什么|啥|哪些)|我们部门|我部门|本部门|我们科室|我们处|我们股|我们的任务|我们负责|我负责|我的任务|我的工作|我该做|我要做|咱们部门|my tasks?|my department|our department|our tasks?|what am i responsible/u;
const IAM = /^(?:我是|我在|我属于|我们是|i am (?:in|from|with)|i'm (?:in|from|with)|i work (?:in|for|at))\s*(?:the\s+)?(.{2,20}?)(?:的人|的|同事|成员)?\s*[。.!！~]*$/u;
const IAM_WITH_NAME = /^(?:(?:你好|您好|大家好|hi|hello)[，,！!\s]*)?(?:我是|我在|我属于)(\p{Script=Han}{1,12}?(?:办公室|中心|科协|协会|学会|部|室|馆|处|股|站))(?:的|，|,|。|\s|小|老|新来|[\p{Script=Han}]{1,3}[，,。！!]?$)/u;
const DEPARTMENT = /(部|室|中心|馆|协|科|处|股|组|办|站|会|department|office|centre|center)$/u;
const SIGNUP = /报名|sign(ed)?[- ]?ups?|registered|registrations?/u;
/** English words for signing up, in a question that names the event in Chinese. */
const SIGNED_UP_EN = /\bsign(?:ed|ing)?[- ]?ups?\b|\bregist(?:ered|rations?)\b|\benrol(?:l)?(?:ed|ments?)\b/u;
const STATUS_WORDS = [
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:已经?完成了?|已办结|办结了|做完了|已做完|搞定了|完成了|已完成|is done|done|completed?|finished)[。.!！]*$/u, status: 'done' as const },
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:正在进行中?|进行中|推进中|正在做|在做|in progress|ongoing)[。.!！]*$/u, status: 'in_progress' as const },
  { re: /^(?:标记|设为|mark)?\s*(.{1,40}?)\s*(?:为|as)?\s*(?:还?未完成|还?没完成|没有完成|取消完成|撤销完成|重新打开|not done|undone|reopen(ed)?)[。.!！]*$/u, status: 'open' as const },
];
const STATUS_ASK = /^(.{1,40}?)\s*(?:(?:(?:召开|举办|报送|建成|开|做|办|建|报|交|搞|弄|写)(?:完|好|成)?|搞定|完成)了?(?:吗|没有?|没)|是否(?:已经)?完成|(?:is|was) .{1,40} done)[?？。]*$/u;

const MAX_QUESTION = 300;

/** "全委会是哪个部门牵头的", "下乡谁负责", "谁牵头科普日". */
const WHO_LEADS = /^(.{2,30}?)(?:是|归|由)?(?:哪个|哪些|什么|哪一个|哪家)(?:部门|科室|单位)(?:来)?(?:牵头|负责|主责|主管|管)(?:的)?[?？。]*$|^(.{2,30}?)(?:是|归|由)?谁(?:来)?(?:牵头|负责|管)(?:的)?(?:呀|啊)?[?？。]*$|^(?:是)?谁(?:牵头|负责)(.{2,30}?)[?？。]*$/u;
/** "企业科协那个任务是啥要求来着", "下乡那个任务 目标是多少户": what an item asks for. */
const ASKS_FOR = /^(.{2,30}?)\s*(?:的)?(?:具体)?(?:要求|目标|指标|内容)(?:是|有)?(?:啥|什么|哪些|多少\p{Script=Han}?|几\p{Script=Han}?)(?:来着|呀|啊|呢)?[?？。]*$|^(.{2,30}?)(?:是|有)(?:啥|什么|哪些)(?:具体)?(?:要求|目标|指标)(?:来着|呀|啊|呢)?[?？。]*$/u;

/** "应急科普这块计划里是怎么要求的": how the plan puts a piece of work. */
const PLAN_SAYS = /^(.{2,30}?)(?:这一?块|这方面|方面|这项|那项|这个|那个)?(?:在)?(?:计划|方案|要点)?(?:里|中|上)?(?:是)?(?:怎么|如何|咋)(?:要求|规定|安排|说|写)的?(?:来着|呀|啊|呢)?[?？。]*$/u;
/** "企业科协今年要新建几家", "科普日要办多少场": the amount the plan sets (要, not 还要 or done 了). */
const PLAN_AMOUNT = /^(.{2,30}?)(?:今年|全年|年内|计划)?(?:要求?|需要|得)(?:新建|新增|建成|建|完成|开展|举办|办|组织|开|发放|发|走访|接待|服务|报送|回收)(?:不少于)?(?:几|多少)\p{Script=Han}?(?:[?？，,。；;\s]|$)/u;

/**
 * "哪些任务已经完成了", "已经完成的任务有哪些", "which tasks are done": the list of items marked done. In English the
 * items named, then any order of have/already/been ("which items have already been completed", "what tasks have we
 * finished"), ask the same.
 */
const FINISHED = /^(?:(?:到|截至|截止到?)?(?:目前|现在|今天)(?:为止)?|今年)?[，,]?(?:哪些|哪几项|哪几个|什么)(?:任务|工作|事项)(?:已经?|都)?(?:完成|做完|办完|搞定|办结)了?[?？。]*$|^(?:(?:到|截至|截止到?)?(?:目前|现在|今天)(?:为止)?|今年)?[，,]?(?:已经?)(?:完成|做完|办结)(?:了)?的(?:任务|工作|事项)(?:有)?(?:哪些|什么|几项)[?？。]*$|^(?:which|what) (?:plan |of the |of our )?(?:tasks|items|work items|plan items)? ?(?:(?:in|of|from) (?:the|our) (?:work )?plan )?(?:are|have been|were|got) (?:already |all )?(?:marked (?:as )?|been )?(?:done|completed?|finished)|^(?:which|what) (?:plan |work )?(?:tasks|items|work items)(?: (?:in|of|from) (?:the|our)(?: work)? plan)? (?:are|is|have|has|were|got|did)(?: we| you)?(?: already| all| now)*(?: been)?(?: marked(?: as)?)? (?:done|completed?|finish(?:ed)?)\b/u;
/** "Quick q —", "Hi,": words before an English question that ask nothing. */
const OPENER_EN = /^(?:(?:(?:a )?(?:quick|short|small) )?(?:q|question)|hi|hello|hey|sorry)\b\s*[-—–:,，：!！.]*\s*/u;

/**
 * "流动科技馆巡展11月底前要完成10所学校，现在几所了": a first clause that restates the target (its deadline and
 * figure), then the count asked. The first clause only names the work; its deadline is not the period counted.
 */
const TARGET_FIRST = /^(.{2,40}?)(?:要求?|需要|计划|目标是?|得)(?:完成|达到|办|开展|举办|建成|新建|走访|接待|发放)?(?:不少于|至少)?\s*[\d一二三四五六七八九十百千万两]+\s*(?:场次|人次|场|个|家|份|条|户|所|名|位|人|期|件|项)\p{Script=Han}{0,3}[，,;；]\s*((?:现在|目前|已经|到现在|如今|眼下|那).{0,12}(?:几|多少).{0,10})$/u;

/** The clause that asks about the gap ("？离目标还差多少", "，够数没"), after the count it follows. */
const TARGET_CLAUSE = /[，,?？;；\s]+(?:离|距离?|对照)?(?:年度|全年)?(?:目标|指标|任务)?(?:还差|差|够数|够了?没|够不够)[^，,?？]{0,10}[?？。]*$|[,;]?\s*(?:and\s+)?(?:how (?:does|do|is) (?:it|that|this) )?(?:(?:compared?|measured?|stack(?:s|ing)? up)\s+)?(?:against|versus|vs\.?|with|to|relative to|towards?)\s+(?:the\s+|our\s+|its\s+)?(?:annual\s+|yearly\s+|year'?s\s+|plan(?:ned)?\s+)?(?:target|goal)s?[?.!\s]*$/u;

/** A clause that asks the target itself ("？全年目标是多少"), after the count it follows: the count answers with its target. */
const TARGET_ASKED = /[，,?？;；\s]+(?:那|而)?(?:全年|年度|今年)?(?:的)?(?:目标|指标|任务数?)(?:是|定的是|定了|有)?(?:多少|几)\p{Script=Han}{0,2}(?:来着|呢|啊)?[?？。]*$/u;

/** "够5000人次了吗", "达到10所了没有": whether a count has reached a figure. */
const REACHED = /(?:(?:凑|攒)?够|达到|达|满|超过|(?<![来收改提加减降调升涨])到)了?\s*(\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百千万]+)\s*(人次|人|场次|场|份|户|所|条|家|个|件)(?:了)?(?:吗|没有?|没|不)/u;

/** "参与人数达标没有", "场次够数了吗": whether the target is met, its figure not said. */
const MET = /(?:是否|有没有|能不能)?(?:达标|够数|达到目标|完成目标)(?:了)?(?:吗|没有?|没|不|与否)?[?？。]*$/u;

/** What a unit signs up for rather than reports (比赛, 大赛); a 培训班 is as often one it holds. */
const SIGNED_FOR = /比赛|竞赛|大赛|报名/u;

/** "哪些必须完成的任务", "什么要做的工作": a list of tasks, whatever the words between. */
const LIST_IN_PERIOD = /(?:哪些|什么|啥|哪几[项个件])(?:是)?(?:必须|一定|需要|得|要)?(?:要)?(?:完成|做|办|干)?(?:的)?(?:任务|工作|事)/u;

/** Work still owed: 要/得/需要/必须 before the verb of finishing ("要完成的", "得干完的"), not how far it got. */
const OWED = /(?:必须|需要|要|得|该)(?:去)?(?:完成|(?:干|做|办|搞|弄)完)(?:的)?/gu;

/** A question that asks for a list of tasks ("哪些任务", "什么工作"), not the date of one. */
const TASK_LIST = /(?:哪些|哪几[项个件]|什么|啥)(?:任务|工作|事项|事情?)/u;

/** A named day, then "that day" ("国际减灾日那天", "科普日当天"). */
const ON_DAY = /\p{Script=Han}{2}(?:日|节)(?:那一?天|当天|这一?天)/u;

/** Tasks named by their deadlines ("有截止日期的任务", "要到期的工作", "任务…截止"). */
const DEADLINE_TASKS = /(?:截止|到期|期限)(?:日期|时间)?的?(?:任务|工作|事项)|(?:任务|工作|事项)[^，,？?。]{0,8}(?:截止|到期)/u;

/** "办公室牵头的那几项", "科普部负责的任务": an owner, then the items it leads. */
const LED_ITEMS = /^(?:由)?(\p{Script=Han}{2,12}?)(?:牵头|负责|主责|主管)(?:的)?(?:那|这)?(?:几项|几个|些|几件)?(?:任务|工作|事项|事情?|活)?(?:的)?(?:进度|进展|完成情况|情况)?$/u;

/** "今年…的活动都有哪些": a period up to now (this year, since a day), whose records so far are asked about. */
const SO_FAR = /今年|本年度?|年初以来|以来|至今|迄今|到目前为止|截至目前/u;

/** A question that lists or counts records ("哪些", "几场", "多少人", "汇总"). */
const LIST_OR_COUNT = /哪些|什么|啥|几|多少|汇总|列表|清单|情况|一共|总共|合计|加起来|how many|how much|\bwhich\b|\bwhat\b|\blist\b|\btotal\b/u;

/** The question about every record, narrowed to the asker's (or the asker's unit's) records of its period, this year by default. */
function ownQuestion(read: Question | undefined, rest: string, by: Whose, today: CivilDate): Question {
  const year = partsOf(today).year;
  const p = pastPeriodOf(rest, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
  const when = { period: { start: p.period.start, end: p.period.end }, label: p.label };
  // "我上个月报了几条": 条 counts records, not a figure written in them.
  if (read?.intent === 'tally') return { ...read, ...when, by, ...(read.measure === 'metric' && /^(条|项|次|个)$/u.test(read.unit ?? '') && !read.topic ? { measure: 'activities' as const, unit: null } : {}) };
  if (read?.intent === 'done_list') return { ...read, ...when, by };
  return { intent: 'done_list', ...when, topic: topicOf(withoutPeriodWords(rest, today).replace(/什么|哪些|啥|些/gu, '')), by };
}

/** An item named loosely, without "那个任务", "这项工作", "的". */
const itemWords = (text: string): string => text.replace(/(那个|这个|那项|这项|那条|这条)?(任务|工作|事情?)?$/u, '').replace(/(那个|这个|那项|这项)$/u, '').replace(/[的\s]+$/u, '').trim();

/** "没挂到计划任务上", "未关联计划条目", "没对应上任务": records linked to no plan item. */
const UNLINKED = /(?:没|未|没有|不)(?:挂|关联|对应|归|算)(?:到|上|进)?(?:任何)?(?:的)?(?:计划|任务|条目|工作要点)/u;

/** "6月底前报的": from the year's start to that month's end, when it is past; else the period said, else this year so far. */
function unlinkedPeriod(text: string, today: CivilDate): { period: { start: string; end: string }; label: string } {
  const year = partsOf(today).year;
  const by = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(底|末)?(?:之前|以前|前)/u.exec(text);
  const m = by ? (parseChineseNumber(by[1] ?? '') ?? 0) : 0;
  if (m >= 1 && m <= 12) {
    // "6月底前": to the month's last day; "5月以前": to the day before it starts.
    const end = by?.[2] ? addDays(m === 12 ? ymd(year + 1, 1, 1) : ymd(year, m + 1, 1), -1) : addDays(ymd(year, m, 1), -1);
    if (end <= today && end >= ymd(year, 1, 1)) return { period: { start: ymd(year, 1, 1), end }, label: `${year}年${by?.[2] ? `${m}月底前` : `${m}月以前`}` };
  }
  return pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
}

/** Spoken and regional words as the rules read them: 俺们 = 我们, 没得 = 没有, 自个儿 = 自己, 几回 = 几次, 加一块 = 加起来. */
const spoken = (text: string): string =>
  text
    .replace(/俺们/gu, '我们')
    .replace(/俺(?=单位|学校|镇|乡|村|科协)/gu, '我们')
    .replace(/俺/gu, '我')
    .replace(/自个儿?|自家/gu, '自己')
    .replace(/几回/gu, '几次')
    // "凑够30人次没得": south-western 没得 closing a question is 没有.
    .replace(/没得(?=\s*[?？。]?\s*$)/u, '没有')
    .replace(/加(?:到|在)?一块儿?|加一堆|拢共|统共/gu, (w) => (w === '拢共' || w === '统共' ? '一共' : '加起来'));

/** 我们镇, 咱们乡, 本村: the asker's unit's place, where things were held (its 科协 or 政府 is the unit, read elsewhere). */
const OUR_PLACE = /(?:我们|咱们|本)(?:这个?)?(?:镇|乡|村|社区|街道)(?:上(?!半年|个|周|季|月|星期|礼拜|旬|次|回)|里面?|这边)?(?!科协|政府|人民政府|干部)/u;

/** Who took part, as a second clause names them ("听讲座的学生", "参加培训的村民"). */
const PEOPLE_NOUNS = /学生|同学|孩子|小朋友|家长|老师|群众|观众|听众|村民|居民|农户|农民|职工|人员|人(?!次)/gu;
const TAKING_PART = /听|参加|参与|来|到场|观看|受益|加起来|加在一起|合计|一共|总共/gu;

/**
 * "今年报了几场讲座？听讲座的学生加起来多少？": a second clause that asks the people of what the first counts names
 * nothing new; the topic is the first clause's. Undefined when the text is not two such clauses.
 */
function clauseTopic(text: string, today: CivilDate): string | null | undefined {
  const parts = text.split(/[？?，,；;]+/u).filter((p) => p.trim() !== '');
  if (parts.length !== 2 || !/几|多少/u.test(parts[0] ?? '') || !/几|多少|加起来/u.test(parts[1] ?? '')) return undefined;
  const first = topicOf(withoutPeriodWords(parts[0] ?? '', today));
  if (!first || !new RegExp(PEOPLE_NOUNS.source, 'u').test(parts[1] ?? '')) return undefined;
  const second = (topicOf(withoutPeriodWords(parts[1] ?? '', today)) ?? '').replace(PEOPLE_NOUNS, '').replace(TAKING_PART, '');
  return second === '' || first.includes(second) || second.includes(first) ? first : undefined;
}

/** The done/when/who/sign-up question in a text, or undefined for the older intents to read. */
export function readQuestionKind(raw: string, today: CivilDate, owners: readonly string[]): Question | undefined {
  // Questions are short; a long text is a report or a paste, read elsewhere.
  if (raw.length > MAX_QUESTION) return undefined;
  // 十几人, 几十份, 好几场 are loose numbers in a report, not "how many".
  // 前几天 and 过几天 are times ("发资料那条删掉吧，前几天已经报过了"); 报民 is an input-method slip for 报名.
  const text = spoken(raw.replace(/(?<=[十百千万好一二两三四五六七八九\d前])几|(?<=过)几(?=天|日|周|个?星期|个?礼拜|个?月|年)|几(?=[十百千万])/gu, '～').replace(/报[民明](?![天年日月情])/gu, '报名').replace(/报了?(哪些|什么|啥|哪几个|几个)名/gu, '报名了$1'));
  const iam = IAM.exec(text);
  if (iam?.[1]) {
    const dept = iam[1].trim();
    if (DEPARTMENT.test(dept) || owners.some((o) => o.toLowerCase() === dept)) return { intent: 'iam', department: dept };
  }
  // "你好，我是科普部小刘", "我是科普部的，新来的小王": the department, then a name or more words.
  const greeting = IAM_WITH_NAME.exec(text);
  if (greeting?.[1] && text.length <= 30) return { intent: 'iam', department: greeting[1] };
  const ask = /[?？吗呢嘛]|没有?$|有没有|几|多少|什么|哪|啥|谁|如何|怎么|咋|多久|还有多|安排|汇总|盘点|报名情况|报名人数|报名名单|^(查下|查一下|查查|看看|看下)|(合计|总计|累计|一共|总共|共计)(是)?[?？。]*$|how|what|when|which|who/u.test(text);
  // "6月底前报的活动里，有哪些没挂到计划任务上": the records linked to no plan item, in the period said.
  if (ask && UNLINKED.test(text)) return { intent: 'done_list', ...unlinkedPeriod(text, today), topic: null, unlinked: true };
  // "我的任务" alone asks; "我负责的讲座今天开了，来了120人" reports.
  if (MINE.test(text) && (ask || text.length <= 12)) {
    // "6月底以前我们部门要完成啥": what is due by a day is the list of that period, not the progress.
    const by = /(?:之前|以前|前)(?!后)|\b(?:before|by)\b/u.test(text) ? agendaPeriodOf(text, today) : undefined;
    // "我们部门这个月有哪些必须完成的任务": a list of a period's tasks, though 完成 is said.
    const listed = LIST_IN_PERIOD.test(text) && agendaPeriodOf(text, today) !== undefined;
    // "我们部门下个月有啥要完成的": 要 (or 得, 需要) before 完成 says what is still to be done in that period, no progress.
    const owed = agendaPeriodOf(text, today) !== undefined ? text.replace(OWED, '') : text;
    const focus = /逾期|过期|超期|overdue|late/u.test(text) ? 'overdue' : !by && !listed && /进展|进度|怎么样|如何|(?:干|做|办|搞|弄)完|完成|progress|how/u.test(owed) ? 'progress' : 'list';
    const when = focus === 'list' ? (by ?? agendaPeriodOf(text, today)) : undefined;
    return when ? { intent: 'mine', focus, period: when.period, label: when.label } : { intent: 'mine', focus };
  }
  // "我上个月报了哪些活动", "我们单位今年登记了几场讲座": the asker's own records (报了 is not 报名).
  const own = ask ? ownRecordsOf(text) : undefined;
  // "我们镇上半年科技下乡服务了多少人" (no verb of reporting): the same question about the asker's unit's place.
  const place = ask && !own ? OUR_PLACE.exec(text) : null;
  if (place && text.slice(0, place.index).replace(PERIOD_WORDS, '').replace(/请问|[，,：:\s]/gu, '') === '') {
    const read = readQuestionKind(`${text.slice(0, place.index)}${text.slice(place.index + place[0].length)}`, today, owners);
    if (read?.intent === 'tally' || read?.intent === 'done_list') return { ...read, where: 'my_place' };
  }
  // "三个乡镇科协报的科普日活动一共来了多少人": the same question over the records the units of that kind reported.
  const group = ask ? groupKind(text) : undefined;
  const after = group ? /^(?:都|自己)?(?:上报|报送|填报|登记|报)(?:了|过|的)+/u.exec(text.slice(group.index + group.length)) : null;
  if (group && after && text.slice(0, group.index).replace(PERIOD_WORDS, '').replace(/请问|[，,：:\s]/gu, '') === '') {
    const rest = `${text.slice(0, group.index)}${text.slice(group.index + group.length + after[0].length)}`;
    const read = readQuestionKind(rest, today, owners);
    if (read?.intent === 'tally' || read?.intent === 'done_list') return { ...read, units: group.kind };
  }
  // "我们单位都报了哪些比赛": contests and classes are signed up for, so the unit's sign-ups answer.
  // "我们乡讲解大赛报了几个人": the event named keeps the answer to the unit's entry in that event.
  if (own?.whose === 'my_unit' && !own.held && SIGNED_FOR.test(own.rest) && LIST_OR_COUNT.test(own.rest)) {
    const named = readSignupQuestion(text);
    // "我们单位各项报名的情况": words of every entry or of the sign-up itself name no event; nor do the people
    // counted after 报 ("…报了多少个学生").
    return named?.by === 'my_unit' && named.event && !/各|所有|全部|报名|情况|哪些|什么/u.test(named.event) && text.indexOf(named.event) < text.indexOf('报') ? named : { intent: 'signups', event: '', unit: null, by: 'my_unit' };
  }
  if (own && LIST_OR_COUNT.test(own.rest)) return ownQuestion(readQuestionKind(own.rest, today, owners), own.rest, own.whose, today);
  const restated = TARGET_FIRST.exec(text);
  if (restated?.[1] && restated[2]) {
    // "年底前", "11月底前": the deadline words, read as ahead, then any other period word.
    const ahead = periodInWords(restated[1], today, true)?.words ?? '';
    const work = withoutPeriodWords(ahead ? restated[1].replace(ahead, '') : restated[1], today).replace(PERIOD_WORDS, '').replace(/[\s的]+$/u, '').trim();
    if (work.length >= 2) return readQuestionKind(`${work}${restated[2]}`, today, owners);
  }
  // "专家下乡每个月都要搞，今年哪几个月漏了": the months with no record.
  const months = ask ? monthsMissingOf(text, today) : undefined;
  if (months) return months;
  const reported = unreportedOf(text, today);
  if (reported) return reported;
  if (!ask) {
    for (const { re, status } of STATUS_WORDS) {
      const m = re.exec(text);
      if (m?.[1] && m[1].trim().length >= 2) return { intent: 'mark', ref: m[1].trim().slice(0, 60), status };
    }
    return undefined;
  }
  // "今年下乡服务了多少户？全年目标是多少": the count, with the gap to its target (which names the target).
  const target = TARGET_ASKED.exec(text);
  if (target && target.index > 0 && HOW_MANY.test(text.slice(0, target.index))) {
    const read = readQuestionKind(text.slice(0, target.index), today, owners);
    if (read?.intent === 'tally') return { ...read, remaining: true };
  }
  const leads = WHO_LEADS.exec(text);
  const leadTopic = leads ? itemWords(leads[1] ?? leads[2] ?? leads[3] ?? '') : '';
  if (leadTopic.length >= 2) return { intent: 'who', topic: leadTopic.slice(0, 60) };
  const asks = ASKS_FOR.exec(text);
  const askTopic = asks ? itemWords(asks[1] ?? asks[2] ?? '') : '';
  if (askTopic.length >= 2) return { intent: 'detail', topic: askTopic.slice(0, 60) };
  const says = PLAN_SAYS.exec(text) ?? (/还|已|了/u.test(text) ? null : PLAN_AMOUNT.exec(text));
  const saysTopic = says ? itemWords((says[1] ?? '').replace(PERIOD_WORDS, '')) : '';
  if (saysTopic.length >= 2) return { intent: 'detail', topic: saysTopic.slice(0, 60) };
  if (english(text) && SIGNUP.test(text) && /how many|status|so far/u.test(text)) return { intent: 'signups', event: englishTopic(text) ?? '', unit: null };
  // "which school has the most sign-ups for the youth contest": the event's entries, with the unit that has most.
  if (english(text) && SIGNUP.test(text) && /\b(?:most|highest|largest|top)\b/u.test(text)) return { intent: 'signups', event: englishTopic(text) ?? '', unit: null, most: true };
  // "how many signed up for 青少年科技创新大赛 in total?": English words around the event's Chinese name.
  // "How many from 县第一中学 signed up for the youth contest?": a Chinese name that is a unit is the unit asked about.
  if (!english(text) && SIGNED_UP_EN.test(text) && /how many|total|so far|status|break ?down|count/u.test(text)) {
    const han = hanTopic(text) ?? '';
    return UNIT_WORDS.test(han) ? { intent: 'signups', event: englishTopic(text) ?? '', unit: han } : { intent: 'signups', event: han || (englishTopic(text) ?? ''), unit: null };
  }
  const signup = english(text) ? undefined : readSignupQuestion(text);
  if (signup) return signup;
  // "哪些任务已经完成了", "已完成的工作有哪些": the items marked done.
  // "which tasks are already done? 哪些已经完成了": the same question asked twice, once in each language.
  if (text.split(/[?？]+/u).some((part) => FINISHED.test(part.trim().replace(OPENER_EN, '')))) return { intent: 'finished' };
  const statusAsk = STATUS_ASK.exec(text);
  if (statusAsk?.[1] && !HOW_MANY.test(text)) return { intent: 'status', ref: statusAsk[1].trim().slice(0, 60) };
  const last = /(?:最近一次|上一次|上次|最后一次|last time)(.{0,30}?)(?:是)?(?:什么时候|啥时候|哪天|几号|when)|when did we last (.{2,40})/u.exec(text);
  if (last) {
    const topic = english(text) ? (englishTopic(text) ?? '') : (last[1] ?? '').replace(/[的了]/gu, '').trim();
    if (topic.length >= 2) return { intent: 'last', topic: topic.slice(0, 60) };
  }
  if (COUNTDOWN.test(text)) {
    const topic = english(text) ? (englishTopic(text) ?? text) : text.replace(COUNTDOWN, '').replace(/距离?|离|到|开始|举办|开幕|还|的|[?？\s]/gu, '').trim();
    // "还剩几天到期？现在完成几所了": a question with two parts is answered in both.
    const progress = /完成(?:了)?(?:几|多少)|(?:办|搞|做)了(?:几|多少)|进度|完成情况/u.test(text);
    return { intent: 'countdown', topic: (topic || text).slice(0, 60), ...(progress ? { progress } : {}) };
  }
  const pastPeriod = pastPeriodOf(text, today);
  const asksActivities = /(有|搞|办|开展|举办|组织)了?(什么|哪些|啥)(活动|事)|活动(?:都|还|一共|分别)?有哪些|哪些活动|什么活动|哪些\p{Script=Han}{2,10}?(?:方面|相关|类)的?活动/u.test(text);
  // "1月份的活动情况汇总下": a look back over a named past period.
  const roundUp = /(活动|工作)(开展)?情况|汇总|盘点|梳理/u.test(text) && pastPeriod !== undefined && pastPeriod.period.start <= today;
  const done = PAST.test(text) || roundUp || (asksActivities && pastPeriod !== undefined && (pastPeriod.period.end < today || (SO_FAR.test(text) && pastPeriod.period.start < today && !/安排|计划|打算|准备|还有|还要|要搞|要办|要做|将|该/u.test(text)))) || (DID.test(text) && !/计划|打算|准备|要不要|该不该/u.test(text));
  // "五一以来开展了哪些活动？覆盖多少人": the list, with its people.
  const listWithPeople = done && /哪些|什么|啥/u.test(text) && measureOf(text).measure === 'people';
  const near = /今天|今日|明天|明日|这两天|这几天|近两天|近几天|最近|近期|today|tomorrow|coming days|next few days/u.test(text);
  const planWords = /安排|干嘛|干啥|干什么|忙什么|忙啥|schedule|agenda|what('s| is) on|planned/u.test(text);
  if (!done && (near || planWords) && AGENDA_WHEN.test(text) && AGENDA_WHAT.test(text) && !HOW_MANY.test(text)) {
    const p = agendaPeriodOf(text, today);
    if (p) return { intent: 'agenda', period: p.period, label: p.label };
  }
  // "9月底以前有截止日期的任务是哪几项": tasks listed by their deadlines are what falls due, read with the periods ahead.
  if (!done && DEADLINE_TASKS.test(text) && (/哪些|哪几|几项|几个/u.test(text) || TASK_LIST.test(text))) return undefined;
  // "6月底之前有哪些任务到截止时间了": a list of tasks by their deadline is what falls due, not one item's date.
  if (WHEN.test(text) && !HOW_MANY.test(text) && !done && !TASK_LIST.test(text)) {
    const topic = english(text) ? (englishTopic(text) ?? '') : text.replace(WHEN, ' ').replace(/来着|要|得|该|应该|需要|开|报|交|报送|举办|召开|完成|截止|是|的|呢|吗|啊|[?？\s]/gu, '').trim();
    if (topic.length >= 2) return { intent: 'when', topic: topic.slice(0, 60) };
  }
  const well = HOW_WELL.exec(text);
  // "办公室牵头的那几项现在进度咋样了": the items an owner leads, asked how far they got.
  const led = well ? LED_ITEMS.exec(text.slice(0, well.index).replace(PERIOD_WORDS, '').replace(/目前|现在|[?？\s]/gu, '')) : null;
  if (led?.[1]) return { intent: 'owner', owner: led[1], progress: true };
  if (well) {
    // "企业科协那项工作有进展没有，建成几家了": the work is named before the words asking how it goes; the clause after
    // asks its figures, which the report gives.
    const head = itemWords(text.slice(0, well.index).replace(PERIOD_WORDS, '').replace(/目前|现在|[?？\s]/gu, ''));
    const asked = /^[^，,；;？?]{0,2}[，,；;？?]/u.test(text.slice(well.index + well[0].length)) && head.length >= 2 ? head : text;
    // "活动周的目标完成得咋样了", "…那项指标": the item's targets are what is asked of it, no part of its name.
    const topic = english(text) ? (englishTopic(text) ?? '') : asked.replace(HOW_WELL, '').replace(PERIOD_WORDS, '').replace(/目前|现在|的|了|啦|呀|啊|呢|[?？\s]/gu, '').trim().replace(/(?<=\p{Script=Han}{2})(?:那项|这项|那个|这个)?(?:量化)?(?:目标|指标)$/u, '');
    if (topic.length >= 2) return { intent: 'item_report', topic: topic.slice(0, 60) };
  }
  if (done && (!HOW_MANY.test(text) || listWithPeople)) {
    const asked = text.replace(/(?:没有?|吗)[?？。]*$/u, '').replace(/有没有/u, '');
    const about = english(text) ? englishTopic(text) : (hanTopic(text) ?? topicOf(withoutPeriodWords(asked, today).replace(/什么|哪些|啥|些/gu, '')));
    // "在各学校办过哪些活动": a place or topic with no period looks back over the year; a bare "做了什么" over 30 days.
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? (about ? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` } : { period: { start: addDays(today, -29), end: today }, label: `最近30天（${addDays(today, -29)}至${today}）` });
    return { intent: 'done_list', period: p.period, label: p.label, topic: about };
  }
  // "选树最美科技工作者完成多少了" asks a target's progress, read with the targets.
  // "今年科技馆一共接待了多少人次？离目标还差多少": a total with the gap to its target is a count, not the target list.
  // "…, against the target?": the total measured against its target is the gap too.
  const remaining = /还差|差几|差多少|还剩|剩下|还要|够数|够了?没|够不够|left to|remaining|to go/u.test(text) || (english(text) && TARGET_CLAUSE.test(text));
  const totalAndGap = remaining && /一共|总共|累计|合计|几|多少|how many|how much|number of|\btotal\b/u.test(text.replace(TARGET_CLAUSE, ''));
  // "科技活动周参与群众够5000人次了吗": whether a figure is reached is the total with the gap to the target.
  const reach = REACHED.exec(text);
  if (reach && !HOW_MANY.test(text)) {
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
    const asked = text.slice(0, reach.index);
    const { measure, unit } = measureOf(`多少${reach[2] ?? ''}`);
    return { intent: 'tally', period: p.period, label: p.label, measure, unit, topic: topicOf(withoutPeriodWords(asked, today)), remaining: true };
  }
  // "科技活动周参与人数达标没有": the total in the measure named, with the gap to the target.
  const met = MET.exec(text);
  if (met && met.index >= 2 && !HOW_MANY.test(text)) {
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
    const asked = text.slice(0, met.index);
    const { measure, unit } = /场次|场数/u.test(asked) ? { measure: 'sessions' as const, unit: null } : /人次|人数|参与|参加|群众/u.test(asked) ? { measure: 'people' as const, unit: null } : measureOf(asked);
    const topic = topicOf(withoutPeriodWords(asked.replace(/场次|场数|份数|户数/gu, ''), today));
    if (topic && measure !== 'activities') return { intent: 'tally', period: p.period, label: p.label, measure, unit, topic, remaining: true };
    if (topic) return { intent: 'targets', keyword: topic };
  }
  if (HOW_MANY.test(text) && (!/目标|指标|target/u.test(text) || totalAndGap) && !/完成了?(多少|几成|百分之几)了?[?？。!！\s]*$/u.test(text)) {
    const year = partsOf(today).year;
    const p = pastPeriodOf(text, today) ?? { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
    const asked = totalAndGap ? text.replace(TARGET_CLAUSE, '') : text;
    const { measure, unit } = measureOf(asked);
    // "… attendance totals? keep 人 and 人次 separate": an English question whose Chinese words name nothing reads as English.
    const topic = english(text) || (/[a-z]{3}/u.test(text) && hanTopic(asked) === undefined) ? englishTopic(text) : (hanTopic(asked) ?? clauseTopic(asked, today) ?? topicOf(withoutPeriodWords(asked, today)));
    // "国际减灾日那天办了几场讲座": the observance's day, which the answer finds in the calendar.
    const onDay = ON_DAY.test(asked) ? { onDay: true } : {};
    return { intent: 'tally', period: { start: p.period.start, end: p.period.end }, label: p.label, measure, unit, topic, remaining, ...onDay };
  }
  return undefined;
}
