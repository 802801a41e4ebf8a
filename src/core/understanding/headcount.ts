// Which figure of people is the participants: one figure with one unit. 实到 over 应到; volunteers, experts,
// teachers who teach and staff are labelled figures ("人(志愿者)"); two audiences with nothing to tell
// them apart are a question, not a guess.
import { wordsSinceLastCount, type Figure } from './message-figures.js';
import { leadingPeopleNoun } from './people-words.js';
import { peopleWords } from './people-nouns.js';
import { POST_WORDS } from './figure-words.js';
import { partAfter, partsSummingTo, triedParts } from './headcount-parts.js';

export type Role = 'present' | 'expected' | 'participant' | 'staff' | 'audience' | 'online' | 'other';

const PARTICIPATE = /(参加|参与|参会|到场|到会|来了|出席|观众|受众|人数|听众|吸引|接待|接诊|诊治|看诊|受益|服务|覆盖|参观|培训|到访|共有|共计|合计|总计|累计|(?<![设估预会审统])计|观看|看展|观展|聆听|听讲|收看|报名|走访|慰问|到了|attend|particip|audience|visitor|turnout|crowd|spectator)/u;
const STAFF = new RegExp(`(${peopleWords('role', 'staff')})`, 'u');
/** "请的县里的果树专家两个": staff named right before their number. */
const STAFF_END = new RegExp(`(?:${STAFF.source})$`, 'u');
const STAFF_AFTER = /^(授课|讲解|主讲|服务|指导|带队|陪同|参与服务|提供服务)/u;
const AUDIENCE = new RegExp(`(${peopleWords('role', 'audience')})`, 'u');
/** Every people word the lists know: a noun not among them is told by its head only. */
const KNOWN_PEOPLE = new RegExp(`(${peopleWords('label')}|${peopleWords('role')})`, 'u');
/** Helping, teaching or invited in, right after the people counted: "两个教官帮忙", "15个会员到河湾村帮着搞夏剪". */
export const HELPING = /^[^，,。;；!！?？\n\d]{0,10}?(帮|协助|上阵|手把手|支援|助阵|值守|维持秩序|指导|授课|讲课|请过来|请来|做志愿者|当志愿者|做讲解|当讲解员|志愿服务|设(?:了个?)?(?:咨询台|咨询点|摊位?)|摆摊|坐诊|给[^，,。;；\s]{0,6}(?:讲|量|测|检查|义诊|上课|上了))/u;
/** Who competed or performed, beside the audience that watched them: a part, not another audience. */
const PERFORMER = /(选手|参赛|演员|表演|contestant|finalist|performer)/u;
/** "志愿者我们社区出了十五个": the helpers named first, then who sent them. */
const FRONTED_STAFF = new RegExp(`^(?:${STAFF.source})((?:(?!说|讲|介绍|统计|算)\\p{Script=Han}){0,6}?)(?:出了|派了|派出了?|来了|去了|到了|上岗了?)$`, 'u');
/** What staff did, not attended: judged, went out, served, taught. */
const WORKED = /(评审|评委|出动|服务|授课|讲课|讲解|指导|值守|坐诊|义诊|带队)/u;
const MEMBERSHIP = /(会员|成员|理事|委员)$/u;
const TOTAL = /(共|合计|总计|累计|总共|一共)/u;
/** "32 kids signed up": sign-ups in English, the verb after the people. */
const EN_SIGNED_UP = /^\s*(?:[a-z]+\s+){0,2}?(?:signed up|registered|booked|enrolled)/u;
/** A count of sign-ups ("报名86人"), not of who came. */
const SIGNED_UP = /(报名|报了名|预约|登记参加|招收|招募|招生)/u;
/**
 * Who watched online or on a stream ("直播间观看300多人", "线上那边大概90", "同时开通网络直播，家长观看2100人次"),
 * read in the words since the last count, across commas; not "电商直播培训 三十五人", a training about streaming.
 */
const ONLINE = /(?:(?:线上|直播|云端|网上|网络|腾讯会议|会议软件|Teams|B站|抖音|视频号|livestream|online)[^。;；\n]{0,12}(?:观看|收看|看|观众|参与|参加|听|在线|峰值|那边|had|views?|viewers?)|直播间|同时在线|在线观看|在线收看|在线人数|点击|播放|线上|online|在线|网上|云端)[^。;；\n]{0,8}$|直播\s*$/iu;
/** "4,200 人次 online", "300人在线": the online word after the count. */
const ONLINE_AFTER = /^\s*(?:online|线上|在线|via\s+(?:the\s+)?livestream|(?:watched|viewed|tuned in)\s+(?:it\s+)?(?:on\s+)?(?:the\s+|our\s+|a\s+)?(?:liv|stream|online))/iu;


/** "…也来了60多个一起参加疏散": came along and took part too, not only escorted. */
const JOINED_IN = /^[^，,。;；\n]{0,6}?(?:一起|一块|一同|共同|也)(?:参加|参与|做|玩|动手|体验|演练|疏散|学)/u;

