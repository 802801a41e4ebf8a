// The shapes of a parsed work plan; the CLI's --json output uses these field names as a contract.
import { z } from 'zod';

const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** When an item is due: a deadline, a period to work in, or an event date implied by an observance. */
export const DueSchema = z.object({
  text: z.string(),
  start: civilDate,
  end: civilDate,
  implied: z.boolean(),
  kind: z.enum(['deadline', 'period', 'event']),
  recurring: z.enum(['yearly', 'quarterly', 'monthly']).optional(),
});
export type Due = z.infer<typeof DueSchema>;

/** A quantitative target such as "不少于200场次". */
export const TargetSchema = z.object({
  text: z.string(),
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string(),
  comparator: z.enum(['at_least', 'at_most', 'about', 'exactly', 'strive', 'range']),
  subject: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const PlanItemSchema = z.object({
  id: z.string(),
  path: z.string(),
  level: z.number(),
  kind: z.enum(['section', 'task']),
  title: z.string(),
  text: z.string(),
  due: z.array(DueSchema),
  targets: z.array(TargetSchema),
  owners: z.array(z.string()),
  parentId: z.string().nullable(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const PlanSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  /** The last year a multi-year plan ("2021-2025年") covers; the same as year otherwise. */
  yearTo: z.number().int(),
  source: z.string(),
  importedAt: z.string(),
  items: z.array(PlanItemSchema),
});
export type Plan = z.infer<typeof PlanSchema>;

/** Something a parser could not use, with where it was; not an error. */
export interface ParseWarning {
  line: number;
  message: string;
}
