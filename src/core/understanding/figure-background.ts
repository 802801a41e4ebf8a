// Counts in a report that are not figures of the activity: the background a writer gives before the news
// ("空调坏了两次", "车间上了十几台机器人，但会维护的人太少"), a number that is part of a name ("二十四节气"),
// the total of a series when the record is one session of it ("一共办了4期…其中最后一期"). Also the bare
// headcounts written without a unit: "观众加起来400多～", "audience about 200". Each test reads a few
// characters around the number, so a message is still read in linear time.

/** A fault or breakdown just before the number: "空调坏了两次", "设备故障3次". */
const FAULT = /(坏了?|坏掉了?|故障|出故障|出了?问题|停电了?|断电了?|停水了?|断网了?|跳闸了?|死机了?|漏水了?|失灵了?)\s*$/u;
/** The topic's name follows: "讲的是二十四节气", "主题是三大球". */
const TOPIC = /(讲的是|讲的|主题是|主题为|题目是|题为|名为|围绕)\s*$/u;
/** A unit character that, with the next one, makes a word: "二十四节气", "八大门诊", not a count of 节 or 门. */
const UNIT_IN_WORD = /^(节气|节日|台风|台阶|门诊|门户|期间|期刊|场馆|场所|场景|次元|本领|本事)/u;
/** A contrast after a count ("…十几台机器人，但会维护的人太少"): the sentence states a situation. */
const CONTRAST_AFTER = /^[^。！!？?\n]{0,40}?[，,]\s*(?=但|可是|可(?![以能])|不过|然而|只是)/u;
/** Doing words: a sentence with one of these reports something done, and its counts are figures. */
const DOING = /(办|搞|举办|开展|组织|召开|举行|讲|培训|活动|宣传|发放|发了|送|接待|参观|展出|展览|放映|演出|比赛|竞赛|走访|慰问|义诊|咨询|参加|参与|来了|到了|服务|上课|授课|印|制作)/u;
/** "其中最后一期", "其中第三期": the record is one session of a series whose total came before. */
const ONE_OF_SERIES = /其中\s*(?:的\s*)?(?:最后|最末|第\s*[一二三四五六七八九十\d]+|头|首|末)?\s*[一1]?\s*[期场次批轮届]/u;
const SERIES_UNITS = new Set(['期', '场', '场次', '次', '批', '轮', '届']);
/** Session units a 二 before names the session by ("二期"); 次 is left to "二次供水" (figure-skips.ts). */
const NAMED_SESSION_UNITS = new Set(['期', '场', '批', '轮', '届']);
/** "全年跑了", "这学期一共走了": the opening of a tally over a year or a term. */
const PERIOD_TALLY = /^\s*(?:全年|一年(?:下来|到头)?|今年(?:以来)?|这一年|本年度?|本学期|这学期|整个学期|一学期(?:下来)?|年内)\s*(?:一共|总共|共|累计|合计)?\s*(?:跑了|走了|去了|到了|进了|走进了?|巡了|共)\s*$/u;
/** Equipment borrowed or used for the event ("VR设备借了3台", "借用了学校2台天文望远镜"): not what it produced ("架了6台望远镜" is). */
const USED = /(借了?|借用了?|租了?|租用了?|使用了?|调来了?|搬来了?)[^，,。；;！!？?\n]{0,4}$/u;
/** The office's own ground before a count of places: "管着…三个乡镇", "辖区内有12个村", "负责的五个村". */
const JURISDICTION = /(?:管着|管著|管辖|管轄|下辖|下轄|辖区内?有|轄區內?有|分管|包片|负责的|負責的)[^，,。；;！!？?\n\d]{0,16}$/u;
/** One day of a run, before its count: "初三一天", "最多的一天", "其中周六". */
const ONE_DAY_OF_RUN = /(?:一天|单日|最多的一天|最多那天|高峰|峰值|peak)[^，,。；;！!？?\n\d]{0,4}$/u;
/** The size of a place: "面积320亩", "占地约2000平方米". */
const AREA = /(?:面积|占地|规模)[^，,。；;！!？?\n\d]{0,4}$/u;
const AREA_UNITS = /^(?:万?亩|公顷|平方米|平米|平方公里)$/u;
/** Sessions that did not happen: "停了2场", "取消了一场". */
const CALLED_OFF = /(停了|取消了?|暂停了?|停演了?|少了|缺了)\s*$/u;
/** What was talked about, counted: "主要讲了秋季的6个节气", "介绍了3种方法". */
const TOPIC_COUNT = /(讲了|讲解了|介绍了|讲到了?|学习了|认识了)[^，,。；;！!？?\n]{0,8}?$/u;

