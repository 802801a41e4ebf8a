// How many events a message holds: pasted lines, "两场：上午…；下午…", parts at their own time of day or day,
// each counting its own people. One record is read from each part.
import type { DateHit } from './message-dates.js';
import type { Figure } from './message-figures.js';
import { roleOf } from './headcount.js';
import { SIGNED_UP } from './headcount-roles.js';
import { eventLines, SAME_TIME, SIMULCAST } from './report-parts.js';

/** Things done with no figure ("已报送", "已完成验收"): a part with one and a date is an event of its own. */
export const MILESTONE = /(完成|建成|成立|验收|报送|上报|挂牌|揭牌|获批|通过|授牌|命名|签约|召开|举办|举行|印发|提交|落成|开馆|启用|备案|截止|结束|已于.{0,12}报|submitted|completed|founded|established|set up)/u;

export interface Segment {
  start: number;
  end: number;
  /** Where the shared lead-in ends (0 when there is none). */
  leadEnd: number;
  /** What each event is, when the lead-in says ("两场讲座" → 讲座). */
  kind?: string;
  /** Its name when the words of the part do not hold it ("上午…下午…" named before their people). */
  title?: string;
  /** A line of a pasted list: its words, place and event, make its name together. */
  line?: boolean;
}

/** Words that tie a part back to the event just told: the same event, not another one. */
const BACK_TO_THIS = /这次|本次|这场|同时|线上|直播|也来了|也参加|也到了|报名/u;
const TIME_OF_DAY = /上午|下午|晚上|中午/u;
/** A place the part went to: "在王家坳村", "去李庄村", "到河东社区". */
const OWN_PLACE = /(?:在|去|到|走进|来到)\s*([^，,。；;\s在去到]{1,10}?(?:村|镇|乡|社区|街道|小区|学校|小学|中学|中心校|敬老院|卫生院|广场|集市))(?![民委长干])/u;

