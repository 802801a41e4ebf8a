// Decides an activity's statistical categories from its own words (and the observance its plan item is for); never guessed.
import { STOCK } from './organisation-counts.js';
import { type CategoryKey, statReturns } from './stat-returns.js';

/** What the classifier reads: the record's words, its headcount, and the title of its plan item when linked. */
export interface Classifiable {
  title: string;
  text: string;
  headcount: number | null;
  itemTitle?: string | null;
}

const LECTURE = /讲座|讲堂|宣讲会|报告会|科普报告|专题报告|(?<![工合])作[^，。,；;]{0,24}报告/u;
const EXPERT = /专家|教授|院士|研究员|高级工程师|高工|博士|主任医师|副主任医师/u;
const EXHIBITION = /展览|巡展|展出|云展|科普展|图片展|主题展|专题展|展板展示/u;
const CONTEST = /竞赛|大赛|比赛|挑战赛|擂台赛|知识答题/u;
const COUNTRY = /韩国|日本|朝鲜|蒙古|俄罗斯|德国|法国|英国|美国|加拿大|澳大利亚|新西兰|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|芬兰|挪威|丹麦|奥地利|波兰|捷克|匈牙利|希腊|以色列|土耳其|新加坡|马来西亚|泰国|越南|老挝|柬埔寨|缅甸|印度尼西亚|印尼|菲律宾|印度|巴基斯坦|哈萨克斯坦|乌兹别克斯坦|埃及|南非|巴西|阿根廷|智利|墨西哥|外国|国外|境外|海外|外籍|外宾/u;
const EXCHANGE = /交流|来访|到访|访问|互访|合作|代表团|考察团|友好/u;
const INTERNATIONAL = /国际(?:科技|科普|学术)?(?:交流|合作)/u;
const YOUTH_GROUP = /兴趣小组|科技小组|科技社团|科创社团|科技俱乐部/u;
const CAMP = /夏令营|冬令营|科学营|科技营|研学营/u;
const SCIENCE_WEEK = /科技活动周|科技周|科技宣传周|科普宣传周|科普周/u;
const SCIENCE_DAY = /科普日|科普月/u;
const OPENING = /(?:向社会|向公众|对外|对公众|免费)开放|开放日|开放周|开放活动/u;
const INSTITUTE = /大学|学院|高校|研究所|研究院|科学院|农科院|林科院|实验室|科研|院所|研究中心|工程中心|天文台|观测站/u;
const TRAINING = /培训|讲习|田间学校|田间课堂|实训/u;
const PRACTICAL = /技术|技能|实用|种植|养殖|栽培|农机|电商|农技|农业|农民|农户|职业|果|茶|菜|畜|禽|渔|蜂|机手|电工|焊/u;
const INTERNAL = /干部|党员|党务|党建|机关|工作人员|业务知识|财务|统计员|信息员/u;
const MAJOR = /主场|启动仪式|启动式|开幕式|广场活动|大型/u;
const ACADEMIC = /学术|研讨会|论坛|年会|学术沙龙|学术报告/u;
const CONSULTATION = /咨询|义诊|答疑|问诊|现场解答/u;
const FOUNDED = /成立|新成立|新建|组建|挂牌|揭牌|建立/u;
const ENTERPRISE = /企业科协|(?:公司|企业|集团|厂|银行|医院)科协/u;
const TOWNSHIP = /(?:乡镇|街道|[乡镇])(?:（街道）)?科协/u;
const RURAL_TECH = /农技协|农村专业技术协会|专业技术协会|(?:种植|养殖|养蜂|蜂业|果业|茶叶|蔬菜|食用菌|中药材|畜牧|水产|农机)(?:专业)?(?:技术)?协会/u;

/** The categories, in the data file's order. A record no rule fits gets none: it is listed as unclassified. */
export function classifyActivity(a: Classifiable): CategoryKey[] {
  const words = `${a.title} ${a.text}`;
  const out = new Set<CategoryKey>();
  // "现有企业科协12个" states a stock (a starting figure for the total), not a founding.
  const founded = FOUNDED.test(words) && !STOCK.test(words);
  if (founded && ENTERPRISE.test(words)) out.add('enterprise-association');
  if (founded && TOWNSHIP.test(words.replace(/[县市区]科协/gu, ''))) out.add('township-association');
  if (founded && RURAL_TECH.test(words)) out.add('rural-tech-association');
  // An organisation founded is a milestone: no event category besides.
  if (out.size > 0) return ordered(out);
  if (LECTURE.test(words)) out.add('lecture');
  if (out.has('lecture') && EXPERT.test(words)) out.add('expert-report');
  if (EXHIBITION.test(words)) out.add('exhibition');
  if (CONTEST.test(words)) out.add('contest');
  if (INTERNATIONAL.test(words) || (COUNTRY.test(words) && EXCHANGE.test(words))) out.add('international');
  if (YOUTH_GROUP.test(words)) out.add('youth-group');
  if (CAMP.test(words)) out.add('camp');
  if (OPENING.test(words) && INSTITUTE.test(words)) out.add('open-day');
  if (TRAINING.test(words) && PRACTICAL.test(words) && !INTERNAL.test(words)) out.add('training');
  if (ACADEMIC.test(words) && !out.has('lecture')) out.add('academic');
  if (CONSULTATION.test(words)) out.add('consultation');
  if (MAJOR.test(words) && (a.headcount ?? 0) >= statReturns().majorMinParticipants) out.add('major');
  // 科技活动周 / 科普日: named in the words, or the plan item it serves is that observance's (a link the date window allows).
  if (SCIENCE_WEEK.test(words) || (a.itemTitle && SCIENCE_WEEK.test(a.itemTitle))) out.add('science-week');
  if (SCIENCE_DAY.test(words) || (a.itemTitle && SCIENCE_DAY.test(a.itemTitle))) out.add('science-day');
  return ordered(out);
}

function ordered(set: ReadonlySet<CategoryKey>): CategoryKey[] {
  return statReturns().categories.map((c) => c.key).filter((k) => set.has(k));
}

/** A record's categories: as decided when logged (or corrected), else classified now from its words. */
export function categoriesOf(a: Classifiable & { categories?: readonly string[] }): CategoryKey[] {
  if (a.categories) return a.categories.filter((k): k is CategoryKey => statReturns().categories.some((c) => c.key === k));
  return classifyActivity(a);
}

/** Online (线上直播, 云展览, 线上竞赛 …) from the words; the rest is offline. */
export function isOnline(a: { title: string; text: string }): boolean {
  return /线上|直播|云展|在线|网上|网络(?:直播|竞赛|答题|展览|课堂)|视频连线|云端/u.test(`${a.title} ${a.text}`);
}
