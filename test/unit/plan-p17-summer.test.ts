// "利用暑假组织…", "暑期开展…": a task set in the summer holiday with no date of its own runs July and August;
// a date of its own wins, and 寒暑假 (both holidays) names no one span (issue 17).
import { describe, expect, it } from 'vitest';
import { dueOf } from '../../src/core/plans/plan-items.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const due = (s: string) => dueOf(s, 2024, OBSERVANCES).map((d) => `${d.start}..${d.end}`);

describe('the summer holiday', () => {
  it('dates an undated task July to August', () => {
    expect(due('利用暑假组织小学生走进县科技馆参观体验。')).toEqual(['2024-07-01..2024-08-31']);
    expect(due('暑期开展青少年防溺水安全知识宣传。')).toEqual(['2024-07-01..2024-08-31']);
  });
  it("leaves a task's own date, and 寒暑假, as they are", () => {
    expect(due('7月15日举办暑期科技夏令营开营仪式。')).toEqual(['2024-07-15..2024-07-15']);
    expect(due('利用寒暑假开展亲子科学阅读活动。')).toEqual([]);
  });
});
