// The role of one figure of people in its report: who came (present, participant, audience), who was expected, who
// worked it (staff) or watched online. The words each role is told by are shared with chooseHeadcount (headcount.ts).
import { wordsSinceLastCount, type Figure } from './message-figures.js';
import { leadingPeopleNoun } from './people-words.js';
import { peopleWords } from './people-nouns.js';
import { HONOURED_AFTER, POST_WORDS } from './figure-words.js';

export type Role = 'present' | 'expected' | 'participant' | 'staff' | 'audience' | 'online' | 'other';

export const PARTICIPATE = /(参加|参与|参会|到场|到会|来了|出席|观众|受众|人数|听众|吸引|接待|接诊|诊治|看诊|受益|服务|覆盖|参观|培训|参训|受训|到访|共有|共计|合计|总计|累计|(?<![设估预会审统])计|观看|看展|观展|聆听|听讲|收看|报名|走访|慰问|到了|attend|particip|audience|visitor|turnout|crowd|spectator)/u;
export const STAFF = new RegExp(`(${peopleWords('role', 'staff')})`, 'u');
/** "请的县里的果树专家两个": staff named right before their number. */
export const STAFF_END = new RegExp(`(?:${STAFF.source})$`, 'u');
/** "带了12个宝贝当小讲解员": people put to serve as guides or helpers at it ran it, whoever they are. */
const ACTING_AS = /^\p{Script=Han}{0,4}?(?:当|担任|充当)\p{Script=Han}{0,2}?(?:讲解员|解说员|志愿者|主持人|小老师|助教|裁判|引导员)/u;
export const STAFF_AFTER = /^(授课|讲解|主讲|服务|指导|带队|陪同|参与服务|提供服务|教(?:大家|孩子|宝贝|小朋友|同学|学生|居民|群众|村民))/u;
export const AUDIENCE = new RegExp(`(${peopleWords('role', 'audience')})`, 'u');
/** Every people word the lists know: a noun not among them is told by its head only. */
export const KNOWN_PEOPLE = new RegExp(`(${peopleWords('label')}|${peopleWords('role')})`, 'u');
/**
 * Helping, teaching or invited in, right after the people counted: "两个教官帮忙", "15个会员到河湾村帮着搞夏剪";
 * sent somewhere to give a service: "教师6人到县机械厂开展技术服务".
 * Not across another count ("九十来个小孩老师六个给他们讲了"): the deed after it is the later people's.
 */
export const HELPING = /^(?:(?![〇一二两三四五六七八九十百千俩仨]+[多余来几]?[个人名位])[^，,。;；!！?？\n\d]){0,10}?((?:到|去|赴|前往)[^，,。;；!！?？\s\d]{1,10}?(?:开展|提供)[^，,。;；!！?？\s\d]{0,4}服务|帮|协助|上阵|手把手|支援|助阵|值守|维持秩序|指导|授课|讲课|请过来|请来|做志愿者|当志愿者|做讲解|当讲解员|担任[^，,。;；\s]{0,4}?(?:讲解|志愿者|辅导员|评委|裁判|讲师|教练|向导|引导员)|志愿服务|设(?:了个?)?(?:咨询台|咨询点|摊位?)|摆摊|坐诊|给[^，,。;；\s]{0,6}(?:讲|量|测|检查|义诊|上课|上了))/u;
/** Who competed or performed, beside the audience that watched them: a part, not another audience. */
export const PERFORMER = /(选手|参赛|演员|表演|contestant|finalist|performer)/u;
/** "志愿者我们社区出了十五个": the helpers named first, then who sent them. */
export const FRONTED_STAFF = new RegExp(`^(?:然后|还有|另外|那个|再就是|就是|嗯)?\\s*(?:${STAFF.source})((?:(?!说|讲|介绍|统计|算)\\p{Script=Han}){0,6}?)(?:出了|派了|派出了?|来了|去了|到了|上岗了?)$`, 'u');
/** What staff did, not attended: judged, went out, served, taught. */
export const WORKED = /(评审|评委|出动|服务|授课|讲课|讲解|指导|值守|坐诊|义诊|带队)/u;
/** A team sent to inspect, assess or check, right before its count ("验收组一共", "督导组"). */
export const INSPECTING_TEAM = /(?:验收|检查|督导|督查|考核|评估|暗访|巡查)(?:专家)?(?:组|小组|团|专家组)(?:的)?(?:成员|专家|同志)?(?:一共|共|总共|共计|有|来了)?\s*$/u;
// Not "家庭成员", "脱贫户成员": a household's members are the public, not the body's own.
export const MEMBERSHIP = /(会员|(?<!家庭|家|户)成员|理事|委员)$/u;
/** Members counted at the place an event was held ("到馆会员", "在西河社区，会员"), not a body's membership. */
const MEMBERS_AT_PLACE = /(?:到|来|进|在)[^，,。;；\d\s]{0,10}?(?:馆|室|社区|村|中心|礼堂|学校|广场|公园|场|基地)[，,]?\s*(?:的)?(?:会员|成员)们?$/u;
export const TOTAL = /(共|合计|总计|累计|总共|一共)/u;
/** "32 kids signed up": sign-ups in English, the verb after the people. */
export const EN_SIGNED_UP = /^\s*(?:[a-z]+\s+){0,2}?(?:signed up|registered|booked|enrolled)/u;
/** A count of sign-ups ("报名86人"), not of who came. */
export const SIGNED_UP = /(报名|报了名|预约|登记参加|招收|招募|招生)/u;
/** "线上registration报了150人", "sign-ups 90人": sign-ups named in English before the count. */
export const EN_SIGNED_UP_BEFORE = /(?:registrations?|registered|sign[- ]?ups?|RSVPs?)[^，,。;；\d]{0,4}$/iu;
/**
 * Who watched online or on a stream ("直播间观看300多人", "线上那边大概90", "同时开通网络直播，家长观看2100人次"),
 * read in the words since the last count, across commas; not "电商直播培训 三十五人", a training about streaming.
 */
