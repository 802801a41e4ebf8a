// One record from one part of a message: its day, headcount, other figures with their labels, flags and doubts.
import { daysBetween, type CivilDate } from '../dates/civil-date.js';
import type { DateHit } from './message-dates.js';
import type { Figure, UnreadNumber } from './message-figures.js';
import { gateFigures, unreadDoubts } from './figure-gate.js';
import { chooseHeadcount, onlySignedUp, roleOf } from './headcount.js';
import { halfDayOf } from './headcount-roles.js';
import { outcomeOf, partAfter, partsSummingTo } from './headcount-parts.js';
import { roleLabel, roleNoun, writtenRoleLabel } from './people-label.js';
import type { Segment } from './report-split.js';
import { UNKNOWN_COUNT_WORDS } from './report-parts.js';
import { titleOf, withKind } from './report-title.js';
import { PLAUSIBLE, recordDoubts, unsureCount } from './report-doubts.js';
import type { ReadRecord } from './report-reading.js';
import { FORGOT_DAY } from './report-words.js';
import { HONOURED_AFTER } from './figure-words.js';

/** The words a table row with an empty count carries, not part of its name. */
const UNKNOWN_TITLE = /\s*[（(]?人数未填[)）]?/u;

/** "刚结束", "刚刚办完", "just wrapped up": the event ended just now (not "寒假刚结束", a holiday over). */
const JUST_ENDED = /(?<![假期周月年季节])\s*刚刚?才?(?:结束|办完|搞完|讲完|散场|散会|收场)|\bjust (?:finished|ended|wrapped up)\b/u;

/** Time words that, when no date was read from them, mean the day is not today: a month, a year, a term, a season. */
const UNREAD_TIME = /(\d{1,2}|[一二三四五六七八九十]{1,2})月(?!\d|[一二三四五六七八九十])|(?:19|20)\d{2}\s*年|这一年|全年(?!级)|今年|去年|本学期|这学期|上学期|季度|上半年|下半年|暑假|寒假|暑期|年度|清明|端午|中秋|重阳|春节|元宵|元旦|国庆|五一|劳动节|儿童节|教师节|学雷锋|科技周|活动周|科普日|减灾日/u;

/**
 * Loose words for a time past (前期, 前些日子, 前阵子, 那几天, 过年, 最近): with no day read, they say the day is some
 * other than today, and not which; it is asked. 前期 and 日前 only open a clause ("前期报名的有…" is who signed up first).
 */
const LOOSE_PAST = /(?:^|[\s，,。：:；;！!])(?:前期|日前|近日|近期)(?!报名|准备|筹备|宣传|对接|调研|摸底|动员|预热|工作|投入)|前些(?:日子|天|时候|时间)|前(?:一)?阵子?|前(?:一)?段时间|[那这]几天|[那这]段时间|最近|过年|(?<![\d一二两三四五六七八九十几多去今明])年前|节前|节后/u;

/**
 * "全国科普日 我们村联动活动 到场接龙👇": a sign-in roster filled in at the event, naming only the observance it is held for,
 * is of the day it is sent, not a period.
 */
const LIVE_ROSTER = /(?:到场|签到|报到|现场)接龙/u;
const OBSERVANCE_ONLY = /科技周|活动周|科普日|减灾日|学雷锋/gu;
const liveRoster = (text: string): boolean => LIVE_ROSTER.test(text) && !UNREAD_TIME.test(text.replace(OBSERVANCE_ONLY, ' '));

/** "那个讲座", "那场培训": one event pointed at, not a period's work. */
const ONE_EARLIER_EVENT = /(?:那个|那场|那期)[^，,。;；\d]{0,6}?(?:讲座|培训|活动|比赛|竞赛|展览|课|会|宣讲|演练)/u;
/** "之前说的", "上次提到的", "前面报过的那个": an event named in an earlier message, not dated in this one. */
const SPOKEN_OF_BEFORE = /(?:之前|以前|上次|上回|前面|前几天|早先|先前)(?:[跟和给对同](?:你们|你|您))?(?:说|讲|提|提到|报|定|约|商量)(?:过)?的/u;
/** "上次那个中医养生讲座", "上回办的培训": the last event of its kind, named not dated ("比上次的多" compares). */
const THE_LAST_ONE = /(?<![比跟和同较于])(?:上次|上回|上一次|上一回)(?:那[个個场場期次回]|[办辦搞开開]?的那?[个個场場期]?)[^，,。;；！!？?\d]{0,12}?(?:讲座|講座|培训|培訓|training|活动|活動|课|課|宣讲|宣講|演练|演練|展览|展覽|比赛|比賽)/u;

