// "每个季度,我们都要…,今年安排第一季度讲…,第二季度讲…,第三季度讲…,第四季度…": one sentence that gives each quarter
// its own task. Each quarter's clause is a task dated by its quarter; the lead keeps its every-quarter dates. A page
// cut off a few characters into its next paragraph ("此外,我们还") still splits its paragraphs (issue 17, holdout 16).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });
const dues = (item: { due: Array<{ start: string; end: string }> } | undefined) => item?.due.map((d) => `${d.start}..${d.end}`);

describe('a sentence giving each quarter its task', () => {
  it('makes each quarter a task of its own', () => {
    const { plan } = read(
      [
        '社区科普工作计划',
        '一、抓好居民科普讲座',
        '居民是科普的对象,今年,社区将继续开办科普大讲堂,让居民学到实用知识。',
        '每个季度,社区都要举办一次主题宣传,今年安排第一季度讲防火常识,第二季度讲防溺水知识,第三季度讲食品安全,第四季度面向老年人讲防诈骗。',
        '此外,我们还',
      ].join('\n'),
    );
    const item = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
    expect(dues(item('第一季度讲防火常识'))).toEqual(['2024-01-01..2024-03-31']);
    expect(dues(item('第二季度讲防溺水知识'))).toEqual(['2024-04-01..2024-06-30']);
    expect(dues(item('第四季度面向老年人讲防诈骗'))).toEqual(['2024-10-01..2024-12-31']);
    expect(dues(item('每个季度,社区都要举办一次主题宣传'))).toEqual(['2024-03-31..2024-03-31', '2024-06-30..2024-06-30', '2024-09-30..2024-09-30', '2024-12-31..2024-12-31']);
    expect(dues(item('继续开办科普大讲堂'))).toEqual([]);
  });
});
