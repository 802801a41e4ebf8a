// A document site's watermark stamped into the text ("…心语文创素材库:https://….公众号:笔杆子星域。整理汇总。…"),
// repeated on every page with small differences: its words around the same web address are page furniture.

const URL = /https?:\/\/[A-Za-z0-9.\-_~/%?=&#]+/gu;
const HAN = /\p{Script=Han}/u;
/** Marks a stamp leaves behind at its end ("。|", "—=", "[") that belong to no sentence. */
const DEBRIS = /[。.|｜[\]【】—=…·\s]/u;
/** How far around an address a stamp's words are looked for. */
const REACH = 40;

/** The text with each watermark removed: the Han words shared around every occurrence of the same web address. */
export function withoutWatermarks(text: string): string {
  const byHost = new Map<string, Array<{ start: number; end: number }>>();
  for (const m of text.matchAll(URL)) {
    const host = /^https?:\/\/([^/]+)/u.exec(m[0])?.[1] ?? m[0];
    const list = byHost.get(host) ?? [];
    list.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    byHost.set(host, list);
  }
  const cuts: Array<[number, number]> = [];
  for (const hits of byHost.values()) {
    if (hits.length < 2 || hits.length > 200) continue;
    const before = hits.map((h) => hanAround(text, h.start, -1));
    const after = hits.map((h) => hanAround(text, h.end, 1));
    const back = common(before.map((b) => b.chars));
    const ahead = common(after.map((a) => a.chars));
    if (back + ahead < 6) continue;
    hits.forEach((_, k) => {
      const start = back > 0 ? (before[k]?.at[back - 1] ?? hits[k]?.start ?? 0) : (hits[k]?.start ?? 0);
      let end = ahead > 0 ? (after[k]?.at[ahead - 1] ?? 0) + 1 : (hits[k]?.end ?? 0);
      while (end < text.length && DEBRIS.test(text[end] ?? '')) end++;
      cuts.push([start, end]);
    });
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [s, e] of cuts) {
    if (s < from) continue;
    out += text.slice(from, s);
    from = e;
  }
  return out + text.slice(from);
}

/** The Han characters within REACH of `at`, going back (-1) or ahead (1), with their positions, nearest first. */
function hanAround(text: string, at: number, step: 1 | -1): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const pos: number[] = [];
  for (let i = step < 0 ? at - 1 : at, n = 0; i >= 0 && i < text.length && n < REACH && text[i] !== '\n'; i += step, n++) {
    const c = text[i] ?? '';
    if (HAN.test(c)) {
      chars.push(c);
      pos.push(i);
    }
  }
  return { chars, at: pos };
}

/** How many leading characters all the lists share. */
function common(lists: string[][]): number {
  let n = 0;
  for (;;) {
    const c = lists[0]?.[n];
    if (c === undefined || lists.some((l) => l[n] !== c)) return n;
    n++;
  }
}