/** "上周", "上个礼拜": a week as a whole, written with no day. */
const WHOLE_WEEK = /^(?:上个?(?:周|星期|礼拜)|last week)$/iu;
/** "放了一场", "讲了一堂课", "办过一次": one occasion, not a week's work. */
const ONE_OCCASION = /(?:[了过]|(?<![共计合总]))(?:一|1)\s*(?:场|堂|次|回)(?![数次])|[了过](?:场|堂)(?![数次])/u;
/** "共…", "累计…", "每天…", "接待…": a week's total, rightly dated by the week. */
const WEEK_TOTAL = /共|累计|合计|加起来|每天|每日|天天|接待|轮流|分别|[二两三四五六七八九十\d]\s*(?:场|次|期|批|堂)/u;

/** Words that say people came or were counted as coming: a figure of people with these could be the participants. */
const CAME = /(来了|到了|挤了|报上来|来的|到场|参加|参与|观众|听众)/u;

/** A label read from the words before a count that holds a count or asks about one: no name of who was counted. */
const PIECES = /人数|还是|\d|[〇一二两三四五六七八九十百千万]{2,}/u;

/** Words that say households came to watch, or were among those who came. */
const AUDIENCE_PART = /其中|(?:赶|跑|专门|特意|特地)[^|]{0,6}来|过来看|来看的|来参加/u;

/** The words before a count that tell those of the people who came who did or passed something ("咨询的有", "考核通过了"). */
const SOME_OF_THEM = /(?:^|个)[^，,。;；\d个]{0,10}?(?:的(?:有|是)|(?:考核|考试|测试|测验)?(?:通过|合格|及格|达标|答对|结业)了?)$/u;

/** What counts firms and bodies, not households: "会员企业", "合作社". */
const ORGANIZATION = /(企业|公司|单位|合作社|机构|商家|厂|协会|学会|医院|学校|银行)/u;
/** "评出一等奖", "获二等奖", "金奖": those given a prize. */
const AWARDED = /(?:一等奖|二等奖|三等奖|特等奖|优秀奖|金奖|银奖|铜奖|鼓励奖)\s*$/u;

/**
 * "表彰“最美供电工匠”3名", "评选出2026年度“优秀科普志愿者”10位", "表彰「科技致富带头人」五名": people honoured under a quoted title of a person are
 * people beside the headcount, labelled by the honour (not a bare 名, nor the 志愿者 inside the honour's words).
 */
const HONOUR = /[“"「『'‘]([^”"」』'’，,。;；]{2,14}?(?:工匠|工作者|技术员|人才|人物|之星|标兵|能手|模范|达人|医生|村医|教师|老师|员|师|者|家|带头人|能人|传承人|人))[”"」』'’]\s*(?:称号)?\s*(?:获得者|获奖者)?\s*$/u;
function honourOf(f: Figure): string | undefined {
  if (f.people) {
    const after = HONOURED_AFTER.exec(f.after)?.[0];
    if (after) return after;
  }
  // "评出“最美科技工作者” 2 名": the title closes the words before the count, which then start after it.
  return /^(?:名|位|人)$/u.test(f.unit) ? HONOUR.exec(f.context)?.[1] ?? (f.context.trim() === '' ? HONOUR.exec((f.lead ?? '').trimEnd())?.[1] : undefined) : undefined;
}

/** What a figure counts, from the words before it ("发了宣传页2400张" → 宣传页; "摆了8个展位" → 展位), without the verb. */
function labelOf(f: Figure): string | undefined {
  const before = f.context.replace(/^(并|和|及|共|共计|累计)/u, '').replace(/^[\p{Script=Han}]{1,2}了/u, '').trim();
  const label = before.length >= 2 ? before : f.noun.length >= 2 ? f.noun : f.context.trim();
  return /\p{Script=Han}{2,}/u.test(label) && label.length <= 12 ? label : undefined;
}

/** The writer leaving a thing out of the report ("这个不算科普吧就不报了", "不用记"). */
// In the figure's own clause or opening the next one: "发资料200份，志愿者10人不计入参与人数" leaves out the volunteers,
// not the handouts.
const NOT_REPORTED = /^[^，,。！!？?\n；;]{0,10}?(?:[，,]\s*)?(?:这个|这项|这些|那个)?(?:不算科普|不算活动|就不报了?|不用报|不报了|不用记|不计入)/u;

/** A clause opening on going out to others ("，深入周边村组", "，分赴各社区"). */
const OUT_TO = /^\s*[，,]\s*(?:深入|走访|进村|入户|上门|分赴|下沉)/u;

/** Households counted as who came ("家长带小孩来的有", "参加的家庭"). */
const CAME_AS_HOUSEHOLDS = /(?:来|到|参加|参与|接待)[^，,。;；\d]{0,3}(?:有|是|共|约)?\s*$/u;

