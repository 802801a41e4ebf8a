// Finds many names in a long text in one pass (a summary of 25,000 records names 25,000 titles in 140,000
// characters): names are looked up by length at each position, so the cost follows the text, not text × names.

/** Where each name occurs: for every name that occurs, its start positions, left to right (overlaps included). */
export function findNames(text: string, names: readonly string[]): Map<string, number[]> {
  const byLength = new Map<number, Set<string>>();
  const heads = new Set<string>();
  for (const name of names) {
    if (name.length === 0) continue;
    const set = byLength.get(name.length) ?? byLength.set(name.length, new Set()).get(name.length);
    set?.add(name);
    heads.add(name.slice(0, 2));
  }
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const found = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const head2 = text.slice(i, i + 2);
    if (!heads.has(head2) && !heads.has(head2.slice(0, 1))) continue;
    for (const length of lengths) {
      if (i + length > text.length) break;
      const piece = text.slice(i, i + length);
      if (!byLength.get(length)?.has(piece)) continue;
      const at = found.get(piece);
      if (at) at.push(i);
      else found.set(piece, [i]);
    }
  }
  return found;
}

/**
 * The text with each name replaced by `mask` characters, longest names first: what `text.split(name).join(mask…)`
 * name after name gives (a name found inside one already masked stays as it is), without rebuilding the text per name.
 */
export function maskNames(text: string, names: readonly string[], mask = '※'): string {
  const order = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  if (order.some((n) => n.includes(mask))) {
    let out = text;
    for (const name of order) out = out.split(name).join(mask.repeat(name.length));
    return out;
  }
  const found = findNames(text, order);
  const masked = new Uint8Array(text.length);
  for (const name of order) {
    let end = 0;
    for (const start of found.get(name) ?? []) {
      if (start < end) continue; // split takes occurrences left to right without overlap
      let clear = true;
      for (let k = start; k < start + name.length && clear; k++) if (masked[k]) clear = false;
      if (!clear) continue;
      masked.fill(1, start, start + name.length);
      end = start + name.length;
    }
  }
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!masked[i]) continue;
    let j = i;
    while (j < text.length && masked[j]) j++;
    parts.push(text.slice(from, i), mask.repeat(j - i));
    from = j;
    i = j - 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
