import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { mentionOf } from '../../src/core/chat/subscription-commands.js';
import { FixedClock } from '../../src/core/clock.js';
import { duePosts } from '../../src/core/schedules/due-posts.js';
import { postsDue } from '../../src/core/schedules/manage-subscriptions.js';
import { createWorkdays } from '../../src/core/schedules/work-calendar.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { holidayPlan } from '../support/schedule-fixtures.js';

function setup(today = '2026-09-15') {
  const t = kexieForTests(today, { holidays: chineseHolidayCalendar, clock: new FixedClock(new Date(`${today}T10:00:00+08:00`)) });
  const store = t.storeFor('local');
  store.plans = [holidayPlan()];
  const say = async (text: string, user = 'U1', channel = 'C1') => (await handleMessage(t.kexie, t.kexie.context({ user, source: { kind: 'slack', channel } }), text)).text;
  return { ...t, store, say };
}

describe('subscription commands', () => {
  it('subscribes a channel, says when the next post comes, lists and cancels', async () => {
    const { say, store } = setup();
    expect(await say('订阅 本月待办')).toBe('已订阅：<#C1>将收到本月待办（每月第一个工作日 09:00）。\n下一次：10月8日 09:00\n取消：取消订阅 本月待办');
    expect(await say('订阅 到期提醒 提前5个工作日 8点半')).toContain('到期提醒（截止前 5 个工作日 08:30）');
    expect(await say('訂閱 每週預告 16:30')).toContain('每周预告（每周最后一个工作日 16:30）');
    expect(await say('订阅 到期提醒 提前两个工作日')).toContain('已更新：到期提醒（截止前 2 个工作日 08:30）');
    expect(store.subscriptions.map((s) => s.kind)).toEqual(['monthly', 'deadline', 'weekly']);
    expect(await say('订阅列表')).toContain('<#C1>的订阅（3 个）');
    expect(await say('订阅列表', 'U1', 'C2')).toContain('还没有订阅');
    expect(await say('取消订阅 每周预告')).toBe('已取消：每周预告（每周最后一个工作日 16:30）。');
    expect(await say('取消订阅 每周预告')).toContain('没有这个订阅');
    expect(await say('订阅 天气预报')).toContain('要订阅什么？');
    expect(await say('订阅 本月待办 25:00')).toContain('24 小时制');
    expect(await say('取消订阅 全部')).toContain('已取消');
    const t = setup();
    const fromConsole = await handleMessage(t.kexie, t.kexie.context({ user: 'U1', source: { kind: 'console' } }), '订阅 本月待办');
    expect(fromConsole.text).toContain('请在要接收提醒的频道里');
    expect(store.subscriptions).toHaveLength(0);
  });

  it('maps plan owners and units to people, and lists units with nothing logged this month', async () => {
    const { say, kexie } = setup();
    expect(await say('负责人 科普部 <@U7|zhang> <!subteam^S9|@kepu> @李四')).toBe('已设置：科普部 由 <@U7> <!subteam^S9> @李四 负责。到期提醒会 @ 他们；他们发“我的任务”可查看科普部的任务。');
    expect(await say('负责人 办公室 @')).toContain('请写出“办公室”的负责人');
    expect(await say('负责人 办公室 @王五 老李')).toContain('没认出这些人：老李');
    expect(await say('负责人是谁')).not.toContain('负责人，例如');
    expect(await say('单位 添加 城关镇科协 <@U5>')).toContain('已登记单位：城关镇科协（<@U5>）');
    expect(await say('单位 添加 河口镇科协 @王五')).toContain('已登记单位');
    expect(await say('单位 列表')).toContain('报送单位（2 个）');
    expect(await say('本月未报送')).toBe('9月还没有活动记录的单位（2 个）：\n• 城关镇科协：<@U5>\n• 河口镇科协：@王五');
    const logged = await kexie.log(kexie.context({ user: 'U5' }), '9月10日 举办科普讲座，参加80人');
    expect(logged.ok && logged.activity.reporterUnit).toBe('城关镇科协');
    await kexie.log(kexie.context({ user: 'U1' }), '9月12日 河口镇科协开展科普大集，参加200人');
    expect(await say('本月未报送')).toBe('9月各单位都已报送活动。');
    expect(await say('单位 删除 河口镇科协')).toBe('已删除单位：河口镇科协。');
    expect(await say('我的任务', 'U7')).toContain('学会年检');
    expect(await say('我们部门有什么任务？', 'U7')).toContain('学会年检');
    expect(await say('我们部门有什么任务？', 'U99')).not.toContain('学会年检'); // not mapped: the question handler answers
    expect(await say('记录 9月12日 我负责的科普讲座，参加50人', 'U7')).toContain('已记录');
  });

  it('reads only well-formed mentions', () => {
    expect(mentionOf('<@U123|张三>')).toBe('<@U123>');
    expect(mentionOf('<!subteam^S1>')).toBe('<!subteam^S1>');
    expect(mentionOf('@张三')).toBe('@张三');
    expect(mentionOf('<@u123>')).toBeUndefined();
    expect(mentionOf('张三')).toBeUndefined();
    expect(mentionOf(`@${'长'.repeat(5000)}`)).toBeUndefined();
  });
});

