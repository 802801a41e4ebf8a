// The name of a reported event: the clause that says what was done and where, never a cut fragment, a
// greeting, a date's leftover or a list mark.
import type { DateHit } from './message-dates.js';
import type { Figure } from './message-figures.js';
import type { Segment } from './report-split.js';
import { eventName } from './report-event-name.js';
import { normalizeText } from '../text/normalize.js';

const LEAD = /^(记录|登记|log|活动|新增活动)\s*[:：]?\s*/iu;
const VERBS = /^(?:共|共计|累计|合计)?(举办了?|开展了?|组织了?|召开了?|举行了?|进行了?|开了|搞了|办了|held|organi[sz]ed|ran)\s*/iu;
/** "白马乡搞了果树冬剪培训": a verb of doing between a place and the event is not part of the name. */
const INNER_VERB = /(?<=\p{Script=Han}{2})(?:搞了|开展了|举办了|组织了|举行了|进行了|办了)(?=\p{Script=Han}{2})/gu;

/** "下午讲健康" from "两场讲座：…" becomes "讲座：下午讲健康", so the kind of event is not lost. */
export function withKind(title: string, kind: string | undefined): string {
  return kind && kind.length >= 2 && !title.includes(kind) ? `${kind}：${title}`.slice(0, 40) : title;
}

/** Words that make a clause name an event: what was done, not the background around it. */
const EVENT_VERB = /(举办|开展|组织|召开|举行|进行|搞了|办了|开了|做了|讲了|接待|走访|慰问|启动|开幕|授牌|揭牌|成立|held|ran|organi[sz]ed)/iu;
const TITLE_NOUN = /(讲座|培训|活动|展览|科普展|竞赛|大赛|比赛|宣传|下乡|巡展|讲堂|课堂|演练|开放日|咨询|仪式|营|论坛|沙龙|报告会|座谈会|现场会|全委会|会议|大会|大集|秀|夜校|研学|义诊|服务|调研|走访|慰问|talk|fair|tour|workshop|lecture|event|class|camp|forum)/iu;
/** Greetings and background: "各位领导好", "我是…", "说一下…", "事情多". */
const BACKGROUND = /(各位|领导好|老师好|您好|我是|汇报一下|跟大家|说一下|同步一下|顺带|事情多|没顾上|补报|fyi|原本|原计划|后来|排队|最高|最多|在催|还差|其中)/iu;
/** Words that are never an event's name on their own (a time of day, a weekday note). */
const NOT_A_NAME = /^(今天|昨天|上午|下午|晚上|两场|今天两场|\d+\.?|[（(]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][）)]?)$/u;
const LIST_MARK = /^\s*(?:[-*•·]|[①-⑳]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、)）:：]|(?:\d{1,2})\s+(?=\p{Script=Han}))\s*/u;

/**
 * The event's name: the clause that best says what was done (an event verb and noun, not a greeting or
 * background), without dates, figures, list marks, lead words and verbs; never a cut fragment.
 */
export function titleOf(original: string, text: string, seg: Segment, figures: Figure[], dates: DateHit[]): string {
  const clause = clauseTitle(original, text, seg, figures, dates);
  // Tested in simplified characters: "專題講座" names an event as "专题讲座" does.
  const plain = normalizeText(clause);
  if (seg.line || (!POOR.test(plain) && TITLE_NOUN.test(plain) && clause.length <= 24)) return clause;
  // "下午在白马乡政府三楼会议室个春耕备耕技术培训县科协专家…": the event's own phrase, with its place.
  const blank = text.slice(0, seg.end).split('');
  for (const d of dates) {
    blank.fill(' ', d.index, d.index + d.length);
    for (let k = d.index + d.length; k < Math.min(blank.length, d.index + d.length + 2) && /[份底初末旬号日]/u.test(text[k] ?? ''); k++) blank[k] = ' ';
  }
  for (const f of figures) blank.fill(' ', f.index, f.index + f.length);
  return eventName(blank.slice(seg.start).join(''), original.slice(seg.start, seg.end)) ?? clause;
}

/** A clause that is no name: a pronoun, a verb of coming or doing, a lead word, a report's opening. */
const POOR = /(我们|俺们|咱们|我校|来了|搞|那个|那场|那次|^据|报告|统计|汇报|^是|了$|的$|^小\p{Script=Han}$|^(?:上午|下午|晚上|中午|今天|昨天)|应到|实到|组织的)/u;

