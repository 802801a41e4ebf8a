// Whether a count counts people: a count of 个 with the people named after it, before it or by what they did
// ("五十多个学生", "来咨询的群众三百来个", "实际来了45个"), and 名/位/个 read as 人 unless they are awards.
import type { NumberToken } from '../text/scan-numbers.js';
import { THIS_OCCASION } from './compared-context.js';
import { GROUP_PEOPLE, GROUPS, HONOURED_AFTER, PEOPLE_AHEAD, PEOPLE_NOUNS, THING_TAIL } from './figure-words.js';
import { PEOPLE_TAIL } from './figure-unitless.js';
import { leadingPeopleNoun } from './people-words.js';
import { HALF_DAY } from './headcount-roles.js';

/** A people noun ending the clause right before a count ("来咨询的群众三百来个", "孩子们八十多个", "辅导员 4 个"). */
const PEOPLE_BEFORE_COUNT = new RegExp(`(?:${PEOPLE_NOUNS.source}|(?<![动满])\\p{Script=Han}{1,3}员)们?(?:有|约|共|大概|大约|差不多|估计|将近)?\\s*$`, 'u');

/**
 * "节目三个观众大约四百人", "六十来个专家来了三个": the people named after the unit, then their own count, with no stop between (written
 * without stops): they are the next count's people, not this one's.
 */
/** "三个在外地搞研发的本镇青年", "三个从省城回来的大学生": a clause saying where they are from, then the people. */
export const PEOPLE_AFTER_CLAUSE = new RegExp(`^(?:在|从|来自)[^，,。;；!！?？\\d\\n]{1,12}?的\\p{Script=Han}{0,3}?(?:${PEOPLE_NOUNS.source}|青年|大学生)`, 'u');
// "来了二十六个妇女 一个是派出所来讲…": "一个是" opens the next item of a list, no count the noun belongs to.
const NOUN_OF_NEXT_COUNT = new RegExp(`^(?:${PEOPLE_NOUNS.source})(?:也|就|又)?(?:来了|到了|去了|请了|派了|出了)?(?:大约|约|大概|差不多|估计|将近|有|共|一共)?\\s*[\\d一二两三四五六七八九十百千]+\\s*(?:[多余来几])?\\s*(?:人|名|位|个)(?!是)`, 'u');

/** "七个留守老人多的自然村", "三个外来务工人员集中的小区": places described by the people in them, counted as places. */
// Only by how many of them live there ("多的", "集中的", "有…的"), not "20个孩子去附近的社区" (people taken to a place).
const PLACE_DESCRIBED = /^(?:[^，,。;；!！?？\n\d]{1,8}?(?:多|较多|比较多|居多|集中|聚居|密集|居住|生活)|有[^，,。;；!！?？\n\d]{1,8}?)的(?:自然村|行政村|村子|村庄|村|社区|小区|村组|乡镇|片区|网格|学校|厂区|街道)/u;

/** Places named right after 个: schools, village groups, communities ("四个中学的学生", "3个村民小组"). */
const PLACE_COUNTED = /^\s*(?:中小学(?!生)|中学(?!生)|小学(?!生)|学校|幼儿园|村民小组|居民小组|村小组|村组|自然村|行政村|社区(?![居群])|小区(?![居群])|乡镇|街道)/u;

/** What the words around a count say of it: people or not, and the words that name what it counts. */
export interface CountedPeople {
  people: boolean;
  /** The people named right before the count: the words after it are the next clause's. */
  named: boolean;
  /** "还有家长陪着来的 大概二十个吧": the people named before a space, in speech. */
  spoken: string;
  /** A noun follows the unit (not a verb or a particle). */
  nounAfter: boolean;
  /** The clause after its last count: what this count's own words are. */
  ownClause: string;
}

/** A count with its unit, the words around it and the occasion it may be compared with. */
export interface CountInContext {
  token: NumberToken;
  text: string;
  original: string;
  before: string;
  clause: string;
  unit: string;
  end: number;
  people: boolean;
  compared: boolean;
  earlier: { unit: string; end: number } | undefined;
}