/** "第一天", "第二天", "次日", "最后一天": which day of one event a count is of. */
const DAY_OF_EVENT = /第[一二三四五六七1-7]天|头一天|首日|次日|最后一天/u;

/** A part of a count already given ("其中学生120人"). */
const PART = /(其中|包括|含|里面|里头)/u;

/** "由12名副高以上职称专家组成的医疗服务队": the members a serving team is made of, who went out to run it. */
const TEAM_MADE_OF = new RegExp(`^[^，,。;；\\d]{0,10}?(?:${STAFF.source})[^，,。;；\\d]{0,2}组成|^[^，,。;；\\d]{0,12}?组成的?[^，,。;；\\d]{0,6}?(?:服务队|医疗队|宣讲团|讲师团|专家团|服务团|工作组|志愿队|小分队)`, 'u');

/** Sent in from the county or an office ("县里来了", "县畜牧站派来了"): who came to teach. */
const POSTED = new RegExp(`(?:派|出动|安排|抽调|配备|配了)[^，,。;；\\d]{0,4}(?:${POST_WORDS})\\s*$`, 'u');
const SENT_IN = /(?:县里|市里|省里|镇上|乡里|上级|外面|外地|服务团|站|所|局|医院|协会|科协)[^，,。;；\s]{0,3}(?:来了|派了|派来了?|下来了)$/u;
/** "那个消防中队来了五个人", "供电所派了3个": a team a unit sent; its name is the first group. */
export const SENT_BY_UNIT = /(\p{Script=Han}{0,8}?(?:[队所站局]|医院|卫生院|中心|公司|协会|学会|科协))(?:的)?(?:同志|同事)?(?:也)?(?:来了|派了|派来了?|出了|出动了?)$/u;
/** Trained or taught: volunteers at a training for volunteers are its participants. */
const TRAINED = /(培训|参训|受训|学员|轮训|考核)/u;
/** "二十八个老师带队": teachers who led the pupils there. */
const ESCORTING = /^(?:老师|教师|家长|辅导员)(?:带队|陪同|随队|跟队|也?跟着|陪着)/u;
const YOUNG = /(学生|孩子|小朋友|幼儿|营员|娃|少年|儿童|kids|students|pupils)/u;
// "另外还有6个家长跟着", "还有三十多个家长也跟着来看了", "另有家长12人": parents who came along with the children.
const ESCORT = /(老师|教师|辅导员|带队|陪同|随队|teachers|(?:另有|另外|还有)[^，,。;；]{0,4}(?:家长|家属)|(?:家长|家属)[^，,。;；]{0,2}(?:陪|跟|也来|也到)|(?:陪着|跟着|陪同|带着)[^，,。;；]{0,3}(?:家长|家属))/u;

/** A line that names staff in English as its field: "- Teachers: ", "Volunteers：". */
const EN_STAFF_FIELD = /(?:^|\n)[^\S\n]*[-•*]?[^\S\n]*(?:volunteers|staff|experts|judges|teachers|docents|guides|coaches|instructors|mentors|tutors)[^\S\n]*[:：][^\S\n]*$/u;

