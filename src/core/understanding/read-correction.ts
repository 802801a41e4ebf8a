// Reads a correction in words: "更正：刚才那条人数应为85人", "不对，是上周五不是周四",
// "correction: 120 people, not 102". What it changes, and the old value when one is named.
import type { CivilDate } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';

/** The new value of one field, and the old value the author named (to find the right record). */
export type Correction =
  | { field: 'headcount'; value: number; approximate: boolean; old?: number }
  | { field: 'date'; value: CivilDate; dateEnd: CivilDate | null; old?: CivilDate }
  | { field: 'metric'; unit: string; value: number; old?: number }
  | { field: 'unclear' };

const LEAD = /^(更正|纠正|修正|订正|改正|勘误|correction|correct|fix|更改|改一下|修改一下)\s*[:：,，!！]?\s*|^(不对|错了|写错了|搞错了|弄错了|说错了|记错了|打错了|sorry|oops)\s*[,，。!！:：]?\s*/u;
const TO = /(应为|应该为|应该是|应是|改成|改为|更正为|实际是|实际为|其实是|是|为|should be|is|was)/u;
const PEOPLE_WORD = /(人数|人次|人|people|attendees|headcount)/u;
const DATE_WORD = /(日期|时间|哪天|号|星期|周|date|day)/u;

/** The correction in a message, or undefined when the message is not one. */
export function readCorrection(raw: string, today: CivilDate): Correction | undefined {
  const text = normalizeText(raw.trim()).replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (text.length > 300) return undefined;
  const lead = LEAD.exec(text);
  const body = lead ? text.slice(lead[0].length) : text;
  const hasTo = /(应为|应该为|应该是|应是|改成|改为|更正为|should be)/u.test(body);
  if (!lead && !hasTo) return undefined;
  if (!lead && !/^(人数|日期|刚才|上一条|那条|资料|\S{0,6}(应为|应该是|改成|改为))/u.test(body)) return undefined;
  // Split "是X不是Y" / "X, not Y" / "不是Y是X" into the new and the old part.
  let fresh = body;
  let old = '';
  let m: RegExpExecArray | null;
  if ((m = /^(.*?)(?:而)?不是(.+)$/u.exec(body)) && m[1]?.trim()) {
    fresh = m[1];
    old = m[2] ?? '';
  } else if ((m = /^(?:.*?)不是(.+?)[,，、]?\s*(?:而)?是(.+)$/u.exec(body))) {
    old = m[1] ?? '';
    fresh = m[2] ?? '';
  } else if ((m = /^(.*?)[,，]?\s*\b(?:not|instead of)\b(.+)$/u.exec(body))) {
    fresh = m[1] ?? '';
    old = m[2] ?? '';
  }
  const toAt = TO.exec(fresh);
  const newPart = toAt && toAt.index !== undefined && /(应|改|更正|实际|其实|should)/u.test(toAt[0]) ? fresh.slice(toAt.index + toAt[0].length) : fresh;
  const newDates = findMessageDates(newPart, today).hits;
  const oldDates = findMessageDates(old, today).hits;
  if (newDates.length === 1 && newDates[0]) {
    const d = newDates[0];
    return { field: 'date', value: d.date, dateEnd: d.end, ...(oldDates[0] ? { old: oldDates[0].date } : {}) };
  }
  const figures = findFigures(newPart).figures;
  const oldFigures = findFigures(old).figures;
  const bare = /(?<![\d.])(\d{1,7}(?:\.\d+)?)(?![\d.])/u.exec(newPart);
  const oldBare = /(?<![\d.])(\d{1,7})(?![\d.])/u.exec(old);
  const f = figures[0];
  if (f && f.people) return { field: 'headcount', value: f.value, approximate: f.approximate, ...(oldFigures[0] ? { old: oldFigures[0].value } : oldBare ? { old: Number(oldBare[1]) } : {}) };
  if (f) return { field: 'metric', unit: f.unit, value: f.value, ...(oldFigures[0] ? { old: oldFigures[0].value } : {}) };
  if (bare && PEOPLE_WORD.test(body)) return { field: 'headcount', value: Number(bare[1]), approximate: false, ...(oldBare ? { old: Number(oldBare[1]) } : {}) };
  if (DATE_WORD.test(body) && newDates.length === 0 && oldDates.length === 0) return { field: 'unclear' };
  return lead || hasTo ? { field: 'unclear' } : undefined;
}
