// A place and a kind of activity in a question's topic ("县一中讲座", "城关镇培训"): the records held at that place
// (named in full or short, 县一中 = 县第一中学, or reported for that unit) whose own title is of that kind.
import type { Activity } from '../activities/activity-schema.js';
import { unitKey } from './answer-signups.js';
import { isPlaceKind } from './places.js';
import { namesUnit } from './unit-records.js';

/** Kinds a count names at the end of its topic, and the words a record's title uses for each. */
const KINDS: Array<{ asked: RegExp; title: RegExp }> = [
  { asked: /(?:科普|专题|健康|安全|主题)?(?:讲座|报告会|讲堂)$/u, title: /讲座|报告会|讲堂|宣讲/u },
  { asked: /(?:技术|技能|实用技术)?培训班?$/u, title: /培训/u },
  { asked: /(?:科普)?(?:展览|巡展|展)$/u, title: /(?<![开发进推拓扩])展(?!开)/u },
  { asked: /(?:竞赛|比赛|大赛)$/u, title: /竞赛|比赛|大赛/u },
  { asked: /义诊$/u, title: /义诊/u },
  { asked: /(?:夏令营|冬令营|研学)$/u, title: /夏令营|冬令营|研学|科学营/u },
  { asked: /开放日$/u, title: /开放日|开放/u },
  { asked: /座谈会?$/u, title: /座谈/u },
];

/** How a place's name ends (乡镇, villages, schools, venues, companies). */
const PLACE_END = /(?:乡|镇|村|街道|社区|小区|学校|小学|中学|[一二三四五六七八九十\d][中小]|中心校|幼儿园|职校|学院|大学|馆|广场|公园|企业|公司|集团|厂|园区|医院|卫生院|敬老院|养老院|党校|科协|协会|学会|基地)$/u;

/** The place and kind a topic names, or undefined when its first part is not a place. */
export function placeKindOf(topic: string): { place: string; kind: number } | undefined {
  for (const [k, kind] of KINDS.entries()) {
    const m = kind.asked.exec(topic);
    if (!m) continue;
    const place = topic.slice(0, m.index).replace(/^(?:在|到|去|进)/u, '').replace(/(?:的|里|那边|这边)$/u, '');
    if (place.length >= 2 && place.length <= 20) return { place, kind: k };
    return undefined;
  }
  return undefined;
}

const LAST = KINDS.map((k) => new RegExp(k.title.source, 'gu'));

/** The kind a record's title is: the kind word written last ("县一中科技创新大赛动员讲座" is a 讲座). */
function kindOfTitle(title: string): number {
  let best = -1;
  let at = -1;
  LAST.forEach((re, k) => {
    for (const m of title.matchAll(re)) {
      if (m.index >= at) [best, at] = [k, m.index];
    }
  });
  return best;
}

/** A name that is a place by how it ends, or a unit the records were reported for ("恒达机械"). */
const isPlace = (place: string, live: readonly Activity[]): boolean =>
  PLACE_END.test(place) || PLACE_END.test(unitKey(place)) || live.some((a) => a.reporterUnit !== undefined && namesUnit(place, a.reporterUnit));

/** The records at the place a topic names, of its kind; undefined when the topic names no place and kind. */
export function placeKindRecords(topic: string | null, live: readonly Activity[]): Activity[] | undefined {
  const found = topic ? placeKindOf(topic) : undefined;
  // "学校讲座", "农村培训": a kind of place, read with the place kinds elsewhere.
  // "流动科技馆巡展": a travelling exhibition goes from place to place; it is not held at one.
  // "科技下乡培训": 下乡 is going out to the villages, not a township's name.
  if (!found || isPlaceKind(found.place) || /^流动/u.test(found.place) || /下乡$/u.test(found.place) || !isPlace(found.place, live)) return undefined;
  const key = unitKey(found.place);
  return live.filter((a) => kindOfTitle(a.title) === found.kind && (unitKey(`${a.title}${a.text}`).includes(key) || (a.reporterUnit !== undefined && namesUnit(found.place, a.reporterUnit))));
}