/** The role of a figure of people, from the words before it and the word after its unit. */
export function roleOf(f: Figure): Role {
  const around = `${f.context}|${f.noun}`;
  // "162 位工程师填了", "问卷…300人填写": who answered a survey took part in it.
  if (/^\s*[\p{Script=Han}a-z]{0,4}?(?:填了|填写了?|作答了?|答了)/u.test(f.after)) return 'participant';
  // "走访慰问了6位老专家", "visited 6 senior engineers": the people a visit went to are who it served, whoever they are.
  if (VISITED.test(f.context)) return 'participant';
  // "志愿者轮流值守，累计出勤40人次", "在岗工作人员12人": people on duty worked it, however they are totalled.
  if (/(?:出勤|值守|值班|执勤|在岗)[^，,。;；\d]{0,2}$/u.test(f.context) || /^\s*(?:were|was)?\s*on duty\b/u.test(f.after.replace(/^[a-z]+\s+/u, ''))) return 'staff';
  // "- Teachers: 3", "Volunteers: 6": a line's field naming staff, the number its value.
  if (EN_STAFF_FIELD.test(f.lead ?? '')) return 'staff';
  // "18 of our pilots flew 54 sorties", "10 of our members ran the demos": the sender's own people ran it.
  // Not "20 of our members attended the training": they came to it.
  if (/^\s*\d+\s+of\s+(?:our|my)\s/u.test(f.written) && !AUDIENCE.test(f.written) && !/^\s*(?:[a-z]+\s+){0,2}?(?:came|attended|joined|took part|showed up|visited|signed)/u.test(f.after)) return 'staff';
  // "那个消防中队来了五个人", "供电所派了3个": a team a unit sent to run it, not who came to it.
  if (SENT_BY_UNIT.test(f.context) && !AUDIENCE.test(`${f.noun}|${f.after.slice(0, 4)}`) && !YOUNG.test(`${f.noun}|${f.after.slice(0, 4)}`)) return 'staff';
  // "指导老师3人", "带队教师2名", "带队的老师是3名": who guided them, not who learnt.
  // Not "参赛学生及指导老师约240人": the pupils with them.
  if (/(?<![和及与、跟同])(?:指导|辅导|带队|授课|主讲|随队)(?:的)?(?:老师|教师)[^，,。;；\d]{0,2}$/u.test(f.context)) return 'staff';
  // "90名营员跟着12位指导老师做实验": the teachers named after the unit, whom the others followed.
  if (/^(?:指导|辅导|带队|授课|主讲|随队)(?:的)?(?:老师|教师)/u.test(f.noun) && !/人\s*$/u.test(f.written) && !/(?<![跟随])(?:和|及|与|、|同)\s*$/u.test(f.context)) return 'staff';
  // "志愿者与居民共计一百二十人": a total that holds the helpers too; who took part, asked with or without them.
  // "我们去了消防员和文员一共14人", "我们单位出动了12人": the sender's own team went out to run it.
  // Not "我们学校去了12个学生": pupils who went to compete took part.
  if (/^(?:我们|咱们|俺们)[^，,。;；\d]{0,4}?(?:去了|出动了?|派了|派出了?)/u.test(f.context) && !YOUNG.test(`${f.context}|${f.noun}|${f.after.slice(0, 4)}`) && !AUDIENCE.test(`${f.noun}|${f.after.slice(0, 4)}`)) return 'staff';
  // "所里出动安全员六个", "派了宣传员4名": people by their post, sent out to run it (a post alone may be who was trained).
  if (POSTED.test(f.context)) return 'staff';
  if (TEAM_MADE_OF.test(f.after)) return 'staff';
  if (STAFF_IN_TOTAL.test(f.context) && !onlyStaffInTotal(f.context)) return 'participant';
  // "实到", "实际到场", "實際入園約", "actual 到场": who came, whatever the verb after 实际.
  if (/实到|实际到场|实际参加|实际参训|实际来了?|实际到了?/u.test(f.context) || /实际(?:上)?[^，,。;；\d\s]{0,4}$|\bactual(?:ly)?\b[^，,。;；\d]{0,6}$/iu.test(f.context)) return 'present';
  if (/应到|应参加|应参训|计划参加|预计/u.test(f.context)) return 'expected';
  // "32 kids signed up, 27 actually came": in English the verb after the people says which count is who came.
  if (/^\s*(?:[a-z]+\s+){0,2}?(?:actually|really)\s+(?:came|attended|showed up|turned up|joined)/u.test(f.after)) return 'present';
  // "直播间观看300多人", "线上直播观看的有500多": who watched online are not who came, whatever else is counted.
  if ((ONLINE.test(wordsSinceLastCount(f)) || ONLINE_AFTER.test(f.after)) && !/现场|到场|在场|(?<!分)会场|礼堂|教室/u.test(f.context.slice(-8)) && !SIGNED_UP.test(f.context.slice(-8))) return 'online';
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
  if (/(?:请|邀请|外请)[^，,。;；]{0,10}$/u.test(f.context) && /^(?:老师|教师|医生|专家|教授)[^，,。;；]{0,3}?(?:讲|授课|上课|主讲|演示|示范|指导)/u.test(f.after)) return 'staff';
  // "县里请了设计公司2个老师", "农技协组织12名会员下乡": invited or sent out by a body, they ran it.
  if (/(?:请|邀请|外请)[^，,。;；\s]{0,10}$/u.test(f.context) && /^(?:老师|教师|专家|教授|讲师)$/u.test(f.noun)) return 'staff';
  if (/组织$/u.test(f.context) && /^(?:会员|成员|志愿者|党员|队员)/u.test(f.noun) && !/参加|参训|培训|听|学习/u.test(f.after)) return 'staff';
  if (ESCORTING.test(f.noun) || ((STAFF.test(f.noun) || STAFF_END.test(f.context)) && /(?:请|邀请|外请)[^，,。;；]{0,10}$/u.test(f.context)) || (STAFF.test(f.noun) && (SENT_IN.test(f.context) || /^[^，,。;；]{0,6}?(?:来讲|讲课|授课|主讲|上课|讲的|讲了)/u.test(f.after)))) return 'staff';
  // "县里来了专家9位", "专家累计出动25人次", "2个技术员": the people who ran it, whatever the verb.
  // "2 volunteer engineers": in English the people come after the number, inside what was written.
  // "新成立，会员32人": how many members a body has, not who came to something.
  if (MEMBERSHIP.test(f.context.slice(-6)) && !PARTICIPATE.test(around) && !/大会|会议|开会|召开/u.test(f.context)) return 'staff';
  // "科技志愿者下乡义诊 120人次": the people served after the staff did something, not the staff.
  const lastStaff = [...f.context.slice(-8).matchAll(new RegExp(STAFF.source, 'gu'))].pop();
  const servedAfter = lastStaff !== undefined && /(?:义诊|下乡|服务|咨询|宣讲|讲座|培训|接待)\s*$/u.test(f.context.slice(-8).slice((lastStaff.index ?? 0) + lastStaff[0].length));
  // "志愿者我们社区出了十五个": the helpers named first, the number at the end of their clause.
  const fronted = FRONTED_STAFF.exec(f.context);
  // "两个专家来讲的来了五十几个果农": the people named right after the number are who it counts, whoever came before.
  // "果树专家两个来听的果农有六十多个": the people named after the clause's last count are who this one counts.
  const ownTail = f.context.replace(/^.*[\d〇一二两三四五六七八九十百千万俩仨]\s*(?:[多余来几]\s*)?(?:人次|[个人名位])/u, '');
  const namedAudience = (AUDIENCE.test(f.noun) && !STAFF.test(f.noun) && !ESCORTING.test(f.noun)) || (ownTail !== f.context && AUDIENCE.test(ownTail) && !STAFF.test(ownTail));
  // "来了 6 位 staff 负责讲解": the people named in English after the unit.
  // "镇上来了俩放映员", "请了3个外聘讲师": a trade no list knows (员, 师, 夫), not one of the audience.
  // Not "观众约三百人团员参演四十人" (no stops): the trade named after the unit has a count of its own.
  const trade = /[员师夫]$/u.test(leadingPeopleNoun(f.after) ?? '') && !KNOWN_PEOPLE.test(f.noun) && !/^[^，,。;；\d]{0,6}?[\d一二两三四五六七八九十百千]+\s*(?:[多余来几])?\s*(?:人|名|位|个)/u.test(f.after);
  // "engineer team 8 人": the people named before an English word for their group.
  const staff = trade || (STAFF.test(f.context.replace(/\s*\b(?:team|group|crew|squad)\s*$/u, '').slice(-8)) && !servedAfter && !namedAudience) || STAFF.test(englishAfter(f)) || (fronted !== null && !AUDIENCE.test(fronted[1] ?? '')) || HELPING.test(f.after) || STAFF.test(f.noun) || STAFF_AFTER.test(f.noun) || /^[\d\s.,+~]+[a-z]/iu.test(f.written) && STAFF.test(f.written);
  // "服务技术人员27人", "走访慰问老专家12位": the people a verb of serving takes are who were served.
  if (/(?:服务|走访|慰问|帮扶)了?(?:一线|基层)?\p{Script=Han}{2,5}$/u.test(f.context.slice(-9)) && STAFF.test(f.context.slice(-6)) && !/志愿|volunteer/u.test(f.context.slice(-6))) return 'participant';
  // "参加技术人员21人", "基层医生89名参加": doctors or technicians who attended are the participants (volunteers serve).
  // "around 50 engineers attended": in English the verb after the people says they came.
  // "参会工程师、技术员共38人": the people who attended, listed.
  // "参加义诊的老专家共十一位": they took part in giving the service; "162 位工程师填了": who answered took part.
  if (STAFF.test(`${f.context.slice(-8)}|${f.noun}`) && /参加(?:了)?(?:义诊|咨询|服务|坐诊|授课|讲解|指导|评审|宣讲|志愿)/u.test(f.context)) return 'staff';
  const attended = /参加|参会|到会|参训/u.test(f.context.slice(-8)) || /^(?:参加|参会|到会|参训)[^，,。;；]{0,10}(?:共|共计|合计|一共|总共)$/u.test(f.context) || /^(参加|参会|到会|参训)(?!指导|服务|帮忙)/u.test(f.noun) || /^(attended|came|joined|took)$/u.test(englishAfter(f).trim())
    // "出席 | 县科协领导及学生代表约60人": the line's label says they attended.
    || /(?:^|\n)\s*(?:出席|参加|参会|到会|与会|到场)(?:人员|情况)?\s*[|｜:：][^\n]*$/u.test(f.lead ?? '')
    // "共有二十八位青年医师和护士参加": the people named after the unit, then that they attended.
    // Not "县领导3人出席并讲话": leaders and guests attend to open it, not to take part.
    || (/^[^，,。;；\d]{0,12}?(?:参加|参会|到会|参训)(?!指导|服务|帮忙|义诊|咨询|讲解|授课|评审|宣讲|志愿|坐诊)/u.test(f.after) && !HELPING.test(f.after) && !/领导|嘉宾/u.test(`${f.context.slice(-8)}|${f.after.slice(0, 8)}`));
  // "开展医护人员反诈专题培训，主会场医护人员110人": the training was for these very people; they are its trainees.
  const trainedThem = new RegExp(`(?:${STAFF.source})[^，,。;；\\d]{0,10}(?:培训|轮训|集训|研修|讲座)`, 'u').test(wordsSinceLastCount(f));
  if (staff && !TRAINED.test(f.context) && !trainedThem && !(attended && !/志愿|volunteer/u.test(around))) return 'staff';
  if (PARTICIPATE.test(around)) return 'participant';
  if (AUDIENCE.test(around)) return 'audience';
  return 'other';
}

