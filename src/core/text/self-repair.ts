// A speaker's repair inside one message: "上周五啊不对是上周六在…", "三十个，不对，是四十个人". The words
// before the repair are dropped and the message reads with the corrected ones, so a report that fixes itself
// is a report of the corrected day or figure, not a correction of some earlier record.

/** Hesitation, a repair word, then what is meant: "啊不对是", "，说错了，是", "哦不是". */
const REPAIR = /[啊呀呃哦嗯噢]?[，,、 ]{0,3}(?:不对不对|不对|说错了|说错|口误|哦不|不是不是)[，,、 ]{0,3}(?:应该|其实)?是\s{0,3}/gu;
const NUMERAL = /[\d零一二两三四五六七八九十百千万]/u;
/** How far back the repaired words may start. */
const REACH = 8;

/** The message with each repair applied; unchanged when a repair opens it or the repaired words are unclear. */
export function dropSelfRepairs(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(REPAIR)) {
    const at = m.index ?? 0;
    const next = text[at + m[0].length];
    if (at <= from || next === undefined) continue;
    const before = text.slice(from, at);
    const start = repairedStart(before, next);
    if (start === undefined) continue;
    out += before.slice(0, start);
    from = at + m[0].length;
  }
  return out + text.slice(from);
}

/** Where the words being repaired start in `before`: the last word that opens as the repair does. */
function repairedStart(before: string, next: string): number | undefined {
  const floor = Math.max(0, before.length - REACH);
  // "上周五啊不对是上周六": the repair opens with the same character as the words it replaces.
  const same = before.lastIndexOf(next);
  if (same >= floor && !/[，,。；;！!？?\n]/u.test(before.slice(same))) return same;
  if (!NUMERAL.test(next)) return undefined;
  // "三十个不对是四十个": the last number and its unit.
  let k = before.length;
  while (k > floor && !NUMERAL.test(before[k - 1] ?? '')) k--;
  if (k === floor || before.length - k > 2) return undefined;
  while (k > floor && NUMERAL.test(before[k - 1] ?? '')) k--;
  return k;
}
