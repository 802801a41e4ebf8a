// A notice whose lead names its event and whose points stand in one flat list ("1.开放场馆。… 2.活动时间。… 3.组织形式。…")
// has no content heading: its points are the event's work, dated by the window; so is a section on how the event's
// activities are run ("四、组织形式") beside its content (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES });
const spans = (plan: ReturnType<typeof read>['plan'], words: string) => plan.items.find((i) => i.text.startsWith(words))?.due.map((d) => `${d.start}..${d.end}`);

describe('a flat list of a notice’s points', () => {
  const { plan } = read(
    [
      '各学院、各部门:',
      '为弘扬科学家精神,学校科协计划于“全国科技工作者日”期间举办实验室开放活动,现将有关事项通知如下:',
      '1.开放场馆。校史馆、标本馆及重点实验室等12处,分布在东西两个校区。',
      '2.活动时间。2025年5月20日至6月8日。',
      '3.组织形式。师生均可自由参观,鼓励各学院统一组织新生集体参观。',
      '联系人:李老师 88001234',
    ].join('\n'),
  );
  it('dates the points by the event’s window', () => {
    expect(spans(plan, '开放场馆')).toEqual(['2025-05-20..2025-06-08']);
    expect(spans(plan, '组织形式')).toEqual(['2025-05-20..2025-06-08']);
  });
});
