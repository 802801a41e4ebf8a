// A speaker's repair inside one message: "上周五啊不对是上周六在…", "三十个，不对，是四十个人",
// "发了500张，噢不是500张是600张", "…放了电影两场，…，哦电影是周一不是周二". The repaired words are replaced by the
// corrected ones, so a report that fixes itself is a report of the corrected day or figure, not a correction of
// some earlier record. A repair with nothing before it to repair ("不对，是上周六") is left alone.

/** Hesitation, a repair word, then what is meant: "啊不对是", "，说错了，是", "哦写错了是", "？？不对 十五个". */
const REPAIR = /[啊呀呃哦嗯噢]?[，,、 ]{0,3}(?:不对不对|不对|说错了|说错|写错了|打错了|口误|哦不(?!是|对)|不是不是)[，,、 ！!]{0,3}(?:(?:应该|其实)?是)?\s{0,3}/gu;
const NUMERAL = /[\d零一二两三四五六七八九十百千万]/u;
/** A day said again in the repair: 上周六, 周一, 星期三, 12号, 昨天. */
const DAY = /(?:上+|这|本|下)?(?:周|星期|礼拜)[一二三四五六日天]|[\d一二三四五六七八九十]{1,3}(?:号|日)|[今昨前]天/gu;
/** What may stand between a figure and its repair: its unit, an approximation, hesitation marks. */
// "登记的是二百一十个，哦不对，二百零一": a comma may stand before the repair too.
const FIGURE_TAIL = /^几?(?:人次|[个人名位张份场次户件批组期])?(?:左右|上下|来|多|余)?[？?！!。…~～，,\s]*$/u;
const UNIT_OF_TAIL = /^(人次|[个人名位张份场次户件批组期])/u;
/** How far back the repaired words may start: a figure just before, a day within the clause or the one before. */
const REACH = 8;
const DAY_REACH = 40;
/** "哈哈打错了" left after a repair. */
/** The reason given right after a repaired number: "，刚才看串行了", "，数字弄反了". */
const REPAIR_WHY = /^(?:人次|[个人名位张份场次户件批组期])?[，,]\s*(?:刚才|刚刚)?[^，,。！!\n]{0,4}?(?:看串行|串行|弄反|搞反|写反|看错|打错|写错|说错|记错|看岔)了?(?=[，,。！!\n]|$)/u;
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
    const start = repairedStart(before, next, said);
    if (start === undefined) continue;
    out += before.slice(0, start);
    from = at + m[0].length;
    // "两千三百份，不对，是三千二": the repair says the number only; the unit of the figure it replaces is kept.
    const number = /^[\d零一二两三四五六七八九十百千万]+/u.exec(rest)?.[0];
    const unit = UNIT_OF_TAIL.exec(before.slice(start).replace(/^[\d零一二两三四五六七八九十百千万.]+/u, ''))?.[1];
    if (number && unit && !/^(?:人次|[个人名位张份场次户件批组期多余来左上])/u.test(rest.slice(number.length))) {
      out += number + unit;
      from += number.length;
    }
    // "二百零一，刚才看串行了", "三千二，数字弄反了": why it was wrong, said after the repair, is dropped with it.
    const why = REPAIR_WHY.exec(text.slice(from));
    if (why && number) from += why[0].length;
    // "七十九个，刚才看错了": a repair with its own unit; the reason after it goes too.
    const own = number && !why ? new RegExp(`^${number}(?:人次|[个人名位张份场次户件批组期])`, 'u').exec(text.slice(from))?.[0] : undefined;
    const ownWhy = own ? REPAIR_WHY.exec(text.slice(from + own.length)) : null;
    if (own && ownWhy) {
      out += own;
      from += own.length + ownWhy[0].length;
    }
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

/** Where the words being repaired start in `before`: the last word that opens as the repair does, or a figure. */
function repairedStart(before: string, next: string, said: boolean): number | undefined {
  const floor = Math.max(0, before.length - REACH);
  // "上周五啊不对是上周六": the repair opens with the same character as the words it replaces.
  const same = before.lastIndexOf(next);
  // "两千三百份，不对，是三千二": a number repairs the last number, not the words opening as it does ("三百份").
  if (said && NUMERAL.test(next) && /[\d零一二两三四五六七八九十百千万]\s*几?(?:人次|[个人名位张份场次户件批组期])?(?:左右|上下|来|多|余)?[？?！!。…~～，,\s]*$/u.test(before.slice(floor))) return numberStart(before, floor);
  if (said && same >= floor && !/[，,。；;！!？?\n]/u.test(before.slice(same))) return same;
  if (!NUMERAL.test(next)) return undefined;
  return numberStart(before, floor);
}

/** "三十个不对是四十个", "一千五左右？？不对 十五个": where the last number, its unit and what trails it start. */
function numberStart(before: string, floor: number): number | undefined {
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
