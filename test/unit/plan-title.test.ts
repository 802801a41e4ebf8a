// A page without a title line: a photo caption or table furniture is never its title (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page-0193.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;

describe('the title of a page without a title line', () => {
  it('is named after the organisation and year of an opening "2025年，某科协将…", not a photo caption', () => {
    const plan = read('2025年，临江市科协将围绕中心工作，为全市发展贡献科协力量。\n科普大篷车进校园活动在临江举办\n一、5月举办科技活动周主场活动。\n二、年内新建企业科协3家。');
    expect(plan.title).toBe('临江市科协2025年工作要点');
  });
  it('never takes a line of table furniture ("|") as the title', () => {
    const plan = read('|\n 时间  |\n 地点  |\n|\n 10月19日  |\n 城南小学  |\n科普大篷车进校园，10月底前走完全市10所学校。');
    expect(plan.title).not.toMatch(/^[|｜\s]*$/u);
  });
  it('drops a document site\'s "(2篇)" from the title', () => {
    const plan = read('区科协2026年工作要点(2篇)\n一、3月底前召开全委会。\n二、年内新建企业科协3家。');
    expect(plan.title).toBe('区科协2026年工作要点');
  });
});