/**
 * "为两家企业筹建企业科协…。另一家的成立大会尚在筹备中": a count of things that holds one still to come is no figure of
 * what was done. `whole` is the message before a step to come was blanked (same offsets).
 */
export function withoutPartlyToCome<T extends { people: boolean; index: number; length: number; written: string; unit: string }>(figures: T[], whole: string): T[] {
  return figures.filter((f) => f.people || !/^[两二三四五六七八九2-9]\s*\p{Script=Han}{0,2}$/u.test(f.written) || !stillToCome(f.unit).test(whole.slice(f.index + f.length, f.index + f.length + 300)));
}

/** "另一家（…）的成立大会尚在筹备中", "另外一所预计9月进行": another of the same unit, not yet done. */
function stillToCome(unit: string): RegExp {
  const u = unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`另(?:外)?(?:一|1)\\s*${u}[^。！!？?\\n]{0,30}?(?:尚在|尚未|还在|还没|正在筹备|筹备中|预计|将于|拟于|计划于?|待)`, 'u');
}

/** The sentence around a position: back to the last stop and on to the next. */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(0, start - 80);
  const head = text.slice(from, start);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('!'), head.lastIndexOf('？'), head.lastIndexOf('?'), head.lastIndexOf('\n'));
  const tail = text.slice(end, end + 80);
  const stop = tail.search(/[。！!？?\n]/u);
  return { before: head.slice(cut + 1), after: stop >= 0 ? tail.slice(0, stop) : tail };
}

/**
 * Whether a count of things (not people) at [start, end) is background, a name or a series total rather than
 * a figure of the activity reported. `unitAt` is where its unit starts, `clause` the words just before it.
 */
