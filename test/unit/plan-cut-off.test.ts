// Documents cut off before their tasks (issue 17, holdout 5): a preamble and one bare heading, or only the
// 主题 and 宗旨 of an event, leave nothing to import, and the reader says no task was found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'cut.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a document cut off before its tasks', () => {
  it('imports nothing from a preamble and the first heading alone', () => {
    const { plan, warnings } = read('各级科协组织实施意见\n今年是十二五开局之年，全区科协工作的总体要求是：团结动员广大科技工作者，为经济发展作出新的贡献。\n根据这一总体要求，今年全区各级科协组织重点要做好以下几方面工作:\n一、围绕X委政府中心工作,深入开展科技服务活动');
    expect(plan.items).toEqual([]);
    expect(warnings.map((w) => w.message).join()).toMatch(/没有找到任务/u);
  });
  it('imports nothing from an event plan cut off after its 主题 and 宗旨', () => {
    const { plan } = read('全国科普日主题活动方案\n为了充分利用好这个宣传科普的良好时机,现提出全国科普日主题活动方案如下:\n一、活动主题:科学探索,创新未来\n二、活动宗旨:普及科学知识,弘扬科学精神,推动创新发展,');
    expect(plan.items).toEqual([]);
  });
  it('still imports a plan whose only task is a line of its own with a figure', () => {
    const { plan } = read('2024年科普工作计划\n根据上级要求，今年重点做好以下工作:\n一、开展科普讲座20场');
    expect(plan.items.length).toBe(1);
  });
  it('reads a month\'s round-up of what was done ("…3月份重点工作完成情况") as a 月报 whose plan part is cut, when the page opens with that part (no title of its own)', () => {
    const { plan, report } = read(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'plans', 'holdout5-scored', 'chuzhou-yuebao-2017-03.txt'), 'utf8'));
    expect(report.kind).toBe('monthly_with_plan');
    expect(plan.items).toEqual([]);
  });
});

describe('an event plan cut off as its 活动内容 begins (issue 17, holdout 5)', () => {
  const text = '乡科技周活动方案\n一、指导思想: 认真贯彻市委八届七次全会精神,在全乡开展一场节约资源的科普宣传活动,推广节能新技术。\n二、主题: 节约资源――共建美好家园三、活动时间: 今年我乡第十二届科技活动周从5月15日开始至5月21日结束。\n四、活动内容: 按照市';
  it('imports nothing when only its 指导思想, 主题 and 活动时间 are on the page', () => {
    const { plan, warnings } = read(text);
    expect(plan.items).toEqual([]);
    expect(warnings.map((w) => w.message).join()).toMatch(/活动内容/u);
  });
  it('says, when refusing it, where the text breaks off and what it holds', async () => {
    const { importPlan } = await import('../../src/core/plans/import-plan.js');
    const { MemoryStore } = await import('../support/memory-store.js');
    const result = await importPlan({ store: new MemoryStore(), observances: OBSERVANCES }, { text, source: 'cut.txt', today: '2024-05-01', now: '2024-05-01T08:00:00.000Z' }).catch((e: Error) => e);
    expect(result).toBeInstanceOf(Error);
    expect(String((result as Error & { detail?: string }).detail ?? (result as Error).message)).toMatch(/活动内容[^。]*中断[^。]*指导思想、主题/u);
  });
});
