import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import type { RequestContext } from '../../src/core/context.js';
import { observanceDates, observanceNamed, withOverrides } from '../../src/core/plans/observances.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFileReplyText } from '../../src/core/plans/describe-import.js';
import { kexieForTests, OBSERVANCES, ROOT } from '../support/kexie-for-tests.js';

const PLAN = '科技助农工作安排\n\n7月中旬前完成专家库更新。\n8月底前组织专家下乡服务30场次。\n科技活动周期间开展科普讲座10场。';

describe('计划年份: correcting a year guessed from the import date', () => {
  it('moves the latest plan and its dates to the year given, and says so', async () => {
    const t = kexieForTests('2026-06-15');
    const ctx = t.kexie.context({ user: 'admin', source: { kind: 'slack' } });
    await t.kexie.importPlan(ctx, { text: PLAN, source: 'x.txt' });
    const reply = await handleMessage(t.kexie, ctx, '计划年份 2021');
    expect(reply.text).toBe('已把《科技助农工作安排》改为2021年的计划，3 条的时间要求随之调整到2021年。\n试试问：这个月有什么要做的');
    const [plan] = await t.storeFor('local').listPlans();
    expect(plan?.year).toBe(2021);
    expect(plan?.items.map((i) => i.due.map((d) => `${d.start}..${d.end}`))).toEqual([
      ['2021-07-11..2021-07-20'],
      ['2021-08-31..2021-08-31'],
      ['2021-05-22..2021-05-28'],
    ]);
  });

  it('refuses a non-admin in Slack, a bad year, and no plan, each with what to do', async () => {
    const t = kexieForTests('2026-06-15');
    const slackUser = t.kexie.context({ user: 'U1', source: { kind: 'slack' } });
    expect((await handleMessage(t.kexie, t.kexie.context({ user: 'admin' }), '计划年份 2021')).text).toContain('还没有导入工作计划');
    await t.kexie.importPlan(slackUser, { text: PLAN, source: 'x.txt' });
    expect((await handleMessage(t.kexie, slackUser, '计划年份 2021')).text).toContain('只有管理员');
    expect((await handleMessage(t.kexie, slackUser, '计划年份 去年')).text).toContain('格式：计划年份 2025');
  });
});

describe('setting an observance’s dates for this year', () => {
  const admin = (t: ReturnType<typeof kexieForTests>, workspace = 'T1'): RequestContext => t.kexie.context({ workspace, user: 'admin', source: { kind: 'slack' } });

  it('stores the dates per workspace and re-dates the items that relied on the guess', async () => {
    const t = kexieForTests('2026-03-01');
    await t.kexie.importPlan(admin(t), { text: `某县科协2026年工作要点\n一、${'科技活动周期间开展科普讲座10场。'}`, source: 'x.txt' });
    const [before] = await t.storeFor('T1').listPlans();
    expect(before?.items[0]?.due[0]).toMatchObject({ start: '2026-05-24', end: '2026-05-31', implied: true });
    const reply = await handleMessage(t.kexie, admin(t), '科技活动周 2026年5月16日至23日');
    expect(reply.text).toBe('已设定2026年全国科技活动周：5月16日至5月23日（原为5月24日至5月31日，是推定的）。计划中 1 处按它推定的时间已更新。');
    const [after] = await t.storeFor('T1').listPlans();
    expect(after?.items[0]?.due[0]).toMatchObject({ start: '2026-05-16', end: '2026-05-23' });
    // Another workspace keeps the shared calendar; a later import in this one uses the new dates.
    const other = await t.kexie.importPlan(admin(t, 'T2'), { text: '某县科协2026年工作要点\n一、科技周开展科普讲座10场。', source: 'y.txt' });
    expect(other.plan.items[0]?.due[0]).toMatchObject({ start: '2026-05-24' });
    const again = await t.kexie.importPlan(admin(t), { text: '另一县科协2026年工作要点\n一、科技周开展科普讲座10场。', source: 'z.txt' });
    expect(again.plan.items[0]?.due[0]).toMatchObject({ start: '2026-05-16', end: '2026-05-23' });
  });

  it('refuses impossible dates and non-admins in Slack; other messages pass through', async () => {
    const t = kexieForTests('2026-03-01');
    expect((await handleMessage(t.kexie, admin(t), '科技活动周 2026年2月30日至3月2日')).text).toContain('日期不对');
    const user = t.kexie.context({ workspace: 'T1', user: 'U9', source: { kind: 'slack' } });
    expect((await handleMessage(t.kexie, user, '全国科普日 2026年9月20日')).text).toContain('只有管理员');
    expect((await handleMessage(t.kexie, user, '科技活动周 5月17日至23日')).text).not.toContain('只有管理员');
    expect((await handleMessage(t.kexie, admin(t), '科技活动周有什么要做的')).kind).not.toBe('error');
    expect(await t.storeFor('T1').listObservanceOverrides()).toEqual([]);
  });
});

