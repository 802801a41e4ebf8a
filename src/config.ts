// The environment, read once and validated with zod; a bad value stops start-up naming the variable.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

const validZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const ConfigSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', '应以 xoxb- 开头')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', '应以 xapp- 开头')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, '太短')),
  SLACK_API_URL: optional(z.url('应为 URL')),
  PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((v) => v ?? 3000),
  OPENAI_API_KEY: optional(z.string()),
  OPENAI_BASE_URL: optional(z.url('应为 URL')),
  OPENAI_MODEL: optional(z.string()).transform((v) => v ?? 'gpt-4o-mini'),
  OPENAI_STREAM: optional(z.enum(['true', 'false', '1', '0'])).transform((v) => v === 'true' || v === '1'),
  OPENAI_TIMEOUT_MS: optional(z.coerce.number().int().min(1000).max(600_000)).transform((v) => v ?? 30_000),
  KEXIE_DATA_DIR: optional(z.string()).transform((v) => resolve(v ?? resolve(ROOT, '.kexie-data'))),
  KEXIE_DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, '应为 postgres://… 连接串')),
  KEXIE_TODAY: optional(z.iso.date('应为 YYYY-MM-DD')),
  KEXIE_TZ: optional(z.string().refine(validZone, '不是有效的时区')).transform((v) => v ?? 'Asia/Shanghai'),
  KEXIE_ADMINS: optional(z.string()).transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
});
export type Config = z.infer<typeof ConfigSchema>;

/** A configuration problem; its message names the variables, never their values. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，请检查这些环境变量（见 .env.example）：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

/** The repository root, for bundled data and prompts. */
export const PROJECT_ROOT = ROOT;
