// The readers' first run on a fresh process: regular expressions compiled, functions not yet optimized. A burst of
// requests right after a restart paid it in its answers (at 1M stored, ~100 ms of CPU over the first few).
import type { CivilDate } from '../dates/civil-date.js';
import type { Observance } from '../plans/observances.js';
import { understandQuestion } from '../questions/understand-question.js';
import { readReport } from '../understanding/read-report.js';

/** Messages of the kinds people send most: questions over periods and targets, a plan's to-dos, a report. */
const TYPICAL = ['这个季度都做了什么', '今年开了几场讲座', '目标完成了多少', '下个月有什么要做的', '记录 5月3日 社区科普讲座，参加30人，发放资料200份'];

/** Reads the typical messages once, as questions and as reports (no store, nothing kept), so a server starts warm. */
export function warmReaders(today: CivilDate, observances: readonly Observance[]): void {
  for (const text of TYPICAL) {
    understandQuestion(text, today);
    readReport(text, today, { explicit: false, observances });
  }
}
