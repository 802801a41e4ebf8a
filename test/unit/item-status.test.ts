import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { loadQuestionState } from '../support/question-state.js';

async function setup() {
  const { kexie, storeFor } = kexieForTests('2026-11-23');
  const ctx = kexie.context({ user: 'U7', source: { kind: 'console' } });
  await loadQuestionState(kexie, ctx, { activities: [] });
  return { kexie, ctx, store: storeFor('local') };
}

describe('tasks without numbers', () => {
  it('marks an item done, in progress and open again by path or by title words, keeping who and when', async () => {
    const { kexie, ctx, store } = await setup();
    expect((await handleMessage(kexie, ctx, '三/1 已完成')).text).toContain('已标记 三/1 加强企业科协建设：已完成（U7，2026-11-23）');
    expect(store.statuses).toMatchObject([{ path: '三/1', status: 'done', by: 'U7', date: '2026-11-23' }]);
    await handleMessage(kexie, ctx, '三/1 进行中');
    expect(store.statuses[0]?.status).toBe('in_progress');
    await handleMessage(kexie, ctx, '三/1 未完成');
    expect(store.statuses[0]?.status).toBe('open');
    await handleMessage(kexie, ctx, '企业科协建设 完成了');
    expect(store.statuses[0]?.status).toBe('done');
    expect((await handleMessage(kexie, ctx, '三/1完成了吗')).text).toContain('已完成');
    expect((await handleMessage(kexie, ctx, '查看 三/1')).text).toContain('状态：已完成（U7，2026-11-23）');
  });

  it('is a core function the Slack button can call, and refuses an item it cannot find', async () => {
    const { kexie, ctx, store } = await setup();
    const s = await kexie.markItem(ctx, '二/（二）/3', 'done');
    expect(s).toMatchObject({ path: '二/（二）/3', status: 'done', by: 'U7' });
    expect(store.statuses).toHaveLength(1);
    await expect(kexie.markItem(ctx, '九/9', 'done')).rejects.toThrow(/没有找到计划条目“九\/9”/u);
    expect((await handleMessage(kexie, ctx, '九/9 已完成')).text).toContain('没有找到计划条目“九/9”');
    expect((await handleMessage(kexie, ctx, '城关镇科普讲座已完成')).text).not.toContain('没有找到计划条目');
    expect(store.statuses).toHaveLength(1);
  });

  it('leaves done items out of 逾期 and says how many', async () => {
    const { kexie, ctx } = await setup();
    const before = await handleMessage(kexie, ctx, '哪些任务逾期了');
    expect(before.text).toContain('三/1');
    await kexie.markItem(ctx, '三/1', 'done');
    await kexie.markItem(ctx, '一/2', 'done');
    const after = (await handleMessage(kexie, ctx, '哪些任务逾期了')).text;
    expect(after).not.toContain('三/1');
    expect(after).not.toContain('一/2');
    expect(after).toContain('另有2项已完成，未列出');
  });

  it('summaries say a done item was completed instead of listing it to fill in', async () => {
    const { kexie, ctx } = await setup();
    const before = await kexie.summary(ctx, { start: '2026-07-01', end: '2026-09-30', label: '2026年第三季度' });
    expect(before.text).toMatch(/【待补充】[^\n]*四\/1/u);
    await kexie.markItem(ctx, '四/1', 'done');
    const after = await kexie.summary(ctx, { start: '2026-07-01', end: '2026-09-30', label: '2026年第三季度' });
    expect(after.text).not.toMatch(/【待补充】[^\n]*四\/1/u);
    expect(after.text).toContain('召开县科协全委会工作已完成');
  });
});