export const ONLINE = /(?:(?:线上|直播|云端|网上|网络|腾讯会议|会议软件|Teams|B站|抖音|视频号|livestream|online)[^。;；\n]{0,12}(?:观看|收看|看|观众|参与|参加|听|在线|峰值|那边|had|views?|viewers?|watch(?:ed|ing)?)|直播间|同时在线|在线观看|在线收看|在线人数|点击|播放|线上|online|在线|网上|云端)[^。;；\n]{0,8}$|直播\s*$/iu;
/** "4,200 人次 online", "300人在线": the online word after the count. */
export const ONLINE_AFTER = /^\s*(?:online|线上|在线|via\s+(?:the\s+)?livestream|(?:watched|viewed|tuned in)\s+(?:it\s+)?(?:on\s+)?(?:the\s+|our\s+|a\s+)?(?:liv|stream|online))/iu;


/** "…也来了60多个一起参加疏散": came along and took part too, not only escorted. */
export const JOINED_IN = /^[^，,。;；\n]{0,6}?(?:一起|一块|一同|共同|也)(?:参加|参与|做|玩|动手|体验|演练|疏散|学)/u;

/** "上午来了居民40人", "下午实验中学来了一个班": which part of the day of one event a count is of, opening its clause. */
export const HALF_DAY = /^(?:[^，,。;；\d]{0,4}?)(上午|下午|晚上|中午|早上)(?!场)/u;
// "上午一场下午一场" (no stops): the part of the day after the clause's last count is the later count's own.
export const halfDayOf = (f: { context: string }): string | undefined => HALF_DAY.exec(f.context.replace(/^.*[\d一二两三四五六七八九十]\s*(?:场|个班|班)/u, ''))?.[1] ?? HALF_DAY.exec(f.context)?.[1];

/** "第一天", "第二天", "次日", "最后一天": which day of one event a count is of. */
export const DAY_OF_EVENT = /第[一二三四五六七1-7]天|头一天|首日|次日|最后一天/u;

/**
 * "…，加上旁听的家长一共260人": a total that adds people who sat in on the same event to the count before it; who came.
 * Not "加上看热闹的有五十来人": onlookers added are asked about (figure-gate.ts).
 */
export const JOINED_ADDED = /(?:加上|连同|算上|再加上)[^，,。;；\d]{0,8}?(?:旁听|陪听|一起(?:听|参加|参与|学|做)|也(?:来)?(?:听|参加|参与)了?)[^，,。;；\d]{0,6}?(?:一共|总共|共计|合计|总计|共)[^，,。;；\d]{0,2}$/u;

/** A part of a count already given ("其中学生120人"). */
export const PART = /(其中|包括|含|里面|里头)/u;

/** "由12名副高以上职称专家组成的医疗服务队": the members a serving team is made of, who went out to run it. */
export const TEAM_MADE_OF = new RegExp(`^[^，,。;；\\d]{0,10}?(?:${STAFF.source})[^，,。;；\\d]{0,2}组成|^[^，,。;；\\d]{0,12}?组成的?[^，,。;；\\d]{0,6}?(?:服务队|医疗队|宣讲团|讲师团|专家团|服务团|工作组|志愿队|小分队)`, 'u');

/** Joining a team that goes out to serve others ("参加县农技协专家服务团赴…", "加入科技志愿服务队下乡"). */
export const SERVING_TEAM_JOINED = /^[^，,。;；\d]{0,4}?(?:参加|加入|随|跟随)[^，,。;；\d]{0,12}?(?:服务团|服务队|医疗队|宣讲团|讲师团|专家团|志愿队|小分队)/u;

