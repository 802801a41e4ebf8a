import { describe, expect, it } from 'vitest';
import { parseActivityMessage } from '../../src/core/activities/parse-activity-message.js';
import { readFixture } from '../support/kexie-for-tests.js';

interface Case {
  case: string;
  text: string;
  today: string;
  date: string;
  title: string;
  headcount: number | null;
  unit: string | null;
  approximate: boolean;
  metrics: Record<string, number>;
}
const cases = JSON.parse(readFixture('messages', 'activity-reports.json')) as Case[];

describe('parseActivityMessage', () => {
  it.each(cases.map((c) => [c.case, c] as const))('%s', (_name, c) => {
    const result = parseActivityMessage(c.text, c.today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activity).toMatchObject({ date: c.date, title: c.title, headcount: c.headcount, headcountUnit: c.unit, approximate: c.approximate, metrics: c.metrics });
  });

  it('reads a date after today with no year as last year, refuses one to come, flags one over a year back', () => {
    const december = parseActivityMessage('12月1日 科普讲座，参加50人', '2026-03-10');
    expect(december.ok && december.activity.date).toBe('2025-12-01');
    expect(parseActivityMessage('2026年12月1日 科普讲座，参加50人', '2026-03-10')).toMatchObject({ ok: false, problem: 'future' });
    const old = parseActivityMessage('2024年1月5日 科普讲座，参加50人', '2026-03-10');
    expect(old.ok && old.activity.flags.join()).toContain('超过一年');
  });
  it('uses today when no date is given', () => {
    const r = parseActivityMessage('科普讲座，参加50人', '2026-03-10');
    expect(r.ok && r.activity).toMatchObject({ date: '2026-03-10', dateSource: 'default' });
  });
  it('refuses a message with no figure, with two dates, or nonsense, saying what to write', () => {
    const none = parseActivityMessage('今天开了个会', '2026-03-10');
    expect(none).toMatchObject({ ok: false, problem: 'no_figure' });
    expect(!none.ok && none.message).toContain('参加120人');
    expect(parseActivityMessage('5月1日和5月3日 讲座，参加50人', '2026-05-10')).toMatchObject({ ok: false, problem: 'two_dates' });
    expect(parseActivityMessage('asdf qwer', '2026-05-10')).toMatchObject({ ok: false, problem: 'no_figure' });
    expect(parseActivityMessage('   ', '2026-05-10')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
