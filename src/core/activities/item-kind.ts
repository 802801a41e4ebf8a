// Whom an item's target counts and what it names of its own beside its place and deeds: a record credited to the
// target is of that kind, not merely held at the same place (科技馆) or doing the same deed (下乡).
import { matchKey, normalizeText } from '../text/normalize.js';
import { isGenericPhrase, objectTermsOf } from './item-object.js';

/**
 * The kinds of people a target may count with its verb (接待参观群众 … 人次, 服务农户 … 户): the words in a target's
 * subject that name the kind, and the words a record uses when it counts people of that kind. 群众, 人员 and the
 * like are anyone, so a target of them (参与群众) names no kind.
 */
const KINDS: ReadonlyArray<{ named: RegExp; counted: RegExp }> = [
  // Visitors: received, come to a 馆 or into it ("带学生去县科技馆", "在县科技馆开营"), or counted in 人次 where the 馆
  // is not named as a landmark; not passers-by at its door who watched a display ("在县科技馆门口…约500人次"), nor a
  // programme the 馆 runs ("科技馆暑期培训营").
  {
    named: /参观|观众|游客/u,
    counted:
      /^(?![^]*馆(?:门口|门前|大门|外|前|旁|附近|对面|广场|周边))[^]*(?:人次|人流|客流)|接待|参观|观众|游客|散客|来馆|到馆|进馆|入馆|馆内|在馆|研学|开放日|(?:去|到|进|来|走进|在)了?[\p{Script=Han}]{0,3}馆(?!门|外|前|旁|附近|对面|广场|周边|[\p{Script=Han}]{0,3}(?:门口|广场))|visitor|visited|audience|person-times|\b(?:at|in|to) (?:the )?(?:county )?(?:science museum|\S*馆)/iu,
  },
  // Farmers served: by name (a crop's growers too: 蚕农, 烟农, 菇农) or as households counted ("服务农户60户", "二十来户").
  {
    named: /农户|农民|果农|菜农|种植户|养殖场?户/u,
    counted: /农户|农民|[果菜茶梨蜂蚕桑烟椒菇瓜蔗]农|种植户|养殖场?户|大棚户|[\d一二两三四五六七八九十百千几多余来]户|farmers|households/iu,
  },
];

/** The kinds the item's targets count, as the words a record counting them uses; empty when no target counts a kind. */
export function countedKindsOf(targets: ReadonlyArray<{ subject: string; unit: string }>): RegExp[] {
  return KINDS.filter((k) => targets.some((t) => k.named.test(t.subject))).map((k) => k.counted);
}

/** A 馆 is where an item's work happens (县科技馆), not what it is about: the museum's object is its 展品. */
const HALL = /[县市省]?[\p{Script=Han}]{0,3}?馆|(?:county)?(?:science)?museum/giu;
/** A trip is a deed any body does (下乡, 进校园): the item's own is the one it qualifies (科技志愿服务下乡, 专家服务团下乡). */
const TRIP = /三?下乡|进校园|进社区/gu;
/**
 * What is done to an object, or how it is planned (更新, 采购, 方案, 下乡): the deed is not the object, and another
 * item's record may do the same deed (a department's 下乡 with books is not the 专家服务团's).
 */
const DEEDS = /更新|方案|采购|布置|三?下乡|进校园|进社区|开展|组织|举办|推进|完成|实施|建设|每月|全年|[和及与]/gu;

/** Pieces of a phrase that are neither its place, nor its deeds, nor generic words. */
const ownPieces = (phrase: string, least = 2): string[] =>
  matchKey(phrase).replace(HALL, '|').replace(DEEDS, '|').split('|').filter((p) => p.length >= least && !isGenericPhrase(p));

/**
 * The item's own objects, besides its place and its deeds: its object terms cut at each 馆 and deed, keeping the
 * pieces that are not generic words, with their head word ("推进县科技馆展品更新" → 展品, "专家服务团下乡" → 专家服务团, 专家).
 */
export function distinctObjectsOf(item: { title: string; text: string }): string[] {
  const out = new Set<string>();
  for (const piece of objectTermsOf(`${item.title}${item.text}`).flatMap((t) => ownPieces(t))) {
    out.add(piece);
    if (piece.length > 2 && !isGenericPhrase(piece.slice(0, 2))) out.add(piece.slice(0, 2));
  }
  return [...out];
}

/** How the item qualifies a trip of its own: the words before it ("科技志愿服务下乡" → head 科技, tail 务, 科技志愿服务). */
export interface TripQualifier {
  head: string;
  tail: string;
  phrase: string;
}

/** The trips the item makes, with the words it qualifies them by. */
export function tripQualifiersOf(item: { title: string; text: string }): TripQualifier[] {
  const text = normalizeText(`${item.title}。${item.text}`);
  const out: TripQualifier[] = [];
  for (const m of text.matchAll(TRIP)) {
    const phrase = matchKey(text.slice(Math.max(0, m.index - 8), m.index).split(/开展|组织|举办|推进|每月|全年|[\p{P}\s]/u).pop() ?? '');
    if (phrase.length >= 2) out.push({ head: phrase.slice(0, 2), tail: phrase.slice(-1), phrase });
  }
  return out;
}

/** The record's trip qualified as the item's: its head word near it ("送科技下乡", "下乡送科技") or its last word before it ("宣讲团下乡"). */
function itemsTrip(key: string, qualifiers: readonly TripQualifier[]): boolean {
  for (const m of key.matchAll(TRIP)) {
    const around = `${key.slice(Math.max(0, m.index - 4), m.index)}|${key.slice(m.index + m[0].length, m.index + m[0].length + 3)}`;
    if (qualifiers.some((q) => around.includes(q.head) || key[m.index - 1] === q.tail)) return true;
  }
  return qualifiers.some((q) => q.phrase.length >= 4 && key.includes(q.phrase));
}

/** The item as `ofOwnKind` reads it. */
export interface ItemKind {
  kinds: readonly RegExp[];
  objects: readonly string[];
  trips: readonly TripQualifier[];
}

/**
 * Whether a record on the item's topic is of the item's own kind. An item that counts no kind of people takes any; one
 * that does takes a record whose topic words say more than the item's place and deeds ("果树修剪", "球幕"), or that
 * counts the kind, names one of the item's own objects or makes the item's own trip. A record at the item's place
 * only ("科技馆门口摆展板") or making a trip of its own ("部门下乡送书") is not: it is offered, never linked.
 */
export function ofOwnKind(recordText: string, topicWords: readonly string[], item: ItemKind): boolean {
  if (item.kinds.length === 0) return true;
  // A topic's word may be one character of its own ("蜂" of 养蜂户), so any piece left counts.
  if (topicWords.some((w) => ownPieces(w, 1).length > 0)) return true;
  const key = matchKey(recordText);
  return item.kinds.some((k) => k.test(recordText)) || item.objects.some((o) => key.includes(o)) || itemsTrip(key, item.trips);
}