/** Whether the count counts people; undefined when it is no figure of its own (a total with others added, who did not come). */
export function countedPeople(c: CountInContext): CountedPeople | undefined {
  const { token, text, original, before, clause, unit, end, compared, earlier } = c;
  let people = c.people;
  // "五十多个学生", "四十几个种粮大户", "学生们来了五十多个": people; "7个村", "演示项目：12个" are not.
  // "志愿者12个都是退休党员", "学生四百三十二个参加": a word that says something of them is not a noun counted.
  const nounAfter = /^[\p{Script=Han}]/u.test(text.slice(end, end + 1)) && !/^(?:都|也|全|均|是|就|还|已|吧|啊|呀|哈|呢|吗|然后|发了?|发放|送了?|参加|参与|到场|到会|出席|来了|到了|帮|协助|负责|张罗|服务|值守|维持|陪同|带队|指导|左右|上下|在岗|在场|上岗|轮流|轮班|值班|全程|一直|天天|跟着|陪着)/u.test(text.slice(end, end + 2));
  // "解答群众问题三十余个": the thing just before the number is what was counted.
  // "3个班的学生代表": classes, not people; "5个乡干部" are people.
  // "来了一千五左右的群众发资料三千二百份设了咨询台两个": the words after the clause's last count say what this one counts.
  const ownClause = clause.replace(/^.*[\d〇零一二三四五六七八九十百千万两]\s*(?:[左右上下多余来几]{0,2})\s*(?:人次|[份人个场次件块张本套台所项条处批户组支辆元名位])/u, '');
  // The words ahead on its own line: "项目：12个\n填报人：…" names no people after the count.
  const ahead = /^[^\n]*/u.exec(text.slice(end, end + 8))?.[0] ?? '';
  if (unit === '个' && !PLACE_DESCRIBED.test(text.slice(end, end + 16)) && !NOUN_OF_NEXT_COUNT.test(text.slice(end, end + 12)) && (!GROUPS.test(text.slice(end, end + 2)) || GROUP_PEOPLE.test(text.slice(end, end + 5))) && (PEOPLE_AHEAD.test(ahead) || (token.written !== '一' && leadingPeopleNoun(ahead) !== undefined) || (!nounAfter && PEOPLE_NOUNS.test(ownClause) && !THING_TAIL.test(clause.replace(/[\s:：]+$/u, ''))))) people = true;
  // "评了两个最美铁路科技工作者": people honoured by a title are people, however long the title.
  if (unit === '个' && !people && HONOURED_AFTER.test(text.slice(end, end + 16))) people = true;
  // "营员是三到六年级的孩子，一共报名了48个，实际来了45个": who came, the people named just before.
  if (unit === '个' && !nounAfter && /(?:来了|到了|报名了?|参加了?|到场了?)\s*$/u.test(clause) && PEOPLE_NOUNS.test(text.slice(Math.max(0, token.start - 60), token.start))) people = true;
  // "老人来了两百出头，其中量血压的有160多个": a part of the people just counted, by what they did.
  if (unit === '个' && !nounAfter && /其中[^，,。;；]{0,10}的(?:有|是)?\s*(?:大概|约|差不多)?\s*$/u.test(clause) && PEOPLE_NOUNS.test(text.slice(Math.max(0, token.start - 40), token.start))) people = true;
  // "来了大概八十个老年人…其中四十几个做了免费的口腔检查": a bare count right after 其中, doing something there, is a part
  // of the people counted before it.
  if (unit === '个' && /其中(?:有)?\s*(?:大概|约|差不多)?\s*$/u.test(clause) && /^(?:\p{Script=Han}[了过]|当场|现场|都|也|还|参加|参与|接受|体验)/u.test(text.slice(end, end + 3)) && PEOPLE_NOUNS.test(text.slice(Math.max(0, token.start - 60), token.start))) people = true;
  // "俺数签到本上就一百八十几个", "我数了数有七十来个": people counted or signed in.
  if (unit === '个' && !nounAfter && /(?:签到|登记|清点|点名|数(?![据字学量码])|报的是|报上来的是)[^，,。;；]{0,8}$/u.test(clause)) people = true;
  // "应到32个实到29个主要讲…": who were expected and who came, whatever words follow.
  // "报名35个，实到31人", "报名的时候是八十几个": who signed up, counted as the people who came are.
  // "接龙报名40个，实际去了37个": a sign-up way before 报名, and who actually went, are people the same.
  if (unit === '个' && /(?:实到|应到|实际(?:去|来|到|参加|参与)了?|^(?:接龙|线上|网上|群里)*报名(?:了|的有|的是|的?时(?:候)?(?:是|有)?)?)$/u.test(clause) && !GROUPS.test(text.slice(end, end + 2)) && !/^(?:单位|企业|部门|村)/u.test(text.slice(end, end + 2))) people = true;
  // "报名的有八十个实际来了六十二个" (no stops): sign-ups, told by who actually came right after them.
  if (unit === '个' && !people && /报名(?:了|的有|的是)?\s*$/u.test(clause) && /^\s*[，,]?\s*(?:实际|实到)/u.test(text.slice(end, end + 6))) people = true;
  // "请了三个在外地搞研发的本镇青年回来讲", "三个从省城回来的大学生": people named after a clause that says where they are from.
  if (unit === '个' && !people && PEOPLE_AFTER_CLAUSE.test(text.slice(end, end + 24))) people = true;
  // "会场里坐着的顶多七十来个", "来的有五十来个": the people named by where they were or that they came.
  if (unit === '个' && !nounAfter && /(?:坐着|在场|来|到场|听讲?|参加|现场)的(?:人)?\s*(?:有|是)?\s*(?:顶多|最多|大概|约|差不多|估计|将近|只有|也就)?\s*$/u.test(clause)) people = true;
  // "培训 来了三十来个 资料发了200份": who came, no noun needed when the clause is only their coming.
  // "去年这个活动来了一百七八十人，今年人多一些，登记的是二百零一个": this occasion's people, counted as the earlier.
  if (unit === '个' && !nounAfter && !compared && earlier && THIS_OCCASION.test(original.slice(earlier.end, token.start))) people = true;
  // "这次来了七十多个", "今天到了五十几个", "最后实际来了五十个": the same, said of this occasion.
  if (unit === '个' && !nounAfter && /^(?:最后|最终|后来|结果)?(?:这次|这回|这一次|本次|今天|今年|当天|现场|又|一共|总共|共|实际上?|真正)?(?:来了|到了|到场了?|实到|来的有|到的有)$/u.test(clause)) people = true;
  // "来咨询的群众三百来个县农业局…": the people named right before the count are what it counts, whatever runs on after.
  // The words after such a count, with no stop between, are the next clause's ("县农业局来了两个专家坐诊").
  let named = false;
  // "来了四十多户吧人的话差不多六十来个": in speech the people named as the topic (人的话, 人呢), then their count.
  if (unit === '个' && !people && /人(?:的话|呢|嘛)\s*(?:有|约|大概|大约|差不多|估计|将近)?\s*$/u.test(ownClause)) people = named = true;
  if (unit === '个' && !people && PEOPLE_BEFORE_COUNT.test(clause) && !GROUPS.test(text.slice(end, end + 2))) people = named = true;
  // "来了三十几个 加上看热闹的有五十来个": a total with others added is no figure of its own.
  if (unit === '个' && !people && /^(?:加上|算上|连上|连同|包括)/u.test(clause)) return undefined;
  // "还有家长陪着来的 大概二十个吧": in speech a space parts the people named from their count.
  let spoken = '';
  if (unit === '个' && !people && !nounAfter && /^(?:大概|大约|约|差不多|估计|将近|也就)?$/u.test(clause)) {
    spoken = /([^，,。;；!！?？\s]{2,16})\s+(?:大概|大约|约|差不多|估计|将近|也就)?\s*$/u.exec(before)?.[1] ?? '';
    if (PEOPLE_NOUNS.test(spoken) && (/(?:的|了)$/u.test(spoken) || PEOPLE_TAIL.test(spoken))) people = true;
    else spoken = '';
  }
  // "请了四个中学的学生过来", "在三个村民小组开展指导": 个 before a school, a village group or a community counts the
  // places reached, not the people in them (not "三个小学生", "两个社区居民").
  if (unit === '个' && PLACE_COUNTED.test(text.slice(end, end + 6))) people = false;
  // "服务村数：4个", "走访社区数 6个": a field that counts things by 数 names them; the 个 are those things, not people.
  if (unit === '个' && !nounAfter && /\p{Script=Han}(?<![人我俺一再又户员])数\s*$/u.test(clause)) people = false;
  // "一次", "一个", "新一批", "是一家做…的企业": once, a, not a count of anything.
  // Not "下午实验中学来了一个班": one class of a part of the day, added to the others (build-record.ts).
  if ((unit === '次' || unit === '个' || unit === '批' || unit === '趟') && token.written === '一' && !people && !(unit === '个' && /^\s*班/u.test(text.slice(end, end + 2)) && HALF_DAY.test(clause))) return undefined;
  // "有三个孩子感冒请假了", "另外4个倒班来不了": who did not come is not counted.
  if ((people || unit === '个') && /^[^，,。;；\n]{0,8}(?:请假|缺席|没来|未到|没到|未参加|来不了|没能来|不能来|没有来|缺勤|临时有事)/u.test(text.slice(end, end + 12))) return undefined;
  return { people, named, spoken, nounAfter, ownClause };
}

