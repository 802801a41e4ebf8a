// The model as a reader of questions the rules could not understand: it fills the same Question schema,
// and the judge keeps it only if every word it names is in the question and every period is one the
// question's own time words give. The model never changes data: only read-only intents are accepted.
import { weekRange, type CivilDate } from '../dates/civil-date.js';
import type { Question } from '../questions/question.js';
import { QuestionSchema } from '../questions/question.js';
import { periodOf } from '../questions/understand-question.js';
import { matchKey } from '../text/normalize.js';
import type { ModelReaderDeps } from './model-reader.js';
import { partsOf } from '../dates/civil-date.js';

const READ_ONLY = new Set<Question['intent']>(['due', 'overdue', 'owner', 'keyword', 'targets', 'tally', 'done_list', 'item_report', 'countdown', 'when', 'agenda', 'signups', 'last']);

/** Asks the model; returns a question only when the judge accepts it. Never throws. */
export async function readQuestionWithModel(deps: ModelReaderDeps, message: string, today: CivilDate): Promise<Question | undefined> {
  let raw: string;
  try {
    raw = await deps.model.complete(
      [
        { role: 'system', content: deps.prompts.render('read-question-system', { today }) },
        { role: 'user', content: deps.prompts.render('read-question-user', { message }) },
      ],
      { signal: AbortSignal.timeout(deps.timeoutMs) },
    );
  } catch (error) {
    deps.logger.warn('question reader failed; the rule reading stands', { error: String(error) });
    return undefined;
  }
  const parsed = QuestionSchema.safeParse(safeJson(/\{[\s\S]*\}/u.exec(raw)?.[0] ?? ''));
  if (!parsed.success) return undefined;
  return judgeQuestion(parsed.data, message, today);
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** The question if every word and period in it comes from the message; undefined otherwise. */
export function judgeQuestion(q: Question, message: string, today: CivilDate): Question | undefined {
  if (!READ_ONLY.has(q.intent)) return undefined;
  const key = matchKey(message);
  const fromMessage = (w: string | null | undefined): boolean => !w || key.includes(matchKey(w));
  const words = [
    'owner' in q ? q.owner : undefined,
    'keyword' in q ? q.keyword : undefined,
    'topic' in q ? q.topic : undefined,
    'event' in q ? q.event : undefined,
    'unit' in q ? q.unit : undefined,
  ];
  if (!words.every(fromMessage)) return undefined;
  const period = 'period' in q ? q.period : undefined;
  if (period) {
    const { year, month } = partsOf(today);
    const said = periodOf(message, today, year, month)?.period;
    // A period the rules can read must be the same; one they cannot read must at least be a plain week or month near today.
    if (said) return said.start === period.start && said.end === period.end ? q : undefined;
    if (!/(月|周|星期|礼拜|年|季|天|日|号|week|month|year|quarter|today)/iu.test(message)) return undefined;
    // A period the rules cannot read must be a plain calendar unit (a week, month, quarter, half or year) of
    // this year or last, ending at its own end or today: the shape a time word gives, never an invented span.
    const week = weekRange(today);
    const { start, end } = period;
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7));
    const ends = (months: number): boolean => {
      const last = m + months - 1;
      const unitEnd = `${y}-${String(last).padStart(2, '0')}-${String(new Date(Date.UTC(y, last, 0)).getUTCDate()).padStart(2, '0')}`;
      return end === unitEnd || end === today;
    };
    const calendar = start.endsWith('-01') && (ends(1) || ((m - 1) % 3 === 0 && ends(3)) || ((m - 1) % 6 === 0 && ends(6)) || (m === 1 && ends(12)));
    const plainWeek = start === week.start || end === week.end;
    return (calendar || plainWeek) && (y === year || y === year - 1) ? q : undefined;
  }
  return q;
}
