import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { AppError } from '../../src/core/errors.js';
import { readFileSync } from 'node:fs';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { kexieForTests, readFixture } from '../support/kexie-for-tests.js';

describe('activity log through the core', () => {
  let t: ReturnType<typeof kexieForTests>;
  const ctx = (user = 'u1', extra = {}) => t.kexie.context({ user, source: { kind: 'console' }, ...extra });

  beforeEach(async () => {
    t = kexieForTests('2025-09-22');
    await t.kexie.importPlan(ctx(), { text: readFixture('plans', 'traditional-outline.txt'), source: 'plan.txt' });
  });

  it('links an activity to the item that names its observance', async () => {
    const r = await t.kexie.log(ctx(), '9月20日 科普日主场活动，参加群众500人次，发放资料800份');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.itemTitle).toBe('二/1 辦好全國科普日');
    expect(t.storeFor('local').events).toHaveLength(1);
  });

  it('stores the same delivery once', async () => {
    const slack = { kind: 'slack' as const, channel: 'C1', message: '1700000000.0001' };
    const a = await t.kexie.log(ctx('u1', { source: slack }), '科普讲座，参加50人');
    const b = await t.kexie.log(ctx('u1', { source: slack }), '科普讲座，参加50人');
    expect(a.ok && b.ok && b.duplicate).toBe(true);
    expect(a.ok && b.ok && a.activity.id === b.activity.id).toBe(true);
    expect(await t.kexie.activities(ctx())).toHaveLength(1);
  });

  it('lets the author edit and undo, keeps history, and refuses others', async () => {
    const r = await t.kexie.log(ctx('u1'), '科普讲座，参加50人');
    if (!r.ok) throw new Error('log failed');
    await expect(t.kexie.edit(ctx('u2'), r.activity.id, { headcount: 60 })).rejects.toBeInstanceOf(AppError);
    const edited = await t.kexie.edit(ctx('u1'), r.activity.id, { headcount: 60 });
    expect(edited.headcount).toBe(60);
    const byAdmin = await t.kexie.edit(ctx('admin'), r.activity.id, { title: '社区科普讲座' });
    expect(byAdmin.title).toBe('社区科普讲座');
    const undone = await t.kexie.undo(ctx('u1'));
    expect(undone.undone).toBe(true);
    expect(undone.history.map((h) => h.action)).toEqual(['create', 'edit', 'edit', 'undo']);
    expect(undone.history[1]?.fields).toEqual({ headcount: { from: 50, to: 60 } });
    expect(await t.kexie.activities(ctx())).toHaveLength(0);
  });

  it('adds up target progress with 场 and 场次 together', async () => {
    await t.kexie.log(ctx(), '9月16日 全国科普日进社区，讲座3场，参加200人');
    await t.kexie.log(ctx(), '9月18日 全国科普日校园活动，参加学生300人');
    const answer = await t.kexie.ask(ctx(), '科普日的目标完成多少了');
    expect(answer.intent).toBe('targets');
    expect(answer.answer).toContain('已开展4场次，目标200场次（4/200，2%）');
    expect(answer.answer).toContain('未写场次的活动按1场计');
  });

  it('never adds 人 to a 人次 target, and says so', async () => {
    await t.kexie.log(ctx(), '5月30日 科技工作者日走访慰问，慰问科技工作者30人');
    await t.kexie.log(ctx(), '5月31日 科技工作者日走访慰问，慰问科技工作者12人次');
    const r = await t.kexie.ask(ctx(), '科技工作者日的目标完成多少了');
    expect(r.answer).toContain('已完成12人次，目标40人次（12/40，30%）');
    expect(r.answer).toContain('人与人次不相加');
  });

  it('handles chat commands: log, edit, link, list, undo, and bad input', async () => {
    const logged = await handleMessage(t.kexie, ctx(), '记录 昨天 科普讲座，参加120人');
    expect(logged.kind).toBe('activity');
    expect(logged.text).toContain('人数：120人');
    const id = logged.activityId ?? '';
    expect((await handleMessage(t.kexie, ctx(), `修改 ${id} 人数 150`)).text).toContain('人数：150人');
    expect((await handleMessage(t.kexie, ctx(), `修改 ${id} 份 300`)).text).toContain('300份');
    expect((await handleMessage(t.kexie, ctx(), `关联 ${id} 二/1`)).text).toContain('辦好全國科普日');
    expect((await handleMessage(t.kexie, ctx(), `关联 ${id} 2.2`)).text).toContain('建設科技館');
    expect((await handleMessage(t.kexie, ctx(), `关联 ${id} 九/9`)).text).toContain('没有找到计划条目');
    expect((await handleMessage(t.kexie, ctx(), '活动列表')).text).toContain(id);
    expect((await handleMessage(t.kexie, ctx('u2'), `撤销 ${id}`)).text).toContain('只有记录的作者或管理员');
    expect((await handleMessage(t.kexie, ctx(), `撤销 ${id}`)).text).toContain('已撤销');
    const bad = await handleMessage(t.kexie, ctx(), '记录 今天开了个会');
    expect(bad.kind).toBe('error');
    expect(await t.kexie.activities(ctx())).toHaveLength(0);
  });

  it('understands commands in traditional characters and keeps the text as written', async () => {
    const reply = await handleMessage(t.kexie, ctx(), '記錄 9月17日 科普大篷車下鄉，參加村民200人，發放資料500份');
    expect(reply.kind).toBe('activity');
    const [a] = await t.kexie.activities(ctx());
    expect(a).toMatchObject({ title: '科普大篷車下鄉', headcount: 200, text: '9月17日 科普大篷車下鄉，參加村民200人，發放資料500份' });
  });

  it('does not link by shared dates or figures', async () => {
    const s = kexieForTests('2026-09-20');
    const c = s.kexie.context({ user: 'u1' });
    await s.kexie.importPlan(c, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    const r = await s.kexie.log(c, '12月15日 科普进社区 讲座2场 来了80多人');
    expect(r.ok && r.itemTitle).not.toBe('四/2 做好年度工作总结');
  });

  it('treats a plain report as a log and a question as a question', async () => {
    expect((await handleMessage(t.kexie, ctx(), '5月17日 科普周开幕式，参加群众800人次')).kind).toBe('activity');
    expect((await handleMessage(t.kexie, ctx(), '这个月有多少人参加？')).kind).not.toBe('activity');
  });
});