describe('posts in a year chinese-days does not hold', () => {
  it('counts weekends only and the January digest says so once', () => {
    const workdays = createWorkdays(chineseHolidayCalendar);
    const sub = { id: 's1', kind: 'monthly' as const, channel: 'C1', at: '09:00', days: 3, createdBy: 'U1', createdAt: '2026-06-01T00:00:00Z' };
    const plan = { ...holidayPlan(), year: 2026, yearTo: 2027 };
    const posts = duePosts({ subscriptions: [sub], from: new Date('2026-12-01T00:00:00+08:00'), to: new Date('2027-03-31T00:00:00+08:00'), timeZone: 'Asia/Shanghai', workdays, plans: [plan], activities: [], directory: { owners: [], units: [] } });
    expect(posts.map((p) => p.at)).toEqual(['2026-12-01T09:00:00+08:00', '2027-01-01T09:00:00+08:00', '2027-02-01T09:00:00+08:00', '2027-03-01T09:00:00+08:00']);
    const notes = posts.filter((p) => p.text.includes('2027年节假日安排尚未收录，按周末推算'));
    expect(notes.map((p) => p.date)).toEqual(['2027-01-01']);
  });

  it('the not-reported post goes on the 25th or the next working day, and only when someone has not reported', () => {
    const workdays = createWorkdays(chineseHolidayCalendar);
    const sub = { id: 's2', kind: 'unreported' as const, channel: 'C1', at: '09:00', days: 3, createdBy: 'U1', createdAt: '2026-01-01T00:00:00Z' };
    const directory = { owners: [], units: [{ name: '城关镇科协', people: ['<@U5>'] }] };
    const posts = duePosts({ subscriptions: [sub], from: new Date('2026-09-01T00:00:00+08:00'), to: new Date('2026-10-31T23:00:00+08:00'), timeZone: 'Asia/Shanghai', workdays, plans: [holidayPlan()], activities: [], directory });
    // 9-25 is the Mid-Autumn Festival and 10-25 a Sunday.
    expect(posts.map((p) => p.at)).toEqual(['2026-09-28T09:00:00+08:00', '2026-10-26T09:00:00+08:00']);
    expect(posts[0]?.text).toContain('• 城关镇科协 <@U5>');
  });
});

describe('done items stop reminding', () => {
  it('an item marked 已完成 leaves the overdue list and gets no deadline reminder', async () => {
    const { say, store } = setup('2026-03-01');
    await say('订阅 逾期提醒');
    await say('订阅 到期提醒');
    const deps = { holidays: chineseHolidayCalendar, timeZone: 'Asia/Shanghai' };
    const range = { from: new Date('2026-03-02T00:00:00+08:00'), to: new Date('2026-03-06T23:00:00+08:00') };
    const before = (await postsDue(store, deps, range)).posts;
    expect(before.map((p) => `${p.kind} ${p.items.join(',')}`)).toEqual(['overdue i-feb', 'deadline i-mar']);
    expect(before[0]?.text).toContain('“一/2 已完成”');
    expect(await say('一/1 已完成')).toContain('已完成');
    expect(await say('一/2 已完成')).toContain('已完成');
    expect((await postsDue(store, deps, range)).posts).toEqual([]);
  });
});
