// Control characters, NUL and bidi overrides never reach stored text, whichever way it comes in: a chat message, the
// log modal (which calls kexie.log directly), an edit, a sign-up, a plan's text.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { registerSignup } from '../../src/core/headcounts/manage-signups.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const DIRTY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const clean = (value: unknown): void => {
  for (const text of JSON.stringify(value).matchAll(/"((?:[^"\\]|\\.)*)"/gu)) expect(JSON.parse(`"${text[1]}"`)).not.toMatch(DIRTY);
};

describe('text from people is stored clean', () => {
  it('a chat message', async () => {
    const t = kexieForTests('2026-06-20');
    const ctx = t.kexie.context({ workspace: 'W', user: 'U1' });
    await handleMessage(t.kexie, ctx, '记录 6月17日 科普\u202e讲座\u0000进社区\u2066，参加50人');
    const [a] = await t.kexie.activities(ctx);
    expect(a?.title).toContain('科普讲座进社区');
    clean(a);
  });

  it('the log modal, an edit and a sign-up', async () => {
    const t = kexieForTests('2026-06-20');
    const ctx = t.kexie.context({ workspace: 'W', user: 'U1' });
    const result = await t.kexie.log(ctx, '6月17日 科技\u202d周\u0007开幕式\u200f，参加60人');
    expect(result.ok).toBe(true);
    const [a] = await t.kexie.activities(ctx);
    expect(a?.title).toContain('科技周开幕式');
    clean(a);
    const edited = await t.kexie.edit(ctx, a?.id ?? '', { title: '科技周\u202e闭幕式\u0000' });
    expect(edited.title).toBe('科技周闭幕式');
    clean(edited);
    const signup = await registerSignup(t.storeFor('W'), ctx, { event: '科普日\u2067主场', unit: '城关\u202e镇科协\u0000', count: 5, names: ['张三\u200e', '\u2066李四'], contact: '138\u0000' });
    expect(signup.entries[0]).toMatchObject({ unit: '城关镇科协', names: ['张三', '李四'], contact: '138' });
    expect(signup.event).toBe('科普日主场');
    clean(signup);
  });

  it('a plan text: items carry no controls, and Word page breaks still end lines', async () => {
    const t = kexieForTests('2026-06-20');
    const ctx = t.kexie.context({ workspace: 'W', user: 'U1' });
    const text = '2026年科协工作要点\n一、开展科普\u202e活动\u0000\n1. 举办全国科普日主场活动，9月底前完成\f2. 开展青少年\u2066科技创新大赛，6月底前完成\u001b[31m\n';
    const result = await t.kexie.importPlan(ctx, { text, source: 'plan.txt' });
    expect(result.plan.items.map((i) => i.title)).toEqual(expect.arrayContaining(['开展科普活动', expect.stringMatching(/^举办全国科普日主场活动/u), expect.stringMatching(/^开展青少年科技创新大赛/u)]));
    clean(result.plan);
  });
});
