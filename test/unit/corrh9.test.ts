// Corrections holdout 9 missed or applied wrongly, each as a general rule with sentences of our own: a span's start
// date corrected keeps its end; "补充一下，N号<kind>当天还…" adds to the record that day and kind name.
import { describe, expect, it } from 'vitest';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'the start day of a span corrected: its end day stays',
    today: '2026-09-03',
    before: ['8月份青少年宫夏令营累计接待2400人次', '9月1日 青少年宫 志愿者培训 参训志愿者20人'],
    text: '夏令营那条开始日期写错了 应该是8月3号开营的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-08-03', dateEnd: '2026-08-31' },
  },
  {
    id: '补充一下，N号<kind>当天还发了… adds to the record of that day, not the latest',
    today: '2026-04-16',
    before: ['4月13日我校“海洋与生命”科普讲座，初二学生420人。', '4月14日我校天文社团观测课，学生28人。'],
    text: '补充一下，13号讲座当天还送出了科普手册300本。',
    expect: 'add',
    target: 0,
    changes: { metrics: { 本: 300 } },
  },
];

describe('holdout 9 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);
});