/** Sent out by the writer's unit, right before the people ("出动干警", "派了", "派出"). */
/** The public an event serves, never sent out to run it. */
const PUBLIC = /(群众|居民|村民|市民|观众|听众|游客|家长|家属|农户|农民|老人|患者|病人|读者|选手|学员)/u;
const SENT_OUT = /(?:出动|派了|派出了?|抽调了?|派遣了?)[^，,。;；\d]{0,4}$/u;
/** Sent in from the county or an office ("县里来了", "县畜牧站派来了"): who came to teach. */
export const POSTED = new RegExp(`(?:派|出动|安排|抽调|配备|配了)[^，,。;；\\d]{0,4}(?:${POST_WORDS})\\s*$`, 'u');
export const SENT_IN = /(?:县里|市里|省里|镇上|乡里|上级|外面|外地|服务团|站|所|局|医院|协会|科协)[^，,。;；\s]{0,3}(?:来了|派了|派来了?|下来了)$/u;
/** "那个消防中队来了五个人", "供电所派了3个": a team a unit sent; its name is the first group. */
export const SENT_BY_UNIT = /(\p{Script=Han}{0,8}?(?:[队所站局]|医院|卫生院|中心|公司|协会|学会|科协))(?:的)?(?:同志|同事)?(?:也)?(?:来了|派了|派来了?|出了|出动了?)$/u;
/** Trained or taught: volunteers at a training for volunteers are its participants. */
export const TRAINED = /(培训|参训|受训|学员|轮训|考核)/u;
/** "二十八个老师带队": teachers who led the pupils there. */
export const ESCORTING = /^(?:老师|教师|家长|辅导员)(?:带队|陪同|随队|跟队|也?跟着|陪着)/u;
export const YOUNG = /(学生|(?:[一二三四五六七八九初高]|[一二三四五六]{2})年级|孩子|小朋友|宝贝|萌娃|幼儿|营员|娃|少年|儿童|kids|children|students|pupils)/u;
// "另外还有6个家长跟着", "还有三十多个家长也跟着来看了", "另有家长12人", "（家长另有十来位陪着）": parents who came
// along with the children.
export const ESCORT = /(老师|教师|辅导员|带队|陪同|随队|teachers|(?:另有|另外|还有)[^，,。;；]{0,4}(?:家长|家属)|(?:家长|家属)(?:另有|另外还有|另外|也有)|(?:家长|家属)[^，,。;；]{0,2}(?:陪|跟|也来|也到)|(?:陪着|跟着|陪同|带着)[^，,。;；]{0,3}(?:家长|家属))/u;

/** A line that names staff in English as its field: "- Teachers: ", "Volunteers：". */
export const EN_STAFF_FIELD = /(?:^|\n)[^\S\n]*[-•*]?[^\S\n]*(?:volunteers|staff|experts|judges|teachers|docents|guides|coaches|instructors|mentors|tutors)[^\S\n]*[:：][^\S\n]*$/u;