/** A label that names a thing ("视频号", "微博转发"), not a doing told again ("后来又补发了"). */
const namesThing = (label: string): boolean => !/(了|的|成|为)$/u.test(label) && !/^(又|再|还|另外|后来|然后|加上|补)/u.test(label);

/**
 * One record from one part of a message. Every figure enters it through the gate (figure-gate.ts): what the reader
 * cannot name is asked, once, never stored as read. `unread` and `loose`: the part's counts left without a known unit.
 */
/** "基本一户来一个人", "一家出一个人": one person from each household came, said right after the households counted ("一户一人" with no verb is a rule of attendance, found f007). */
const ONE_EACH_HOUSEHOLD = /^[^。；;\n]{0,8}?(?:基本上?|差不多|大都|大多)?\s*(?:一|每)(?:户|家)(?:就)?(?:来|出|派|到)了?(?:一|1)\s*(?:个|位|名)?(?:人|代表)/u;

/**
 * Labels of people who give or run an event (飞手 who flew the demo, 讲师 who taught): never a second audience.
 * Not teachers: they may have come with their pupils, or the pupils may be the ones who served.
 */
const RUNNERS = /^(?:人\()?(?:讲师|专家|飞手|医生|教练|讲解员|工作人员)\)?$/u;

/** The unclear people figures less those who ran it; when only the one chosen is left, nothing is in doubt. */
function withoutRunners(unclear: Figure[], chosen: Figure | undefined): Figure[] {
  // "讲解员说两个团加起来280人": a count a runner reports is of the people who came, not of the runners.
  const left = unclear.filter((f) => f === chosen || !RUNNERS.test(roleLabel(f)) || /(?:说|讲|估计|估摸|报|统计|数了|算了)[^，,。;；\d]{0,10}$/u.test(f.context));
  return left.length < unclear.length && left.length === 1 && left[0] === chosen ? [] : left;
}

