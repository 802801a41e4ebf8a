// The statistical returns as data (returns.json), validated with zod when first loaded: categories, rows and what feeds each row.
import { z } from 'zod';
import raw from './returns.json' with { type: 'json' };

/** The category keys the classifier and the labelled sets use; the data file must name each once. */
export const CATEGORY_KEYS = [
  'lecture', 'expert-report', 'exhibition', 'contest', 'international', 'youth-group', 'camp', 'science-week', 'science-day',
  'open-day', 'training', 'major', 'academic', 'consultation', 'enterprise-association', 'township-association', 'rural-tech-association',
] as const;
export const CategoryKeySchema = z.enum(CATEGORY_KEYS);
export type CategoryKey = z.infer<typeof CategoryKeySchema>;

export const StatCategorySchema = z.object({
  key: CategoryKeySchema,
  label: z.string().min(1),
  /** kind: what the event is (讲座, 展览 …); observance: 科技活动周 / 科普日; sub: part of a kind; scale; organisation: one founded. */
  group: z.enum(['kind', 'sub', 'observance', 'scale', 'organisation']),
  /** Words a person may use for it in a correction ("这条算竞赛") or on the CLI (--category 竞赛). */
  aliases: z.array(z.string().min(1)),
});
export type StatCategory = z.infer<typeof StatCategorySchema>;

export const StatRowSchema = z.object({
  indicator: z.string().min(1),
  unit: z.string().min(1),
  /** A record in any of these categories counts in the row, once. */
  categories: z.array(CategoryKeySchema).min(1),
  /** events: 次/场/期 (or groups, organisations founded); participants: 人次; target: the plans' target; total: a starting figure plus those founded. */
  measure: z.enum(['events', 'participants', 'target', 'total']),
  /** For target and total rows: the organisation's names as written in plans and records, separated by |. */
  subject: z.string().optional(),
});
export type StatRow = z.infer<typeof StatRowSchema>;

export const StatReturnSchema = z.object({
  id: z.string().min(1),
  /** The sheet name and the short name in replies. */
  name: z.string().min(1).max(31),
  title: z.string().min(1),
  /** Where the form comes from. */
  source: z.string().min(1),
  rows: z.array(StatRowSchema).min(1),
});
export type StatReturn = z.infer<typeof StatReturnSchema>;

export const StatReturnsSchema = z
  .object({
    note: z.string().optional(),
    categories: z.array(StatCategorySchema),
    /** 重大科普活动: a 主场 / 启动 event of at least this many participants. */
    majorMinParticipants: z.number().int().positive(),
    returns: z.array(StatReturnSchema).min(1),
  })
  .refine((d) => CATEGORY_KEYS.every((k) => d.categories.filter((c) => c.key === k).length === 1), { message: '每个统计类别必须且只能定义一次' });
export type StatReturns = z.infer<typeof StatReturnsSchema>;

let loaded: StatReturns | undefined;
/** The returns of src/core/stats/returns.json; a broken file throws at first use, naming the problem. */
export function statReturns(): StatReturns {
  loaded ??= StatReturnsSchema.parse(raw);
  return loaded;
}

/** "科普讲座" for lecture. */
export function categoryLabel(key: string): string {
  return statReturns().categories.find((c) => c.key === key)?.label ?? key;
}

/** The category a word names ("竞赛", "科普讲座", "contest"), or undefined. */
export function categoryOfWord(word: string): CategoryKey | undefined {
  const w = word.trim().replace(/^(一[场次个期项]|一?个)/u, '').replace(/(活动|类|的)$/u, '');
  if (!w) return undefined;
  const cats = statReturns().categories;
  return (cats.find((c) => c.key === w || c.label === w) ?? cats.find((c) => c.aliases.includes(w)))?.key;
}