export interface HeadcountChoice {
  chosen: Figure | undefined;
  /** Figures of people that are not the participants (labelled metrics, 应到 among them). */
  others: Figure[];
  /** Set when two figures could each be the participants. */
  unclear: boolean;
  /** Two counts of the same people that disagree ("乡里报的是三百人，俺数…一百八十几个"): which one is asked. */
  conflict?: [Figure, Figure];
  /** A total that holds the helpers ("一共40个人，其中志愿者12个", "志愿者加上…群众一共两百多人"): with or without them is asked. */
  withStaff?: { total: Figure; staff?: Figure };
}

/** "志愿者加上来咨询的群众一共", "志愿者与居民共计": a total that names the helpers among those it counts. */
const STAFF_IN_TOTAL = new RegExp(`(?:${peopleWords('role', 'staff')})[^，,。;；\\d]{0,3}(?:加上|和|与|及|连同|算上)[^，,。;；\\d]{0,10}(?:一共|共计|合计|总共|共)[^，,。;；\\d]{0,3}$`, 'u');

/** A count someone else gave, or a sign-in sheet's. */
const SAID = /(报的|报上来|上报的|说是|说有|说签到|签到登记|签到表上|那边报)/u;
/** A count the writer made. */
const COUNTED_HERE = /(我数|俺数|数了|数下来|清点|我们这边|我这边|我们现场)/u;

