// Which figure of people is the participants: one figure with one unit. 实到 over 应到; volunteers, experts,
// teachers who teach and staff are labelled figures ("人(志愿者)"); two audiences with nothing to tell
// them apart are a question, not a guess.
import { wordsSinceLastCount, type Figure } from './message-figures.js';
import { leadingPeopleNoun } from './people-words.js';
import { peopleWords } from './people-nouns.js';
import { POST_WORDS } from './figure-words.js';
import { awardedParts, deedParts, outcomeParts, partAfter, partsSummingTo, triedParts } from './headcount-parts.js';
import { AUDIENCE, DAY_OF_EVENT, JOINED_ADDED, EN_SIGNED_UP, EN_SIGNED_UP_BEFORE, ESCORT, MEMBERSHIP, PART, PARTICIPATE, PERFORMER, SERVING_TEAM_JOINED, SIGNED_UP, STAFF, TOTAL, WORKED, YOUNG, roleOf, type Role, STAFF_IN_TOTAL, VISITED, onlyStaffInTotal, halfDayOf } from './headcount-roles.js';
export { HELPING, roleOf, SENT_BY_UNIT, type Role } from './headcount-roles.js';

/** The place a part of the day was held at ("下午在西村放电影…", "上午到城南小学…"). */
const HALF_PLACE = /(?:在|到|去)(\p{Script=Han}{1,8}?(?:村|社区|小区|学校|小学|中学|幼儿园|镇|乡|街道|广场|公园|馆|站|中心|公司|厂|企业))/u;

/**
 * Whether the parts of one day's event counted different people: each names its own people or its own place, and no
 * two name the same ("上午来了村民50人，下午学生70人"). "上午开幕式来了200人，下午分组活动150人" names neither: the
 * afternoon's are the morning's crowd again.
 */
