import { logActivity } from '../../src/core/activities/record-activity.js';
// The report reader on what staff really type, and on values that cannot be stored as written.
import { describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/core/summaries/gather-facts.js';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, OBSERVANCES } from '../support/kexie-for-tests.js';

const one = (text: string, today = '2026-11-23'): ReadRecord => {
  const r = readReport(text, today, { explicit: true });
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`not one activity: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('readReport: loose numbers, dates and kinds of message', () => {
  it.each([
    ['五六十人', 50, true],
    ['三十来人', 30, true],
    ['近两百人', 200, true],
    ['一百出头', 100, true],
    ['十几位', 10, true],
    ['叁佰人', 300, false],
    ['貳仟人次', 2000, false],
    ['1.5万人次', 15000, false],
    ['4,200人次', 4200, false],
    ['about 300 people', 300, true],
    ['300+ attendees', 300, true],
    ['学生们来了五十多个', 50, true],
  ])('昨天科普讲座，%s → %i (approximate: %s)', (figure, headcount, approximate) => {
    const r = one(`昨天科普讲座，${figure}`);
    expect(r).toMatchObject({ headcount, approximate, date: '2026-11-22' });
  });

  it('reads dates as staff write them, and a date after today with no year as last year', () => {
    expect(one('上周四 讲座 50人').date).toBe('2026-11-19');
    expect(one('大前天 讲座 50人').date).toBe('2026-11-20');
    expect(one('周日 讲座 50人').date).toBe('2026-11-22');
    expect(one('本月3号 讲座 50人').date).toBe('2026-11-03');
    expect(one('11.6 讲座 50人').date).toBe('2026-11-06');
    expect(one('11/6 讲座 50人').date).toBe('2026-11-06');
    expect(one('十一月六号 讲座 50人').date).toBe('2026-11-06');
    expect(one('Nov 6 talk, 50 people').date).toBe('2026-11-06');
    expect(one('on the 6th a talk, 50 people').date).toBe('2026-11-06');
    expect(one('12月28日 讲座 50人', '2027-01-03').date).toBe('2026-12-28');
  });

  it('stores a report of a whole period with its first and last day', () => {
    expect(one('10月份共开展科普讲座15场次')).toMatchObject({ date: '2026-10-01', dateEnd: '2026-10-31', metrics: { 场次: 15 } });
    expect(one('上个月共接待参观群众3200人次')).toMatchObject({ date: '2026-10-01', dateEnd: '2026-10-31', headcount: 3200 });
  });

  it('does not count ordinals, meeting numbers, times or years', () => {
    const r = one('第八届科技节暨七届五次全委会，第2期培训，下午3点开始，2026年度表彰，参加120人');
    expect(r.headcount).toBe(120);
    expect(r.metrics).toEqual({});
  });

  it('labels people an office sent to help by who sent them, without asking whether they took part', () => {
    const r = one('昨天防灾减灾日镇上搞了应急演练加宣传 参加的群众二百五 发了资料六百份 消防队来了6个人帮忙');
    expect([r.headcount, r.metrics, r.doubts]).toEqual([250, { 份: 600, '人(消防队)': 6 }, []]);
  });

  it('leaves out the count of an earlier occasion given to compare', () => {
    const r = one('元旦那天上午老年大学搞了个科普猜谜会。去年这个活动才来了五十来人，今年来了九十多位老同学。', '2026-01-12');
    expect([r.headcount, r.metrics, r.doubts]).toEqual([90, {}, []]);
    expect(one('去年冬天在村里办了防火讲座，来了50人', '2026-03-02').headcount).toBe(50);
  });

  it('asks about a bare day a few days ahead instead of moving it a month back', () => {
    const r = one('十七号在北山小学的那个防震减灾讲座，听的学生有三百来个', '2026-03-13');
    expect([r.date, r.doubts.map((d) => d.field)]).toEqual(['2026-03-17', ['date']]);
  });

  it('reads 医护 and a misheard 志愿着 as people (named by the part they played), and the places on the way to a total as no count', () => {
    expect(one('本周二在镇卫生院给村医培训心肺复苏，参训村医30人，卫生院派了6个医护当助教。', '2026-10-23').metrics).toEqual({ '人(助教)': 6 });
    expect(one('昨天在村委会门口搞了科技志愿服务，志愿着去了十几个，村里群众来了两百来号人', '2026-03-06').metrics).toEqual({ '人(志愿者)': 10 });
    expect(one('5月上旬大篷车去了东坝乡和青山镇，三个点加起来接待群众1800多人次。', '2026-05-12').metrics).toEqual({});
  });

  it('asks the day when the writer says they forgot it', () => {
    expect(one('上周哪天来着忘了 反正上周 红旗小学搞的地震应急疏散演练 全校师生970人', '2026-05-20').doubts.map((d) => d.field)).toEqual(['date']);
  });

  it('counts questions answered as questions, not as people beside the audience', () => {
    const r = one('专家服务团2月6日到柳河乡送技术，现场解答群众提问四十多个，来了村民一百五十人上下，专家9名。', '2026-02-10');
    expect([r.headcount, r.metrics, r.doubts]).toEqual([150, { 个: 40, '人(专家)': 9 }, []]);
  });

  it('takes milestones without a headcount, and splits several events', () => {
    expect(one('建言献策信息已报送3条')).toMatchObject({ headcount: null, metrics: { 条: 3 } });
    expect(one('展品更新已完成验收')).toMatchObject({ milestone: true, headcount: null });
    const two = readReport('两场：上午城南社区讲座200人；下午白马乡讲座150人', '2026-11-23');
    expect(two.kind === 'activity' && two.records.map((r) => r.headcount)).toEqual([200, 150]);
  });

  it('tells future plans, questions and chatter from reports', () => {
    expect(readReport('下周三去实验小学搞科普，预计80人', '2026-11-23')).toMatchObject({ kind: 'not_activity', reason: 'future' });
    expect(readReport('周五开会吗', '2026-11-23')).toMatchObject({ kind: 'not_activity', reason: 'question' });
    expect(readReport('通知已转发到各乡镇群', '2026-11-23')).toMatchObject({ kind: 'not_activity', reason: 'chatter' });
  });
});

describe('readReport: impossible values are refused with the reason, never stored changed', () => {
  it.each([
    ['2月30日 讲座 50人', 'bad_date', '2月30日'],
    ['13月5日 讲座 50人', 'bad_date', '13月5日'],
    ['昨天讲座 -30人', 'bad_figure', '负数'],
    ['昨天讲座 1e20人', 'bad_figure', '太大'],
    [`昨天讲座，发放资料${'9'.repeat(400)}份`, 'bad_figure', '太大'],
  ])('%s → %s', (text, problem, said) => {
    const r = readReport(text, '2026-11-23', { explicit: true });
    expect(r).toMatchObject({ kind: 'invalid', problem });
    expect(r.kind === 'invalid' && r.message).toContain(said);
  });

  it('asks about an implausible figure; once confirmed it is stored with a flag, and summaries leave it out', async () => {
    const { kexie, storeFor } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1' });
    const deps = { store: storeFor('local'), observances: OBSERVANCES };
    const asked = await logActivity(deps, ctx, '昨天科普讲座，参加999999人');
    expect(asked).toMatchObject({ ok: false, reason: 'ask', doubts: [{ field: 'headcount' }] });
    expect(await kexie.activities(ctx)).toHaveLength(0);
    if (asked.ok || asked.reason !== 'ask') return;
    const stored = await logActivity(deps, ctx, asked.pending.message, { reading: asked.pending.reading, confirmed: true });
    expect(stored.ok && stored.activity.flags.join()).toContain('待核对');
    const [a] = await kexie.activities(ctx);
    expect(a?.headcount).toBe(999999);
    const facts = gatherFacts({ start: '2026-11-01', end: '2026-11-30', label: '11月' }, [], a ? [a] : []);
    expect(JSON.stringify(facts)).not.toContain('999999');
  });
});

describe('edits with impossible figures', () => {
  it('修改 <编号> 份 sets that figure and keeps the record\'s other figures', async () => {
    const { kexie } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1' });
    await handleMessage(kexie, ctx, '记录 昨天科普讲座，参加120人，发放资料300份，展板5块');
    const [a] = await kexie.activities(ctx);
    expect((await handleMessage(kexie, ctx, `修改 ${a?.id} 份 350`)).kind).toBe('activity');
    const [after] = await kexie.activities(ctx);
    expect(after?.metrics).toEqual({ ...a?.metrics, 份: 350 });
    expect(Object.keys(after?.metrics ?? {}).length).toBeGreaterThan(1);
  });

  it('refuses the whole edit with the reason and keeps the record as it was', async () => {
    const { kexie } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1' });
    await handleMessage(kexie, ctx, '记录 昨天科普讲座，参加120人，发放资料300份');
    const [a] = await kexie.activities(ctx);
    const reply = await handleMessage(kexie, ctx, `修改 ${a?.id} 份 ${'9'.repeat(400)}`);
    expect(reply.kind).toBe('error');
    const huge = await handleMessage(kexie, ctx, `修改 ${a?.id} 人数 1e20`);
    expect(huge.kind).toBe('error');
    const [after] = await kexie.activities(ctx);
    expect(after).toMatchObject({ headcount: 120, metrics: { 份: 300 } });
    expect(after?.history.filter((h) => h.action === 'edit')).toEqual([]);
  });
});

describe('a milestone that completes its task', () => {
  it('marks the plan item done, says so, and 逾期 then leaves it out', async () => {
    const { kexie } = kexieForTests('2026-11-23');
    const ctx = kexie.context({ user: 'U1' });
    await kexie.importPlan(ctx, { text: '某县科协2026年工作要点\n一、阵地建设\n1、推进县科技馆展品更新。10月底前完成展品更新验收。牵头部门：科技馆。\n', source: 'plan.txt' });
    const reply = await handleMessage(kexie, ctx, '展品更新已完成验收');
    expect(reply.kind).toBe('activity');
    expect(reply.text).toContain('标记为已完成');
    const overdue = await handleMessage(kexie, ctx, '逾期');
    expect(overdue.text).not.toContain('推进县科技馆展品更新');
  });
});

describe('target progress', () => {
  it('does not count handing out toward collecting back, though both count 份', async () => {
    const { kexie } = kexieForTests('2026-03-20');
    const ctx = kexie.context({ user: 'U1' });
    await kexie.importPlan(ctx, { text: '某县科协2026年工作要点\n一、调查\n1、开展科技工作者状况调查。3月底前完成问卷发放，回收有效问卷不少于500份。\n', source: 'p.txt' });
    await handleMessage(kexie, ctx, '记录 3月2日 科技工作者状况调查 发放问卷600份');
    await handleMessage(kexie, ctx, '记录 3月18日 科技工作者状况调查 回收有效问卷523份');
    const reply = await handleMessage(kexie, ctx, '状况调查的目标完成多少了');
    expect(reply.text).toContain('523/500');
  });
});

describe('two events at two times of one day (blind w2-r002)', () => {
  it('reads 上午…；下午… at two places as two records, and one event in sessions as one', () => {
    const two = readReport('今天上午在东沟村讲苹果套袋后管理，来了32户；下午转到西沟村，讲的是核桃采收，农户40人左右。', '2026-08-20', {});
    if (two.kind !== 'activity') throw new Error(two.kind);
    expect(two.records.map((r) => [r.date, r.headcount])).toEqual([['2026-08-20', null], ['2026-08-20', 40]]);
    expect(two.records[0]?.metrics).toEqual({ 户: 32 });
    const session = readReport('今天科普讲座，上午120人，下午90人', '2026-08-20', {});
    if (session.kind !== 'activity') throw new Error(session.kind);
    expect(session.records).toHaveLength(1);
  });
});

describe('the only people counted ran it (blind w1-r139, w1-r040)', () => {
  const doubts = (text: string, today: string) => {
    const r = readReport(text, today, {});
    if (r.kind !== 'activity') throw new Error(r.kind);
    return r.records.flatMap((x) => x.doubts.map((d) => d.field));
  };
  it('stores experts who judged or went out as staff, with no participants and no question, beside other figures', () => {
    expect(doubts('青少年科技创新大赛县级评审今天结束，两天共评审作品128件，参与评审的专家11人。', '2026-10-28')).not.toContain('headcount');
    const judged = one('青少年科技创新大赛县级评审今天结束，两天共评审作品128件，参与评审的专家11人。', '2026-10-28');
    expect([judged.headcount, judged.metrics]).toEqual([null, { 件: 128, '人(专家)': 11 }]);
    const went = one('7月份，石桥乡科技志愿服务队下乡11次，服务农户213户，专家累计出动25人次。', '2026-08-03');
    expect([went.headcount, went.metrics, went.doubts]).toEqual([null, { 次: 11, 户: 213, '人次(专家)': 25 }, []]);
  });
  it('still takes staff as the participants when they are the only figure of the message', () => {
    expect(one('昨天的科普讲解大赛，评委九位', '2026-10-28').headcount).toBe(9);
  });
  it('does not ask when they plainly attended, nor for a members count', () => {
    expect(doubts('1月16日召开全县学会秘书长工作会议，各学会秘书长和工作人员共31人参加。', '2026-01-20')).not.toContain('headcount');
    expect(one('县恒达机械有限公司科协 8月5日成立，会员32人', '2026-08-21').headcount).toBeNull();
  });
});

describe('readReport: a count left without a unit is asked about, not dropped', () => {
  const today = '2026-11-23';
  const doubtsOf = (text: string): string[] => {
    const r = readReport(text, today);
    return r.kind === 'activity' ? r.records.flatMap((x) => x.doubts.map((d) => d.question)) : [`not an activity: ${r.kind}`];
  };
  it.each([
    ['上周在河口村讲了果树修剪 登记了42户 总共六十多', '六十多'],
    ['今天在石门中心校巡展，展品 16 件，看展的大约520', '520'],
    ['昨天村里搞了冬季防火宣传 发了资料200份 赶集的估摸着三百五', '三百五'],
    ['昨天镇科协在集上摆摊搞科普宣传 请了专家2人 咨询的加上领资料的估计有一千五 资料发了两千多份', '一千五'],
  ])('%s → asks about %s', (text, written) => {
    expect(doubtsOf(text).some((q) => q.includes(`“${written}”`))).toBe(true);
  });
  it.each([
    '昨天在十眼小学做了科学实验秀三场，看的学生一共是九百六',
    '5月19日下午在县一中报告厅请退休的李工讲座，高一全年级320名学生都来了，李工今年都七十三了',
    '11月12日 科技工作者建言献策座谈会 在行政楼301 参加45人',
    '公司十佳标兵评选上周五结束，10 位选手，评委 5 位，现场观众 120 左右',
  ])('%s → no question about a number', (text) => {
    expect(doubtsOf(text).filter((q) => q.includes('是什么数'))).toEqual([]);
  });
});
