// A total written after the events a message splits into: "13号来了八十多个，14号…六十个左右，两天加起来140多人".
// It adds up the parts' headcounts, so it is no figure of the last part (nor a second audience of it).
import { chooseHeadcount } from './headcount.js';
import { nominalised } from './figure-gate.js';
import type { Figure } from './message-figures.js';

/** Words that total what came before them ("两天加起来", "兩場總共", "一共是"). */
const TOTALLED = /(?:加起来|加在一起|合起来|一共|总共|合计|共计|总计|累计|共)/u;

/** The indexes of people figures that total the headcounts of the parts before them. */
export function totalsOfParts(segments: readonly { start: number; end: number }[], figures: readonly Figure[]): Set<number> {
  const out = new Set<number>();
  if (segments.length < 2) return out;
  // "来了八十多个": counts of 个 the words say are people are read as people here too.
  const people = figures.map(nominalised).filter((f) => f.people);
  for (const t of people) {
    if (!t.people || !TOTALLED.test(t.context)) continue;
    // Only the parts before it: "…两校合计二百一十人。本月9日…" totals the two schools, whatever is told after it.
    const heads = segments
      .filter((seg) => seg.start < t.index)
      .map((seg) => chooseHeadcount(people.filter((f) => f.index !== t.index && f.index >= seg.start && f.index < seg.end)).chosen)
      .filter((h): h is Figure => h !== undefined);
    if (!totalOf(t, heads)) continue;
    out.add(t.index);
    // "三场培训共计307人": the count of the parts said with their total is no figure of the last part.
    for (const f of figures) if (!f.people && /^(?:场|期|次|批)$/u.test(f.unit) && f.value === heads.length && f.index < t.index && t.index - f.index <= 12) out.add(f.index);
  }
  return out;
}

/** Whether a people figure, written after the parts' headcounts with a total's words, adds them up. */
export function totalOf(t: Figure, heads: readonly Figure[]): boolean {
  if (!t.people || !TOTALLED.test(t.context) || heads.length < 2 || heads.some((h) => h === t || h.index > t.index)) return false;
  const sum = heads.reduce((n, h) => n + h.value, 0);
  // "140多", "一千一百人次上下": a total said loosely holds the parts' sum within a tenth.
  const loose = t.approximate || heads.some((h) => h.approximate);
  return sum === t.value || (loose && Math.abs(sum - t.value) <= t.value * 0.1);
}