/** A sentence, after one that reported, opening on a plan ("。下半年计划再办…", "。明年拟…"). */
const PLANNED_SENTENCE = /[。！!\n]\s*(?:(?:下半年|明年|下一步|今后|下阶段|下个?月|[一二三四1-4]季度|年底前)\s*)?(?:还|再|将)?(?:计划|拟|力争|打算|准备|争取)/u;
/** A part that opens on the day of the one before it, or the day after. */
const SAME_OR_NEXT_DAY = /^\s*(?:另外\s*)?(?:同一天|同日|当天|第二天|次日|隔天|第二日)/u;
/** "。另外同一天在城关镇卫生院门口搞了义诊": another event the sender ran, opening its own sentence. */
const ANOTHER_EVENT = /^\s*另外\s*(?:同一天|同日|当天|还)?\s*(?:在|去|到|又在|又去)[^，,。；;]{1,20}?(?:搞了|开展了|举办了|组织了|开了|办了|做了)/u;
/** A time of day written right before its people: "上午五十个人". */
const TIMED_PEOPLE = /(上午|下午|晚上|中午)[\s:：]*$/u;
/** A sentence that totals what came before it ("两天共计…", "累计…"). */
const TOTAL_OVER = /(共|累计|合计|总计|一共|总共|加起来|[两二三四]天)/u;
export const NEXT_DAY = /^\s*(?:第二天|次日|隔天|第二日)/u;
/** A new day opening a clause: "第二天又去…", "周四去敬老院…", "11日在…". */
/** A day named by its week or its date, then 又 or 再: another session on a day of its own. */
const DAY_AGAIN = /^(?:(?:上个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[日号])(?:上午|下午|晚上)?\s*(?:又|再)/u;
/** The ordinals of an enumeration's items, in turn. */
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** "二是", "三是" after a character that makes it no number of its own (统一是, 十二是, 第二是): the next item of an enumeration. */
const NEXT_NUMBERED = /^[^统唯之第十百千万零两几\d一二三四五六七八九][二三四五六七八九十]是$/u;
/** "还有一个是", "另外一个是": the next of the events a message enumerates. */
// "…发了四百份明白纸还有就是上周三在白沙中学…": "还有就是" opens the next thing told, as "还有一个是" does.
const ENUMERATED_NEXT = /^(?:(?:还有|另外|另)一个(?:是)?|还有就是)/u;
// "然后十二月二十号…": a day written in words, with its month, opens one too (not "六号楼", a building).
const NEW_DAY = /^\s*(?:(?:然后|之后|后来|接着|另外|还有)\s*)?(?:第二天|次日|隔天|第二日|(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[日号]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号](?![楼院线门床车厅馆室位]))/u;
/** "第一天", "头一天", "首日": the first day of an event that lasts several. */
export const FIRST_DAY = /第[一1]天|头一天|首日/u;
/** A new day at `i` after "第一天", in a message whose event is written as a span of days. */
// "为期两天", "两天的培训", "5月20日-21日": the event's own length said.
const daysOfSpan = (text: string, hits: DateHit[], i: number): boolean => FIRST_DAY.test(text.slice(0, i)) && (hits.some((h) => h.end && h.index < i) || /为期\s*[两二三四五六七2-7]\s*天|[两二三四五六七2-7]\s*天的?\p{Script=Han}{0,6}(?:培训|集训|研修|研学|夏令营|冬令营|训练营|班|活动|会)/u.test(text.slice(0, i)));
/** A sentence that holds an event: "举行…仪式", "举办…竞赛", "召开…座谈会". */
const HELD = /(?:举行|举办|召开|开展|组织)了?[^，,。；;]{0,20}(?:仪式|大会|会议|座谈会|竞赛|比赛|活动|讲座|培训|演练|展览|论坛|报告会|发布会|启动式)/u;
const SESSION_START = /^\s*(?:下午|晚上|中午)[^，,。；;]{0,6}(?:接待|转到|转场|去了?|到了|讲|开展|举办|组织|办了)/u;
/** "。下午城西社区，110人", "。下午又去了河口镇中心校…": a sentence opening on a later time of day at a place of its own. */
const SESSION_ELSEWHERE = /^\s*(?:下午|晚上|中午)\s*(?:又|还|再)?\s*(?:(?:去|到|走进|来到)了?|在)?\s*[^，,。；;\s]{1,10}?(?:村|镇|乡|社区|街道|小区|学校|小学|中学|中心校|敬老院|卫生院|广场|集市)(?![民委长干])/u;

/** "。完了又去李庄村讲了一遍", "。然后又到河东社区…": a sentence going on to another place, whatever the time of day. */
const THEN_ELSEWHERE = /^\s*(?:完了|然后|之后|接着|后来|随后|紧接着)?\s*(?:又|再)\s*(?:去|到|跑|转)(?:了|到)?\s*[^，,。；;\s]{1,10}?(?:村|镇|乡|社区|街道|小区|学校|小学|中学|中心校|敬老院|卫生院|广场|集市)(?![民委长干])/u;

/**
 * "。完了消防的同志又给全园五十二个老师讲了一堂灭火器使用课", "。随后又为30名村干部开了座谈会": a sentence going on to
 * another deed done for people of its own (the cut also needs them counted in it): another event, not more of the first.
 */
const THEN_FOR_OTHERS = /^\s*(?:完了|然后|之后|接着|随后|紧接着|后来|结束后)[^。！!\n]{0,16}?(?:又|还|再)\s*(?:给|为|向|对)[^。！!\n]{1,24}?(?:讲了|上了|做了|办了|开了|搞了|组织了|进行了)/u;

/** "又给留下来的30位村民…", "又为在场的40多位老人…": those still there, a part of the audience before, not people of their own. */
const STILL_THERE = /(?:留下|留了下|在场|现场|到场|其中|剩下|剩余|部分)[^，,。;；\d]{0,4}$/u;

/** "下午又跟他去…", "下午陪着专家到…": a later time of day with the person of the part before. */
const SAME_PARTY_LATER = /^\s*(?:下午|晚上|中午|傍晚)\s*(?:又|还|再)?\s*(?:跟|随|陪|同|带)着?\s*(?:他|她|他们|她们|专家|老师|教授|站长|技术员)/u;

/** Others counted on top of the ones before them, opening their clause: "plus about 40 parents", "另外还有家长30人". */
const ON_TOP = /^\s*(?:plus|另外|另有|还有|外加|加上)/u;

/** "两场：上午…200人；下午…150人" → two events. Split only when every part counts its own people or has its own date. */
export function splitEvents(text: string, hits: DateHit[], figures: Figure[]): { segments: Segment[]; skip: Set<number>; skipped: string[] } {
  const whole = { segments: [{ start: 0, end: text.length, leadEnd: 0 }], skip: new Set<number>(), skipped: [] };
  // Pasted lines: one record per line that counts something; the header is their lead.
  const list = eventLines(text, figures);
  if (list) return { segments: list.lines.map((l) => ({ start: l.start, end: l.end, leadEnd: list.leadEnd, line: true })), skip: new Set<number>(), skipped: list.skipped };
  // "讲座两场 礼堂150人 二中400多人": as many headcounts as the events it announces, one record each.
  // "专场演出两场，观众共计420人，馆内工作人员出动11人": the staff who worked it are not a second audience.
  // "演了2场，现场观众150人次，线上1200人次", "2 场, 64 kids took part, plus about 40 parents watching": who watched
  // online, or others counted on top of who took part, are not the audience of a session of their own.
  // "两场，一共报名60人，实到57人": who came after who signed up is the same group again, not another session's.
  const people = figures.filter((f) => f.people && roleOf(f) !== 'staff' && roleOf(f) !== 'online' && !ON_TOP.test(f.context) && !(roleOf(f) === 'present' && figures.some((g) => g.people && g.index < f.index && SIGNED_UP.test(g.context))));
  const declared = figures.find((f) => (f.unit === '场' || f.unit === '场次') && f.value >= 2 && f.value === people.length && f.index < (people[0]?.index ?? 0));
  // "周一…放了电影两场…三百人，周四去敬老院…三十几个": a day of its own between the people, not sessions announced.
  const ownDays = people.length >= 2 && hits.some((h) => h.index > people[0]!.index && h.index < people[people.length - 1]!.index);
  if (declared && !ownDays && !/[;；\n]/u.test(text)) {
    const segments: Segment[] = [];
    // "…开了两场讲座：上午…120人，下午…90人": the events start after the lead-in's colon.
    const colon = text.slice(declared.index, people[0]?.index ?? 0).search(/[:：]/u);
    let start = colon >= 0 ? declared.index + colon + 1 : 0;
    for (const p of people) {
      segments.push({ start, end: p.index + p.length, leadEnd: colon >= 0 ? start : declared.index + declared.length, kind: declared.noun.length >= 2 ? declared.noun : declared.context.replace(/^.*?(举办|开展|开了|搞了|办了|组织)了?/u, '').slice(-8) });
      start = p.index + p.length;
    }
    const last = segments[segments.length - 1];
    if (last) last.end = text.length;
    return { segments, skip: new Set([declared.index]), skipped: [] };
  }
  // "昨儿上午在桃园村下午在杏林村 都是讲… 上午五十个人下午三十多个": each time of day named with its place, then
  // each with its people: one record each, the words before them their shared lead.
  const timed = people.map((f) => TIMED_PEOPLE.exec(text.slice(Math.max(0, f.index - 4), f.index))?.[1]);
  if (people.length >= 2 && timed.every((t) => t !== undefined) && new Set(timed).size === people.length) {
    const opens = people.map((f, k) => text.lastIndexOf(timed[k]!, f.index));
    const lead = opens[0]!;
    const head = text.slice(0, lead);
    if (timed.every((t) => head.includes(t!))) {
      // The name of each: its place ("在杏林村") and the words all share ("讲冬季果树修剪").
      const at = timed.map((t) => head.indexOf(t!));
      const ends = at.map((a) => a + (/^[^，,。；;\s]*?(?=上午|下午|晚上|中午|[，,。；;\s]|$)/u.exec(head.slice(a + 2))?.[0].length ?? 0) + 2);
      const shared = head.slice(Math.max(...ends)).replace(/^[\s，,]*(?:都是|都在|都)?/u, '').trim().slice(0, 16);
      const title = (k: number): string | undefined => {
        const name = `${head.slice(at[k]! + 2, ends[k]).replace(/^在/u, '')}${shared}`.trim();
        return name.length >= 2 ? name : undefined;
      };
      return { segments: opens.map((o, k) => ({ start: o, end: opens[k + 1] ?? text.length, leadEnd: lead, ...(title(k) ? { title: title(k) } : {}) })), skip: new Set<number>(), skipped: [] };
    }
  }
  const peopleSince = (from: number, to: number): boolean => figures.some((f) => f.people && f.index > from && f.index < to);
  // Not "一是…专家5个人，已经通过了 二是…": those who ran or judged it are no audience of a part of its own.
  const audienceSince = (from: number, to: number): boolean => figures.some((f) => f.people && f.index > from && f.index < to && roleOf(f) !== 'staff' && roleOf(f) !== 'online');
  // "…下午又去双河村讲 三十六个 今天在镇上…": after a session cut, a new day ends a part that counted anything.
  const figureSince = (from: number, to: number): boolean => figures.some((f) => f.index > from && f.index < to);
  const otherDayOpens = (i: number, from: number): boolean => {
    // "。其二，本月9日…": an item's marker may stand before the day that opens it.
    const opening = hits.find((h) => h.index > i && /^\s*(?:(?:其|第)[一二三四五六七八九十][项件个]?\s*[，,、:：]?)?\s*$/u.test(text.slice(i + 1, h.index)));
    if (!opening || opening.end) return false;
    const sentence = text.slice(i + 1).split(/[。！!\n]/u)[0] ?? '';
    if (TOTAL_OVER.test(sentence) || !figureSince(from, i)) return false;
    if (hits.some((h) => h.index > from && h.index < i && !h.end && h.date !== opening.date)) return true;
    // "…；次日转至柳河乡小学，学生八十人。本月9日…": a part dated by the day after the one before it, then a sentence
    // opening on a day of its own.
    if (from >= 0 && NEXT_DAY.test(text.slice(from + 1, from + 8)) && peopleSince(from, i)) return true;
    // "5月29日至30日…走访…36人次。5月30日上午举行…发布仪式，…约150人参加": a day inside the span before, its sentence
    // holding an event of its own with its own people, after a part that counted people.
    return hits.some((h) => h.index > from && h.index < i && h.end !== null && opening.date >= h.date && opening.date <= h.end) && peopleSince(from, i) && HELD.test(sentence) && figures.some((f) => f.people && f.index > i && f.index <= i + 1 + sentence.length);
  };
  /** The sentence after the stop at `i` counts people of its own (not those who ran it, not viewers online). */
  const ownAudience = (i: number): boolean => {
    const end = text.slice(i + 1).search(/[。！!\n]/u);
    const to = end < 0 ? text.length : i + 1 + end;
    return figures.some((f) => f.people && f.index > i && f.index < to && roleOf(f) !== 'online' && !STILL_THERE.test(f.context.slice(-10)));
  };
  const cuts: number[] = [];
  /** Cuts that fall between two characters (speech without stops), not on a stop: nothing is dropped there. */
  const between = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // "一个是七月十号那个防汛演练…九十多个人还有一个是七月二十二号…义诊…": "还有一个是" opening a part on a day of its
    // own, after a part that counted its people, is the next event told (speech has no stop before it).
    if (i > 0 && ENUMERATED_NEXT.test(text.slice(i, i + 6)) && peopleSince(cuts[cuts.length - 1] ?? -1, i) && hits.some((h) => h.index > i && h.index <= i + 10 && !hits.some((g) => g.index < i && g.date === h.date))) {
      if ('，,; ；'.includes(text[i - 1] ?? '')) cuts.push(i - 1);
      else {
        cuts.push(i);
        between.add(i);
      }
      continue;
    }
    // "…来了一百二十来个妇女发资料三百份另外前一天三月七号在卫生院门口也摆了个摊子咨询的有三四十个人": 另外 (此外) and, a few words on,
    // a day no earlier part was on, after a part that counted its people, is another event (speech has no stop before it).
    // The part it opens counts people of its own ("…拿了两个三等奖这个不算科普吧" is no event reported).
    // Not a part that points back at this event ("另外3月5号报名的二十人这次也来了", "另外…还有三十人在线上看了直播").
    if (i > 0 && /^(?:另外|此外)/u.test(text.slice(i, i + 2)) && !BACK_TO_THIS.test(text.slice(i, i + 40).split(/[。！!？?\n]/u)[0] ?? '') && peopleSince(cuts[cuts.length - 1] ?? -1, i) && peopleSince(i, text.length) && hits.some((h) => h.date !== '' && !h.future && h.index > i && h.index <= i + 8 && !hits.some((g) => g.index < i && g.date === h.date))) {
      if ('，,; ；。！!'.includes(text[i - 1] ?? '')) cuts.push(i - 1);
      else {
        cuts.push(i);
        between.add(i);
      }
      continue;
    }
    // "…四百多学生二是十四号糖尿病日…三是上个礼拜四…": in speech without stops, the next number of an enumeration
    // ("二是", "三是") opening on a day of its own, after a part that counted its people, opens the next event.
    if (i > 0 && NEXT_NUMBERED.test(text.slice(i - 1, i + 2)) && audienceSince(cuts[cuts.length - 1] ?? -1, i) && hits.some((h) => h.index > i && h.index <= i + 4 && !hits.some((g) => g.index < i && g.date === h.date))) {
      cuts.push(i);
      between.add(i);
      continue;
    }
    // "…来了十八个人本周四又开了一期…": in speech without stops, a day of its own and 又 right after a count of people
    // open the next session.
    if (i > 0 && /[人个名位]/u.test(text[i - 1] ?? '') && DAY_AGAIN.test(text.slice(i, i + 12)) && peopleSince(cuts[cuts.length - 1] ?? -1, i) && hits.some((h) => h.index === i)) {
      cuts.push(i);
      between.add(i);
      continue;
    }
    // "报两件事：一、春分那天…共九十二名学生。二、昨天世界水日…": after a stop, the next ordinal of an enumeration opened
    // earlier ("一、" before it), after a part that counted people, opens the next item.
    if (/[。！!]/u.test(c ?? '') && /^\s*([二三四五六七八九十])\s*、/u.test(text.slice(i + 1, i + 4)) && text.slice(0, i).includes(`${ORDINALS[ORDINALS.indexOf(/^\s*([二三四五六七八九十])/u.exec(text.slice(i + 1, i + 4))![1]!) - 1]}、`) && peopleSince(cuts[cuts.length - 1] ?? -1, i)) {
      cuts.push(i);
      continue;
    }
    if (c === ';' || c === '；' || c === '\n') cuts.push(i);
    // "上午馆里接待…一百八，下午接待县直机关干部四十人", "…四十几个人 下午转到金竹村又讲了一场": a later time of day
    // that does something of its own.
    else if ((c === '，' || c === ',' || c === ' ') && SESSION_START.test(text.slice(i + 1, i + 24))) cuts.push(i);
    // "…80人。下午城西社区，110人", "…发资料1200份。下午又去了河口镇中心校讲了一课": after a part that counted its
    // people, a sentence opening on a later time of day at another place.
    else if (/[。！!]/u.test(c ?? '') && (SESSION_START.test(text.slice(i + 1, i + 24)) || SESSION_ELSEWHERE.test(text.slice(i + 1, i + 24)) || THEN_ELSEWHERE.test(text.slice(i + 1, i + 24))) && peopleSince(cuts[cuts.length - 1] ?? -1, i)) cuts.push(i);
    // "…来了三百多人,第二天又去东关社区…", "…三百人，周四去敬老院…": a new day after an event that counted its people.
    // Not "培训班（5月20日-21日）…第一天来了55人，第二天来了48人": the days of one event written as a span.
    else if ((c === '，' || c === ',' || c === ' ') && NEW_DAY.test(text.slice(i + 1, i + 13)) && !(/^\s*(?:另外|还有)/u.test(text.slice(i + 1, i + 4)) && BACK_TO_THIS.test(text.slice(i + 1, i + 40).split(/[。！!？?，,\n]/u)[0] ?? '')) && peopleSince(cuts[cuts.length - 1] ?? -1, i) && !daysOfSpan(text, hits, i)) cuts.push(i);
    // "布展昨天全部完成，更新展品23件…。今天上午试开放，…约90人": a sentence opening on another day than the one
    // before, after a part that counted something, is another event (a total over both days is not).
    else if (/[。！!]/u.test(c ?? '') && otherDayOpens(i, cuts[cuts.length - 1] ?? -1)) cuts.push(i);
    else if (/[。！!]/u.test(c ?? '') && ANOTHER_EVENT.test(text.slice(i + 1, i + 40)) && peopleSince(cuts[cuts.length - 1] ?? -1, i)) cuts.push(i);
    else if (/[。！!]/u.test(c ?? '') && THEN_FOR_OTHERS.test(text.slice(i + 1, i + 60)) && peopleSince(cuts[cuts.length - 1] ?? -1, i) && ownAudience(i)) cuts.push(i);
    else if ((c === '，' || c === ',' || c === ' ') && cuts.length > 0 && /^\s*(?:今天|今儿|昨天|昨儿)(?:在|去|到|又|上午|下午)/u.test(text.slice(i + 1, i + 8)) && figureSince(cuts[cuts.length - 1]!, i)) cuts.push(i);
  }
  if (cuts.length === 0) return whole;
  const colon = text.search(/[:：]/u);
  // "国际减灾日。进社区讲防火。上午城东社区，80人。下午城西社区，110人": sentences that count nothing before the first
  // time of day are what the parts share, their lead.
  const firstTime = text.slice(0, cuts[0] ?? 0).search(TIME_OF_DAY);
  const sharedOpening = colon < 0 && firstTime > 0 && /[。！!]\s*$/u.test(text.slice(0, firstTime)) && !figureSince(-1, firstTime) && cuts.every((c) => TIME_OF_DAY.test(text.slice(c + 1, c + 4)));
  // "今天是全国防灾减灾日，…；下午在县二中…": an opening clause that names the day and counts nothing is every part's lead.
  const dayNamed = /^\s*(?:今天|昨天|前天|今日|昨日|当天)(?:是|正值|恰逢)[^，,。；;\d]{2,14}?(?:日|节|周)\s*[，,。]/u.exec(text);
  const prefixEnd = colon >= 0 && colon < (cuts[0] ?? 0) ? colon + 1 : dayNamed && dayNamed[0].length < (cuts[0] ?? 0) && !sharedOpening ? dayNamed[0].length : 0;
  const bounds = [prefixEnd, ...cuts.map((c) => (between.has(c) ? c : c + 1)), text.length + 1];
  const parts: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k] ?? 0;
    // A part ends where the next cut is: on its stop (dropped), or between two characters.
    const end = k < cuts.length ? (cuts[k] ?? 0) : text.length;
    if (text.slice(start, end).trim().length > 0) parts.push({ start, end, leadEnd: sharedOpening ? firstTime : prefixEnd });
  }
  // "…共举办学术讲座11场…。下半年计划再办…，力争全年突破4000人次": a closing sentence that plans is no event.
  const plan = PLANNED_SENTENCE.exec(text);
  if (plan && plan.index > 0) {
    const cut = plan.index + 1;
    whole.segments[0]!.end = cut;
    for (let k = parts.length - 1; k >= 0; k--) {
      if (parts[k]!.start >= cut) parts.splice(k, 1);
      else parts[k]!.end = Math.min(parts[k]!.end, cut);
    }
  }
  // "…现场参加学生850名；同时通过抖音号同步直播，线上观看3200人次", "…；抖音直播间同步宣讲，累计观看1.2万人次": a part
  // held at the same time (with no day of its own) or streamed with it is the same event.
  for (let k = parts.length - 1; k >= 1; k--) {
    const words = text.slice(parts[k]!.start, parts[k]!.end);
    const sameTime = SAME_TIME.test(words) && !hits.some((h) => h.index >= parts[k]!.start && h.index < parts[k]!.end);
    // "…来了四十多号人 下午又跟他去地里转了转 看了六户": a later time of day spent with the same person, counting no people
    // of its own, is the same outing continued.
    const sameParty = SAME_PARTY_LATER.test(words) && !figures.some((f) => f.people && f.index >= parts[k]!.start && f.index < parts[k]!.end);
    if (!sameTime && !sameParty && !SIMULCAST.test(words.slice(0, 16))) continue;
    parts[k - 1]!.end = parts[k]!.end;
    parts.splice(k, 1);
  }
  if (parts.length < 2) return whole;
  // "…如下：一、本周一（2月2日）…；二、本周三…十九人。\n特此报告。县疾控中心…": the items of an enumeration (一、二、…, in
  // turn), each dated and counting something, are the events; the closing lines that date and count nothing (a sign-off, a
  // signature) end the last of them. Without such items those lines keep a letter whole (a 。 or ； inside one event's
  // account is no cut of its own).
  const bare = (p: Segment): boolean => !figures.some((f) => f.index >= p.start && f.index < p.end) && !hits.some((h) => h.index >= p.start && h.index < p.end);
  const items = [...parts];
  while (items.length > 2 && bare(items[items.length - 1]!)) items.pop();
  const inTurn = items.length >= 2 && items.length <= ORDINALS.length && items.every((p, k) => new RegExp(`(?:^|[：:；;\\s。])\\s*${ORDINALS[k]}\\s*、`, 'u').test(text.slice(p.start, p.end)));
  if (inTurn && items.every((p) => hits.some((h) => h.index >= p.start && h.index < p.end) && figures.some((f) => f.index >= p.start && f.index < p.end))) {
    items[items.length - 1]!.end = text.length;
    return { segments: items, skip: new Set<number>(), skipped: [] };
  }
  const own = (p: Segment, pred: (x: { index: number }) => boolean, list: Array<{ index: number }>): boolean => list.some((x) => x.index >= p.start && x.index < p.end && pred(x));
  // Not "…75 came; 18 of our pilots flew…; livestream 400 viewers": who ran it or watched online are no audience of a part's own.
  const eachHasPeople = parts.every((p) => own(p, (f) => (f as Figure).people && roleOf(f as Figure) !== 'staff' && roleOf(f as Figure) !== 'online', figures));
  // "同一天各乡镇联动点12个…", "第二天又去…": a part dated by the one before it.
  const eachHasDate = parts.every((p) => own(p, () => true, hits) || SAME_OR_NEXT_DAY.test(text.slice(p.start, p.start + 6)) || (p.start > 0 && SESSION_START.test(text.slice(p.start, p.start + 24))));
  // "上午在王家坳村讲…；下午去李庄村讲…；最后到河东村…走了8户": each at a place of its own, each counting something.
  const places = parts.map((p) => OWN_PLACE.exec(text.slice(p.start, p.end))?.[1]);
  const eachHasPlace = places.every((x) => x !== undefined) && new Set(places).size === places.length;
  const eachHasSomething = parts.every((p) => own(p, () => true, figures) || (MILESTONE.test(text.slice(p.start, p.end)) && own(p, () => true, hits)));
  // Each part at its own time of day (上午…；下午…), each counting something: two events, not two sessions of one.
  const sessions = parts.every((p) => TIME_OF_DAY.test(text.slice(p.start, Math.min(p.end, p.start + 14)))) && eachHasSomething;
  if (sessions) return { segments: parts, skip: new Set<number>(), skipped: [] };
  const numbered = parts.every((p) => /^\s*(\d{1,2}\s*[.、)]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、是])/u.test(text.slice(p.start, p.end)));
  return eachHasPeople || ((eachHasDate || numbered || eachHasPlace) && eachHasSomething) ? { segments: parts, skip: new Set<number>(), skipped: [] } : whole;
}
