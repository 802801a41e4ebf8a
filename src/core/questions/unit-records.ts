// A reporting unit named in a question ("实验小学", "白馬鄉科協", "恒达机械"): the records its people reported, and those naming it.
import type { Activity } from '../activities/activity-schema.js';
import { matchKey } from '../text/normalize.js';
import { unitKey } from './answer-signups.js';

/** Names every unit shares, which never name one unit. */
const GENERIC_UNIT = /^(科协|协会|学会|学校|小学|中学|单位|乡镇|社区|企业|部门)$/u;

/** True when the topic is this unit's name, or its leading part ("恒达机械" of 恒达机械企业科协, "县一中" of 县第一中学). */
export function namesUnit(topic: string, unit: string): boolean {
  const [t, u] = [unitKey(topic), unitKey(unit)];
  if (t.length < 2 || GENERIC_UNIT.test(t)) return false;
  return t === u || (t.length >= 3 && u.startsWith(t));
}

/**
 * The records of the unit a topic names: reported by its people (the directory stamps reporterUnit), or
 * with its full name in their words. Undefined when no record was reported by such a unit, so the topic is
 * read as words and places instead. Records held in the unit's township by others are not the unit's.
 */
export function unitRecords(topic: string | null, live: readonly Activity[]): Activity[] | undefined {
  if (!topic) return undefined;
  const byUnit = live.filter((a) => a.reporterUnit !== undefined && namesUnit(topic, a.reporterUnit));
  if (byUnit.length === 0) return undefined;
  const key = matchKey(topic);
  return live.filter((a) => byUnit.includes(a) || matchKey(`${a.title}${a.text}`).includes(key));
}

/** A team of people: a department (from what users said, "我是科普部") with the ids of its people. */
export interface PeopleTeam {
  name: string;
  people: readonly string[];
}

/** The records of the team a topic names ("科普部五月份干了哪些事"): those its people reported; undefined when it names none. */
export function teamRecords(topic: string | null, live: readonly Activity[], teams: readonly PeopleTeam[] = []): Activity[] | undefined {
  if (!topic) return undefined;
  const team = teams.find((t) => t.people.length > 0 && (unitKey(t.name) === unitKey(topic) || namesUnit(topic, t.name)));
  if (!team) return undefined;
  const people = new Set(team.people);
  return live.filter((a) => people.has(a.by));
}

/** Kinds that name no kind of work ("农技协的活动"): every record of the team. */
const ANY_WORK = /^(?:活动|工作|事情?|记录)$/u;

/** A township or village name, which names a place before it names the unit of that place (白马乡 of 白马乡科协). */
const PLACE_NAME = /(?:乡|镇|村|街道|社区)$/u;
/** What a unit's short name leaves off ("恒达机械" of 恒达机械企业科协): a whole word, never part of one (城关镇科|协). */
const UNIT_TAIL = /^(?:企业|公司)?(?:科协|协会|学会|分会)$/u;

/** True when `who` is the unit's name, or its name without the kind of body it is, and not a bare place. */
const leadsWithUnit = (who: string, unit: string): boolean => {
  const [w, u] = [unitKey(who), unitKey(unit)];
  return w === u || (w.length >= 2 && !PLACE_NAME.test(w) && u.startsWith(w) && UNIT_TAIL.test(u.slice(w.length)));
};

/**
 * A team or unit named first and the kind of work after it ("农技协下乡", "白马乡科协培训"): the records its people
 * reported (a department's people, or those stamped with the unit), and the kind (null for any work). A department
 * is named in full; a unit also without its 科协/协会 (恒达机械), never by a bare place ("白马乡下乡" is the place's). Undefined
 * when the topic starts with no known team or unit; the longest name wins.
 */
export function whoAndKind(topic: string | null, live: readonly Activity[], teams: readonly PeopleTeam[] = []): { records: Activity[]; kind: string | null } | undefined {
  if (!topic) return undefined;
  const units = [...new Set(live.flatMap((a) => (a.reporterUnit === undefined ? [] : [a.reporterUnit])))];
  for (let k = Math.min(topic.length - 2, 20); k >= 2; k--) {
    const who = topic.slice(0, k);
    const kind = topic.slice(k).replace(/^的/u, '');
    if (kind.length < 2) continue;
    const team = teams.find((t) => t.people.length > 0 && unitKey(t.name) === unitKey(who));
    const unit = team ? [] : units.filter((u) => leadsWithUnit(who, u));
    const records = team ? live.filter((a) => team.people.includes(a.by)) : unit.length > 0 ? live.filter((a) => a.reporterUnit !== undefined && unit.includes(a.reporterUnit)) : undefined;
    if (records) return { records, kind: ANY_WORK.test(kind) ? null : kind };
  }
  return undefined;
}
