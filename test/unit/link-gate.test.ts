// The one gate for a confident link (issue 16): the record names the plan item's own object. A word any item may share
// (馆, 培训, 总结, 调查, 志愿服务) never links alone, nor does another institution of the same kind; the link is offered.
import { describe, expect, it } from 'vitest';
import { isGenericPhrase, objectTermsOf } from '../../src/core/activities/item-object.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, linkedPaths, readFixture } from '../support/kexie-for-tests.js';

describe('the object of a plan item, read from its text', () => {
  it('keeps what the task is about and leaves out its verb, dates, amounts and owner', () => {
    expect(objectTermsOf('开展科技工作者状况调查。3月底前完成年度调查问卷发放，回收有效问卷不少于500份，形成调查报告。牵头部门：学会部。')).toEqual(
      expect.arrayContaining(['科技工作者状况调查', '调查问卷', '有效问卷']),
    );
    expect(objectTermsOf('做好年度工作总结。12月15日前完成年度工作总结，次年1月底前报送市科协。牵头部门：办公室。')).toEqual(['年度工作总结']);
  });
  it('never takes generic words for an object', () => {
    const terms = objectTermsOf('组织全国科技活动周活动。开展科普展览、科普讲座、科技咨询等活动不少于20场次，参与群众不少于5000人次。');
    expect(terms.some((t) => /^(?:科普讲座|科普展览|科技咨询|参与群众)$/u.test(t))).toBe(false);
    for (const w of ['工作总结', '科普讲座', '培训', '调查报告', '科技志愿服务', '评审']) expect(isGenericPhrase(w)).toBe(true);
    for (const w of ['科技馆', '年度总结', '全委会', '服务团']) expect(isGenericPhrase(w)).toBe(false);
  });
  it('keeps a making verb: the object of 新建企业科协 is a new 企业科协, not whatever one does', () => {
    const terms = objectTermsOf('加强企业科协建设。新建企业科协5家以上，8月20日前完成组建备案。');
    expect(terms).toContain('新建企业科协');
    expect(terms).not.toContain('企业科协');
  });
});

describe('a shared generic word does not link', () => {
  it.each([
    // "年终总结" said in passing is not the 年度工作总结 item.
    ['今天下午组织机关干部集中学习，顺便布置了年终总结的事，参加25人。', '2026-12-03'],
    // A volunteer day in a town square shares 科技志愿服务 with the 下乡 item but goes to no village.
    ['学雷锋日当天，县科协组织科技志愿者在人民广场开展志愿服务，35名志愿者为群众提供科技咨询，服务群众400余人次。', '2026-03-06'],
    // "馆里" is any 馆: with no word of whose, the 科技馆 item is offered, not linked.
    ['8月下旬馆里的“暑期科普影院”每天放一场，一共放了11场，观众累计820人次。', '2026-09-01'],
  ])('%s', async (text, today) => {
    expect(await linkedPaths(text, today)).toEqual([null]);
  });
});

describe('another institution of the same kind is not the object', () => {
  it.each([
    ['12月20日县文化馆馆里举办冬季科普讲座两场，听众160人。', '2026-12-21'],
    ['11月5日镇卫生院组织乡村医生开展应急救护技能培训，参训32人。', '2026-11-06'],
  ])('%s', async (text, today) => {
    expect(await linkedPaths(text, today)).toEqual([null]);
  });
});

describe("the item's object links", () => {
  it.each([
    ['昨天在县科技馆举办机器人科普秀两场，观众520人次。', '2026-10-12', '二/（二）/1'],
    ['12月14日县科协召开年度工作总结座谈会，各部门负责人11名。', '2026-12-15', '四/2'],
    ['上周四学会部到县医院发放调查问卷，回收问卷60份。', '2026-03-09', '一/2'],
    ['3月5日学雷锋日，科技志愿服务队到石桥村开展果树修剪指导，服务农户60户。', '2026-03-06', '三/2'],
  ])('%s', async (text, today, path) => {
    expect(await linkedPaths(text, today)).toEqual([path]);
  });

  it('an observance item still links by its observance (科普日 in September)', async () => {
    expect(await linkedPaths('9月16日在城东社区开展全国科普日主题活动，居民210人。', '2026-09-17')).toEqual(['二/（一）/2']);
  });
});

describe('"馆里" names the sender\'s own 馆', () => {
  async function linkedFrom(unit: string, text: string, today: string): Promise<Array<string | null>> {
    const { kexie, storeFor } = kexieForTests(today);
    const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
    await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    const store = storeFor('local');
    await store.updateDirectory((d) => { d.units.push({ name: unit, people: ['<@U1>'] }); });
    await handleMessage(kexie, ctx, text);
    const plan = (await store.listPlans())[0];
    return (await store.listActivities()).map((a) => plan?.items.find((i) => i.id === a.itemId)?.path ?? null);
  }
  const text = '国庆七天馆里累计接待观众18650人次，单日最高是10月3号。';
  it("the museum's staff: the 科技馆 item", async () => {
    expect(await linkedFrom('县科技馆', text, '2026-10-09')).toEqual(['二/（二）/1']);
  });
  it("the museum's duty log: every visitors' line is the 科技馆 item's", async () => {
    expect(await linkedFrom('县科技馆', '上周值班日志：\n周一 闭馆\n周二 接待散客210人次\n周三 接待夏令营团队2批共95人\n周四 设备检修，无接待\n周五 散客180人次', '2026-07-20')).toEqual(['二/（二）/1', '二/（二）/1', '二/（二）/1']);
  });
  it("a library's staff: offered, not linked", async () => {
    expect(await linkedFrom('县图书馆', text, '2026-10-09')).toEqual([null]);
  });
  it('the offer lists the candidate item with the command that links it', async () => {
    const { kexie } = kexieForTests('2026-10-09');
    const ctx = kexie.context({ user: 'U1', today: '2026-10-09', source: { kind: 'console' } });
    await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    const reply = await handleMessage(kexie, ctx, '1月下旬馆里搞了寒假前的“科学小实验”周末班，累计参加学生210人次。');
    expect(reply.text).toMatch(/可能对应的计划条目（发送“关联 \S+ 路径”选定）/u);
    expect(reply.text).toContain('推进县科技馆展品更新');
  });
});
