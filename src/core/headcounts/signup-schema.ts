// Sign-ups before an event (how many each unit brings) and the attendance after it.
import { z } from 'zod';

export const SignupEntrySchema = z.object({
  unit: z.string(),
  count: z.number().int().min(0),
  by: z.string(),
  at: z.string(),
  /** 接龙: who comes and whom to call, as the unit wrote them. */
  names: z.array(z.string()).optional(),
  contact: z.string().optional(),
});
export type SignupEntry = z.infer<typeof SignupEntrySchema>;

export const SignupSchema = z.object({
  id: z.string(),
  event: z.string(),
  organiser: z.string(),
  createdAt: z.string(),
  closed: z.boolean(),
  entries: z.array(SignupEntrySchema),
  attendance: z.number().int().min(0).nullable(),
  activityId: z.string().nullable(),
  /** 接龙: the last day to sign up, the most one unit may bring, and the Slack message showing the totals. */
  deadline: z.string().optional(),
  limitPerUnit: z.number().int().min(1).optional(),
  message: z.object({ channel: z.string(), ts: z.string() }).optional(),
});
export type Signup = z.infer<typeof SignupSchema>;
