// Short follow-ups that are only a figure or a value: "横幅是8条", "服务群众180人", "120人", "改成周四".
import type { CivilDate } from '../dates/civil-date.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { readValue } from './correction-value.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';
import type { Correction } from './read-correction.js';

/** "横幅是8条", "户数68户": a short line that restates one figure; applied only when a recent record has it. */
export function softCorrection(text: string, today: CivilDate): Correction | undefined {
  if (text.length > 20) return undefined;
  const m = /^([\p{Script=Han}]{1,6}?)(?:是|为|应为)?\s*([\d一二两三四五六七八九十百千万]+)\s*([\p{Script=Han}]{1,2})$/u.exec(text);
  if (!m) return undefined;
  // "志愿者12个": people of a role, counted by 个, are that role's figure (人(志愿者)), not a count of things; the
  // people name the figure, not a record.
  const role = readValue(text, today, text);
  if (role?.field === 'metric' && role.unit.startsWith('人(')) return { ...role, ref: {}, soft: true };
  const figure = findFigures(`${m[2]}${m[3]}`).figures[0];
  if (!figure || figure.people) return undefined;
  return { field: 'metric', unit: figure.unit, value: figure.value, ref: { words: m[1] ?? '' }, soft: true };
}

/**
 * A later clause of a correction that is one figure and the few words of who or what it counts ("服务群众180人",
 * "志愿者20人"): the headcount, a labelled figure of helpers, or a metric. Undefined for anything else.
 */
export function readFigureClause(raw: string, today: CivilDate): Correction | undefined {
  const text = normalizeText(raw.trim()).replace(/[。!！]+$/u, '');
  const { figures } = findFigures(text);
  const f = figures[0];
  if (!f || figures.length > 1 || text.length > 16 || findMessageDates(text, today).hits.length > 0) return undefined;
  const before = text.slice(0, f.index);
  if (!/^[\p{Script=Han}]{0,6}$/u.test(before) || /(那|这|条|场|次|日期|时间)/u.test(before) || text.slice(f.index + f.length).trim().length > 3) return undefined;
  const value = readValue(text, today, text);
  return value && value.field !== 'date' ? { ...value, ref: {} } : undefined;
}

/**
 * "230人，刚才打错了", "230人，不好意思刚才写错了": a closing clause that owns up to a slip, naming no field or record,
 * says nothing of the value said before it.
 */
const OWNED_SLIP = /[,，。]\s*(?:不好意思|抱歉|sorry)?[,，]?\s*(?:刚才|刚刚|之前|前面|上面|刚)?(?:我)?(?:打错|写错|输错|说错|报错|填错|搞错|弄错|记错)(?:了)?(?:[,，]?\s*(?:不好意思|抱歉|sorry))?[。!！~～\s]*$/u;

/**
 * A message that is only a value ("120人", "约120人次", "11月5日", "周四", "改成周四", "资料300份"): right after
 * a record or a question it fixes that field. Undefined for anything with more words than the value.
 */
export function readBareValue(raw: string, today: CivilDate): Correction | undefined {
  const text = digitsForEnglishNumbers(normalizeText(raw.trim()).toLowerCase())
    .replace(OWNED_SLIP, '')
    .replace(/^(不对|错了)?[,，]?\s*(应该是|应是|应为|是|就是|改成|改为|其实是|实际是|实际)?\s*/u, '')
    .replace(/[。!！,，]+$/u, '')
    .trim();
  if (text === '' || text.length > 16 || /[?？吗]/u.test(text)) return undefined;
  const { hits } = findMessageDates(text, today);
  const hit = hits[0];
  if (hit && hit.index === 0 && hit.length >= text.replace(/(那天|当天|的|办的)$/u, '').length) return { field: 'date', value: hit.date, dateEnd: hit.end, ref: {} };
  if (hits.length > 0) return undefined;
  const { figures } = findFigures(text);
  const f = figures[0];
  if (!f || figures.length > 1) return undefined;
  // Only the figure and a few words of what it counts: "120人", "约120人次", "资料300份", "300份资料".
  const before = text.slice(0, f.index).replace(/(约|大约|大概|共|共计|一共|参加|参与|到场|来了|实到|发放|发了|的)/gu, '').trim();
  const after = text.slice(f.index + f.length).replace(/(左右|上下|的)/gu, '').trim();
  // "320人是人次": a word of what the figure is, after it, says something of it other than its value.
  if (before.length > 2 || after.length > 3 || /(那|这|条|场|次|人数|日期|是|为|有)/u.test(before) || /^(?:是|为|算)/u.test(after)) return undefined;
  if (f.people) {
    const unit = /人次/u.test(f.written) ? '人次' : '人';
    return { field: 'headcount', value: f.value, unit, approximate: f.approximate, ref: {} };
  }
  return { field: 'metric', unit: f.unit, value: f.value, ref: {} };
}