/** The role of a figure of people, from the words before it and the word after its unit. */
export function roleOf(f: Figure): Role {
  const around = `${f.context}|${f.noun}`;
  // "评了两个最美铁路科技工作者": people honoured at it are a labelled figure beside who came.
  if (HONOURED_AFTER.test(f.after) && /(?:评|选|表彰|授予)[^，,。;；\d]{0,3}$/u.test(f.context)) return 'staff';
  // "162 位工程师填了", "问卷…300人填写", "137名科技人员在线填写问卷": who answered a survey took part in it.
  if (/^\s*[\p{Script=Han}a-z]{0,4}?(?:在线|网上|线上|统一|集中|现场|都)?(?:填了|填写了?|作答了?|答了)/u.test(f.after)) return 'participant';
  // "走访慰问了6位老专家", "visited 6 senior engineers": the people a visit went to are who it served, whoever they are.
  if (VISITED.test(f.context)) return 'participant';
  // "走访慰问了研发、质检岗位的一线技术人员12人": the same, the posts of those visited listed with 、 between.
  // Not "送了慰问品 & 感谢信. 同时推荐 2名": 慰问 in a thing's name, a sentence ended before the count.
  const visitedList = /(?:走访|慰问|看望|探望|拜访)(?:了|过)?(?![品金信物])([^，,。.;；!！?？\d\n]{1,20})$/u.exec(f.lead ?? '');
  // "慰问了一线研发 & 飞手工程师 12 位": the posts joined by & or 和 as well.
  if (visitedList && /[、&＆/]|和|及|与/u.test(visitedList[1]!) && f.context.length > 0 && visitedList[1]!.trimEnd().endsWith(f.context.trim())) return 'participant';
  // "邀请一线技术人员二十余人座谈交流": people invited to talk things over at a meeting are who it was held with.
  if (/(?:邀请|请来|召集|组织)[^，,。;；]{0,16}$/u.test(f.context) && /^[^，,。;；\d]{0,4}?(?:座谈|交流座谈|研讨|参会|参加座谈|参加会议|出席座谈)/u.test(f.after)) return 'participant';
  // "会员登记了四十六个", "发展新会员12名": members enrolled into a body are its membership, not who came to an event.
  if (/(?:会员|成员)(?:登记|发展|注册|入会)了?(?:的有|的是)?\s*$|(?:登记|发展|吸收|注册)了?(?:新)?(?:会员|成员)\s*$/u.test(f.context)) return 'staff';
  // "验收组一共五个人", "检查组3人": a team that came to inspect or assess ran the check; it served no one.
  if (INSPECTING_TEAM.test(f.context.slice(-10))) return 'staff';
  // "志愿者轮流值守，累计出勤40人次", "在岗工作人员12人": people on duty worked it, however they are totalled.
  // "护林员每天4人轮班": people taking shifts at it worked it.
  if (/(?:出勤|值守|值班|执勤|在岗)[^，,。;；\d]{0,2}$/u.test(f.context) || /^\s*(?:个人|人)?\s*(?:轮班|轮流值守|轮流值班|倒班|值班|值守|执勤)/u.test(f.after) || /^\s*(?:were|was)?\s*on duty\b/u.test(f.after.replace(/^[a-z]+\s+/u, ''))) return 'staff';
  // "- Teachers: 3", "Volunteers: 6": a line's field naming staff, the number its value.
  if (EN_STAFF_FIELD.test(f.lead ?? '')) return 'staff';
  // "18 of our pilots flew 54 sorties", "10 of our members ran the demos": the sender's own people ran it.
  // Not "20 of our members attended the training": they came to it.
  if (/^\s*\d+\s+of\s+(?:our|my)\s/u.test(f.written) && !AUDIENCE.test(f.written) && !/^\s*(?:[a-z]+\s+){0,2}?(?:came|attended|joined|took part|showed up|visited|signed)/u.test(f.after)) return 'staff';
  // "那个消防中队来了五个人", "供电所派了3个": a team a unit sent to run it, not who came to it.
  if (SENT_BY_UNIT.test(f.context) && !AUDIENCE.test(`${f.noun}|${f.after.slice(0, 4)}`) && !YOUNG.test(`${f.noun}|${f.after.slice(0, 4)}`)) return 'staff';
  // "站里8个人在进山路口设卡宣传": the sender's own office's people, at a place doing the work, ran it.
  if (/(?:[局站所馆院队办]|单位|协会|中心)里\s*$/u.test(f.context) && /^(?:个)?人?\s*(?:在|到|去)[^，,。;；\d]{1,12}?(?:设卡|设点|设岗|摆摊|宣传|值守|执勤|巡逻|劝导|讲解)/u.test(f.after)) return 'staff';
  // "局里去了六个人", "单位里也出了4个": the sender's own office sent them to run it, not to attend.
  // "我站去了3个兽医", "本所出了两个技术员": the same, the office named as the writer's own, the people named by their
  // trade (a bare "我局去了3个人" is left as it was).
  if ((/(?:[局站所馆院队办]|单位|协会|中心)里(?:也)?(?:去了|出了|派了|出动了?)\s*$/u.test(f.context) || (/(?:我|本|咱)(?:[局站所馆院队办]|单位|协会|中心|公司|科协)(?:也)?(?:去了|出了|派了|出动了?)\s*$/u.test(f.context) && (STAFF.test(f.noun) || /^\p{Script=Han}{1,3}员/u.test(f.noun)))) && !/参加|参训|听|学习|培训|受训/u.test(f.after.slice(0, 8)) && !AUDIENCE.test(`${f.noun}|${f.after.slice(0, 4)}`) && !YOUNG.test(`${f.noun}|${f.after.slice(0, 4)}`)) return 'staff';
  // "所里四个人全去了", "站里5个人都去了": the sender's own office, all of whom went out to run it.
  if (/(?:[局站所馆院队办]|单位|协会|中心)里\s*$/u.test(f.context) && /^(?:个)?人?\s*(?:都|全|也)?(?:都)?(?:去了|出动了?|上阵了?|到了)/u.test(f.after) && !/参加|参训|听|学习|培训|受训/u.test(f.after.slice(0, 10))) return 'staff';
  // "县里电商中心来了两个老师", "农技站派了3个技术员": teachers or experts a unit sent taught it ("县一中来了30个老师参加培训"
  // came to learn).
  if (SENT_BY_UNIT.test(f.context) && /^(?:老师|教师|专家|医生|讲师|技术员|农艺师)/u.test(f.noun) && !/参加|参训|听|学习|培训|受训|观摩|参观/u.test(f.after.slice(0, 12))) return 'staff';
  // "学生由两位老师带着", "老师跟到来了三个", "老师跟着来了两个": teachers who brought their pupils came with them.
  if (/^(?:老师|教师|辅导员)们?(?:带着|带领|领着)/u.test(f.noun) || /(?:老师|教师|辅导员)们?(?:也)?(?:跟着|跟到|跟了|随同|陪着)(?:来|去|到)?了?\s*$/u.test(f.context)) return 'staff';
  // "邀在外任职之乡贤三位返村，为返乡学子举办分享会": guests invited back, not named as any public, held it for others.
  if (/(?:邀请?|请来?|聘请)[^，,。;；\d]{1,12}$/u.test(f.context) && /^\p{Script=Han}{0,3}?(?:返|回|来|到)/u.test(f.after) && !AUDIENCE.test(`${f.context.slice(-6)}|${f.noun}`) && !YOUNG.test(`${f.context.slice(-6)}|${f.noun}`) && !/参加|参训|听|学习|培训|受训|观摩|参观|座谈|交流|研讨/u.test(f.after.slice(0, 12))) return 'staff';
  // "指导老师3人", "带队教师2名", "带队的老师是3名": who guided them, not who learnt.
  // Not "参赛学生及指导老师约240人": the pupils with them.
  if (/(?<![和及与、跟同])(?:指导|辅导|带队|授课|主讲|随队)(?:的)?(?:老师|教师)[^，,。;；\d]{0,2}$/u.test(f.context)) return 'staff';
  // "协会来了9位老师现场写", "请了3位医生当场讲": teachers or experts doing the work on the spot gave it.
  if (/^(?:老师|教师|专家|书法家|医生|师傅|教练)/u.test(f.noun) && /^\s*(?:位|名|个)?\s*(?:老师|教师|专家|书法家|医生|师傅|教练)?\s*(?:在)?(?:现场|当场)(?:给大家|为群众|为市民)?(?:写|教|讲|演示|示范|指导|表演|剪|画|书写|义写|授课|答疑|诊)/u.test(f.after) && !/(?<![跟随])(?:和|及|与|、|同)\s*$/u.test(f.context)) return 'staff';
  // "90名营员跟着12位指导老师做实验": the teachers named after the unit, whom the others followed.
  if (/^(?:指导|辅导|带队|授课|主讲|随队)(?:的)?(?:老师|教师)/u.test(f.noun) && !/人\s*$/u.test(f.written) && !/(?<![跟随])(?:和|及|与|、|同)\s*$/u.test(f.context)) return 'staff';
  // "志愿者与居民共计一百二十人": a total that holds the helpers too; who took part, asked with or without them.
  // "我们去了消防员和文员一共14人", "我们单位出动了12人": the sender's own team went out to run it.
  // Not "我们学校去了12个学生": pupils who went to compete took part.
  if (/^(?:我们|咱们|俺们)[^，,。;；\d]{0,4}?(?:去了|出动了?|派了|派出了?)/u.test(f.context) && !YOUNG.test(`${f.context}|${f.noun}|${f.after.slice(0, 4)}`) && !AUDIENCE.test(`${f.noun}|${f.after.slice(0, 4)}`)) return 'staff';
  // "我们去了6个员工", "我们单位出了4个同事": the sender's own staff who went out, not come to learn anything.
  if (/(?:我们|咱们|俺们)[^，,。;；\d]{0,4}?(?:去了|出了|出动了?|派了|派出了?)\s*$/u.test(f.context) && /^(?:员工|同事|职工|干部|工作人员)/u.test(f.noun) && !/参加|参训|听|学习|培训|受训/u.test(f.after)) return 'staff';
  // "我跟老陈两个人讲的", "我和小李俩人教的": the writer and the others named with them gave it.
  if (/(?:我|俺)(?:跟|和|与|同)[^，,。;；\d]{1,6}$/u.test(f.context) && /^(?:个)?人?(?:一起|都|轮流)?(?:讲|教|演示|示范|主讲|上课|授课|带)/u.test(f.after)) return 'staff';
  // "所里出动安全员六个", "派了宣传员4名": people by their post, sent out to run it (a post alone may be who was trained).
  if (POSTED.test(f.context)) return 'staff';
  // "出动干警15人", "派了5名员工", "抽调职工8名": people a unit sent out ran it, whatever their post.
  // Not "派了30名学生参加比赛", "选派12名职工参加培训": those sent to take part.
  if (SENT_OUT.test(f.context) && !YOUNG.test(`${f.context.slice(-4)}|${f.noun}`) && !PUBLIC.test(`${f.context.slice(-4)}|${f.noun}`) && !/^[^，,。;；]{0,10}?(?:参加|参赛|参训|参与|听|学习|观摩|培训|受训|去学)/u.test(f.after.slice(f.noun.length)) && !TRAINED.test(f.context.slice(-12))) return 'staff';
  // "组织干部职工8人，深入周边3个村开展宣传": the unit's own staff it organised went out to others, they ran it.
  // Not "组织职工80人开展消防演练", "组织学生60人参观": those organised to take part.
  if (/组织(?:了)?(?:本单位|本馆|本站|全体|部分)?(?:党员干部|干部职工|干部|职工|员工|干警|工作人员)\s*$/u.test(f.context) && /^\s*[，,]\s*(?:深入|走访|进村|入户|上门|分赴|下沉)/u.test(f.after)) return 'staff';
  // "组织公司技术员8人参加县专家服务团赴某乡开展服务": people sent to join a team that serves others ran the service.
  if (/(?:组织|派|选派|安排)(?:了)?[^，,。;；\d]{0,8}$/u.test(f.context) && SERVING_TEAM_JOINED.test(f.after) && !YOUNG.test(`${f.context.slice(-4)}|${f.noun}`) && !PUBLIC.test(`${f.context.slice(-4)}|${f.noun}`)) return 'staff';
  if (TEAM_MADE_OF.test(f.after)) return 'staff';
  if (STAFF_IN_TOTAL.test(f.context) && !onlyStaffInTotal(f.context)) return 'participant';
  // "实到", "实际到场", "實際入園約", "actual 到场": who came, whatever the verb after 实际.
  // "实际坚持上完全部课程并结业的有": who came through, a few words between 实际 and the verb.
  if (/实到|实测|实检|实际到场|实际参加|实际参训|实际来了?|实际到了?|实际去了?|实际[^，,。;；\d\s]{0,14}(?:结业|上完|听完|学完)[^，,。;；\d\s]{0,6}$/u.test(f.context) || /实际(?:上)?[^，,。;；\d\s]{0,4}$|\bactual(?:ly)?\b[^，,。;；\d]{0,6}$/iu.test(f.context)
    // "actual show up 52人", "actually turned up: 41": English words for coming between "actual" and the count.
    || /\bactual(?:ly)?\s+(?:show(?:ed)?\s+up|turn(?:ed)?\s+up|came|attend(?:ed|ance)?|turnout|arrivals?|present)\b[^，,。;；\d]{0,6}$/iu.test(f.lead ?? f.context)) return 'present';
  // "应测人数1120 实测人数1087": who was to be screened (应测, 应检) against who was.
  if (/应到|应参加|应参训|应测|应检|计划参加|预计|通知(?:参训|参加|参会|到会|培训)/u.test(f.context)) return 'expected';
  // "32 kids signed up, 27 actually came": in English the verb after the people says which count is who came.
  // "55 residents signed up and 49 showed up": showing up after the sign-ups says who came, with or without "actually"
  // (not "26 kids + 19 parents showed up", both groups who came).
  if (/^\s*(?:[a-z]+\s+){0,2}?(?:actually|really)\s+(?:came|attended|showed up|turned up|joined)/u.test(f.after) || (/^\s*(?:[a-z]+\s+){0,1}?(?:showed up|turned up)\b/u.test(f.after) && /\b(?:signed up|registered|booked|enrolled)\b[^.;。；]{0,12}$/u.test(f.lead ?? f.context))) return 'present';
  // "plus 310 views on the livestream": views are of a stream or a video, watched online.
  if (/^[\d\s.,+~]+(?:[a-z]+\s+)?(?:views|viewers)$/iu.test(f.written.trim())) return 'online';
  // "直播间观看300多人", "线上直播观看的有500多": who watched online are not who came, whatever else is counted.
  // Not "直播间请了县农技站的两位专家讲…": the experts invited into the studio gave it.
  if ((ONLINE.test(wordsSinceLastCount(f)) || ONLINE_AFTER.test(f.after)) && !/现场|到场|在场|(?<!分)会场|礼堂|教室/u.test(f.context.slice(-8)) && !SIGNED_UP.test(f.context.slice(-8)) && !(/(?:请|邀请|外请)[^，,。;；\d]{0,10}$/u.test(f.context) && /^(?:专家|老师|教师|医生|教授|讲师|嘉宾)/u.test(f.noun))) return 'online';
  // "在抖音开了个直播 讲…注意事项 看的人有3千多": who watched the stream the writer held, the talk's topic between.
  const since = wordsSinceLastCount(f);
  if (/(?:观看|收看|看的人|看的|在看|观众)[^，,。;；\d]{0,3}$/u.test(f.context) && /(?:开|搞|做|办|弄)了?(?:一)?(?:个|场|次)?[^，,。;；\d\s]{0,4}直播|直播了/u.test(since) && !/[。！!？?；;\n]/u.test(since.slice(since.search(/直播/u))) && !/现场|到场|在场|(?<!分)会场|礼堂|教室/u.test(since.slice(since.search(/直播/u)))) return 'online';
  // "现场 staff 45 人，online 另外 30 人": in a works' English, staff on site are who came.
  if (/\bstaff\s*$/u.test(f.context) && /(?:现场|到场|在场|on[- ]site|in person)\s*staff\s*$/u.test(f.lead ?? f.context)) return 'participant';
  // "现场读者60人", "现场大概坐了一百二三十人": who sat there are who came.
  if (/现场|到场|在场/u.test(f.context.slice(-8)) && !STAFF.test(`${f.context.slice(-8)}|${f.noun}`)) return 'participant';
  // "二十八个老师带队", "请的县农技站三个专家来讲的": who led or taught, even at a training or beside 参加.
  // "老师也来了十几个": the teachers came along with the pupils; "农技协会员去了6个": members who went out to serve.
  // Not "家长也来了60多个一起参加疏散": parents who joined in took part beside the children (asked, see chooseHeadcount).
  if ((/(?:老师|教师|家长|辅导员)们?也(?:来|到|去|跟)/u.test(f.context) && !JOINED_IN.test(f.after)) || /(?:会员|成员|理事|委员|党员|骨干)们?(?:去了|出动了?|派了|派出了?|下去了)\s*$/u.test(f.context)) return 'staff';
  // "县科协专家服务团来了两个专家讲的", "县里来了俩技术员": sent from outside, or lecturing, they taught the training.
  // "请了县农业局的两位老师讲土壤改良": teachers invited to speak taught it.
  // "请退伍的三位通信兵讲卫星通信": whoever was invited, the people named right before 讲 taught.
  if (/(?:请|邀请|外请)[^，,。;；]{0,10}$/u.test(f.context) && (/^(?:老师|教师|医生|专家|教授)[^，,。;；]{0,3}?(?:讲|授课|上课|主讲|演示|示范|指导)/u.test(f.after) || /^\p{Script=Han}{1,4}?(?:来)?(?:讲|授课|上课|主讲|作报告|做报告)/u.test(f.after))) return 'staff';
  // "县里请了设计公司2个老师", "农技协组织12名会员下乡": invited or sent out by a body, they ran it.
  if (/(?:请|邀请|外请)[^，,。;；\s]{0,10}$/u.test(f.context) && /^(?:老师|教师|专家|教授|讲师)$/u.test(f.noun)) return 'staff';
  if (/组织$/u.test(f.context) && /^(?:会员|成员|志愿者|党员|队员)/u.test(f.noun) && !/参加|参训|培训|听|学习/u.test(f.after)) return 'staff';
  if (ESCORTING.test(f.noun) || ((STAFF.test(f.noun) || STAFF_END.test(f.context)) && /(?:请|邀请|外请)[^，,。;；]{0,10}$/u.test(f.context)) || (STAFF.test(f.noun) && (SENT_IN.test(f.context) || /^[^，,。;；]{0,6}?(?:来讲|讲课|授课|主讲|上课|讲的|讲了)/u.test(f.after)))) return 'staff';
  // "县里来了专家9位", "专家累计出动25人次", "2个技术员": the people who ran it, whatever the verb.
  // "2 volunteer engineers": in English the people come after the number, inside what was written.
  // "新成立，会员32人": how many members a body has, not who came to something.
  // Not "到馆会员三十八人", "在南街活动中心，会员三十一人": members counted where an event was held came to it.
  if (MEMBERSHIP.test(f.context.slice(-6)) && !PARTICIPATE.test(around) && !/大会|会议|开会|召开/u.test(f.context) && !MEMBERS_AT_PLACE.test((f.lead ?? f.context).trimEnd())) return 'staff';
  // "科技志愿者下乡义诊 120人次": the people served after the staff did something, not the staff.
  const lastStaff = [...f.context.slice(-8).matchAll(new RegExp(STAFF.source, 'gu'))].pop();
  const servedAfter = lastStaff !== undefined && /(?:义诊|下乡|服务|咨询|宣讲|讲座|培训|接待)\s*$/u.test(f.context.slice(-8).slice((lastStaff.index ?? 0) + lastStaff[0].length));
  // "志愿者我们社区出了十五个": the helpers named first, the number at the end of their clause.
  const fronted = FRONTED_STAFF.exec(f.context);
  // "两个专家来讲的来了五十几个果农": the people named right after the number are who it counts, whoever came before.
  // "果树专家两个来听的果农有六十多个": the people named after the clause's last count are who this one counts.
  const ownTail = f.context.replace(/^.*[\d〇一二两三四五六七八九十百千万俩仨]\s*(?:[多余来几]\s*)?(?:人次|[个人名位])/u, '');
  // "领导+游客四十几个人": the audience named last of those added together, the count is theirs with the staff.
  const namedAudience = (AUDIENCE.test(f.noun) && !STAFF.test(f.noun) && !ESCORTING.test(f.noun)) || (ownTail !== f.context && AUDIENCE.test(ownTail) && !STAFF.test(ownTail)) || new RegExp(`[+＋](?:${AUDIENCE.source})(?:们)?\\s*(?:共|一共|约|大概|有)?\\s*$`, 'u').test(f.context)
    // "老人用药讲解\t27人": a talk named by who it was for, the count right after it is theirs.
    || (/(?:讲解|宣讲)\s*$/u.test(f.context) && AUDIENCE.test(f.context.slice(-8, -2)) && !STAFF.test(f.context.slice(-8, -2)));
  // "来了 6 位 staff 负责讲解": the people named in English after the unit.
  // "镇上来了俩放映员", "请了3个外聘讲师": a trade no list knows (员, 师, 夫), not one of the audience.
  // Not "观众约三百人团员参演四十人" (no stops): the trade named after the unit has a count of its own.
  const trade = /[员师夫]$/u.test(leadingPeopleNoun(f.after) ?? '') && !KNOWN_PEOPLE.test(f.noun) && !/^[^，,。;；\d]{0,6}?[\d一二两三四五六七八九十百千]+\s*(?:[多余来几])?\s*(?:人|名|位|个)/u.test(f.after);
  // "engineer team 8 人": the people named before an English word for their group.
  // "有3个大学生volunteer来帮忙": the English word right after the people says who they are.
  const enAfterNoun = f.noun !== '' && f.after.startsWith(f.noun) && STAFF.test(/^\s*[a-z]+/u.exec(f.after.slice(f.noun.length))?.[0] ?? '');
  // "our volunteers 8 people": volunteers named in English right before the count (a word longer than the 8 letters
  // read), helpers whoever they are; not "engineers 46人", who may be the ones who came.
  const ctx = f.context.replace(/\s*\b(?:team|group|crew|squad)\s*$/u, '');
  // "居民和游客约180人听了讲解": who listened to the talk are its audience, not who gave it.
  if (/^(?:听了?|聆听了?)(?:讲解|讲座|宣讲|讲课|报告|课)/u.test(f.after) && !STAFF.test(ctx.slice(-8))) return 'audience';
  // "现场讲解受众150余人": the audience word right before the count names who heard it, not the staff whose deed precedes.
  if (/(?:受众|听众|观众)(?:约|共|有|达|共计|合计)?\s*$/u.test(ctx) && STAFF.test(ctx.slice(-8))) return 'participant';
  // "七十多个孩子老师五个给他们讲了…": people named before their count, then giving the others the talk, ran it.
  // "其中23位老人我们现场帮着整理了药盒": the sender helped them; the people counted were helped, not helpers.
  const helpedBySender = /^\p{Script=Han}{0,4}?(?:我们|咱们|俺们|我)/u.test(f.after);
  const staff = trade || enAfterNoun || ((STAFF.test(ctx.slice(-8)) || /\b(?:volunteers?|staff|docents|guides|helpers)\s*$/u.test(ctx)) && !servedAfter && !namedAudience) || STAFF.test(englishAfter(f)) || (fronted !== null && !AUDIENCE.test(fronted[1] ?? '')) || (HELPING.test(f.after) && !helpedBySender) || (f.after === '' && f.rest !== undefined && /^给/u.test(f.rest) && HELPING.test(f.rest)) || STAFF.test(f.noun) || STAFF_AFTER.test(f.noun) || ACTING_AS.test(f.after) || /^[\d\s.,+~]+[a-z]/iu.test(f.written) && STAFF.test(f.written);
  // "服务技术人员27人", "走访慰问老专家12位": the people a verb of serving takes are who were served.
  // Not "专家服务团专家2人": the experts of a 服务团 or 服务队 served.
  if (/(?:服务(?![团队])|走访|慰问|帮扶)了?(?:一线|基层)?\p{Script=Han}{2,5}$/u.test(f.context.slice(-9)) && STAFF.test(f.context.slice(-6)) && !/志愿|volunteer/u.test(f.context.slice(-6))) return 'participant';
  // "参加技术人员21人", "基层医生89名参加": doctors or technicians who attended are the participants (volunteers serve).
  // "around 50 engineers attended": in English the verb after the people says they came.
  // "参会工程师、技术员共38人": the people who attended, listed.
  // "参加义诊的老专家共十一位": they took part in giving the service; "162 位工程师填了": who answered took part.
  if (STAFF.test(`${f.context.slice(-8)}|${f.noun}`) && /参加(?:了)?(?:义诊|咨询|服务|坐诊|授课|讲解|指导|评审|宣讲|志愿)/u.test(f.context)) return 'staff';
  const attended = /参加|参会|到会|参训/u.test(f.context.slice(-8)) || /^(?:参加|参会|到会|参训)[^，,。;；]{0,10}(?:共|共计|合计|一共|总共)$/u.test(f.context) || /^(参加|参会|到会|参训)(?!指导|服务|帮忙)/u.test(f.noun) || /^(attended|came|joined|took)$/u.test(englishAfter(f).trim())
    // "出席 | 县科协领导及学生代表约60人": the line's label says they attended.
    || /(?:^|\n)\s*(?:出席|参加|参会|到会|与会|到场)(?:人员|情况)?\s*[|｜:：][^\n]*$/u.test(f.lead ?? '')
    // "参会企业15家，技术人员47人": a sentence that opens with 参会 lists who attended, each bare count in it.
    // Not "到会农户共310人，专家3名现场讲解": people the list goes on to say did something ran it.
    || (/(?:^|[。；;\n])\s*(?:参会|与会|到会|参训)(?:人员|情况)?[:：]?[^。；;\n！!？?]*$/u.test(f.lead ?? '') && /^\s*(?:[，,。;；\n]|$)/u.test(f.after))
    // "共有二十八位青年医师和护士参加": the people named after the unit, then that they attended.
    // Not "县领导3人出席并讲话": leaders and guests attend to open it, not to take part.
    || (/^[^，,。;；\d]{0,12}?(?:参加|参会|到会|参训)(?!指导|服务|帮忙|义诊|咨询|讲解|授课|评审|宣讲|志愿|坐诊)/u.test(f.after) && !HELPING.test(f.after) && !/领导|嘉宾/u.test(`${f.context.slice(-8)}|${f.after.slice(0, 8)}`));
  // "开展医护人员反诈专题培训，主会场医护人员110人": the training was for these very people; they are its trainees.
  const trainedThem = new RegExp(`(?:${STAFF.source})[^，,。;；\\d]{0,10}(?:培训|轮训|集训|研修|讲座)`, 'u').test(wordsSinceLastCount(f));
  // "给村里的广播管理员上了一课…来了23位管理员": the trade the lesson was given to are its trainees, not its staff.
  const tradeNoun = trade ? (leadingPeopleNoun(f.after) ?? '') : '';
  const taughtThem = tradeNoun.length >= 2 && /^\p{Script=Han}+$/u.test(tradeNoun) && new RegExp(`给[^，,。;；\\d]{0,12}${tradeNoun}[^，,。;；\\d]{0,2}(?:上了?|讲了?|培训|授课|办了?)`, 'u').test(wordsSinceLastCount(f));
  if (staff && !TRAINED.test(f.context) && !trainedThem && !taughtThem && !(attended && !/志愿|volunteer/u.test(around))) return 'staff';
  if (PARTICIPATE.test(around)) return 'participant';
  if (AUDIENCE.test(around)) return 'audience';
  return 'other';
}

