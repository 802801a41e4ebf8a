import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { fixture, kexieForTests } from '../support/kexie-for-tests.js';
import { loadQuestionState, type QuestionState } from '../support/question-state.js';

const STATE = JSON.parse(readFileSync(fixture('chat', 'found', 'question-state.json'), 'utf8')) as QuestionState;

async function chat(user = 'U1') {
  const { kexie, storeFor } = kexieForTests('2026-11-23');
  const ctx = kexie.context({ user, source: { kind: 'console' } });
  await loadQuestionState(kexie, ctx, STATE);
  return { ask: async (text: string) => (await handleMessage(kexie, ctx, text)).text, storeFor };
}

describe('questions found in use', () => {
  it('loads the units and departments of a question state', async () => {
    const { storeFor } = await chat();
    const store = storeFor('local');
    expect((await store.readDirectory()).units.map((u) => u.name)).toEqual(['城关镇科协', '白马乡科协', '实验小学']);
    expect((await store.listUserProfiles()).find((p) => p.user === 'U2')?.department).toBe('科普部');
  });

  it('says which units have not reported this month, and whether one has', async () => {
    const { ask } = await chat();
    const missing = await ask('哪些单位这个月还没报');
    expect(missing).toContain('城关镇科协、实验小学');
    expect(missing).not.toContain('白马乡科协');
    expect(await ask('白马乡科协这个月报了吗')).toContain('白马乡科技志愿服务下乡');
    expect(await ask('城关镇科协这个月报了吗')).toContain('还没有活动记录');
  });

  it('gives a target with nothing logged as 0 of N, and who leads an item', async () => {
    const { ask } = await chat();
    const progress = await ask('选树最美科技工作者完成多少了');
    expect(progress).toContain('已完成0名，目标5名（0/5，0%）');
    expect(progress).not.toContain('没有');
    expect(await ask('全委会是哪个部门牵头的')).toContain('四/1 召开县科协全委会：牵头 办公室');
    expect(await ask('企业科协那个任务是啥要求来着')).toContain('新建企业科协5家以上');
  });

  it('counts a place\'s own records without the county-wide target, and reads a Chinese place in an English question', async () => {
    const { ask } = await chat();
    const place = await ask('白马乡今年下乡服务了多少户');
    expect(place).toContain('共40户');
    expect(place).not.toContain('对照年度目标');
    const english = await ask('What have we done in 城关镇 this year?');
    expect(english).toContain('城关镇春节后科普讲座');
    expect(english).not.toContain('白马乡');
  });

  it('never adds 人 and 人次, and says a total that runs past 上周 overlaps it', async () => {
    const { ask } = await chat();
    const people = await ask('上半年覆盖了多少群众');
    expect(people).toContain('280人、300人次');
    expect(people).not.toMatch(/580|合计\d/u);
    const week = await ask('上周都做了什么');
    expect(week).toContain('部分重叠');
    expect(week).toContain('参与180人：');
  });
});
