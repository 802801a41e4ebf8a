// Corrections said whole in one form, read before the record they name is looked for: the year ("是去年的"), the
// unit ("应该算人次，不是人"), the kind of event ("不是展览是竞赛"), a word of the title changed or added, a number for a
// number ("change 600 to 660"), and the plan item named in English ("should count toward 科技活动周").
import type { CivilDate } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';
import { countedAs, EN_LINK, kindSwap, POINTER_ONLY, REF, TITLE_NOT, TITLE_NOT_IS, TITLE_SAID, TITLE_WRONG, unitSwap, YEAR } from './correction-words.js';
import type { Correction } from './read-correction.js';
import { findFigures } from './message-figures.js';

/** Words read in lower case ("3d打印") as the message wrote them ("3D打印"). */
export function asWritten(raw: string, words: string): string {
  const said = normalizeText(raw);
  const at = said.toLowerCase().indexOf(words);
  return at >= 0 ? said.slice(at, at + words.length) : words;
}

/** "标题帮我加上“义诊”两个字", "名称里加上健康咨询": a word to add to the title, the record named before 标题. */
const TITLE_ADD = /^([\p{Script=Han}\d]{0,12}?)(?:的)?(?:标题|名称|活动名称|题目|名字)(?:里|上|中|里面)?(?:帮我|帮忙|请|麻烦)?(?:再)?(?:加上|加个|添上|补上|写上|写进|写明|带上|标上|注明|加)\s*[“"'「『]?([\p{Script=Han}a-z\d]{1,10}?)[”"'」』]?\s*(?:这?[两三四五六几]个字|这个词|二字|三字|字样)?(?=[,，。；;!！]|$)/u;

/** What follows 写上/注明 that is no word for the title: 一下 (a verb's tail), a field's name (地点, 时间). */
const NOT_TITLE_WORDS = /^(?:一下|一声|下|是)|^(?:地点|时间|日期|人数|名称|单位|情况|内容|主题|名字|标题)$/u;

/** A title addition said in a later clause: the record is the one named before a pointer in the first, if any. */
function retitle(m: RegExpExecArray | null, named: string | undefined): RegExpExecArray | null {
  if (!m || m[1]) return m;
  m[1] = named ?? '';
  return m;
}

/** "16号那个…", "培训那条…": the words before a pointer that opens the message, naming the record. */
function namedBeforePointer(body: string): string | undefined {
  const words = /^([\p{Script=Han}\d]{2,12}?)(?:那个|那条|那场|那次|这个|这条|这场)/u.exec(body)?.[1];
  return words && !POINTER_ONLY.test(words) ? words : undefined;
}

/** The correction when `body` (its lead words gone) says it in one of these forms; undefined when it does not. */
export function readWholeForm(body: string, raw: string, today: CivilDate): Correction | undefined {
  const year = YEAR.exec(body.replace(/^(这条|那条|刚才那条|刚才的)/u, ''));
  if (year?.[1]) {
    const now = Number(today.slice(0, 4));
    return { field: 'year', year: year[1] === '去年' ? now - 1 : year[1] === '前年' ? now - 2 : now, ref: {} };
  }
  const unit = unitSwap(body) ?? countedAs(body);
  // "16号那个应该写人次", "培训那条要算人次": the words before the pointer name the record whose unit is wrong.
  const pointedAt = namedBeforePointer(body);
  if (unit && pointedAt && !unit.ref.words) return { ...unit, ref: { ...unit.ref, words: pointedAt } };
  if (unit) return unit;
  const swapped = kindSwap(body.replace(/^(这条|那条|刚才那条|刚才的|这个|那个)/u, ''));
  if (swapped) return { ...swapped, ref: {} };
  // "竞赛标题错了，是航模不是车模": the record named before 标题, a word of its title swapped.
  const titled = TITLE_WRONG.exec(body);
  const titleSwap = titled && !REF.test(titled[1] ?? '') ? kindSwap(body.slice(titled[0].length)) : undefined;
  if (titled && titleSwap) return { ...titleSwap, ref: !titled[1] || /^(活动|记录|刚才|之前|上面)$/u.test(titled[1]) ? {} : { words: titled[1] } };
  // "the workshop 名字写错了，it's 3D打印 not 3D建模": a word of the title; the record is the one whose title has the old.
  const retitled = TITLE_SAID.test(body) ? (TITLE_NOT.exec(body) ?? TITLE_NOT_IS.exec(body))?.groups : undefined;
  const named2 = (w: string | undefined): w is string => w !== undefined && /\p{Script=Han}|[a-z]{2}/u.test(w) && !/^[\d./-]+$/u.test(w);
  // "地点写错了，是在青石镇开的，不是白马乡": the place, without 在 and the verb of holding it.
  const fresh = retitled?.fresh?.replace(/^在(\p{Script=Han}{2,8}?)(?:开|办|搞|举办|举行|召开|办的|开的)?的?$/u, '$1');
  // "25号那个现场会地点写错了…": the words before the pointer name the record.
  if (retitled && named2(fresh) && named2(retitled.old) && fresh !== retitled.old) return { field: 'title', value: asWritten(raw, fresh), old: retitled.old, ref: pointedAt ? { words: pointedAt } : {} };
  // "标题帮我加上“义诊”两个字，那天…，数不变": a word added to the title; the reason after it changes nothing.
  // "刚才那条主要讲的是防溺水，标题里写上防溺水": a clause saying what the event was about, then the word to add, in a
  // clause of its own; the first clause names the record only by a pointer or the words before it.
  const lastClause = /[,，。；;]\s*([^,，。；;]+?)[。!！]?$/u.exec(body);
  const added = TITLE_ADD.exec(body) ?? (lastClause?.[1] && findFigures(body).figures.length === 0 ? retitle(TITLE_ADD.exec(lastClause[1]), namedBeforePointer(body)) : null);
  // "注明一下是线上的", "注明地点": not the words to add (a verb's tail, or the name of a field); asked, never written in.
  if (added?.[2] && !NOT_TITLE_WORDS.test(added[2])) return { field: 'title', value: asWritten(raw, added[2]), ref: added[1] && !/^(这条|那条|刚才那条|刚才的|这个|那个)$/u.test(added[1]) ? { words: added[1].replace(/(那条|这条|那个|那场|那次|的)$/u, '') } : {} };
  // "change 600 to 660": a number for a number, in whichever field holds it.
  const changed = /^(?:pls\s+|please\s+)?change\s+(?:the\s+)?(\d+)\s+(?:to|into)\s+(\d+)(?![\d.])/u.exec(body);
  if (changed?.[1] && changed[2]) return { field: 'number', value: Number(changed[2]), old: Number(changed[1]), ref: {} };
  // "the robotics demo should count toward 科技活动周": the plan item, the English words before it naming the record.
  const enLink = /[a-z]{2}/u.test(body) ? EN_LINK.exec(body) : null;
  if (enLink?.[1] && /\p{Script=Han}{2}|[a-z]{3}/u.test(enLink[1]) && !/\d/u.test(enLink[1])) {
    const words = body.slice(0, enLink.index).replace(/\b(?:the|this|that|one|it|record|entry|pls|please|oh|also|so)\b/gu, ' ').replace(/[,，。:：\s]+/gu, ' ').trim();
    return { field: 'item', words: enLink[1].trim(), ref: words.length >= 2 ? { words } : {} };
  }
  return undefined;
}
