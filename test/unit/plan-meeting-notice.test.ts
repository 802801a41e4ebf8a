// A meeting notice is not a plan: its 会期, 参会人员, 材料份数 and phone numbers are arrangements,
// and importing it would file junk items (issue 17, the sealed plan holdout scored a notice as imported).
import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { importPlan } from '../../src/core/plans/import-plan.js';
import { loadObservances } from '../../src/infra/observance-calendar.js';
import { MemoryStore } from '../support/memory-store.js';

const observances = loadObservances('data');
const importText = (text: string, today = '2025-03-02') =>
  importPlan({ store: new MemoryStore(), observances }, { text, source: 'x.txt', today, now: `${today}T08:00:00.000Z` });

const MEETING = [
  '关于召开全县科协系统工作会议的通知',
  '各乡镇科协、县直有关学会：',
  '经研究，定于3月12日召开全县科协系统工作会议，现将有关事项通知如下：',
  '一、会议时间、地点',
  '时间：2025年3月12日上午9:00，会期半天',
  '地点：县科协三楼会议室',
  '二、会议内容',
  '1.总结2024年全县科协工作，部署2025年重点任务。',
  '2.表彰2024年度科普工作先进集体。',
  '三、参会人员',
  '各乡镇科协主席，县直有关学会负责人。',
  '四、有关要求',
  '请于3月10日前将参会回执报县科协办公室（联系电话：6621345），汇报材料一式10份会前交会务组。',
  '县科学技术协会',
  '2025年3月2日',
].join('\n');

describe('a meeting notice is refused as a plan', () => {
  it('says it is a meeting notice, keeps the store as it was, and names the meeting', async () => {
    const store = new MemoryStore();
    const error = await importPlan({ store, observances }, { text: MEETING, source: 'x.txt', today: '2025-03-02', now: '2025-03-02T08:00:00.000Z' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanParseError);
    expect((error as PlanParseError).code).toBe('plan_is_notice');
    expect((error as PlanParseError).userMessage).toContain('会议通知');
    expect((error as PlanParseError).userMessage).toContain('全县科协系统工作会议');
    expect(await store.listPlans()).toEqual([]);
  });
  it('also when the title does not say 召开 but the sections are a meeting’s', async () => {
    const text = MEETING.replace('关于召开全县科协系统工作会议的通知', '关于全县科协系统工作会议有关事项的通知');
    await expect(importText(text)).rejects.toMatchObject({ code: 'plan_is_notice' });
  });
  it('still imports a notice that sets out an activity programme with tasks and dates', async () => {
    const text = [
      '关于开展2025年全国科普日活动的通知',
      '各乡镇科协：',
      '一、活动主题',
      '提升全民科学素质，助力科技自立自强。',
      '二、重点活动',
      '（一）9月20日前在县城广场举办科普日主场活动。',
      '（二）各乡镇开展科普进村活动不少于3场。',
      '三、工作要求',
      '请于9月30日前报送活动总结。',
    ].join('\n');
    const { plan, report } = await importText(text, '2025-08-20');
    expect(report?.kind).toBe('notice');
    expect(plan.items.filter((i) => i.kind === 'task').length).toBeGreaterThanOrEqual(2);
  });
});