describe('event sign-ups', () => {
  it('registers per unit, updates, totals, closes and records attendance as an activity', async () => {
    const t = kexieForTests('2025-09-10');
    const organiser = t.kexie.context({ user: 'org' });
    const school = t.kexie.context({ user: 'teacher' });
    const say = (c: typeof organiser, text: string) => handleMessage(t.kexie, c, text);
    expect((await say(organiser, '报名 科普日主场活动 5人 第一中学')).text).toContain('报名共 5 人');
    expect((await say(school, '报名 科普日主场活动 7人 第二中学')).text).toContain('报名共 12 人');
    expect((await say(school, '报名 科普日主场活动 9人 第二中学')).text).toContain('报名共 14 人');
    expect((await say(school, '报名 科普日主场活动 3人 第一中学')).text).toContain('其他人登记');
    expect((await say(school, '报名 科普日主场活动 -3人 第三中学')).kind).toBe('error');
    const show = await say(school, '人数 科普日主场活动');
    expect(show.text).toContain('• 第一中学：5 人');
    expect(show.text).toContain('• 第二中学：9 人');
    expect((await say(school, '截止报名 科普日主场活动')).text).toContain('只有组织者');
    expect((await say(organiser, '截止报名 科普日主场活动')).text).toContain('已截止');
    expect((await say(school, '报名 科普日主场活动 2人 第三中学')).kind).toBe('error');
    const attended = await say(organiser, '实到 科普日主场活动 13人');
    expect(attended.kind).toBe('activity');
    const [activity] = await t.kexie.activities(organiser);
    expect(activity).toMatchObject({ headcount: 13, title: '科普日主场活动' });
  });
});
