// What a question asks, as a typed value the answerer can run; a language model may fill the same schema.
import { z } from 'zod';
import { isCivilDate } from '../dates/civil-date.js';

const civilDate = z.string().refine(isCivilDate, { message: '日期应为真实的 YYYY-MM-DD' });
/** A closed range of days, both ends YYYY-MM-DD. */
export const PeriodSchema = z.object({ start: civilDate, end: civilDate }).refine((p) => p.start <= p.end, { message: '开始日期不能晚于结束日期' });
const words = z.string().min(1).max(60);

/** What a count question adds up: sessions (场/场次), activities (次/项), people, or another unit written in the log (份, 个, 家…). */
export const MeasureSchema = z.enum(['sessions', 'activities', 'people', 'metric']);
export type Measure = z.infer<typeof MeasureSchema>;

export const QuestionSchema = z.discriminatedUnion('intent', [
  /** Items due in a period (本月有什么要做的). */
  /** `deadline` when only deadlines are asked for (后天截止的是哪项工作); `open` when only what is not done yet (年底前还有什么要完成). */
  z.object({ intent: z.literal('due'), period: PeriodSchema, label: words, owner: z.string().max(40).optional(), deadline: z.boolean().optional(), open: z.boolean().optional() }),
  /** Items past their deadline, optionally only one owner's. */
  z.object({ intent: z.literal('overdue'), owner: z.string().max(40).optional() }),
  /** `progress` when how far the owner's items got is asked (学会部的活干完没). */
  z.object({ intent: z.literal('owner'), owner: words, progress: z.boolean().optional() }),
  /** Items marked done, optionally only one owner's (哪些任务已经完成了). */
  z.object({ intent: z.literal('finished'), owner: z.string().max(40).optional() }),
  /** A search by words; `explicit` when the user asked for a search (关于…的任务), so "not found" is the honest answer. */
  z.object({ intent: z.literal('keyword'), keyword: words, explicit: z.boolean() }),
  z.object({ intent: z.literal('item'), ref: z.array(z.string().min(1).max(10)).min(1).max(4) }),
  z.object({ intent: z.literal('targets'), keyword: z.string().max(60) }),
  /** Counts and sums from the activity log (今年开了几场培训了, 上半年覆盖了多少群众). */
  z.object({
    intent: z.literal('tally'),
    period: PeriodSchema,
    label: words,
    measure: MeasureSchema,
    /** The unit for `metric` (个, 份, 家…); null otherwise. */
    unit: z.string().max(4).nullable(),
    /** What was done (培训, 示范社区); null for every activity. */
    topic: z.string().max(60).nullable(),
    /** Asks what is left to reach the target (还差几个). */
    remaining: z.boolean(),
    /** A count of things (所, 份) asked with the people as well ("几所学校，一共多少人次"). */
    alsoPeople: z.boolean().optional(),
    /** Only the asker's records (我报的), or the asker's unit's (我们单位报的). */
    by: z.enum(['me', 'my_unit']).optional(),
    /** Only the records reported by units of a kind (三个乡镇科协报的, 两所学校报的). */
    units: z.string().max(10).optional(),
    /** The records at the asker's unit's place (我们镇, 咱们乡: where, not who reported). */
    where: z.literal('my_place').optional(),
    /** Only the day (or days) of the observance the topic names (国际减灾日那天), not the work of its item all year. */
    onDay: z.boolean().optional(),
  }),
  /** What was logged in a period, grouped by plan item (上周都做了什么). */
  z.object({ intent: z.literal('done_list'), period: PeriodSchema, label: words, topic: z.string().max(60).nullable().optional(), /** "有哪些没挂到计划任务上": only the records linked to no plan item. */ unlinked: z.literal(true).optional(), by: z.enum(['me', 'my_unit']).optional(), units: z.string().max(10).optional(), where: z.literal('my_place').optional() }),
  /** The activities, figures and progress of one item or observance (防灾减灾日宣传做得如何). */
  z.object({ intent: z.literal('item_report'), topic: words }),
  /** Days until the next window of an observance (科技周还有几天). */
  z.object({ intent: z.literal('countdown'), topic: words, /** "…现在完成几所了": a second part asks the progress too. */ progress: z.boolean().optional() }),
  /** The deadline of the matching item (全委会什么时候开). */
  z.object({ intent: z.literal('when'), topic: words }),
  /** What to do in a near period (今天要干嘛, 这两天, 下周有什么安排). */
  z.object({ intent: z.literal('agenda'), period: PeriodSchema, label: words }),
  /** The asker's own department's tasks, as remembered (我们部门有什么任务). */
  z.object({ intent: z.literal('mine'), focus: z.enum(['list', 'progress', 'overdue']), period: PeriodSchema.optional(), label: words.optional() }),
  /** "我是科普部": remember the asker's department. */
  z.object({ intent: z.literal('iam'), department: z.string().min(2).max(40) }),
  /** Sign-ups of an event by a loose name (青少年大赛报名多少人了). */
  /** `by` when the asker's unit's entries are asked (我们单位报了哪些比赛); `most` when which unit signed up most. */
  /** `kind` when only units of a kind are asked (三个乡镇一共报了多少人). */
  z.object({ intent: z.literal('signups'), event: z.string().max(60), unit: z.string().max(40).nullable(), by: z.literal('my_unit').optional(), most: z.boolean().optional(), kind: z.string().max(10).optional() }),
  /** Which units have logged nothing in a period (哪些单位这个月还没报), or whether one has (白马乡科协这个月报了吗). */
  /** `topic` when only the records of one item count (科技活动周哪个乡镇还没报); `kind` when only units of a kind are asked (乡镇, 学校). */
  z.object({ intent: z.literal('unreported'), period: PeriodSchema, label: words, unit: z.string().max(40).nullable(), topic: z.string().max(60).optional(), kind: z.string().max(10).optional() }),
  /** The months of a period with no record of a piece of monthly work (专家下乡每月都要搞，哪几个月漏了). */
  z.object({ intent: z.literal('months_missing'), topic: words, period: PeriodSchema, label: words }),
  /** Who leads the item a phrase names (全委会是哪个部门牵头的). */
  z.object({ intent: z.literal('who'), topic: words }),
  /** What the item a phrase names asks for: its full text, targets and progress (企业科协那个任务是啥要求). */
  z.object({ intent: z.literal('detail'), topic: words }),
  /** When something was last done, from the log (最近一次下乡是什么时候). */
  z.object({ intent: z.literal('last'), topic: words }),
  /** Whether an item is marked done (三/1 完成了吗). */
  z.object({ intent: z.literal('status'), ref: words }),
  /** Marks an item done / in progress / open (三/1 已完成). */
  z.object({ intent: z.literal('mark'), ref: words, status: z.enum(['done', 'in_progress', 'open']) }),
  z.object({ intent: z.literal('help') }),
  z.object({ intent: z.literal('unknown'), text: z.string() }),
]);

export type Question = z.infer<typeof QuestionSchema>;
export type Intent = Question['intent'];
