// A question that follows another ("那参加的一共多少人", "上个月呢"): it keeps what the question before was about.
import type { CivilDate } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';
import { pastPeriodOf } from './past-period.js';
import { QuestionSchema, type Question } from './question.js';
import { POINTER, topicOf, withoutPeriodWords } from './question-topic.js';
import { signupFollowUp } from './read-signup-question.js';

type LogQuestion = Extract<Question, { intent: 'tally' | 'done_list' }>;
type Remembered = LogQuestion | Extract<Question, { intent: 'signups' }>;

/** The questions a follow-up can lean on: counts and lists of the log, which have a topic and a period, and sign-ups. */
export function rememberable(q: Question | undefined): Remembered | undefined {
  return q && (q.intent === 'tally' || q.intent === 'done_list' || q.intent === 'signups') ? q : undefined;
}

const logQuestion = (q: Question | undefined): LogQuestion | undefined => (q && (q.intent === 'tally' || q.intent === 'done_list') ? q : undefined);

/** The remembered question, if the memory still holds a valid one. */
export function recalled(found: unknown): Remembered | undefined {
  const parsed = QuestionSchema.safeParse(found);
  return parsed.success ? rememberable(parsed.data) : undefined;
}

/** A counting word that says what a count adds up (几场, 多少人次, 多少份). */
const COUNTED = /(?:几|多少)\s*(?:个)?(?:场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|件|项|群众|学生|学校|农户)/u;

/** "上个月呢", "讲座呢": a bare period or topic asked after a question, to ask it again about that. */
const BARE = /^(?:那么?|那这些|那)?(.{1,12}?)(?:的)?(?:呢|怎么样|如何)[?？。]*$/u;

/** Whose records the question before counted (the asker's, their unit's, a kind of unit's, their place's), when the follow-up names none. */
function sameWhose(read: LogQuestion, before: LogQuestion): Pick<LogQuestion, 'by' | 'units' | 'where'> {
  if (read.by || read.units || read.where) return {};
  return { ...(before.by ? { by: before.by } : {}), ...(before.units ? { units: before.units } : {}), ...(before.where ? { where: before.where } : {}) };
}

/**
 * The question as meant after `previous`. One that opens with a pointing word (那, 这些, 其中) and names no
 * topic takes the previous topic, and its period too when it names none; a bare "上个月呢" or "讲座呢"
 * asks the previous question again about that period or topic. Any other question stands as read.
 */
export function followUpOf(question: Question, raw: string, previous: Question | undefined, today: CivilDate): Question {
  const text = normalizeText(raw).trim().toLowerCase();
  // "那县一中呢" after a sign-up question: the same event's entries of that unit (or another event's).
  if (previous?.intent === 'signups' && (question.intent === 'unknown' || question.intent === 'keyword')) {
    const name = BARE.exec(text)?.[1]?.replace(/^(?:那么?|那)/u, '').trim();
    if (name && name.length >= 2 && !/[?？]|几|多少|什么|哪|谁/u.test(name) && !pastPeriodOf(name, today)) return signupFollowUp(previous, name);
  }
  const before = logQuestion(previous);
  if (!before) return question;
  const period = pastPeriodOf(text, today);
  const when = period ? { period: period.period, label: period.label } : { period: before.period, label: before.label };
  const read = logQuestion(question);
  // "那离目标还差多少": a count that names no unit counts what the question before counted.
  const sameMeasure = read?.intent === 'tally' && before.intent === 'tally' && !COUNTED.test(text) ? { measure: before.measure, unit: before.unit } : {};
  // "我们乡科协今年报了几次活动？" then "那人数加起来多少": whose records were counted stays, unless the follow-up says whose.
  const whose = read ? sameWhose(read, before) : {};
  if (read && POINTER.test(text) && !read.topic) return { ...read, ...when, ...sameMeasure, ...whose, topic: before.topic ?? null };
  // "离全年目标还差多少户": the gap to a target, naming no work, is the gap of what the question before counted.
  if (read?.intent === 'tally' && read.remaining && !read.topic && before.intent === 'tally' && before.topic) return { ...read, ...when, ...sameMeasure, ...whose, topic: before.topic };
  if (read) return question;
  const bare = BARE.exec(text)?.[1];
  if (!bare || /[?？]|几|多少|什么|哪|谁/u.test(bare)) return question;
  const topic = topicOf(withoutPeriodWords(bare, today));
  if (!period && !topic) return question;
  return { ...before, ...when, topic: topic ?? before.topic ?? null };
}
