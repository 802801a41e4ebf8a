import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, loadConfig } from '../../src/config.js';
import { ROOT } from '../support/kexie-for-tests.js';

describe('loadConfig', () => {
  it('fills defaults and treats empty strings as unset', () => {
    const c = loadConfig({ KEXIE_TZ: '', PORT: '  ', OPENAI_MODEL: '' });
    expect(c.KEXIE_TZ).toBe('Asia/Shanghai');
    expect(c.PORT).toBe(3000);
    expect(c.OPENAI_MODEL).toBe('gpt-4o-mini');
    expect(c.KEXIE_ADMINS).toEqual([]);
  });
  it('stops on bad values, naming the variables but never their values', () => {
    let error: unknown;
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'secret-value-123', KEXIE_TODAY: '2026-13-45', KEXIE_TZ: 'Mars/Base', OPENAI_BASE_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['SLACK_BOT_TOKEN', 'KEXIE_TODAY', 'KEXIE_TZ', 'OPENAI_BASE_URL']) expect(message).toContain(name);
    expect(message).not.toContain('secret-value-123');
  });
  it('keeps .env.example in step with the schema', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.keys(ConfigSchema.shape).sort());
  });
});
