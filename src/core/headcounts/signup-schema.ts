// Sign-ups before an event (how many each unit brings) and the attendance after it.
import { z } from 'zod';

export const SignupEntrySchema = z.object({
  unit: z.string(),
  count: z.number().int().min(0),
  by: z.string(),
  at: z.string(),
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
});
export type Signup = z.infer<typeof SignupSchema>;
