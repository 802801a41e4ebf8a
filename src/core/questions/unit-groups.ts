// Units named as a group by their kind ("三个乡镇", "两所学校", "各乡镇科协"): which unit names belong to it.
import type { Activity } from '../activities/activity-schema.js';
import { userIdOf } from '../schedules/plan-facts.js';
import type { Team } from '../schedules/subscription-schema.js';

/** Schools by how their names end or run (实验小学, 县一中, 城关镇中心校). */
const SCHOOL = /学校|小学|中学|[一二三四五六七八九十\d][中小]|中心校|幼儿园|职校|职高/u;

/** The unit names a kind word means: a 乡镇 is the township itself or its 科协 (城关镇中心校 is a school). */
export const KIND_OF_UNIT: Record<string, (name: string) => boolean> = {
  乡镇: (n) => /(?:乡|镇)(?:科协|科普协会|人民政府|政府|农技站)?$/u.test(n) && !SCHOOL.test(n),
  学校: (n) => SCHOOL.test(n),
  社区: (n) => /社区/u.test(n),
  街道: (n) => /街道/u.test(n),
  企业: (n) => /企业|公司|厂|集团/u.test(n),
};

/** "三个乡镇", "两所学校", "几家企业", "各乡镇科协": a count or 各, then a kind of unit (its 科协 may follow). */
export const UNIT_GROUP = /(?:[两二三四五六七八九十\d]{1,2}|几)(?:个|所|家)(乡镇|学校|社区|街道|企业)(?:科协)?|各个?(乡镇|学校|社区|街道|企业)(?:科协)?/u;

/** The kind a group phrase names ("三个乡镇科协" → 乡镇), or undefined. */
export function groupKind(text: string): { kind: string; index: number; length: number } | undefined {
  const m = UNIT_GROUP.exec(text);
  const kind = m?.[1] ?? m?.[2];
  return m && kind ? { kind, index: m.index, length: m[0].length } : undefined;
}

/** True when a unit's name is of the kind. */
export const isOfKind = (kind: string, name: string): boolean => KIND_OF_UNIT[kind]?.(name) ?? false;

/** The records reported by units of a kind: stamped with such a unit, or by the people of one in the directory. */
export function groupRecords(kind: string, live: readonly Activity[], units: readonly Team[]): { records: Activity[]; names: string[] } {
  const of = units.filter((u) => isOfKind(kind, u.name));
  const people = new Set(of.flatMap((u) => u.people.map((p) => userIdOf(p) ?? p)));
  const records = live.filter((a) => (a.reporterUnit !== undefined && isOfKind(kind, a.reporterUnit)) || people.has(a.by));
  const names = [...new Set([...of.map((u) => u.name), ...records.flatMap((a) => (a.reporterUnit !== undefined && isOfKind(kind, a.reporterUnit) ? [a.reporterUnit] : []))])];
  return { records, names };
}

/** The place a unit is named after (城关镇科协 → 城关镇, 东街社区居委会 → 东街社区), or undefined when it names none. */
export function placeOfUnit(unit: string): string | undefined {
  const place = /^(\p{Script=Han}{1,10}?(?:乡|镇|村|社区|街道))(?:科协|科普协会|人民政府|政府|居委会|村委会|党委)?$/u.exec(unit)?.[1];
  return place && place.length >= 2 ? place : undefined;
}