/** A visit's verb right before the people it went to ("走访慰问了", "看望了", "visited"). */
const VISITED = /(?:走访|慰问|看望|探望|拜访|visited|called on)(?:了|过)?\s*$/u;
/** Only a conjunction between two counts: the second is another object of the verb before the first. */
const AND_ONLY = /^\s*(?:and|和|及|以及|与|、|还有)\s*$/u;

/**
 * "visited 6 senior engineers at X and 2 retired experts at home", "走访了5位老专家和3位退休教师": the groups one visit
 * went to, written as objects of one verb; their sum is who it served.
 */
function visitedGroups(people: readonly Figure[]): Figure[] {
  const first = people.find((f) => VISITED.test(f.context));
  if (!first) return [];
  const run = [first];
  for (const f of people.filter((g) => g.index > first.index).sort((a, b) => a.index - b.index)) {
    if (!AND_ONLY.test(f.context) || f.unit !== first.unit) break;
    run.push(f);
  }
  return run.length >= 2 ? run : [];
}

/** Who watched or listened: an audience. */
const WATCHERS = /(观众|观看|听众|围观)/u;
/** Who performed or competed on stage, right before their count ("学员参演二十六人"). */
const PERFORMED = /(?:参演|演出|表演|登台|上台)\s*$/u;

