// "5月23—30日是第二十六个全国科技活动周，5月30日是第十个全国科技工作者日": the observance day stated inside the week
// is no date of its own beside the week (issue 17).
import { describe, expect, it } from 'vitest';
import { dueOf } from '../../src/core/plans/plan-items.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => dueOf(text, 2026, OBSERVANCES).map((d) => `${d.start}..${d.end}`);

describe('an observance day stated inside the week', () => {
  it('keeps only the week', () => {
    expect(read('2026年5月23—30日是第二十六个全国科技活动周,2026年5月30日是第十个全国科技工作者日。今年活动主题为“科技创新 美好生活”。')).toEqual(['2026-05-23..2026-05-30']);
  });
  it('keeps a day set for an event inside the week', () => {
    expect(read('科技活动周于5月23日至30日举办,5月25日举行开幕式。')).toEqual(['2026-05-23..2026-05-30', '2026-05-25..2026-05-25']);
  });
});
