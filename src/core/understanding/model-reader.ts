// The language model as a reader, never as the judge: it fills the same typed records as the rules for a
// message the rules could not read, and every number and date it returns must be found in the message.
import { z } from 'zod';
import { isCivilDate, type CivilDate } from '../dates/civil-date.js';
import type { LanguageModel, Logger } from '../ports.js';
import type { PromptLibrary } from '../summaries/draft-summary.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { scanNumbers } from '../text/scan-numbers.js';
import { findMessageDates } from './message-dates.js';
import { gateMetricUnits } from './figure-gate.js';
import type { ReadRecord, ReportReading } from './read-report.js';

const ModelRecordSchema = z.object({
  date: z.string(),
  dateEnd: z.string().nullable().optional(),
  title: z.string().max(80),
  headcount: z.number().nullable().optional(),
  headcountUnit: z.enum(['人', '人次']).nullable().optional(),
  approximate: z.boolean().optional(),
  metrics: z.record(z.string().max(6), z.number()).optional(),
});
/** What the model is asked to return. */
export const ModelReadingSchema = z.object({
  kind: z.enum(['activity', 'not_activity']),
  records: z.array(ModelRecordSchema).max(10),
});

export interface ModelReaderDeps {
  model: LanguageModel;
  prompts: PromptLibrary;
  logger: Logger;
  timeoutMs: number;
}

/** What the judge dropped from a model's reading, for the log and the reply. */
export interface ModelVerdict {
  reading: ReportReading | undefined;
  dropped: string[];
}

/** Asks the model to read a message, then keeps only what the message supports. Never throws. */
export async function readWithModel(deps: ModelReaderDeps, message: string, today: CivilDate): Promise<ModelVerdict> {
  const signal = AbortSignal.timeout(deps.timeoutMs);
  let raw: string;
  try {
    raw = await deps.model.complete(
      [
        { role: 'system', content: deps.prompts.render('read-report-system', { today }) },
        { role: 'user', content: deps.prompts.render('read-report-user', { message }) },
      ],
      { signal },
    );
  } catch (error) {
    deps.logger.warn('model reader failed; the rule reading stands', { error: String(error) });
    return { reading: undefined, dropped: [] };
  }
  const json = /\{[\s\S]*\}/u.exec(raw)?.[0];
  let parsed: z.infer<typeof ModelReadingSchema>;
  try {
    parsed = ModelReadingSchema.parse(JSON.parse(json ?? ''));
  } catch {
    deps.logger.warn('model reader returned something that is not a reading', { sample: raw.slice(0, 120) });
    return { reading: undefined, dropped: [] };
  }
  return judgeReading(parsed, message, today);
}

/** Keeps each number and date of a model's reading only if the message states it; drops records left with nothing. */
export function judgeReading(parsed: z.infer<typeof ModelReadingSchema>, message: string, today: CivilDate): ModelVerdict {
  if (parsed.kind === 'not_activity' || parsed.records.length === 0) return { reading: undefined, dropped: [] };
  const text = digitsForEnglishNumbers(normalizeText(message).replace(/[A-Z]/g, (c) => c.toLowerCase()));
  const written = new Set<number>();
  for (const t of scanNumbers(text)) {
    if (t.invalid) continue;
    written.add(t.value);
    if (t.max !== undefined) written.add(t.max);
  }
  const hits = findMessageDates(text, today).hits;
  const dates = new Set<string>(hits.flatMap((h) => [h.date, ...(h.end ? [h.end] : [])]));
  if (hits.length === 0) dates.add(today);
  const dropped: string[] = [];
  const records: ReadRecord[] = [];
  for (const r of parsed.records) {
    const okNumber = (n: number): boolean => Number.isFinite(n) && n >= 0 && written.has(n);
    const date = isCivilDate(r.date) && dates.has(r.date) && r.date <= today ? r.date : undefined;
    if (!date) {
      dropped.push(`日期 ${r.date}`);
      continue;
    }
    const headcount = r.headcount ?? null;
    if (headcount !== null && !okNumber(headcount)) dropped.push(`人数 ${headcount}`);
    const metrics: Record<string, number> = {};
    for (const [unit, value] of Object.entries(r.metrics ?? {})) {
      if (okNumber(value)) metrics[unit] = value;
      else dropped.push(`${unit} ${value}`);
    }
    const keptHeadcount = headcount !== null && okNumber(headcount) ? headcount : null;
    if (keptHeadcount === null && Object.keys(metrics).length === 0) continue;
    // "22个", "22枚" from the model: what a unit off the reader's lists counts is asked (figure-gate), not stored.
    const gated = gateMetricUnits(metrics);
    const dateEnd = r.dateEnd && dates.has(r.dateEnd) && r.dateEnd >= date ? r.dateEnd : null;
    records.push({
      date,
      dateEnd,
      dateSource: hits.length > 0 ? 'explicit' : 'default',
      title: r.title.trim().slice(0, 40) || '活动',
      headcount: keptHeadcount,
      headcountUnit: keptHeadcount === null ? null : (r.headcountUnit ?? '人'),
      approximate: keptHeadcount !== null && (r.approximate ?? false),
      metrics: gated.metrics,
      metricLabels: {},
      flags: ['由语言模型协助理解，数字已与原话核对'],
      milestone: false,
      text: message.trim(),
      lead: '',
      doubts: gated.doubts,
    });
  }
  return { reading: records.length > 0 ? { kind: 'activity', records, doubts: [] } : undefined, dropped };
}