/**
 * The unit a count of people is kept in: 名/位/个 become 人; people chosen or honoured ("评了最美科技工作者五名",
 * "5名最美科技工作者都上台领了证书") are a count of awards (名), not who came ("邀请评委11名" are people; "专家现场点评2名",
 * "讲评", "评讲" are staff at work).
 */
export function peopleUnit(people: boolean, unit: string, text: string, before: string, end: number): { people: boolean; unit: string } {
  // "视频号同步直播，观看量约2300次": the views of a stream are person-times online, as a bare "观看1800" is.
  if (!people && unit === '次' && /观看(?:人次|量|次数)?\s*[:：为是达约有近]*\s*$/u.test(before) && /直播|视频号|线上|在线|网上|抖音|快手/u.test(before.slice(-40))) return { people: true, unit: '人次' };
  if (people && unit === '名' && /^[^，,。;；]{0,12}?(?:上台领|领了?(?:证书|奖)|颁(?:发|授)了?(?:证书|奖|荣誉)|领奖|获奖|获(?:得|颁)?(?:表彰|证书|荣誉)|受(?:到)?表彰)/u.test(text.slice(end, end + 24))) return { people: false, unit };
  if (people && unit === '名' && /[“「『'‘][^”」』'’]{0,12}(?:最美|十佳|优秀|先进|模范|标兵|之星|能手|使者|达人)[^”」』'’]{0,10}[”」』'’]\s*$/u.test(before)) return { people: false, unit };
  // "推荐候选人二名", "提名人选3名": people put forward for a title or a post are a count of candidates, not who came.
  if (people && unit === '名' && /(?:推荐|推选|提名|申报|候选)[^，,。;；]{0,16}?(?:候选人|人选|对象)(?:共|各)?\s*$/u.test(before)) return { people: false, unit };
  if (people && unit === '名' && /((?<![参点讲])评(?![委审讲析估课议])选?|选树|(?<!受)表彰|评出|推选|评为|授予|命名|获评)[^，,。;；]{0,10}$/u.test(before)) return { people: false, unit };
  if (people && (unit === '名' || unit === '位' || unit === '个' || unit === '号人' || unit === '口人')) return { people, unit: '人' };
  return { people, unit };
}
