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
  SLACK_CLIENT_ID: optional(z.string().regex(/^[0-9]+\.[0-9]+$/u, '应为 Slack 应用的 Client ID（形如 1234567890.1234567890）')),
  SLACK_CLIENT_SECRET: optional(z.string().min(8, '太短')),
  SLACK_STATE_SECRET: optional(z.string().min(16, '至少 16 个字符')),
  PORT: optional(z.coerce.number().int().min(1).max(65535)).transform((v) => v ?? 3000),
  OPENAI_API_KEY: optional(z.string()),
  OPENAI_BASE_URL: optional(z.url('应为 URL')),
  OPENAI_MODEL: optional(z.string()).transform((v) => v ?? 'gpt-4o-mini'),
  OPENAI_STREAM: optional(z.enum(['true', 'false', '1', '0'])).transform((v) => v === 'true' || v === '1'),
  OPENAI_TIMEOUT_MS: optional(z.coerce.number().int().min(1000).max(600_000)).transform((v) => v ?? 30_000),
  KEXIE_DATA_DIR: optional(z.string()).transform((v) => resolve(v ?? resolve(ROOT, '.kexie-data'))),
  KEXIE_TODAY: optional(z.iso.date('应为 YYYY-MM-DD')),
  KEXIE_TZ: optional(z.string().refine(validZone, '不是有效的时区')).transform((v) => v ?? 'Asia/Shanghai'),
  KEXIE_ADMINS: optional(z.string()).transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
});
export type Config = z.infer<typeof ConfigSchema>;

const OAUTH_VARS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** Whether kexie is a distributed app installed by OAuth (each team its own token). */
export const usesOAuth = (config: Config): boolean => OAUTH_VARS.every((name) => config[name] !== undefined);

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
  const config = parsed.data;
  const oauthSet = OAUTH_VARS.filter((name) => config[name] !== undefined);
  if (oauthSet.length > 0 && oauthSet.length < OAUTH_VARS.length) {
    throw new ConfigError(OAUTH_VARS.filter((name) => config[name] === undefined).map((name) => `${name}: 通过 OAuth 安装时 ${OAUTH_VARS.join('、')} 三个都要填写`));
  }
  if (oauthSet.length > 0 && !config.SLACK_SIGNING_SECRET) throw new ConfigError(['SLACK_SIGNING_SECRET: 通过 OAuth 安装时需要（HTTP 模式）']);
  return config;
}

/** The repository root, for bundled data and prompts. */
export const PROJECT_ROOT = ROOT;
