// The router, 帮助 and the "没看懂" suggestions come from one command table.
import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../src/core/chat/command-table.js';
import { COMMANDS, helpText, suggestionsFor } from '../../src/core/chat/commands.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, readFixture } from '../support/kexie-for-tests.js';

describe('the command table', () => {
  it('every command has a handler and every handler is a command', () => {
    const handled = new Set(HANDLERS.map((h) => h.name));
    const listed = new Set(COMMANDS.map((c) => c.name));
    expect([...listed].filter((n) => !handled.has(n))).toEqual([]);
    expect([...handled].filter((n) => !listed.has(n))).toEqual([]);
  });

  it('帮助 lists every command as the table writes it', async () => {
    const t = kexieForTests('2026-11-23');
    const reply = await handleMessage(t.kexie, t.kexie.context({}), '帮助');
    expect(reply.text).toBe(helpText());
    for (const c of COMMANDS) expect(reply.text).toContain(c.usage);
  });

  it('a message not understood gets the closest commands from the table', async () => {
    expect(suggestionsFor('我想订阅提醒')[0]).toContain('订阅');
    expect(suggestionsFor('怎么导出台账')[0]).toContain('导出');
    const t = kexieForTests('2026-11-23');
    await t.kexie.importPlan(t.kexie.context({}), { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    const reply = await handleMessage(t.kexie, t.kexie.context({}), '嗯嗯收到啦');
    expect(reply.text).toContain('没看懂');
    expect(reply.text).toContain('帮助');
  });
});
