import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { loadQuestionState } from '../support/question-state.js';

describe('questions in the chat route', () => {
  it('answers requests it cannot serve with 没看懂 and logs nothing; reports are still logged', async () => {
    const { kexie, storeFor } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, { activities: [] });
    for (const text of ['帮我订一张去北京的机票', '给我讲个笑话', 'Can you recommend a good laptop?']) {
      const reply = await handleMessage(kexie, ctx, text);
      expect(reply.text, text).toMatch(/^没看懂这句话/u);
      expect(reply.text.split('\n').filter((l) => l.startsWith('• ')).length).toBeGreaterThanOrEqual(2);
    }
    expect(await storeFor('local').listActivities()).toEqual([]);
    expect((await handleMessage(kexie, ctx, '关于火箭的任务')).text).toContain('没有找到与“火箭”有关的任务');
    const logged = await handleMessage(kexie, ctx, '上周四在城关镇开了场防震减灾讲座，来了三十来人');
    expect(logged.kind).toBe('activity');
    const asked = await handleMessage(kexie, ctx, '上周都做了什么');
    expect(asked.text).toContain('上周（2026-11-16至2026-11-22）共记录活动1条');
    expect(asked.text).toContain('防震减灾讲座');
  });

  it('counts a period report once: in a period that holds it, and only mentioned (overlap) in a shorter one', async () => {
    const { kexie } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, { activities: [{ date: '2026-06-20', dateEnd: '2026-07-10', title: '暑期科普讲座', headcount: 300, headcountUnit: '人次', metrics: { 场次: 6 } }] });
    for (const month of ['6月份', '7月份']) {
      const reply = (await handleMessage(kexie, ctx, `${month}开了几场讲座`)).text;
      expect(reply).not.toContain('共6场');
      expect(reply).toContain('部分重叠');
    }
    expect((await handleMessage(kexie, ctx, '今年开了几场讲座')).text).toContain('共6场');
    expect((await handleMessage(kexie, ctx, '8月份开了几场讲座')).text).toContain('没有');
  });
});
