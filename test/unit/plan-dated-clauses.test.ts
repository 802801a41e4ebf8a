// A schedule told in one paragraph ("5月16日-17日召开…；5月18日-20日…；5月21日-22日…"): each clause is an
// item with its own dates, not every date of the paragraph (issue 17, holdout 4).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: 2009, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe('a schedule in one paragraph', () => {
  it('gives each dated clause its own dates', () => {
    const plan = read('某乡2009年科技活动周实施方案\n一、活动主题\n推进自主创新。\n二、活动时间\n2009年5月16日-5月22日。5月16日-17日召开各村科技活动周工作联席会议;5月18日-20日,各部门结合自身特点开展科技宣传;5月21日-22日组织农户代表参观水稻示范田。');
    expect(dueOf(plan, '联席会议')).toEqual(['2009-05-16..2009-05-17']);
    expect(dueOf(plan, '结合自身特点')).toEqual(['2009-05-18..2009-05-20']);
    expect(dueOf(plan, '水稻示范田')).toEqual(['2009-05-21..2009-05-22']);
  });
  it('leaves a paragraph with one dated clause whole', () => {
    const plan = read('某乡2009年科技工作计划\n一、培训\n5月16日召开培训会;各部门开展科技宣传。');
    expect(plan.items.filter((i) => i.text.includes('培训会')).length).toBe(1);
  });
});

describe('a numbered list that a PDF ran into one paragraph', () => {
  it('splits "2、…。3、…，4、…" inside item 2 into items 3 and 4, each with its own figures', () => {
    const plan = read('某镇2021年科技工作计划\n一、产业发展\n1、粮食生产,计划播种面积 52000 亩。\n2、发展果菜,计划面积 16200 亩,产量 3500 吨。3、花椒计划新发展花椒\n5000 亩,技改 2000 亩,4、土地流转 9000 亩。');
    const targets = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]?.targets.map((t) => `${t.value}${t.unit}`);
    expect(targets('发展果菜')).toEqual(['16200亩', '3500吨']);
    expect(targets('花椒')).toEqual(['5000亩', '2000亩']);
    expect(targets('土地流转')).toEqual(['9000亩']);
  });
});