describe('observance calendar', () => {
  const named = (n: string) => {
    const o = observanceNamed(n, OBSERVANCES);
    if (!o) throw new Error(n);
    return o;
  };
  it('knows each year’s dates with a source, rules that hold onward, and marks guesses as implied', () => {
    expect(observanceDates(named('科普月'), 2025)).toMatchObject({ start: '2025-09-01', end: '2025-09-30', implied: false });
    expect(observanceDates(named('全国科普日'), 2027)).toMatchObject({ start: '2027-09-01', end: '2027-09-30', implied: false });
    expect(observanceDates(named('全国科普日'), 2023)).toMatchObject({ start: '2023-09-15', end: '2023-09-30', implied: true });
    expect(observanceDates(named('科技活动周'), 2024)).toMatchObject({ start: '2024-05-25', end: '2024-06-01', implied: false });
    const guessed = observanceDates(named('科技活動周'), 2026);
    expect(guessed).toMatchObject({ start: '2026-05-24', end: '2026-05-31', implied: true });
    expect(guessed.source).toMatch(/^按2025年推定/u);
    expect(observanceDates(named('防灾减灾日'), 2026)).toMatchObject({ start: '2026-05-12', implied: false });
    for (const o of OBSERVANCES) for (const y of o.years ?? []) expect(y.source.length).toBeGreaterThan(4);
    const set = withOverrides(OBSERVANCES, [{ name: '全国科技活动周', year: 2026, start: '2026-05-16', end: '2026-05-23', by: 'admin', at: '2026-03-01T00:00:00Z' }]);
    expect(observanceDates(observanceNamed('科技周', set) ?? named('科技周'), 2026)).toMatchObject({ start: '2026-05-16', implied: false });
  });
});

describe('a span of months is due in each month it covers', () => {
  it('answers a monthly question with 1—4月, 10—12月份 and 每逢单月 items in the right months', async () => {
    const t = kexieForTests('2026-02-10');
    const ctx = t.kexie.context({});
    await t.kexie.importPlan(ctx, { text: '某县科协2026年工作要点\n一、1—4月开展冬春农技培训。\n二、10—12月份组织科普下乡。\n三、每逢单月召开例会。', source: 'x.txt' });
    const paths = async (q: string) => (await t.kexie.ask(ctx, q)).items.map((i) => i.path).sort();
    expect(await paths('这个月有什么要做的')).toEqual(['一']);
    expect(await paths('3月有什么要做的')).toEqual(['一', '三']);
    expect(await paths('5月有什么要做的')).toEqual(['三']);
    expect(await paths('11月有什么要做的')).toEqual(['三', '二']);
    expect((await t.kexie.ask(ctx, '3月有什么要做的')).answer).toContain('1—4月（1月1日—4月30日，期间每月）');
  });
});

