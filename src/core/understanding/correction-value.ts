// The value a part of a correction writes: a date, a headcount (with its unit) or a labelled figure.
import type { CivilDate } from '../dates/civil-date.js';
import { scanNumbers } from '../text/scan-numbers.js';
import { FIELD_WORDS } from './correction-words.js';
import { roleOf } from './headcount.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';
import { roleLabel } from './people-label.js';

/** "the training on the 8th had 53 trainees, not 35": against an old figure, a date in the new part names the record. */
export function withoutDayNamingRecord(part: string, old: string, today: CivilDate): string {
  if (!scanNumbers(old).some((t) => !t.invalid) || findMessageDates(old, today).hits.length > 0) return part;
  const hits = findMessageDates(part, today).hits;
  if (hits.length === 0) return part;
  let cut = part;
  for (const h of [...hits].sort((a, b) => b.index - a.index)) cut = `${cut.slice(0, h.index)} ${cut.slice(h.index + h.length)}`;
  return findFigures(cut).figures.length > 0 ? cut : part;
}

export type Value =
  | { field: 'headcount'; value: number | null; unit?: '人' | '人次'; approximate: boolean }
  | { field: 'date'; value: CivilDate; dateEnd: CivilDate | null }
  | { field: 'metric'; unit: string; value: number };

/** The value written in one part of a correction; `whole` names the field when the part is a bare number. */
export function readValue(part: string, today: CivilDate, whole: string): Value | undefined {
  const trimmed = part.trim();
  if (trimmed === '') return undefined;
  // "我们大年初二才开的馆，开始日期应该是初二": the part names a New Year day the whole message set in context.
  const newYear = /大年|正月|春节|过年|新春/u;
  const dates = findMessageDates(newYear.test(whole) && !newYear.test(trimmed) && /^初/u.test(trimmed) ? `正月${trimmed}` : daySpan(trimmed, today), today).hits;
  if (dates[0]) return { field: 'date', value: dates[0].date, dateEnd: dates[0].end };
  // "是人次哈": a particle closing the line says nothing of the unit.
  if (/^(人次|人)\s*(?:哈|啊|呀|哦|嘛|吧|啦|的)?\s*[,，。!！~～]?$/u.test(trimmed)) return { field: 'headcount', value: null, unit: trimmed.startsWith('人次') ? '人次' : '人', approximate: false };
  const figure = findFigures(trimmed).figures[0];
  // "应该是志愿者20人": helpers are a labelled figure ("人(志愿者)"), not the participants.
  if (figure?.people && roleOf(figure) === 'staff') return { field: 'metric', unit: `${/人次/u.test(figure.written) ? '人次' : '人'}(${roleLabel(figure)})`, value: figure.value };
  // "人数打反了，是64个": 个 counts the people when the message names the headcount.
  if (figure && !figure.people && figure.unit === '个' && FIELD_WORDS.find(([re]) => re.test(whole))?.[1] === 'headcount') {
    return { field: 'headcount', value: figure.value, unit: '人', approximate: figure.approximate };
  }
  if (figure?.people) {
    const unit = /人次/u.test(figure.written) ? '人次' : /人|名|位/u.test(figure.written) ? '人' : undefined;
    return { field: 'headcount', value: figure.value, ...(unit ? { unit } : {}), approximate: figure.approximate };
  }
  if (figure) return { field: 'metric', unit: figure.unit, value: figure.value };
  // A bare number needs a field name ("人数…是58"); "改成80" alone could be any figure, so we ask.
  const bare = scanNumbers(trimmed).find((t) => !t.invalid && (t.arabic || t.written.length > 1));
  const named = FIELD_WORDS.find(([re]) => re.test(whole))?.[1];
  if (!bare || !named) return undefined;
  if (named === 'date') return undefined;
  if (named === 'headcount') return { field: 'headcount', value: bare.value, approximate: bare.approximate || /(约|大约|about|around)/u.test(trimmed) };
  return { field: 'metric', unit: named, value: bare.value };
}

/** "16、17两天", "16号到17号": two days of no month are of the latest month that has had them. */
export function daySpan(part: string, today: CivilDate): string {
  const m = /^(\d{1,2})(?:日|号)?\s*(?:、|和|至|到|-|~)\s*(\d{1,2})(?:日|号)?(?:这)?(?:两|三|几)?天?/u.exec(part);
  if (!m) return part;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (from < 1 || to <= from || to > 31) return part;
  const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
  const month = to <= d ? mo : mo === 1 ? 12 : mo - 1;
  const year = to <= d || mo > 1 ? y : y - 1;
  return `${year}年${month}月${from}日至${month}月${to}日${part.slice(m[0].length)}`;
}
