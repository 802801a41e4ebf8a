// A task paragraph whose sentences differ in when ("全年计划举办培训班6期，培训300人次。并邀请专家下村指导…"): the
// sentence that names the year's work keeps its dates and figures, the one after it none of them (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'jihua.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const item = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe('sentences of one paragraph that differ in when', () => {
  const plan = read('某镇科普工作计划\n（一）加强农民技术培训\n全年计划举办实用技术培训班6期，培训农民300人次。并邀请农技专家下村指导，帮助农户解决生产难题。\n（二）建设科普阵地\n1、完善村级科普宣传栏。');
  it('keeps the year’s end and the figures on the sentence that names them', () => {
    const t = item(plan, '实用技术培训班');
    expect(t?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2027-12-31..2027-12-31']);
    expect(t?.targets.map((x) => `${x.value}${x.unit}`)).toEqual(['6期', '300人次']);
  });
  it('gives the undated sentence after it neither', () => {
    const t = item(plan, '邀请农技专家');
    expect(t?.due).toEqual([]);
    expect(t?.targets).toEqual([]);
  });
});