/** Chooses the participants among the figures of people of one record. */
export function chooseHeadcount(people: readonly Figure[], alone = false): HeadcountChoice {
  const visited = visitedGroups(people);
  if (visited.length >= 2) {
    const sum: Figure = { ...visited[0]!, value: visited.reduce((n, f) => n + f.value, 0), written: visited.map((f) => f.written).join('+'), approximate: visited.some((f) => f.approximate) };
    return chooseHeadcount([sum, ...people.filter((f) => !visited.includes(f))], alone);
  }
  // Who tried something at the event or a screening found are a part of who came, no audience of their own.
  const tried = triedParts(people);
  if (tried.length > 0) return chooseHeadcount(people.filter((f) => !tried.includes(f)), alone);
  // "线下咨询群众约380人，其中现场帮助下载APP 260人": a part after a count's 其中 is no second audience (the helpers
  // inside a total are kept, asked about).
  const ofWhich = people.filter((f) => roleOf(f) !== 'staff' && people.some((g) => g !== f && g.value > f.value && g.unit === f.unit && partAfter(f, g) && !PART.test(g.context.slice(-12))));
  if (ofWhich.length > 0) return chooseHeadcount(people.filter((f) => !ofWhich.includes(f)), alone);
  // "观众大约四百人，我校学员参演二十六人": who performed, beside the audience that watched them, are a labelled figure.
  const watched = people.some((f) => WATCHERS.test(`${f.context.slice(-6)}|${f.noun}`));
  const read = people.map((f) => ({ f, role: watched && PERFORMED.test(f.context.slice(-4)) || watched && /^(?:参演|演出|登台表演|上台表演)/u.test(f.after) ? 'staff' as Role : roleOf(f) }));
  // "现场60人，直播间观看300多人": who came are the participants; who watched online are a figure of their own
  // (人次(线上)), kept beside them, never added to them (report forms ask for the two apart).
  const online = read.filter((x) => x.role === 'online').map((x) => x.f);
  const offline = read.filter((x) => ['present', 'participant', 'audience', 'other'].includes(x.role));
  if (online.length > 0 && offline.length > 0) {
    const onSite = chooseHeadcount(people.filter((f) => !online.includes(f)), alone);
    if (onSite.chosen !== undefined) return { ...onSite, others: [...onSite.others, ...online] };
  }
  // "在线观看2.3万人次" and no one on site: who watched are the audience.
  const roles = read.map((x) => (x.role === 'online' ? { ...x, role: 'participant' as Role } : x));
  const of = (...r: Role[]): Figure[] => roles.filter((x) => r.includes(x.role)).map((x) => x.f);
  const pick = (chosen: Figure | undefined, unclear = false): HeadcountChoice => {
    const rest = roles.filter((x) => x.f !== chosen);
    if (!chosen) return { chosen, others: rest.map((x) => x.f), unclear };
    // "其中上台演示的30人", "其中儿童两百余人": a part of who took part is no figure of its own; "其中志愿者12个"
    // inside a total is the helpers counted in it, asked about.
    // "其中团队26批1480人次，散客3750人次": 其中 covers every part after it to the end of its sentence.
    // "团队2批86人，散客1124人，合计1210人": parts written side by side that add up to the total, whatever the words.
    // Only of who took part: "其中…，志愿者每天8个人轮班" are helpers beside the total, not a part of it.
    const summed = TOTAL.test(chosen.context) ? partsSummingTo(chosen, rest.filter((x) => x.role !== 'staff').map((x) => x.f)) : new Set<Figure>();
    const part = (x: { f: Figure; role: Role }): boolean => (PART.test(x.f.context.slice(-12)) || (x.role !== 'staff' && (partAfter(x.f, chosen) || summed.has(x.f)))) && x.f.value < chosen.value && (x.f.unit === chosen.unit || x.f.unit === '人');
    const staffPart = rest.find((x) => part(x) && x.role === 'staff' && TOTAL.test(chosen.context));
    // "报名300人，实际入园约350人次", "线上预约 120人": who signed up is not kept once who came is counted.
    // "报名72人，决赛现场观众150余人": who signed up competed, the audience watched; both are kept.
    const cameOfThem = /实到|实际|到场|现场|坐了|来了|到了|参加|参与|入园|入场|入馆|到营|签到|看展|观展|参观|接待|actual/iu.test(chosen.context.slice(-8)) && !/观众|观看/u.test(chosen.context.slice(-8));
    const signedUp = (x: { f: Figure; role: Role }): boolean => cameOfThem && SIGNED_UP.test(x.f.context.slice(-8)) && !SIGNED_UP.test(chosen.context.slice(-8));
    const others = rest.filter((x) => !(part(x) && x.role !== 'staff') && !signedUp(x)).map((x) => x.f);
    const withStaff = staffPart ? { total: chosen, staff: staffPart.f } : STAFF_IN_TOTAL.test(chosen.context) && !onlyStaffInTotal(chosen.context) ? { total: chosen } : undefined;
    return { chosen, others, unclear, ...(withStaff ? { withStaff } : {}) };
  };
  // "乡里报的是来了三百人，俺数签到本上就一百八十几个": two counts of the same people disagree; asked, the one
  // the writer made kept until answered.
  const said = people.filter((f) => SAID.test(f.context));
  const counted = people.filter((f) => !said.includes(f) && COUNTED_HERE.test(f.context));
  if (said.length === 1 && counted.length === 1 && said[0]!.value !== counted[0]!.value) {
    const [own, other] = [counted[0]!, said[0]!];
    return { chosen: own, others: people.filter((f) => f !== own && f !== other), unclear: false, conflict: [own, other] };
  }
  // "到场的八十来个 签到的五十三个": who came and who signed in, two counts of the same people; which is asked.
  const signedIn = people.filter((f) => /签到/u.test(f.context.slice(-6)));
  const onSite = people.filter((f) => !signedIn.includes(f) && /到场|现场|来了|在场/u.test(f.context.slice(-6)));
  if (signedIn.length === 1 && onSite.length === 1 && signedIn[0]!.value !== onSite[0]!.value && signedIn[0]!.unit === onSite[0]!.unit) {
    const [own, other] = [onSite[0]!, signedIn[0]!];
    return { chosen: own, others: people.filter((f) => f !== own && f !== other), unclear: false, conflict: [own, other] };
  }
  // "第一天来了70人，第二天来了64人": the days of one event each counted; their sum is the person-times.
  const days = of('present', 'participant', 'audience', 'other').filter((f) => DAY_OF_EVENT.test(f.context.slice(-8)) && !SIGNED_UP.test(f.context.slice(-8)));
  const dayNames = days.map((f) => DAY_OF_EVENT.exec(f.context.slice(-8))?.[0]);
  if (days.length >= 2 && new Set(dayNames).size === days.length && days.every((f) => f.unit === days[0]!.unit)) {
    const sum = days.reduce((n, f) => n + f.value, 0);
    const total: Figure = { ...days[0]!, value: sum, unit: '人次', written: days.map((f) => f.written).join('+'), context: '每天人数相加', approximate: days.some((f) => f.approximate), summedDays: days.map((f) => f.value) };
    const chosen = pick(total);
    return { ...chosen, others: chosen.others.filter((f) => !days.includes(f) && !SIGNED_UP.test(f.context.slice(-8))) };
  }
  const present = of('present');
  // "共接诊咨询312人次（实际人数约260人）": the person-times served and the people behind them, two counts of one event;
  // which one the report takes is asked, the person-times kept until answered.
  const served = present.length === 1 && present[0]!.unit !== '人次' ? people.find((g) => g !== present[0] && g.unit === '人次' && g.value > present[0]!.value && TOTAL.test(g.context) && ['participant', 'audience', 'other'].includes(roleOf(g))) : undefined;
  if (served) {
    const both = pick(served);
    return { ...both, others: both.others.filter((f) => f !== present[0]), conflict: [served, present[0]!] };
  }
  if (present.length > 0) {
    // "报名52人，实到47人": who signed up is not a count once who came is known.
    // "高二全年级262人, 实际来比赛的231人": a larger group of the same people, not written as 应到, is who could
    // have come, not a figure of its own.
    const p = present[0]!;
    // Only a whole group is such a pool ("全年级", "全校"): "家长来了70多位观看" are others who came.
    // "学员48人，实到46人": the same people, the larger count who could have come; not "家长来了70多位观看".
    const pool = (f: Figure): boolean => f.unit === p.unit && f.value > p.value && ['participant', 'audience', 'other'].includes(roleOf(f)) && (/全|整个|所有|全体|年级|总/u.test(f.context) || (f.index < p.index && !/家长|家属|老师|教师|志愿者|观看|观众|群众|居民/u.test(`${f.context.slice(-8)}|${f.noun}|${f.after.slice(0, 6)}`)));
    const chosen = pick(p);
    return { ...chosen, others: chosen.others.filter((f) => !/报名/u.test(f.context) && !EN_SIGNED_UP.test(f.after) && !pool(f)) };
  }
  const participants = of('participant');
  if (participants.length === 1) {
    // "我们班42个同学都参加了，隔壁三班也来了38人", "全校1200名学生，参加作品展示的有300人": another group of
    // the audience, not a part of the participants ("其中") nor their escort, may be counted too; asked.
    const p = participants[0]!;
    const rivals = of('audience').filter((f) => f.unit === p.unit && !PART.test(f.context) && !ESCORT.test(`${f.context}|${f.noun}`) && !MEMBERSHIP.test(f.context.slice(-6)) && !PERFORMER.test(`${f.context}|${f.noun}`));
    // "大班小朋友150人，家长也来了60多个一起参加": the children first, with or without the parents asked.
    // "全校三百来个学生都轮着看了，附近的家长听说了也跑来看，来了四十几个": the parents named in the clauses before their count.
    if (rivals.length === 1 && YOUNG.test(ownWords(rivals[0]!)) && (/家长|家属/u.test(`${p.context.slice(-8)}|${p.noun}`) || (rivals[0]!.index < p.index && !SIGNED_UP.test(rivals[0]!.context.slice(-8)) && /家长|家属/u.test(wordsSinceLastCount(p)) && !YOUNG.test(wordsSinceLastCount(p).replace(/^[^，,。;；]*[，,。;；]/u, '')))) && !TOTAL.test(p.context)) return pick(rivals[0], true);
    return pick(p, rivals.length > 0 && !TOTAL.test(p.context) && !PART.test(p.context) && !sessions([p, ...rivals]));
  }
  if (participants.length > 1) {
    // "共200人参加，其中学生120人": the total; two totals in different units are two counts, asked about.
    const totals = participants.filter((f) => TOTAL.test(f.context));
    if (totals.length === 1) return pick(totals[0]);
    // "报名86人，决赛现场观众200余人": who signed up is not who came; the other figure is.
    const came = participants.filter((f) => !SIGNED_UP.test(f.context.slice(-8)));
    if (came.length === 1 && came.length < participants.length) return pick(came[0]);
    return pick(participants[0], !sessions(participants) && participants.some((f) => f.unit === participants[0]!.unit && f !== participants[0]));
  }
  const audience = of('audience', 'other');
  if (audience.length === 1) return pick(audience[0]);
  // "体验的学生和市民大概三百多人，物理老师4个": teachers beside the one audience are a labelled figure, not a second audience.
  const teachers = audience.filter((f) => /(?:老师|教师|辅导员)$/u.test(f.context.replace(/[^\p{Script=Han}]+$/u, '')) && f.noun === '');
  if (audience.length - teachers.length === 1 && teachers.length > 0) return pick(audience.find((f) => !teachers.includes(f)));
  // "学生620人 老师35人": the pupils took part, their teachers came with them.
  const young = audience.filter((f) => YOUNG.test(ownWords(f)));
  if (young.length === 1 && audience.every((f) => f === young[0] || ESCORT.test(ownWords(f)))) return pick(young[0]);
  // "学生52个，家长40个，一共92人": a total written after the counts that add up to it is who came, both groups.
  const totalOfParts = audience.find((t) => TOTAL.test(t.context.slice(-6)) && partsSummingTo(t, audience.filter((f) => f !== t && f.index < t.index)).size > 0);
  if (totalOfParts) return pick(totalOfParts);
  if (audience.length > 1) return pick(audience[0], !sessions(audience));
  // "评委九位", "志愿者上千人次": the only figure of the message, so they are the ones who took part.
  const staff = of('staff');
  // "一线工程师来了56位，speaker 是外请的2位专家": of two staff figures, the ones who came to the ones invited to teach.
  const cameTo = staff.filter((f) => /(来了|到了|到场|参加了?)\s*$/u.test(f.context.slice(-6)));
  if (cameTo.length === 1 && staff.length >= 2 && staff.every((f) => f === cameTo[0] || /(请|邀请|外请|主讲|授课|讲师|speaker|lecturer)/u.test(`${f.context}|${f.noun}`))) return pick(cameTo[0]);
  // "各校辅导员来了八十来人": no one else is counted, so the ones who came are the participants.
  // Staff as the participants is a guess: "参与评审的专家11人" may be the judges, not who took part; asked.
  // "参赛队员9名，带队老师2名": who competed took part; their coaches did not.
  const competing = staff.filter((f) => /参赛|参评|比赛|竞赛/u.test(f.context.slice(-6)) && !/评委|裁判|评审/u.test(`${f.context.slice(-6)}|${f.noun}`));
  if (competing.length === 1) return pick(competing[0]);
  const lone = staff.length === 1 && !MEMBERSHIP.test(staff[0]!.context.slice(-6));
  const came = lone && PARTICIPATE.test(`${staff[0]!.context}|${staff[0]!.noun}`);
  // Unless they plainly attended ("各学会秘书长和工作人员共31人参加").
  // The only figure of the message ("评委九位", "志愿者上千人次") is who took part.
  // "参与评审的专家11人", "专家累计出动25人次" beside other figures: they did the work; no participants were counted.
  if (lone && !alone && WORKED.test(`${staff[0]!.context}|${staff[0]!.noun}`)) return pick(undefined);
  // "验收组专家4人": the only people counted came to inspect; whether anyone else took part is asked.
  if (lone && alone && /验收|检查|督导|考核|评估/u.test(`${staff[0]!.context}|${staff[0]!.noun}`)) return pick(staff[0], true);
  const attended = alone || (lone && /参加|参会|参训|到会|到场|来了|出席|听讲|听课/u.test(`${staff[0]!.context}|${staff[0]!.noun}`));
  return (alone || came) && lone ? pick(staff[0], !attended) : pick(undefined);
}