export function notAnActivityFigure(text: string, start: number, unitAt: number, end: number, unit: string, clause: string): boolean {
  if (FAULT.test(clause)) return true;
  // "讲解员分两组带": how the staff split up to guide, not a count of the activity (分三批参观, 分4场 are).
  if (unit === '组' && /(?:分|分成|分为)\s*$/u.test(clause) && /^(带|讲解|引导|负责|轮流|值守)/u.test(text.slice(end, end + 2))) return true;
  // "其中最后一期", "这一场", "新一轮": which session, not how many.
  if (/^[一1]\s*$/u.test(text.slice(start, unitAt)) && /(最后|最末|其中|这|那|同|上|下|头|首|新)\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return true;
  // "7/20–7/24 二期 27 个 kids", "县科协二届": 二 before a session's unit is its name (a count of two says 两期); so is
  // the 一期 of a list that goes on to its 二期.
  const n = text.slice(start, unitAt).trim();
  if (NAMED_SESSION_UNITS.has(unit) && (n === '二' || (n === '一' && new RegExp(`(?:^|[^\\d〇一二两三四五六七八九十百千第])二\\s*${unit}`, 'u').test(text.slice(end, end + 200))))) return true;
  // "两轮下来一共来了两百多位", "三场下来": over the sessions told, the time a total was gathered in, no count of its own.
  if (SERIES_UNITS.has(unit) && /^\s*下来/u.test(text.slice(end, end + 4))) return true;
  if (TOPIC.test(text.slice(Math.max(0, start - 6), start))) return true;
  // "我们法庭管着青山、白马、柳河三个乡镇", "站里负责的五个村": what the office is answerable for, not places reached.
  if (['个', '所', '家', '处'].includes(unit) && JURISDICTION.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (['台', '架', '套', '部'].includes(unit) && USED.test(clause)) return true;
  if (SERIES_UNITS.has(unit) && CALLED_OFF.test(clause)) return true;
  // Not "讲了三个专题", "介绍了四个模块": the parts a training's programme was given in are counted.
  if (['个', '种', '类'].includes(unit) && TOPIC_COUNT.test(clause) && !/^(?:专题|模块|板块|单元|课题)/u.test(text.slice(end, end + 2))) return true;
  if (UNIT_IN_WORD.test(text.slice(unitAt, unitAt + 2))) return true;
  const { before, after } = sentenceAround(text, start, end);
  // "车间上了十几台工业机器人，但会维护的人太少": a situation, in a sentence that does nothing before its "但".
  const contrast = CONTRAST_AFTER.exec(after);
  if (contrast && !DOING.test(before + contrast[0])) return true;
  // "自2019年起在长岭村建设示范基地，面积320亩，每年承担…": the size of a place told as background, in a sentence
  // that does nothing, is no figure of the event held there (not "推广新品种面积2000亩", a sentence doing something).
  if (AREA_UNITS.test(unit) && AREA.test(clause) && !DOING.test(before + after) && /(?:自|从)\s*\d{4}\s*年|建设|建成|建有|拥有|现有/u.test(before)) return true;
  // "今年巡展最后一站…全年跑了14所学校": places gone to over a longer period, the series' tally, not this event's.
  if (PERIOD_TALLY.test(before) && /^(?:所|个|站|处|家)$/u.test(unit)) return true;
  // "初一到初七共放映 31 场…peak 是初三一天 9 场": sessions of one day inside a run whose total came before are part of it.
  if (SERIES_UNITS.has(unit) && ONE_DAY_OF_RUN.test(text.slice(Math.max(0, start - 12), start)) && new RegExp(`(?:共|累计|合计|总共|一共)[^。；;\\n]{0,12}?[\\d一二两三四五六七八九十百]+\\s*${unit}`, 'u').test(text.slice(Math.max(0, start - 100), start))) return true;
  // "一共办了4期，每期5天。其中最后一期…": the series' total is not this session's figure.
  if (SERIES_UNITS.has(unit) && ONE_OF_SERIES.test(text.slice(end, end + 60))) return true;
  return false;
}

/** Words for the people who came, in English: "audience about 200", "visitors around 1,500", "turnout: 80". */
const EN_AUDIENCE = /\b(?:audience|attendance|attendees|participants|visitors|turnout|crowd|spectators|students|pupils|kids|children|residents|villagers|farmers|seniors)\s*(?:(?:[:=~]|of|was|were|is|about|around|approx\.?|approximately|nearly|over|roughly|some)\s*)*$/u;
/** People added up before the number: "观众加起来400多～", "村民一共有80". */
/** "群众估计八百多发资料三千多份": in text without stops (speech), the next clause opening on what was handed out. */
export const UNPUNCTUATED_NEXT = /^(?:发了?|发放|送了?|资料发|资料送|效果)/u;
/** "咨询的加上领资料的有一千五左右": the people named by what they did, then how many there were. */
const DOERS_COUNTED = /(?:咨询|参加|参观|听讲?|观看|看|来|到场|领[^，,。;；\s]{0,3})的\s*(?:加起来|一共|总共|合计)?\s*(?:有|是)\s*(?:约|大概|差不多)?\s*$/u;
const PEOPLE_SUMMED = /(观众|听众|群众|居民|村民|学生|孩子|家长|游客|市民|农民|参加的|来的人|人)\s*(?:加起来|加一块|一共|总共|合计|共计|总计|累计|算下来)\s*(?:有|是|约|大概|差不多)?\s*$/u;

/** A number with no unit that is still the count of people: the words before it say so, and nothing follows. */
export function bareHeadcount(before: string, rest: string): boolean {
  const ends = /^\s*($|[,，。.;；!！~～…\n]|吧|啊|呀|哈|[\p{Extended_Pictographic}])/u.test(rest) || UNPUNCTUATED_NEXT.test(rest);
  return ends && (EN_AUDIENCE.test(before) || PEOPLE_SUMMED.test(before) || DOERS_COUNTED.test(before));
}

/** An occasion before this one, at the head of its clause: "去年这个活动才来了五十来人". */
const EARLIER_OCCASION = /^[^，,。；;！!？?\n]{0,4}?(?:去年|前年|往年|往届|上一?届|上一?次|上一?回|以前|以往)/u;
/** This occasion, beside it: "今年来了九十多位". */
const THIS_OCCASION = /今年|这次|这回|本次|本届|这一届|今天/u;

/**
 * People counted at an earlier occasion, given to compare ("去年这个活动才来了五十来人，今年来了九十多位"): not a
 * figure of this one. Only when another count of people is said to be this occasion's.
 */
export function withoutEarlierOccasion<T extends { people: boolean; context: string }>(figures: T[]): T[] {
  const earlier = figures.filter((f) => f.people && EARLIER_OCCASION.test(f.context));
  if (earlier.length === 0 || !figures.some((f) => f.people && !earlier.includes(f) && THIS_OCCASION.test(f.context))) return figures;
  return figures.filter((f) => !earlier.includes(f));
}
