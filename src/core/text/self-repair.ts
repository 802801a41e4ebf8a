// A speaker's repair inside one message: "上周五啊不对是上周六在…", "三十个，不对，是四十个人",
// "发了500张，噢不是500张是600张", "…放了电影两场，…，哦电影是周一不是周二". The repaired words are replaced by the
// corrected ones, so a report that fixes itself is a report of the corrected day or figure, not a correction of
// some earlier record. A repair with nothing before it to repair ("不对，是上周六") is left alone.

/** Hesitation, a repair word, then what is meant: "啊不对是", "，说错了，是", "哦写错了是", "？？不对 十五个". */
const REPAIR = /[，,、 ]{0,3}[啊呀呃哦嗯噢]?[，,、 ]{0,3}(?:不对不对|不对|说错了|说错|写错了|打错了|口误|哦不(?!是)|不是不是)[，,、 ！!]{0,3}(?:(?:应该|其实)?是)?\s{0,3}/gu;
const NUMERAL = /[\d零一二两三四五六七八九十百千万]/u;
/** A day said again in the repair: 上周六, 周一, 星期三, 12号, 昨天. */
const DAY = /(?:上+|这|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|[\d一二三四五六七八九十]{1,3}(?:号|日)|[今昨前]天/gu;
/** What may stand between a figure and its repair: its unit, an approximation, hesitation marks. */
const FIGURE_TAIL = /^(人次|[个人名位张份场次户件批组期])?(?:左右|上下|来|多|余)?[？?！!。…~～\s]*$/u;
/** The number a repair says: "三千二", "201". */
const REPAIR_NUMBER = /^[\d零一二两三四五六七八九十百千万]+/u;
/** A unit after the repair's number: it says its own. */
const UNIT_AFTER = /^(?:人次|[个人名位张份场次户件批组期])/u;
/** Why the figure was wrong, said after the repair: "，刚才看串行了", "，数字弄反了". */
const REASON = /^[，,]\s*(?:刚才|刚刚|我)?[^，,。；;！!？?\n]{0,6}?(?:串行|看串|弄反|搞反|写反|记反|看错|看岔|记错|记混|搞混|弄混|说错|打错|写错)了?(?=[，,。；;！!\n~～]|$)/u;
/** How far back the repaired words may start: a figure just before, a day within the clause or the one before. */
const REACH = 8;
const DAY_REACH = 40;
/** "哈哈打错了" left after a repair. */
const SLIP_TAIL = /[，,。 ]*(?:哈+)?(?:打错了?|写错了?|说错了?)[了啦哈。！!~～\s]*$/u;

/** The message with each repair applied; unchanged when a repair opens it or the repaired words are unclear. */
export function dropSelfRepairs(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(REPAIR)) {
    const at = m.index ?? 0;
    const rest = text.slice(at + m[0].length);
    const next = rest[0];
    if (at <= from || next === undefined) continue;
    const before = text.slice(from, at);
    const said = /是\s*$/u.test(m[0]);
    const day = dayRepair(before, rest);
    if (day) {
      out += day.text;
      from = at + m[0].length + day.used;
      continue;
    }
    // "发资料两千三百份，不对，是三千二，数字弄反了": the figure with its unit, the reason dropped.
    const figure = NUMERAL.test(next) ? figureStart(before) : undefined;
    if (figure) {
      const number = REPAIR_NUMBER.exec(rest)?.[0] ?? '';
      const after = rest.slice(number.length);
      const own = UNIT_AFTER.exec(after)?.[0] ?? '';
      const reason = REASON.exec(after.slice(own.length))?.[0].length ?? 0;
      // 个 counts anything: a bare "二百零一" is left for the reader to place (or ask about).
      out += before.slice(0, figure.start) + number + (own || (figure.unit === '个' ? '' : (figure.unit ?? '')));
      from = at + m[0].length + number.length + own.length + reason;
      continue;
    }
    const start = repairedStart(before, next, said);
    if (start === undefined) continue;
    out += before.slice(0, start);
    from = at + m[0].length;
  }
  const repaired = out + text.slice(from);
  const clause = clauseRepair(repaired);
  return from > 0 || clause !== repaired ? clause.replace(SLIP_TAIL, '') : clause;
}