/** Who a figure counts, from its own words: "86个学生+6个老师" → 老师 for the 6, not the 学生 before it. */
function ownWords(f: Figure): string {
  const tail = f.context.replace(/^.*(?:[\d+＋加和及与、]|\bplus\b|\band\b|\bwith\b)/u, '');
  return `${tail}|${f.noun}|${f.written.replace(/^[\d\s.,]+/u, '')}`;
}

/** The English word right after a figure's unit ("6 位 staff"), else ''. */
function englishAfter(f: Figure): string {
  return /^\s*[a-z]+/u.exec(f.after)?.[0] ?? '';
}

/** "上午120人，下午90人": one event's sessions, not two audiences. */
function sessions(figures: readonly Figure[]): boolean {
  return figures.every((f) => /(上午|下午|晚上|第[一二三四五]场|首场|次场)/u.test(f.context));
}

/** "报名的有70个家庭" and no count of who came: the sign-ups may not all have come. */
export function onlySignedUp(chosen: Figure | undefined, people: readonly Figure[]): boolean {
  return chosen !== undefined && SIGNED_UP.test(chosen.context.slice(-8)) && !/实到|实际|来了|到了|到场|参加了/u.test(chosen.context.slice(-8)) && people.every((f) => f === chosen || roleOf(f) === 'staff');
}

/** "我们去了消防员和文员一共14人": every one the total names is a helper; no audience is among them. */
function onlyStaffInTotal(context: string): boolean {
  const m = /(?:加上|和|与|及|连同|算上)([^，,。;；\d]{0,10}?)(?:一共|共计|合计|总共|共)[^，,。;；\d]{0,3}$/u.exec(context);
  return m !== null && STAFF.test(m[1] ?? '') && !AUDIENCE.test((m[1] ?? '').replace(STAFF, ''));
}
