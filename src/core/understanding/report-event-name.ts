// The name a clerk would write for a chatty report: the place and the event's own phrase ("白马乡春耕备耕技术培训"
// from "昨天下午在白马乡政府三楼会议室搞了个春耕备耕技术培训县科协专家服务团来了两个专家讲的…"), read from the
// words around the event's noun, never the sentence it sits in.

/** Nouns that name an event (not "服务团", "宣传栏", "培训班的老师"). */
const EVENT_NOUN = /(?:讲座|培训班?|宣讲|宣传|展览|科普展|特展|巡展|竞赛|大赛|比赛|评审|演练|开放日|咨询|义诊|仪式|夏令营|冬令营|研学|论坛|沙龙|报告会|座谈会|现场会|交流会|推介会|观摩会|推进会|部署会|动员会|发布会|分享会|表彰会|启动会|全委会|常委会|年会|大会|大集|赶集|实验秀|科普秀|演出|放映|讲堂|课堂|夜校|调研|调查|走访慰问|走访|慰问|下乡|进万家|进校园|进社区|进乡村|上门服务|志愿服务|技术指导|现场指导|活动|科技节|科普节|艺术节|读书节|嘉年华)(?![团队员站栏部车者长处室馆组会委周单册页品])/gu;
/** Words a name never runs back across: verbs of doing, pronouns, times, places' prepositions, punctuation. */
const CUT = /(?:搞了个|搞了一场|搞了场|搞了一次|搞了|搞|办了一场|办了个|办了场|办了|举办了|举办|开展了|开展|组织了|组织|开了个|开了一场|开了场|开了|做了一场|做了个|做了|进行了|进行|请了|来了|去了|到了|跑了|上了|又讲了|讲了|在|到|给|为|跟|我们|咱们|俺们|我校|本校|我会|我司|今天|今儿|昨天|昨儿|前天|上午|下午|晚上|中午|当天|那天|那边|这边|终于|顺利|圆满|一起|已经|已|也|都|就|还|又|了|一共|总共|共计|累计|合计|共|实际|来|据|是|那个|这个|关于|参加|其中|做|摆了|摆摊|召开|举行|[\s，,。；;！!?？:：、|（）()#@~～*《》【】])/gu;
/** An event noun that needs its object to mean anything ("走访慰问" → "走访慰问一线科技工作者"). */
const NEEDS_OBJECT = /^(?:走访慰问|走访|慰问|宣讲|宣传|咨询|志愿服务|上门服务|调研|调查|活动|下乡)$/u;
/** What a name never starts with: "的", "把", "那个", "一次", "有个". */
const LEADING = /^(?:的|把|将|有个|上次那个|上次|那个|这个|那场|这场|一次|一场|一个|个|场|次)+/u;
const PLACE = /(?:乡(?!镇)|镇|村|社区|街道|小学|中学|中心校|一中|二中|三中|科技馆|文化站|文化广场|广场|敬老院|老年大学|医院|卫生院|公司|厂|党校|体育馆|报告厅)(?![长干民委里头口])/gu;
const PLACE_CUT = /(?:搞了|办了|在|到|去了|去|给|跟|和|据|反映|我们|咱们|俺们|今天|昨天|前天|上午|下午|晚上|这几天|那几天|前几天|最近|近期|那个|这个|赴|分赴|深入|走进|转发|本周[一二三四五六日]?|上周[一二三四五六日]?|[\s，,。；;！!?？:：、|（）()"“”])/gu;

/**
 * The event's name in `words` (normalised: simplified characters, dates and figures blanked to spaces), written as
 * in `original` (the same text as the author wrote it, of the same length), or undefined when none is found.
 */
export function eventName(words: string, original: string = words): string | undefined {
  for (const m of words.matchAll(EVENT_NOUN)) {
    const end = m.index + m[0].length;
    const window = Math.max(0, m.index - 24);
    const back = backTo(words, m.index, 24, CUT);
    // A name cut in the middle of a word is no name.
    if (back.length === m.index - window && window > 0) continue;
    const before = back.replace(LEADING, '');
    const phrase = before + m[0];
    if (/^(?:活动)$/u.test(phrase)) continue;
    let name = phrase;
    // "应急逃生讲座+疏散演练", "科技活动周启动仪式暨科普展览": events joined are one name.
    const joined = /^\s*[+＋暨及](\p{Script=Han}{2,10}?)(?=[\s，,。；;！!]|$)/u.exec(words.slice(end, end + 14));
    if (joined) name += `${words[end + joined.index + joined[0].indexOf(joined[1] ?? '') - 1] ?? '+'}${joined[1] ?? ''}`;
    // "冬季应急避险科普讲座（防火、防煤气中毒）": a short note in brackets is part of the name.
    const note = /^[（(][^）)\s]{2,12}[）)]/u.exec(words.slice(end, end + 16));
    if (note && !joined) name += note[0];
    // "“科普进万家”入户宣传": the event goes on to a noun of its own.
    const more = new RegExp(`^([”’"]?[\\p{Script=Han}“”]{0,6}?)(${EVENT_NOUN.source})`, 'u').exec(words.slice(end, end + 14));
    if (more && !joined && !note && !/[，,。；;\s]/u.test(more[1] ?? '')) name += more[0];
    // "走访慰问了一线科技工作者": a bare verb of an event takes its object.
    if (NEEDS_OBJECT.test(m[0]) && !more && before === '') {
      const object = /^了?((?![的人来在已那这原跟就])\p{Script=Han}{2,12}?)(?=[\s，,。；;！!]|来了|共|累计|参加|人|$)/u.exec(words.slice(end, end + 16));
      if (!object?.[1]) continue;
      name += object[0];
    }
    // An opening quote is closed: "“科普进万家”".
    if ((name.match(/“/gu) ?? []).length > (name.match(/”/gu) ?? []).length && words[m.index - before.length + name.length] === '”') name += '”';
    if (name.length < 3) continue;
    const from = m.index - before.length;
    const written = original.slice(from, from + name.length);
    const place = new RegExp(PLACE.source, 'u').test(before) ? undefined : placeBefore(words, from);
    const placeWritten = place ? original.slice(place.at, place.at + place.name.length) : '';
    return (place && !name.includes(place.name) ? `${placeWritten}${written}` : written).slice(0, 30);
  }
  return undefined;
}

/** The words just before `at`, at most `max` characters, back to the last cut word. */
function backTo(words: string, at: number, max: number, cut: RegExp): string {
  const window = words.slice(Math.max(0, at - max), at);
  let start = 0;
  for (const c of window.matchAll(cut)) start = c.index + c[0].length;
  return window.slice(start);
}

/** The first place named before the event ("白马乡", "县老年大学"), as its own words. */
function placeBefore(words: string, at: number): { name: string; at: number } | undefined {
  for (const p of words.slice(0, Math.max(0, at)).matchAll(PLACE)) {
    const name = backTo(words, p.index, 6, PLACE_CUT) + p[0];
    if (name.length >= 3 && /^\p{Script=Han}+$/u.test(name)) return { name, at: p.index + p[0].length - name.length };
  }
  return undefined;
}
