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

  it('counts 资料 in 份 without the questionnaires (问卷 are 份 too, but not handed-out material)', async () => {
    const { kexie } = kexieForTests('2026-12-10');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, {
      activities: [
        { date: '2026-02-06', title: '年货集市科普宣传', headcount: 240, metrics: { 份: 800 } },
        { date: '2026-03-02', dateEnd: '2026-03-25', title: '科技工作者状况调查问卷发放回收', headcount: null, metrics: { 份: 536 } },
      ],
    });
    const reply = (await handleMessage(kexie, ctx, '今年一共发放了多少份科普资料')).text;
    expect(reply).toContain('共800份');
    expect(reply).not.toContain('1336');
  });

  it('asks a short question about what is due rather than logging it as an event ahead (后天是不是有个啥截止)', async () => {
    const { kexie, storeFor } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, { activities: [] });
    const reply = await handleMessage(kexie, ctx, '后天是不是有个啥截止');
    expect(reply.kind).toBe('answer');
    expect(reply.text).not.toContain('回复“记录”保存');
    expect(await storeFor('local').listActivities()).toEqual([]);
  });

  it('reads a fix that says "几个" (a few) as a fix, not as a question of how many', async () => {
    const { kexie, storeFor } = kexieForTests('2026-11-06');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, { activities: [] });
    expect((await handleMessage(kexie, ctx, '记录 11月3日白马乡冬小麦田间管理技术培训，参加农户70人')).kind).toBe('activity');
    const reply = await handleMessage(kexie, ctx, '这个应该是75人，后面又来了几个没签到的');
    expect(reply.kind).toBe('activity');
    expect((await storeFor('local').listActivities()).map((a) => a.headcount)).toEqual([75]);
  });
});