/** "上周五乡里…下村，哦写错了是上周六，在…": the last day of the same shape before is replaced, the words between kept. */
function dayRepair(before: string, rest: string): { text: string; used: number } | undefined {
  const said = new RegExp(`^(?:${DAY.source})`, 'u').exec(rest);
  if (!said) return undefined;
  const window = before.slice(-DAY_REACH);
  const offset = before.length - window.length;
  let last: RegExpExecArray | undefined;
  for (const d of window.matchAll(DAY)) if (sameShape(d[0], said[0])) last = d as RegExpExecArray;
  if (!last) return undefined;
  const start = offset + (last.index ?? 0);
  const kept = before.slice(start + last[0].length);
  const text = before.slice(0, start) + said[0] + kept;
  // "…下村，哦写错了是上周六，在…": one comma, not two.
  const skip = kept !== '' && /[，,。、]$/u.test(kept) && /^[，,。、]/u.test(rest.slice(said[0].length)) ? 1 : 0;
  return { text, used: said[0].length + skip };
}

function sameShape(a: string, b: string): boolean {
  const shape = (s: string): string => (/(?:周|星期|礼拜)/u.test(s) ? 'week' : /[号日]$/u.test(s) ? 'date' : 'day');
  return shape(a) === shape(b);
}

/** "三十个，" before a repair: where the figure starts and the unit it was said in. */
function figureStart(before: string): { start: number; unit: string | undefined } | undefined {
  const floor = Math.max(0, before.length - REACH);
  // "九十几个": a loose figure is repaired whole.
  const digit = (c: string | undefined): boolean => NUMERAL.test(c ?? '') || c === '几';
  let k = before.length;
  while (k > floor && !digit(before[k - 1])) k--;
  const tail = FIGURE_TAIL.exec(before.slice(k).replace(/[，,、]+$/u, ''));
  if (k === floor || !tail) return undefined;
  while (k > floor && digit(before[k - 1])) k--;
  return { start: k, unit: tail[1] };
}

/** Where the words being repaired start in `before`: the last word that opens as the repair does, or a figure. */
function repairedStart(before: string, next: string, said: boolean): number | undefined {
  const floor = Math.max(0, before.length - REACH);
  // "上周五啊不对是上周六": the repair opens with the same character as the words it replaces.
  const same = before.lastIndexOf(next);
  if (said && same >= floor && !/[，,。；;！!？?\n]/u.test(before.slice(same))) return same;
  if (!NUMERAL.test(next)) return undefined;
  // "三十个不对是四十个", "一千五左右？？不对 十五个": the last number, its unit and what trails it.
  let k = before.length;
  while (k > floor && !NUMERAL.test(before[k - 1] ?? '')) k--;
  if (k === floor || !FIGURE_TAIL.test(before.slice(k))) return undefined;
  while (k > floor && NUMERAL.test(before[k - 1] ?? '')) k--;
  return k;
}

/**
 * A clause of its own that repairs words said before: "，噢不是500张是600张", "，哦电影是周一不是周二",
 * "，电影不是周二是周一". The wrong words must be found before it (next to the subject when one is named, else
 * exactly once); they are replaced and the repairing clause is dropped.
 */
const CLAUSE = /[，,。；;\s]+[啊哦噢呃嗯]?[，, ]{0,2}([^，,。；;\s是不]{0,6}?)(?:是([^，,。；;\s不是]{1,8})不是([^，,。；;\s是]{1,8})|不是([^，,。；;\s是]{1,8})是([^，,。；;\s]{1,8}))(?=[，,。；;！!~～\s]|$)/gu;

function clauseRepair(text: string, depth = 0): string {
  if (depth >= 4) return text;
  for (const m of text.matchAll(CLAUSE)) {
    const at = m.index ?? 0;
    const subject = m[1] ?? '';
    const right = m[2] ?? m[5] ?? '';
    const wrong = m[3] ?? m[4] ?? '';
    const before = text.slice(0, at);
    const where = wrongAt(before, wrong, subject);
    if (where === undefined) continue;
    const repaired = before.slice(0, where) + right + before.slice(where + wrong.length) + text.slice(at + m[0].length);
    return clauseRepair(repaired, depth + 1);
  }
  return text;
}

function wrongAt(before: string, wrong: string, subject: string): number | undefined {
  const all: number[] = [];
  for (let i = before.indexOf(wrong); i >= 0 && all.length < 20; i = before.indexOf(wrong, i + 1)) all.push(i);
  if (subject === '') return all.length === 1 ? all[0] : undefined;
  // "周二在中心校放了科普电影两场": the wrong words with the subject after them in the same clause.
  const near = all.filter((i) => {
    const after = before.slice(i, i + 24);
    const s = after.indexOf(subject);
    return s > 0 && !/[，,。；;\n]/u.test(after.slice(0, s));
  });
  return near.length === 1 ? near[0] : undefined;
}