function halvesApart(halves: readonly Figure[]): boolean {
  const distinct = (words: (string | undefined)[]): boolean => words.every((w) => w !== undefined) && new Set(words).size === words.length;
  const own = (f: Figure): string => `${f.context.slice(f.context.search(/上午|下午|晚上|中午|早上/u))}|${f.noun}`;
  return distinct(halves.map((f) => AUDIENCE.exec(own(f))?.[0])) || distinct(halves.map((f) => HALF_PLACE.exec(own(f))?.[1]));
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


/** A count someone else gave, or a sign-in sheet's. */
const SAID = /(报的|报上来|上报的|说是|说有|说签到|签到登记|签到表上|那边报)/u;
/** A count the writer made. */
const COUNTED_HERE = /(我数|俺数|数了|数下来|清点|我们这边|我这边|我们现场)/u;

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

/** In English, people who looked on rather than took part: "40 parents watching", "parents cheering from the side". */
const LOOKING_ON = /^\s*(?:were\s+|was\s+)?(?:watching|looking on|sitting in|cheering|observing|in the audience)/u;

/** "家长二十多个在走廊上等", "家属在门外候着", "家长40个左右在后面站着看": who waited or looked on came along, not took part. */
const WAITED = /^(?:左右|上下|出头)?[^，,。;；\d]{0,3}?(?:在[^，,。;；\d]{1,8}?(?:等|候|坐着等|站着看|坐着看)|等着|等候|候着)/u;

const waited = (f: Figure): boolean => WAITED.test(f.rest ?? f.after.slice(f.noun.length));

/** Who watched or listened: an audience. */
const WATCHERS = /(观众|观看|听众|围观)/u;
/** Who performed or competed on stage, right before their count ("学员参演二十六人"). */
const PERFORMED = /(?:参演|演出|表演|登台|上台)\s*$/u;

/** The public an event served, named before or after its count. */
const PUBLIC = /(群众|居民|村民|市民|游客|观众|听众|农户|老人|学生)/u;
/** The sender's own people who took part ("参与干部", "参加的职工"): they ran the event beside the public served. */
const OWN_PEOPLE = /(?:参与|参加|出动)(?:的)?(?:干部|职工|员工|干警|党员干部|工作人员)\s*$/u;
/** "干警12人参加", "工作人员8人参与": the same, the noun before the count and 参加 after it. */
const OWN_PEOPLE_BEFORE = /(?:干部|干部职工|员工|干警|党员干部|工作人员)\s*$/u;
const TOOK_PART_AFTER = /^[^，,。;；\d\p{Script=Han}]{0,2}(?:参加|参与)(?![^，,。;；]{0,6}(?:培训|学习|考试|比赛|竞赛|会议|座谈))/u;
/** A public the event served, by the verb right before its count ("服务群众150余人", "接待居民约300人次"). */
const SERVED_PUBLIC = /(?:服务|接待|惠及)(?:了)?(?:的)?(?:群众|居民|村民|市民|游客|农户|老人|师生|人员)?\s*(?:约|近|达|超过|共)?\s*$/u;
/** Went out or were organised to go ("去了老同志", "组织了协会里"), right before a count. */
const WENT_OUT = /(?:去了|组织了|带了|派了|出动了?)[^，,。;；\d去组带派]{0,6}$/u;
/** "参与民兵32名", "参与的党员有20名": beside a public served, whoever else took part served it (not a public word). */
const SERVERS = /(?:参与|出动)(?:的)?(\p{Script=Han}{1,5}?)(?:有|共)?\s*$/u;
const server = (f: Figure): boolean => {
  const m = SERVERS.exec(f.context.slice(-10));
  return m !== null && !PUBLIC.test(`${m[1] ?? ''}|${f.noun}`) && !/家长|家属|儿童|孩子|小朋友|青少年|观众|听众/u.test(`${m[1] ?? ''}|${f.noun}`);
};

/** Chooses the participants among the figures of people of one record. */
export function chooseHeadcount(people: readonly Figure[], alone = false): HeadcountChoice {
  const visited = visitedGroups(people);
  if (visited.length >= 2) {
    const sum: Figure = { ...visited[0]!, value: visited.reduce((n, f) => n + f.value, 0), written: visited.map((f) => f.written).join('+'), approximate: visited.some((f) => f.approximate) };
    return chooseHeadcount([sum, ...people.filter((f) => !visited.includes(f))], alone);
  }
  // "total 42 people came（23 kids + 19 parents）", "34 kids + 26 parents, so ~60 people in the room": counts side by
  // side that add up exactly to a count written right beside them are its parts, no second audience.
  // "五年级学生210人，加上旁听的家长一共260人": the total with the others added is who came, the first count a part.
  const parts = sideParts(people);
  if (parts.length > 0) return chooseHeadcount(people.filter((f) => !parts.includes(f)), alone);
  // Who tried something at the event or a screening found are a part of who came, no audience of their own.
  const tried = triedParts(people);
  if (tried.length > 0) return chooseHeadcount(people.filter((f) => !tried.includes(f)), alone);
  // "参训58人，考核合格51人": who passed are a part of who took part; kept beside them as a figure of their own.
  const passed = outcomeParts(people);
  if (passed.length > 0) {
    const rest = chooseHeadcount(people.filter((f) => !passed.includes(f)), alone);
    // "共培训师生150名，其中心肺复苏实操考核合格87名": a 其中 subset is no figure of its own (as 其中 parts elsewhere).
    const kept = passed.filter((f) => !people.some((g) => g !== f && g.value > f.value && partAfter(f, g)));
    return { ...rest, others: [...rest.others, ...kept] };
  }
  const awarded = awardedParts(people);
  if (awarded.length > 0) return chooseHeadcount(people.filter((f) => !awarded.includes(f)), alone);
  // "线下咨询群众约380人，其中现场帮助下载APP 260人": a part after a count's 其中 is no second audience (the helpers
  // inside a total are kept, asked about).
  // "5天 total visitors 约650人次，其中 5/20 那天的体验课 40人": a part in 人 of a total in 人次 too.
  const ofWhich = people.filter((f) => roleOf(f) !== 'staff' && people.some((g) => g !== f && g.value > f.value && (g.unit === f.unit || f.unit === '人') && partAfter(f, g) && !PART.test(g.context.slice(-12))));
  if (ofWhich.length > 0) return chooseHeadcount(people.filter((f) => !ofWhich.includes(f)), alone);
  // After any 其中 part (no figure of its own): "群众约800人…现场签名承诺526人": who did a deed of their own there are some of who came, kept as their own figure.
  const deeds = deedParts(people);
  if (deeds.length > 0) {
    const rest = chooseHeadcount(people.filter((f) => !deeds.includes(f)), alone);
    return { ...rest, others: [...rest.others, ...deeds] };
  }
  // "观众大约四百人，我校学员参演二十六人": who performed, beside the audience that watched them, are a labelled figure.
  // "演练由公司抢修队职工35人参与，…居民约150人现场观摩": a drill or show done by the named people, watched by others.
  const watched = people.some((f) => WATCHERS.test(`${f.context.slice(-6)}|${f.noun}`)) || people.some((f) => /^[^，,。;；\d]{0,3}(?:观摩|观看|围观)/u.test(f.after) && roleOf(f) !== 'staff');
  // "周边居民观摩约两百人，参演人员35名": a drill's own crew (参演人员, 参演队伍), beside those who watched it, ran it. Not
  // "企业员工参演160人，观摩人员40人": the staff a drill trains are who it served.
  const observed = people.some((f) => /观摩/u.test(`${f.context.slice(-6)}|${f.noun}`) && roleOf(f) !== 'staff');
  const crew = (f: Figure): boolean => observed && /参演(?:的)?(?:人员|队伍|队员|力量)\s*$/u.test(f.context.slice(-8));
  const doneBy = (f: Figure): boolean => /(?:演练|演示|表演|演出)[^，,。;；\d]{0,3}由[^，,。;；\d]{0,14}$/u.test(f.context);
  // "咨询群众230人次…参与干部9人": the sender's own cadres or workers who took part, beside the public it served, ran it.
  const publicServed = people.some((f) => PUBLIC.test(`${f.context.slice(-4)}|${f.noun}`) && !OWN_PEOPLE.test(f.context.slice(-6)));
  // "去了老同志十一个，义诊量血压的村民一百三十来人", "组织了协会里3位女专家…听课村民六十来人": beside a public
  // counted, the sender's own people who went out or were organised to go served it.
  const wentOut = (f: Figure): boolean => publicServed && WENT_OUT.test(f.context.slice(-12)) && !PUBLIC.test(`${f.context.slice(-8)}|${f.noun}`) && !YOUNG.test(`${f.context.slice(-8)}|${f.noun}|${f.after.slice(0, 8)}`) && !AUDIENCE.test(`${f.context.slice(-8)}|${f.noun}`);
  const read = people.map((f) => ({ f, role: crew(f) || wentOut(f) || (watched && (PERFORMED.test(f.context.slice(-4)) || doneBy(f))) || (watched && /^(?:参演|演出|登台表演|上台表演)/u.test(f.after)) || (publicServed && (OWN_PEOPLE.test(f.context.slice(-8)) || (OWN_PEOPLE_BEFORE.test(f.context.slice(-6)) && TOOK_PART_AFTER.test(f.after)))) || (people.some((g) => g !== f && SERVED_PUBLIC.test(g.context.slice(-10))) && !SERVED_PUBLIC.test(f.context.slice(-10)) && server(f)) ? 'staff' as Role : roleOf(f) }));
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
    // "报名300人，实际入园约350人次", "线上预约 120人", "registration报了150人": who signed up is not kept once who came is counted.
    // "报名72人，决赛现场观众150余人": who signed up competed, the audience watched; both are kept.
    const cameOfThem = /实到|实际|到场|现场|坐了|来了|到了|参加|参与|入园|入场|入馆|到营|签到|看展|观展|参观|接待|actual/iu.test(chosen.context.slice(-8)) && !/观众|观看/u.test(chosen.context.slice(-8));
    const signedUp = (x: { f: Figure; role: Role }): boolean => cameOfThem && (SIGNED_UP.test(x.f.context.slice(-8)) || EN_SIGNED_UP_BEFORE.test(x.f.context.slice(-20))) && !SIGNED_UP.test(chosen.context.slice(-8));
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
  // "上午来了居民40人，下午村干部共计60人参加": the audiences of the parts of one day's event, each counted once, add up.
  const halves = of('present', 'participant', 'audience', 'other').filter((f) => halfDayOf(f) !== undefined && !SIGNED_UP.test(f.context.slice(-8)) && !PART.test(f.context));
  if (halves.length >= 2 && halves.length === people.filter((f) => roleOf(f) !== 'staff').length && new Set(halves.map(halfDayOf)).size === halves.length && halves.every((f) => f.unit === halves[0]!.unit) && halvesApart(halves)) {
    const sum = halves.reduce((n, f) => n + f.value, 0);
    const total: Figure = { ...halves[0]!, value: sum, written: halves.map((f) => f.written).join('+'), context: '各时段人数相加', approximate: halves.some((f) => f.approximate) };
    const chosen = pick(total);
    return { ...chosen, others: chosen.others.filter((f) => !halves.includes(f)) };
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
    // "新生全来了，612人～另外有30个同学报名心理委员培训": the people whose own words say they signed up (for this or for
    // something later) are not who came, when one other count of people is written beside them.
    const cameInstead = signedUpAfter(p) ? of('audience', 'other').filter((f) => f.unit === p.unit && !signedUpAfter(f) && !SIGNED_UP.test(f.context.slice(-8))) : [];
    if (cameInstead.length === 1) return pick(cameInstead[0]);
    // "kids 28人，…来了35位家长": the young named in English are of the audience too.
    const rivals = [...of('audience'), ...of('other').filter((f) => YOUNG.test(ownWords(f)))].filter((f) => f.unit === p.unit && !PART.test(f.context) && !ESCORT.test(`${f.context}|${f.noun}`) && !waited(f) && !MEMBERSHIP.test(f.context.slice(-6)) && !PERFORMER.test(`${f.context}|${f.noun}`));
    // "大班小朋友150人，家长也来了60多个一起参加": the children first, with or without the parents asked.
    // "全校三百来个学生都轮着看了，附近的家长听说了也跑来看，来了四十几个": the parents named in the clauses before their count.
    if (rivals.length === 1 && YOUNG.test(ownWords(rivals[0]!)) && (/家长|家属/u.test(`${p.context.slice(-8)}|${p.noun}`) || (rivals[0]!.index < p.index && !SIGNED_UP.test(rivals[0]!.context.slice(-8)) && /家长|家属/u.test(wordsSinceLastCount(p)) && !YOUNG.test(wordsSinceLastCount(p).replace(/^[^，,。;；]*[，,。;；]/u, '')))) && !TOTAL.test(p.context)) return pick(rivals[0], true);
    // "五六年级 两百一十人 老师来了六个": teachers who came, beside the one count of their pupils, came with them.
    if (rivals.length === 1 && YOUNG.test(ownWords(rivals[0]!)) && /(?:老师|教师|辅导员)们?(?:也|都)?(?:来了|到了|去了)\s*$/u.test(p.context) && p.noun === '' && p.value < rivals[0]!.value) return pick(rivals[0]);
    return pick(p, rivals.length > 0 && !TOTAL.test(p.context) && !PART.test(p.context) && !sessions([p, ...rivals]));
  }
  if (participants.length > 1) {
    // "共200人参加，其中学生120人": the total; two totals in different units are two counts, asked about.
    const totals = participants.filter((f) => TOTAL.test(f.context));
    if (totals.length === 1) return pick(totals[0]);
    // "报名86人，决赛现场观众200余人": who signed up is not who came; the other figure is.
    const came = participants.filter((f) => !SIGNED_UP.test(f.context.slice(-8)));
    if (came.length === 1 && came.length < participants.length) return pick(came[0]);
    // "参加的小朋友36名（家长另有二十多位陪着）": the children took part, the parents written as besides them came
    // along. Not "娃娃来了35个，家长跟着来了12个，都坐着听完的": parents who came too sat and listened.
    const besides = (f: Figure): boolean => /(?:家长|家属)(?:另有|另外)/u.test(ownWords(f));
    const young = participants.filter((f) => YOUNG.test(ownWords(f)) && !besides(f));
    if (young.length === 1 && participants.every((f) => f === young[0] || besides(f))) return pick(young[0]);
    // "全校学生一千一百二十个都参加了老师六十个": teachers named after the pupils' count came with them.
    const teacherOnly = (f: Figure): boolean => /(?:老师|教师)[^，,。;；\d]{0,2}$/u.test(wordsSinceLastCount(f)) && !YOUNG.test(wordsSinceLastCount(f));
    const pupils = participants.filter((f) => YOUNG.test(wordsSinceLastCount(f)) && !teacherOnly(f));
    if (pupils.length === 1 && participants.every((f) => f === pupils[0] || (teacherOnly(f) && f.index > pupils[0]!.index))) return pick(pupils[0]);
    return pick(participants[0], !sessions(participants) && participants.some((f) => f.unit === participants[0]!.unit && f !== participants[0]));
  }
  const audience = of('audience', 'other');
  if (audience.length === 1) return pick(audience[0]);
  // "体验的学生和市民大概三百多人，物理老师4个": teachers beside the one audience are a labelled figure, not a second audience.
  const teachers = audience.filter((f) => /(?:老师|教师|辅导员)$/u.test(f.context.replace(/[^\p{Script=Han}]+$/u, '')) && f.noun === '');
  if (audience.length - teachers.length === 1 && teachers.length > 0) return pick(audience.find((f) => !teachers.includes(f)));
  // "学生620人 老师35人": the pupils took part, their teachers came with them.
  const young = audience.filter((f) => YOUNG.test(ownWords(f)));
  // "64 kids took part, plus about 40 parents watching": parents who looked on came with the children.
  // "小朋友63个，家长40个左右在后面站着看": parents who waited or looked on, the same.
  if (young.length === 1 && audience.every((f) => f === young[0] || ESCORT.test(ownWords(f)) || (/家长|家属|parents/u.test(ownWords(f)) && waited(f)) || (/\b(?:parents|families|grandparents)\b/u.test(ownWords(f)) && LOOKING_ON.test(f.after)))) return pick(young[0]);
  // "学生52个，家长40个，一共92人": a total written after the counts that add up to it is who came, both groups.
  const totalOfParts = audience.find((t) => TOTAL.test(t.context.slice(-6)) && partsSummingTo(t, audience.filter((f) => f !== t && f.index < t.index)).size > 0);
  if (totalOfParts) return pick(totalOfParts);
  // "来的娃娃头天四十个，后两天每天五十个，加起来一共一百四十人次", "每个中队四十人左右，总共三百二十来人": a total
  // written right after smaller counts (a day's, each group's) is who came; those counts are its parts.
  const lastCount = [...audience].sort((a, b) => a.index - b.index).pop();
  const partsBefore = lastCount && TOTAL.test(lastCount.context.slice(-6)) ? audience.filter((f) => f !== lastCount) : [];
  if (lastCount && partsBefore.length > 0 && partsBefore.every((f) => f.index < lastCount.index && lastCount.index - f.index <= 40 && f.value < lastCount.value && !TOTAL.test(f.context) && (f.unit === lastCount.unit || f.unit === '人'))) {
    const whole = pick(lastCount);
    return { ...whole, others: whole.others.filter((f) => !partsBefore.includes(f)) };
  }
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
  // Not "组织技术员8人参加县专家服务团赴某乡服务": joining a team that serves others is running it, not attending.
  const came = lone && PARTICIPATE.test(`${staff[0]!.context}|${staff[0]!.noun}`) && !SERVING_TEAM_JOINED.test(staff[0]!.after);
  // Unless they plainly attended ("各学会秘书长和工作人员共31人参加").
  // The only figure of the message ("评委九位", "志愿者上千人次") is who took part.
  // "参与评审的专家11人", "专家累计出动25人次" beside other figures: they did the work; no participants were counted.
  if (lone && !alone && WORKED.test(`${staff[0]!.context}|${staff[0]!.noun}`)) return pick(undefined);
  // "基地通过评审验收，评审专家5人": an inspection of the sender's own place, the only people counted those who
  // judged it; no one took part in it as an audience.
  if (lone && alone && /(?:评审|评委|专家|验收组|督导组)/u.test(`${staff[0]!.context.slice(-6)}|${staff[0]!.noun}`) && /通过[^，,。;；\d]{0,16}(?:验收|评估|评审|考评|复核|认定)/u.test(staff[0]!.lead ?? '')) return pick(undefined);
  // "申报县级科普教育基地…专家组5人来现场验收": experts who came to inspect the place the sender applied for; no audience.
  if (lone && alone && /(?:评审|评委|专家|验收组|督导组)/u.test(`${staff[0]!.context.slice(-6)}|${staff[0]!.noun}`) && /^[^，,。;；\d]{0,6}?(?:验收|评审|评估|考评|复核)/u.test(staff[0]!.after) && /申报|创建|申请|认定/u.test(staff[0]!.lead ?? '')) return pick(undefined);
  // "验收组专家4人": the only people counted came to inspect; whether anyone else took part is asked.
  if (lone && alone && /验收|检查|督导|考核|评估/u.test(`${staff[0]!.context}|${staff[0]!.noun}`)) return pick(staff[0], true);
  const attended = alone || (lone && /参加|参会|参训|到会|到场|来了|出席|听讲|听课/u.test(`${staff[0]!.context}|${staff[0]!.noun}`));
  return (alone || came) && lone ? pick(staff[0], !attended) : pick(undefined);
}

/** Counts of people that are parts of a total written right beside them (see chooseHeadcount). */
const ADDED_UNCOUNTED = /(?:加上|连同|算上|再加上)([^。！!？?；;\d\n〇一二两三四五六七八九十百千万]{1,14}?)[，,]?\s*(?:一共|总共|共计|合计|总计)[^，,。;；\d]{0,2}$/u;
const ALSO_CAME_UNCOUNTED = /[，,、]\s*([^，,。;；!！?？\d\n]{1,12}?)也(?:都)?(?:去了|来了|到了|参加了|来听了|去听了|来看了|去看了)[^，,。;；\d]{0,3}[，,]\s*(?:一共|总共|共计|合计|总计)[^，,。;；\d]{0,4}$/u;
function sideParts(people: readonly Figure[]): Figure[] {
  const byIndex = [...people].sort((a, b) => a.index - b.index);
  for (const t of byIndex) {
    if (roleOf(t) === 'staff') continue;
    const fits = (f: Figure): boolean => roleOf(f) !== 'staff' && f.value < t.value && (f.unit === t.unit || f.unit === '人');
    // "学生186个全去看了，加上来看热闹的家长，一共两百出头": a group added with no count of its own, then the total.
    const since = wordsSinceLastCount(t);
    const addedUncounted = ADDED_UNCOUNTED.exec(since);
    // "我们局里12个人去听了…，住建局的也去了，总共差不多70人": another group came too, with no count of its own.
    const alsoCame = ALSO_CAME_UNCOUNTED.exec(since);
    if ((JOINED_ADDED.test(t.context) && !STAFF_IN_TOTAL.test(t.context)) || (addedUncounted !== null && !STAFF.test(addedUncounted[1] ?? '')) || (alsoCame !== null && !STAFF.test(alsoCame[1] ?? ''))) {
      // The count right before it, in its sentence.
      const last = byIndex.slice(0, byIndex.indexOf(t)).pop();
      const between = last && t.lead !== undefined && t.index - last.index <= t.lead.length ? t.lead.slice(t.lead.length - (t.index - last.index)) : undefined;
      // Beyond the words kept before the total, the group that also came names the count before it as theirs.
      const seen = between ?? (alsoCame !== null && last !== undefined && t.index - last.index <= 80 ? since : undefined);
      if (last && fits(last) && seen !== undefined && !/[。！!？?；;\n]/u.test(seen)) return [last];
    }
    const at = byIndex.indexOf(t);
    // The run right after it (in brackets) or right before it.
    for (const run of [byIndex.slice(at + 1), byIndex.slice(0, at).reverse()]) {
      let sum = 0;
      const taken: Figure[] = [];
      for (const f of run) {
        if (!fits(f)) break;
        sum += f.value;
        taken.push(f);
        if (sum >= t.value) break;
      }
      if (sum === t.value && taken.length >= 2) return taken;
    }
  }
  return [];
}

/** Who a figure counts, from its own words: "86个学生+6个老师" → 老师 for the 6, not the 学生 before it. */
function ownWords(f: Figure): string {
  const tail = f.context.replace(/^.*(?:[\d+＋加和及与、]|\bplus\b|\band\b|\bwith\b)/u, '');
  return `${tail}|${f.noun}|${f.written.replace(/^[\d\s.,]+/u, '')}`;
}

/** "30个同学报名心理委员培训", "有25个学生报了名": people who signed up, said by the verb right after who they are. */
export function signedUpAfter(f: Figure): boolean {
  // Not "（原报名92人…": an earlier sign-up in brackets after the count.
  return /^(?!原)\p{Script=Han}{0,6}?(?:报名|报了名|预约)/u.test(f.after);
}

/** "上午120人，下午90人": one event's sessions, not two audiences. */
function sessions(figures: readonly Figure[]): boolean {
  return figures.every((f) => /(上午|下午|晚上|第[一二三四五]场|首场|次场)/u.test(f.context));
}

/** "报名的有70个家庭" and no count of who came: the sign-ups may not all have come. */
export function onlySignedUp(chosen: Figure | undefined, people: readonly Figure[]): boolean {
  return chosen !== undefined && SIGNED_UP.test(chosen.context.slice(-8)) && !/实到|实际|来了|到了|到场|参加了/u.test(chosen.context.slice(-8)) && people.every((f) => f === chosen || roleOf(f) === 'staff');
}