/** The English word right after a figure's unit ("6 位 staff"), else ''. */
export function englishAfter(f: Figure): string {
  return /^\s*[a-z]+/u.exec(f.after)?.[0] ?? '';
}

/** "志愿者加上来咨询的群众一共", "志愿者与居民共计": a total that names the helpers among those it counts. */
export const STAFF_IN_TOTAL = new RegExp(`(?:${peopleWords('role', 'staff')})[^，,。;；\\d]{0,3}(?:加上|和|与|及|连同|算上)[^，,。;；\\d]{0,10}(?:一共|共计|合计|总共|共)[^，,。;；\\d]{0,3}$`, 'u');

/** A visit's verb right before the people it went to ("走访慰问了", "看望了", "visited"). */
export const VISITED = /(?:走访|慰问|看望|探望|拜访|visited|called on)(?:了|过)?\s*$/u;

/** "我们去了消防员和文员一共14人": every one the total names is a helper; no audience is among them. */
export function onlyStaffInTotal(context: string): boolean {
  const m = /(?:加上|和|与|及|连同|算上)([^，,。;；\d]{0,10}?)(?:一共|共计|合计|总共|共)[^，,。;；\d]{0,3}$/u.exec(context);
  // "“五老”志愿者和大学生志愿者共": the last word names who they are; the words before it only say which helpers.
  return m !== null && STAFF.test(m[1] ?? '') && (STAFF_END.test((m[1] ?? '').trim()) || !AUDIENCE.test((m[1] ?? '').replace(STAFF, '')));
}