export function buildRecord(input: { original: string; text: string; seg: Segment; segText: string; hit: DateHit | undefined; figures: Figure[]; milestone: boolean; today: CivilDate; hits?: DateHit[]; unread?: readonly UnreadNumber[]; loose?: readonly { index: number; written: string }[] }): ReadRecord {
  const { hit, today } = input;
  const gate = gateFigures(input.figures);
  // "组织干部职工8人，深入周边3个村…": a count ending its clause, the next clause telling where those people went.
  const figures = gate.figures.map((f) => (f.people && f.after === '' && OUT_TO.test(input.text.slice(f.index + f.length)) ? { ...f, after: input.text.slice(f.index + f.length, f.index + f.length + 16) } : f));
  const people = figures.filter((f) => f.people);
  const chose = chooseHeadcount(people, figures.length === 1);
  // "家长带小孩来的有八十户左右，现场补种了二十一个": who came are counted by household; the children vaccinated are
  // some of them, a figure of their outcome, never the headcount (which is left empty).
  // Only when they are the one people figure, and a deed done to them (补种, 献血): 结业了30人 are who took part, and
  // beside "另外家长80人" the headcount is among the people counted.
  const byHousehold = chose.chosen !== undefined && outcomeOf(chose.chosen) && people.length === 1 && /补种|接种|打了?疫苗|献了?血|登记/u.test(`${chose.chosen.context.slice(-12)}|${chose.chosen.after.slice(0, 14)}`) && figures.some((g) => !g.people && /^(?:户|家|家庭)$/u.test(g.unit) && g.index < chose.chosen!.index && CAME_AS_HOUSEHOLDS.test(g.context));
  const choice = byHousehold ? { ...chose, chosen: undefined, others: [...chose.others, chose.chosen!] } : chose;
  const chosen = choice.chosen;
  const metrics: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  const flags: string[] = [];
  const unnamed: Figure[] = [];
  const doubts: ReadRecord['doubts'] = [];
  /** Units whose figures are kept each under its own name; the first figure kept under each key. */
  const split = new Set<string>();
  const firstOf = new Map<string, Figure>();
  // "1网格18户，2网格22户，3网格15户，一共55户": counts of one unit that add up to the total written beside them are
  // its parts, no figures of their own.
  const summed = new Set<Figure>();
  for (const total of figures) {
    if (total.people || !/(?:一共|总共|合计|共计|总计|共)\s*$/u.test(total.context)) continue;
    for (const g of partsSummingTo(total, figures.filter((g) => g !== total && !g.people && g.unit === total.unit && g.index < total.index))) summed.add(g);
  }
  // Counts of one unit after a count are its parts, no figures of their own:
  // - after a written total ("一共收到137件，其中小发明71件、小论文38件…", "一共2条：一条是关于…，一条是关于…"), those in
  //   the sentence of a 其中 written after it, or adding up to it one by one;
  // - after any count, those in its sentence that add up to it ("拿了3个奖，两个二等一个三等").
  for (const total of figures) {
    if (total.people) continue;
    const after = figures.filter((g) => g !== total && !g.people && g.unit === total.unit && g.index > total.index);
    if (/(?:一共|总共|合计|共计|总计|共)[^，,。;；\d]{0,6}$/u.test(total.context)) {
      const smaller = after.filter((g) => g.value < total.value);
      for (const g of smaller) if (partAfter(g, total)) summed.add(g);
      for (const g of partsSummingTo(total, smaller)) summed.add(g);
    }
    for (const g of partsSummingTo(total, after.filter((g) => !/[。！!？?\n]/u.test(input.text.slice(total.index, g.index))))) summed.add(g);
  }
  for (const f of figures) {
    if (f === chosen || summed.has(f)) continue;
    // "拿了两个三等奖这个不算科普吧就不报了": a figure of something the writer says is not to be reported.
    if (!f.people && NOT_REPORTED.test(input.text.slice(f.index + f.length, f.index + f.length + 24))) continue;
    // "居民来了七十来个咨询的有四十多个", "老师来了四十八个考核通过了四十二个": a count of 个 after who came, counted in 个
    // too, that tells those of them who did or passed something is a part of them, no figure.
    if (!f.people && f.unit === '个' && chosen && /个$/u.test(chosen.written) && f.index > chosen.index && f.value < chosen.value && SOME_OF_THEM.test(f.context)) continue;
    // "参训28人,其中5个是企业科协的": a count of 个 opened by 其中 after the headcount, naming no thing, is some of the
    // people who came, no figure of its own.
    if (!f.people && f.unit === '个' && chosen && f.index > chosen.index && f.value < chosen.value && /其中\s*(?:有)?\s*$/u.test(f.context) && (f.noun === '' || /^(?:是|为|来自|属于|都是)/u.test(f.noun))) continue;
    if (f.people && !choice.others.includes(f)) continue;
    // "应到单位32个，实到30个单位": what was expected is not a count once what came is written.
    // "报名30组家庭，实际来了28组": who signed up is not a count once who came is written.
    if (!f.people && /应到|应参加|报名|预约/u.test(f.context) && figures.some((g) => g !== f && g.unit === f.unit && /实到|实际/u.test(g.context))) continue;
    // "老乡来了百把人，还有十几户是专门从隔壁村赶过来看的": households among those who came are a part of the headcount.
    // ("还有8家会员企业来参加": firms that took part are no households among the people; they are a figure.)
    if (!f.people && chosen && (f.unit === '户' || f.unit === '家') && AUDIENCE_PART.test(`${f.context}|${f.after}`) && !ORGANIZATION.test(f.noun)) continue;
    // "参赛选手87名…评出一等奖6名、二等奖12名": the winners are some of those who took part, no figure of their own.
    if ((f.people || /^(?:名|人|位)$/u.test(f.unit)) && chosen && f.index > chosen.index && AWARDED.test(f.context)) continue;
    // A second figure of people whose words name no one ("镇里报上来的是1200人次"): what it counts is asked, not guessed.
    // Not one the headcount question already offers to add ("记300人，还是合计340人？").
    // A figure of people whose label would be pieces of the sentence ("人数报64还是…"): asked, never stored.
    if (f.people && roleNoun(f) === undefined && ((roleOf(f) !== 'online' && CAME.test(f.context) && !choice.unclear) || PIECES.test(writtenRoleLabel(f)))) unnamed.push(f);
    if (f.unit === '次' && /咨询|答疑/u.test(f.context)) flags.push(`“${f.written}”按咨询次数记录，不算人数`);
    const honour = honourOf(f);
    const plainKey = honour ? `人(${honour})` : f.people ? `${f.unit === '人次' ? '人次' : '人'}(${roleLabel(f)})` : f.unit;
    const label = labelOf(f);
    // "抖音播放12.6万次，视频号3.4万次": two figures of one unit, each naming its own thing, are both kept under their names.
    const key = split.has(plainKey) && label ? `${plainKey}(${label})` : plainKey;
    if (metrics[key] === undefined && !split.has(key)) {
      metrics[key] = f.value;
      if (label) metricLabels[key] = label;
      firstOf.set(key, f);
      continue;
    }
    const first = firstOf.get(key);
    // "3所中学各捐了一台，一共3台": what each got is a rule, the total written after it is the count.
    // So is "每个村五份 一共六十份".
    if (!f.people && first && /(?:各\p{Script=Han}{0,3}|每\s*(?:个|位|名|户|家|所|处)?\p{Script=Han}{1,3})$/u.test(first.context) && /(?:一共|总共|合计|共计|总计|共)\s*$/u.test(f.context) && f.value > first.value) {
      metrics[key] = f.value;
      firstOf.set(key, f);
      const label = labelOf(f);
      if (label) metricLabels[key] = label;
      else delete metricLabels[key];
      continue;
    }
    const firstLabel = metricLabels[key];
    // "全月共放映28场，其中科普片10场": a part of the first is no figure of its own.
    const partOfFirst = first !== undefined && /其中|包括|含/u.test(f.context) && f.value < first.value;
    if (!f.people && first && !partOfFirst && first.value !== f.value && firstLabel && label && firstLabel !== label && namesThing(label) && namesThing(firstLabel) && metrics[`${key}(${firstLabel})`] === undefined) {
      metrics[`${key}(${firstLabel})`] = metrics[key]!;
      metricLabels[`${key}(${firstLabel})`] = firstLabel;
      delete metrics[key];
      delete metricLabels[key];
      split.add(key);
      metrics[`${key}(${label})`] = f.value;
      metricLabels[`${key}(${label})`] = label;
      continue;
    }
    // "上午城关二小来了两个班，下午实验中学来了一个班": the parts of one day's event, each counted once, add up.
    if (!f.people && first && halfDayOf(first) !== undefined && halfDayOf(f) !== undefined && halfDayOf(first) !== halfDayOf(f) && !/其中|各/u.test(f.context)) {
      metrics[key] = (metrics[key] ?? 0) + f.value;
      continue;
    }
    flags.push(`重复的数量未计入：${f.written}`);
    // A figure never vanishes silently: one of the same unit that names nothing of its own is asked about.
    // Not "其中两场", "有的一户", "有两件是机器人的", "一户一人" (a part of the first or a rule of each), nor an aside in brackets.
    const aside = /[（(][^）)]*$/u.test(input.text.slice(0, f.index)) || /其中|有的|有些|当中|里面/u.test(f.context) || (/有$/u.test(f.context) && /^\s*是/u.test(f.after)) || f.value === 1
      // "看了8户的蚕室，有两户消毒没做到位": a smaller count opened by 有 says which of the first, no count of its own.
      || (/^(?:其中)?有$/u.test(f.context.trim()) && first !== undefined && f.value < first.value)
      // "拿了3个奖，两个二等一个三等": a smaller count by grade right after the first is of its kinds.
      || (/^(?:[一二三四特]等|金|银|铜|优秀|优胜)/u.test(f.noun) && first !== undefined && f.value < first.value && f.index > first.index);
    if (!f.people && !aside && (firstOf.get(key)?.value ?? metrics[key]) !== f.value) doubts.push({ field: 'metrics', question: `“${(f.context.slice(-8) + f.written).trim()}”是另一项的数量吗？请回复它记的是什么，例如“视频号3.4万次”；不用另记就回复“记录”。` });
  }
  // "开了场讲座": one session, though no number is written ("搞了场科技下乡" is an event, not a session; nor is
  // "办了场“防灾减灾”主题讲座", an event named by its title).
  if (metrics['场'] === undefined && metrics['场次'] === undefined && /(开|办|搞|做|举办|组织|放|演)了场[^，,。;；\n"“”]{0,16}?(讲座|培训|报告|课|演出|秀|比赛|竞赛|演练|宣传|咨询|义诊|放映|电影)/u.test(input.text.slice(input.seg.start, input.seg.end))) metrics['场'] = 1;
  // "中心小学和敬老院各一场，小学那边…；敬老院…": one session each of the places the message splits into.
  if (metrics['场'] === undefined && metrics['场次'] === undefined && (input.seg.start > 0 || input.seg.end < input.text.length) && eachOneBefore(input.text, input.seg.end)) metrics['场'] = 1;
  // "应急科普讲座 x2", "讲座×3": the sessions written as a multiplier after the kind of event.
  const times = /(?:讲座|培训|课|演出|放映|宣讲|报告会?|workshop|talk|lecture|session)\s*[x×X*＊]\s*([1-9])(?!\d)/u.exec(input.text.slice(input.seg.start, input.seg.end));
  if (times && metrics['场'] === undefined && metrics['场次'] === undefined) metrics['场'] = Number(times[1]);
  // "来了四十几户，基本一户来一个人": one person from each household counted, and no other count of people: the
  // households are the headcount too (as "三十二户 一户来一个人 就是三十二个人" says outright).
  const households = firstOf.get('户');
  // "来的都是各家的当家人，一户一个，共六十八户": the same rule said before the households, after who came.
  const ruleBefore = households !== undefined && /(?:一|每)(?:户|家)(?:就)?(?:来|出|派|到)?了?(?:一|1)\s*(?:个|位|名)?(?:人|代表)?\s*[，,]\s*(?:共|一共|总共|合计|共计)?\s*$/u.test(input.text.slice(Math.max(input.seg.start, households.index - 16), households.index)) && /来的|到的|来了|到了|参加的/u.test(input.text.slice(Math.max(input.seg.start, households.index - 40), households.index));
  const onePerHousehold = !chosen && households !== undefined && !households.people && (ONE_EACH_HOUSEHOLD.test(input.text.slice(households.index + households.length, input.seg.end).slice(0, 24)) || ruleBefore) ? households : undefined;
  const date = hit?.date ?? today;
  const dateEnd = hit?.end ?? null;
  // "连续两天…每天一场": one session a day over the span.
  // "3 天每天 1 场": the sessions a day written as a figure are a rate; the span holds that many each day.
  const perDay = /每天\s*([一二两三1-3])\s*场/u.exec(input.text.slice(input.seg.start, input.seg.end));
  const perDayCount = perDay ? ({ 一: 1, 二: 2, 两: 2, 三: 3 } as Record<string, number>)[perDay[1]!] ?? Number(perDay[1]) : 0;
  if (dateEnd && perDay && (metrics['场'] === undefined || metrics['场'] === perDayCount)) metrics['场'] = perDayCount * (daysBetween(date, dateEnd) + 1);
  // "5.16–5.23 天象厅开放 8 天": days open that are the very span written for it are the event's length, no figure
  // (not "10天里共接待", the days a period's total was counted over).
  const days = figures.find((f) => f.unit === '天' && !f.people);
  if (dateEnd && days && metrics['天'] === days.value && days.value === daysBetween(date, dateEnd) + 1 && !/^\s*天(?:里|内|中|时间里)/u.test(input.text.slice(days.index + days.written.replace(/\s*天$/u, '').length))) delete metrics['天'];
  if (daysBetween(today, date) < -366) flags.push(`日期 ${date} 已超过一年，请确认`);
  if (input.segText.includes(UNKNOWN_COUNT_WORDS)) flags.push('表中人数未填（年报中列为缺数；知道人数可直接回复，例如“120人”）');
  if (chosen?.summedDays) flags.push(`人数按每天相加记${chosen.value}人次（${chosen.summedDays.join('+')}）`);
  if (chosen?.max !== undefined) flags.push(`人数写的是范围 ${chosen.value}–${chosen.max}，按下限 ${chosen.value} 记录`);
  const limit = dateEnd ? PLAUSIBLE.periodHeadcount : PLAUSIBLE.headcount;
  if (chosen && chosen.value > limit) flags.push(`待核对：人数 ${chosen.value} 远超一般活动规模，请核对；核对前总结不引用这个数字`);
  for (const [k, v] of Object.entries(metrics)) if (v > PLAUSIBLE.metric) flags.push(`待核对：${k} ${v} 远超一般规模，请核对；核对前总结不引用这个数字`);
  return {
    date,
    dateEnd,
    dateSource: hit?.source ?? 'default',
    title: input.seg.title ?? withKind(titleOf(input.original, input.text, input.seg, input.figures, input.hits ?? (hit ? [hit] : [])), input.seg.kind).replace(UNKNOWN_TITLE, ''),
    headcount: chosen ? chosen.value : onePerHousehold ? onePerHousehold.value : null,
    headcountUnit: chosen ? (chosen.unit === '人次' ? '人次' : '人') : onePerHousehold ? '人' : null,
    approximate: chosen ? chosen.approximate : onePerHousehold ? onePerHousehold.approximate : false,
    metrics,
    metricLabels,
    flags,
    milestone: input.milestone,
    text: input.segText.trim(),
    lead: input.original.slice(0, input.seg.leadEnd).trim(),
    doubts: [
      ...recordDoubts(hit, today, { chosen, unclear: choice.unclear ? withoutRunners(people.filter((f) => f === chosen || (choice.others.includes(f) && roleOf(f) !== 'staff')), chosen) : [], limit, metrics, ...(choice.conflict ? { conflict: choice.conflict } : {}) }),
      ...unsureCount(input.segText, chosen),
      ...(choice.withStaff ? [withStaffDoubt(choice.withStaff)] : []),
      ...(onlySignedUp(chosen, people) ? [{ field: 'headcount' as const, question: `报名的${chosen!.value}${chosen!.unit === '人次' ? '人次' : '人'}都来了吗？参加人数记多少？请回复人数，例如“${chosen!.value}人”。` }] : []),
      // "第一天到了70人，第二天到了64人": writers differ (the first day's count, or the days' sum as 人次); asked.
      ...(chosen?.summedDays ? [{ field: 'headcount' as const, question: `每天的人数是${chosen.summedDays.map((n) => `${n}人`).join('、')}：参加人数记${chosen.value}人次（每天相加），还是记${Math.max(...chosen.summedDays)}人（人最多的一天）？` }] : []),
      // "签到表上120人，发出去的号160多个，人数报哪个？": the writer asks which count to report; asked back, never picked.
      ...(!choice.conflict && WHICH_COUNT.test(input.segText) ? [whichCountDoubt(figures.filter((f) => f.people || f.unit === '个'))] : []),
      ...gate.doubts,
      ...doubts,
      ...unreadDoubts(signUpsDropped(input.unread ?? [], input.text, chosen), signUpsDropped(input.loose ?? [], input.text, chosen), chosen ? chosen.value : null),
      // "报名的有70个家庭" and no one counted as coming: how many came is asked, not the sign-ups stored as a count.
      ...(!chosen && people.length === 0 ? figures.filter((f) => /报名|预约/u.test(f.context.slice(-8)) && /^(?:家庭|亲子家庭|户|组)/u.test(`${f.noun}${f.after.slice(0, 2)}`)).slice(0, 1).map((f) => ({ field: 'headcount' as const, question: `报名的${f.written}${/家庭/u.test(f.written) ? '' : '家庭'}都来了吗？来了多少人？请回复人数，例如“100人”；没有统计就回复“记录”。` })) : []),
      // "给五年级两个班上了堂课": people counted only by their classes; how many came is asked, not left out.
      ...(!chosen && people.length === 0 && figures.some((f) => f.unit === '班') ? [{ field: 'headcount' as const, question: '参加的大概多少人？请回复人数，例如“80人”；没有统计就回复“记录”。' }] : []),
      ...unnamed.map((f) => ({ field: 'metrics' as const, question: `“${(f.context + f.written).trim()}”这个数是参加人数吗？还是不用记？` })),
      // No day was read, yet the words name a time ("9月…累计", "2026年的账", "这一年"): today would be a guess.
      // "上周去葡萄园那次": one occasion inside a span read from a week; which day is asked.
      // "上个月那个讲座人数忘报了": one event inside a month, its day not written; asked, never the month as its date.
      ...(hit?.end && (/那次|那回|那一次/u.test(input.segText) || (ONE_EARLIER_EVENT.test(input.text.slice(input.seg.start, input.seg.end)) && hit.source !== 'explicit')) && !/(?:共|累计|合计)[^，,。；;]{0,8}?[\d一二两三四五六七八九十]+\s*(?:场|次|期|批)/u.test(input.segText) ? [{ field: 'date' as const, question: `“${(/那次|那回|那一次/u.exec(input.segText) ?? ONE_EARLIER_EVENT.exec(input.text.slice(input.seg.start, input.seg.end)))?.[0] ?? '那次'}”是哪一天？` }] : []),
      // "上个礼拜在敬老院放了一场科普片": one occasion inside last week, its day not written; asked, never the week as its date.
      ...(hit?.end && hit.source === 'relative' && WHOLE_WEEK.test(input.text.slice(hit.index, hit.index + hit.length)) && ONE_OCCASION.test(input.segText) && !WEEK_TOTAL.test(input.segText) && !/那次|那回|那一次/u.test(input.segText) && !ONE_EARLIER_EVENT.test(input.text.slice(input.seg.start, input.seg.end)) ? [{ field: 'date' as const, question: `“${input.text.slice(hit.index, hit.index + hit.length)}”是哪一天？请回复日期，例如“${Number(hit.date.slice(5, 7))}月${Number(hit.date.slice(8))}日”。` }] : []),
      // "就是之前说的河西村那个": an event spoken of before, its day not written here; today would be a guess.
      // "上次那个讲座，来了五十多位": the last one of its kind, its day not written.
      ...(hit === undefined && (SPOKEN_OF_BEFORE.test(input.text.slice(input.seg.start, input.seg.end)) || THE_LAST_ONE.test(input.segText)) ? [{ field: 'date' as const, question: '这次活动是哪一天办的？例如“7月6日”。' }] : []),
      // "科普日田间课堂\n刚结束": it ended just now, so the day is today whatever observance it is named after.
      ...(hit === undefined && UNREAD_TIME.test(input.segText) && !liveRoster(input.segText) && !JUST_ENDED.test(input.segText) ? [{ field: 'date' as const, question: '这是哪一天或哪段时间的？例如“9月”“2026年全年”“11月5日”。' }] : []),
      // "前些日子…讲座，到场六十余人", "过年那几天…": a loose time past names no day; today would be a guess.
      ...(hit === undefined && !UNREAD_TIME.test(input.segText) && LOOSE_PAST.test(input.segText) && !JUST_ENDED.test(input.segText) && !FORGOT_DAY.test(input.segText) && !SPOKEN_OF_BEFORE.test(input.segText) && !THE_LAST_ONE.test(input.segText) && !/上次|上回|上一次|上一回/u.test(input.segText) ? [{ field: 'date' as const, question: `“${looseWords(input.segText)}”是哪一天？请回复日期，例如“${Number(today.slice(5, 7))}月${Math.max(1, Number(today.slice(8)) - 3)}日”；记不清就回复大概的时间，例如“${Number(today.slice(5, 7))}月上旬”。` }] : []),
    ],
  };
}

/** The loose time words as written, with the name before "那几天" ("过年那几天"). */
function looseWords(text: string): string {
  const m = LOOSE_PAST.exec(text);
  const end = (m?.index ?? 0) + (m?.[0].length ?? 0);
  // "过年那几天", "节前那段时间": the loose words run on to the span they name.
  const more = /^(?:[那这](?:几天|段时间|阵子?)|前后|期间)/u.exec(text.slice(end))?.[0] ?? '';
  const said = `${(m?.[0] ?? '').replace(/^[\s，,。：:；;！!]/u, '')}${more}`;
  const before = /^[那这]/u.test(said) ? /[\p{Script=Han}]{0,2}$/u.exec(text.slice(0, (m?.index ?? 0)))?.[0] ?? '' : '';
  return `${before}${said}`;
}

/** The writer asking which of the counts to report ("这个人数报哪个啊", "填哪个好", "以哪个为准"). */
const WHICH_COUNT = /[报報填](?:哪个|哪個|哪一个|哪一個)|(?:人数|人數|数字|數字)[^，,。;；\n]{0,6}(?:[算记記用按写寫])(?:哪个|哪個)|(?:哪个|哪個)(?:数|數|人数|人數)(?:对|對|准|準)|以(?:哪个|哪個)(?:数|人数)?为准/u;

function whichCountDoubt(counts: readonly Figure[]): { field: 'headcount'; question: string } {
  const said = counts.slice(0, 3).map((f) => f.written.trim());
  return { field: 'headcount', question: said.length >= 2 ? `参加人数记哪个：${said.join('，还是')}？` : '参加人数记多少？请回复人数，例如“80人”。' };
}

/** "一共40个人，其中志愿者12个": whether the helpers counted in a total are among the participants is asked. */
function withStaffDoubt(w: { total: Figure; staff?: Figure }): { field: 'headcount'; question: string } {
  const unit = w.total.unit === '人次' ? '人次' : '人';
  if (w.staff) return { field: 'headcount', question: `${w.total.value}${unit}里含“${(w.staff.context.replace(/^.*(?:其中|包括|含)/u, '') + w.staff.written).trim()}”：参加人数记${w.total.value}${unit}，还是去掉后记${w.total.value - w.staff.value}${unit}？` };
  return { field: 'headcount', question: `“${(w.total.context + w.total.written).trim()}”里含志愿者等工作人员：参加人数记${w.total.value}${unit}，还是另报不含工作人员的人数？` };
}

/** The words right before a number that say it counts sign-ups or who was expected: "报名 ", "应到人数：". */
const SIGNED_UP_BEFORE = /(?:报名|预约|应到|应测|应参加)(?:人数)?[^\S\n]*[:：]?[^\S\n]*$/u;

/**
 * "报名 200, 实到 173 人": a count of sign-ups written without a unit beside who actually came is no figure to ask
 * about; the headcount is who came. Only when the chosen count says it is who came (实到, 实际, 实测).
 */
function signUpsDropped<T extends { index: number }>(numbers: readonly T[], text: string, chosen: Figure | undefined): T[] {
  if (!chosen || !/实到|实际|实测/u.test(chosen.context)) return [...numbers];
  return numbers.filter((n) => n.index > chosen.index || !SIGNED_UP_BEFORE.test(text.slice(Math.max(0, n.index - 10), n.index)));
}

/** "各一场" written in or before this part of the message; not one inside a later part ("上下午各一场，两场一共…"). */
function eachOneBefore(text: string, end: number): boolean {
  // Not "上下午各一场": the sessions of one day's event, no session of each place.
  const at = text.search(/(?<!上下午|上午下午|上午和下午|早晚|白天晚上)\s*各(?:一|1)场/u);
  return at >= 0 && at < end;
}