function clauseTitle(original: string, text: string, seg: Segment, figures: Figure[], dates: DateHit[]): string {
  const hidden = new Uint8Array(text.length);
  for (const d of dates) {
    hidden.fill(1, d.index, d.index + d.length);
    // "11月份", "上旬（" : what the date leaves behind is not part of the name.
    let k = d.index + d.length;
    while (k < text.length && /[份底初末旬号日\s]/u.test(text[k] ?? '') && k < d.index + d.length + 2) hidden[k++] = 1;
  }
  const figureMask = new Uint8Array(text.length);
  const tokenMask = new Uint8Array(text.length);
  for (const f of figures) {
    figureMask.fill(1, /\s/u.test(text[f.index - 1] ?? '') ? f.index : Math.max(0, f.index - f.context.length), f.index + f.length);
    tokenMask.fill(1, f.index, f.index + f.length);
  }
  const pieces: Array<{ start: number; end: number }> = [];
  const body = text.slice(seg.start, seg.end);
  for (const m of body.matchAll(/(?:[^，,。；;！!\n\s:：]|(?<=[a-z])\s+(?=[a-z]))+/gu)) pieces.push({ start: seg.start + (m.index ?? 0), end: seg.start + (m.index ?? 0) + m[0].length });
  const clean = (p: { start: number; end: number }, dropFigures: boolean): string => {
    let out = '';
    for (let i = p.start; i < p.end; i++) if (!hidden[i] && !(dropFigures && tokenMask[i])) out += original[i] ?? '';
    return out
      .trim()
      .replace(LIST_MARK, '')
      .replace(/^[、,，.。)）(（\s]+|[、,，(（\s]+$/gu, '')
      .replace(LEAD, '')
      .replace(/^(去年|今年|前年)/u, '')
      // "第二天又去东关社区…": the day after and "again" are no part of the name.
      .replace(/^(?:第二天|次日|当天|随后|接着|然后|又|再|还)+/u, '')
      .replace(/^(在|于|去|到)/u, '')
      .replace(VERBS, '')
      .replace(INNER_VERB, '')
      .replace(/^(的|of)\s*/u, '')
      .replace(/[（(]([^）)]*)[）)]/gu, (all, inner: string) => (original.includes(`${inner}${all}`) || inner.length === 0 ? '' : all))
      .replace(/^[^（(]*[）)]/u, (m) => m.slice(0, -1))
      .replace(/[（(][^）)]*$/u, '')
      .replace(/^[^（(]*?[）)]/u, '')
      .trim();
  };
  const withFigure = (p: { start: number; end: number }): boolean => figureMask.subarray(p.start, p.end).some((x) => x === 1);
  const score = (t: string): number => (EVENT_VERB.test(t) ? 2 : 0) + (TITLE_NOUN.test(t) ? 3 : 0) - (BACKGROUND.test(t) ? 4 : 0);
  const candidates = pieces
    .filter((p) => !withFigure(p))
    .map((p) => clean(p, false))
    .filter((t) => t.length >= 2 && !NOT_A_NAME.test(t) && /[\p{Script=Han}a-z]{2}/iu.test(t));
  // "清水镇马家村 蔬菜大棚病虫害防治 专家2人": a list line's words together.
  // "3月22日是世界水日，我站开展…": the day's name told as background is not the event's.
  const named = candidates.filter((t) => !/^是/u.test(t));
  if (seg.line && candidates.length > 0) return (named.length > 0 ? named : candidates).join(' ').slice(0, 40);
  let best: string | undefined;
  for (const t of candidates) if (best === undefined || score(t) > score(best)) best = t;
  if (best && score(best) > 0) return best.slice(0, 40);
  // No clause names the event on its own: the clause with the figure, without the number ("科技馆接待参观群众").
  for (const p of pieces) {
    const t = clean(p, true);
    if (t.length >= 2 && score(t) >= 0 && !NOT_A_NAME.test(t) && /[\p{Script=Han}a-z]{2}/iu.test(t)) return t.slice(0, 40);
  }
  if (best) return best.slice(0, 40);
  return (figures[0]?.context || original.slice(seg.start, seg.start + 20)).trim() || '活动';
}
