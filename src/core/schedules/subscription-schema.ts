// The shapes the scheduler keeps per workspace: subscriptions, who owns what (people per department and unit), and sent posts.
import { z } from 'zod';

export const SUBSCRIPTION_KINDS = ['monthly', 'weekly', 'deadline', 'overdue', 'unreported'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** The Chinese name of each kind, as users type it. */
export const KIND_NAMES: Record<SubscriptionKind, string> = {
  monthly: '本月待办',
  weekly: '每周预告',
  deadline: '到期提醒',
  overdue: '逾期提醒',
  unreported: '未报送提醒',
};

/** The default time of day of each kind. */
export const DEFAULT_TIMES: Record<SubscriptionKind, string> = { monthly: '09:00', weekly: '16:00', deadline: '09:00', overdue: '09:00', unreported: '09:00' };

export const SubscriptionSchema = z.object({
  id: z.string(),
  kind: z.enum(SUBSCRIPTION_KINDS),
  /** Slack channel or DM id (any string for the CLI). */
  channel: z.string(),
  /** "HH:MM" in KEXIE_TZ. */
  at: z.string().regex(/^\d{2}:\d{2}$/),
  /** Deadline reminders: working days before the deadline. */
  days: z.number().int().min(0).max(30).default(3),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

/** A department or unit and the people (Slack mentions or names) who answer for it. */
export const TeamSchema = z.object({
  name: z.string(),
  /** "<@U123>", "<!subteam^S1>" or a plain "@张三". */
  people: z.array(z.string()),
});
export type Team = z.infer<typeof TeamSchema>;

export const DirectorySchema = z.object({
  /** Plan owners (科普部, 办公室) and who they are. */
  owners: z.array(TeamSchema).default([]),
  /** Units that report activities (乡镇科协, 学会, 部门). */
  units: z.array(TeamSchema).default([]),
});
export type Directory = z.infer<typeof DirectorySchema>;

/** What happened to one due post; the key says which post it is. */
export const PostRecordSchema = z.object({
  key: z.string(),
  status: z.enum(['sending', 'sent', 'skipped', 'failed']),
  at: z.string(),
  channel: z.string().optional(),
  ts: z.string().optional(),
  error: z.string().optional(),
});
export type PostRecord = z.infer<typeof PostRecordSchema>;
