// What a unit reported, asked in the ways the third holdout's writer asked it (m-q010 "报了些什么", m-q023 a
// company's short name with 报过): read as the unit's records in the period, never as sign-ups or due items.
import { describe, expect, it } from 'vitest';
import { unreportedOf } from '../../src/core/questions/read-unit-question.js';

const today = '2026-11-23';
describe('what a unit reported', () => {
  it('reads 报了些什么 after a unit and a period', () => {
    expect(unreportedOf('石桥镇科协这个月报了些什么', today)).toMatchObject({ intent: 'unreported', unit: '石桥镇科协', period: { start: '2026-11-01', end: today } });
  });
  it('reads a short company name before 报过哪些活动', () => {
    expect(unreportedOf('华信电子今年报过哪些活动', today)).toMatchObject({ intent: 'unreported', unit: '华信电子', period: { start: '2026-01-01', end: today } });
  });
  it('leaves sign-up questions and questions about oneself to their own readers', () => {
    expect(unreportedOf('实验小学报了什么', today)).toBeUndefined();
    expect(unreportedOf('我上个月报了哪些活动', today)).toBeUndefined();
  });
});

describe('a period written before the unit (w7-q010)', () => {
  it('reads 上半年白马乡科协报了哪些活动 as the unit 白马乡科协 in the first half', () => {
    expect(unreportedOf('上半年白马乡科协报了哪些活动', '2026-07-10')).toMatchObject({ intent: 'unreported', unit: '白马乡科协', period: { start: '2026-01-01', end: '2026-06-30' } });
  });
});
