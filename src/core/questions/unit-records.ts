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