describe('计划列表 / 删除计划, and a real plan replacing the sample', () => {
  const SAMPLE = readFileSync(join(ROOT, 'data', 'sample-plan.md'), 'utf8');
  const REAL = '某县科协2026年工作要点\n一、科学普及\n1.9月底前开展科普讲座20场。\n2.年内新建科普e站3个。';

  it('removes the bundled sample when a real plan is imported, so no two items share a path', async () => {
    const t = kexieForTests('2026-03-01');
    const ctx = t.kexie.context({ user: 'U1', source: { kind: 'console' } });
    await t.kexie.importPlan(ctx, { text: SAMPLE, source: join(ROOT, 'data', 'sample-plan.md') });
    const result = await t.kexie.importPlan(ctx, { text: REAL, source: '要点.docx' });
    expect(result.removedSample?.map((p) => p.source)).toEqual([join(ROOT, 'data', 'sample-plan.md')]);
    const plans = await t.storeFor('local').listPlans();
    expect(plans.map((p) => p.title)).toEqual(['某县科协2026年工作要点']);
    expect(importFileReplyText(result)).toContain('自带的示例计划已移除');
  });

  it('lists plans for anyone and removes one by number for an admin only in Slack', async () => {
    const t = kexieForTests('2026-03-01');
    const admin = t.kexie.context({ user: 'admin', isAdmin: true, source: { kind: 'slack' } });
    const staff = t.kexie.context({ user: 'U2', source: { kind: 'slack' } });
    await t.kexie.importPlan(admin, { text: REAL, source: 'a.txt' });
    await t.kexie.importPlan({ ...admin, now: '2026-03-01T09:00:00.000Z' }, { text: REAL.replace('某县', '另一县'), source: 'b.txt' });
    const list = await handleMessage(t.kexie, staff, '计划列表');
    expect(list.text).toContain('1. 《某县科协2026年工作要点》（2026年，3 条');
    expect(list.text).toContain('2. 《另一县科协2026年工作要点》');
    expect((await handleMessage(t.kexie, staff, '删除计划 1')).text).toContain('只有管理员');
    expect((await t.storeFor('local').listPlans())).toHaveLength(2);
    const removed = await handleMessage(t.kexie, admin, '删除计划 1');
    expect(removed.text).toContain('已删除《某县科协2026年工作要点》');
    expect((await t.storeFor('local').listPlans()).map((p) => p.title)).toEqual(['另一县科协2026年工作要点']);
    expect((await handleMessage(t.kexie, admin, '删除计划 不存在的')).text).toContain('没有找到计划“不存在的”');
  });
});

describe('the import reply', () => {
  it('counts the paragraphs that are in no item, and a summary’s plan part says what it is', async () => {
    const t = kexieForTests('2026-01-05');
    const ctx = t.kexie.context({ user: 'U1', source: { kind: 'console' } });
    const plan = await t.kexie.importPlan(ctx, { text: '某县科协2026年工作要点\n为推动科协事业发展，制定本要点。\n一、科学普及\n1.9月底前开展科普讲座20场。\n二、工作要求\n各单位要高度重视，确保落到实处。', source: 'a.txt' });
    expect(importFileReplyText(plan)).toContain('另有 3 段（引言、说明、要求等）没有列为任务');
    const report = await t.kexie.importPlan(ctx, { text: '县科协2025年工作总结\n一、主要工作\n1.开展科普讲座36场。\n2.新建企业科协3家。\n二、2026年工作打算\n1.5月办好科技活动周。', source: 'b.txt' });
    expect(importFileReplyText(report)).toContain('这是一份工作总结：已读出2项工作成果，没有当作计划导入；可以导入其中的‘2026年工作打算’部分');
    await expect(t.kexie.importPlan(ctx, { text: '县科协2025年工作总结\n一、主要工作\n1.开展科普讲座36场。\n2.新建企业科协3家。', source: 'c.txt' })).rejects.toThrow('这是一份工作总结：已读出2项工作成果，没有当作计划导入');
  });
});
