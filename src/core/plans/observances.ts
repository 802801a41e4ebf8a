// National observances (全国科普日, 科技活动周, …): a plan line naming one is due then, even without a date.
import { z } from 'zod';
import { ymd, type DateRange } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';

export const ObservanceSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  month: z.number().int().min(1).max(12),
  /** A fixed day, or a window of days in the month when the date moves from year to year. */
  day: z.number().int().min(1).max(31).optional(),
  from: z.number().int().min(1).max(31).optional(),
  to: z.number().int().min(1).max(31).optional(),
  note: z.string().optional(),
});
export type Observance = z.infer<typeof ObservanceSchema>;
export const ObservanceCalendarSchema = z.array(ObservanceSchema);

/** The dates an observance covers in a year. */
export function observanceRange(o: Observance, year: number): DateRange {
  if (o.day !== undefined) return { start: ymd(year, o.month, o.day), end: ymd(year, o.month, o.day) };
  return { start: ymd(year, o.month, o.from ?? 1), end: ymd(year, o.month, o.to ?? 31) };
}

/** Observances named in a text, longest name first, each once, with the words as written. */
export function findObservances(
  text: string,
  calendar: readonly Observance[],
): Array<{ observance: Observance; index: number; written: string }> {
  const simple = normalizeText(text);
  const names = calendar
    .flatMap((o) => [o.name, ...o.aliases].map((n) => ({ o, n: normalizeText(n) })))
    .sort((a, b) => b.n.length - a.n.length);
  const taken: boolean[] = new Array(simple.length).fill(false);
  const found = new Map<string, { observance: Observance; index: number; written: string }>();
  for (const { o, n } of names) {
    let from = 0;
    for (let i = simple.indexOf(n, from); i >= 0; i = simple.indexOf(n, from)) {
      from = i + n.length;
      if (taken.slice(i, i + n.length).some(Boolean)) continue;
      taken.fill(true, i, i + n.length);
      if (!found.has(o.name)) found.set(o.name, { observance: o, index: i, written: text.slice(i, i + n.length) });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
