// Understands a one-line activity report (date, headcount, other figures, title): the single-record view
// of readReport, for edits ("修改 … 日期 5月18日") and callers that expect exactly one activity.
import type { CivilDate } from '../dates/civil-date.js';
import { readReport, type ReadRecord } from '../understanding/read-report.js';

export type UnderstoodActivity = ReadRecord;

export type ParseActivityResult =
  | { ok: true; activity: UnderstoodActivity }
  | { ok: false; problem: 'no_figure' | 'two_dates' | 'empty' | 'too_long' | 'bad_date' | 'bad_figure' | 'future' | 'question' | 'chatter' | 'notice' | 'several'; message: string };

/** The activity in a message logged on `today`, read as a deliberate report. */
export function parseActivityMessage(raw: string, today: CivilDate): ParseActivityResult {
  const reading = readReport(raw, today, { explicit: true });
  if (reading.kind === 'invalid') return { ok: false, problem: reading.problem, message: reading.message };
  if (reading.kind === 'not_activity') return { ok: false, problem: reading.reason, message: reading.message };
  const [first, ...rest] = reading.records;
  if (!first) return { ok: false, problem: 'no_figure', message: '没有找到人数或数量。' };
  if (rest.length > 0) return { ok: false, problem: 'several', message: '这条消息里有几次活动，请一次发一条。' };
  return { ok: true, activity: first };
}
