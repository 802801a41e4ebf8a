// An event 方案 as template sites print it (blind-w8 xuexiao-kejihuodongzhou-fangan): a 领导小组 of blank fields, a
// "主题与时间" section, a range written with ―, and a page heading naming another observance than the body's.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const TEXT = [
  '全国科普日活动方案',
  '一、指导思想',
  '以提升学生科学素质为目标，开展科技活动周系列活动。',
  '二、领导小组',
  '组长：',
  '副组长：',
  '组员：',
  '三、活动主题与时间',
  '主题：提高科学素养，培养创新意识',
  '时间：5月23日―29日',
  '四、主要活动安排',
  '1.举办科技活动周开幕式。（5月23日上午）',
  '2.召开一次主题班会（5月23日下午）',
  '3.出一期科普板报。（5月24日）',
  '4.组织学生参观科技馆。',
].join('\n');

const read = () => parsePlan(TEXT, { source: 't.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;

describe('an event 方案 from a template site', () => {
  it('takes neither the 领导小组 of blank fields nor the theme-and-time section as tasks', () => {
    const plan = read();
    expect(plan.items.map((i) => i.path)).toEqual(['四', '四/1', '四/2', '四/3', '四/4']);
    expect(plan.items.some((i) => /组员|领导小组|主题与时间/u.test(i.text))).toBe(false);
  });

  it('keeps the end of a range written with ― and gives the undated task that window', () => {
    const visit = read().items.find((i) => i.path === '四/4');
    expect(visit?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2024-05-23..2024-05-29']);
  });

  it('names the window after the observance the body holds in that month, not the heading’s', () => {
    const visit = read().items.find((i) => i.path === '四/4');
    expect(visit?.due[0]?.text).toBe('科技活动周');
  });
});
