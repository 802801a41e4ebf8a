// A sentence of the work held "活动期间" runs over the event's days, even when it lists the event's opening among
// its activities ("活动期间，将举办1场主场活动，开设4个分会场…"): the opening's one day dates the opening's own
// sentence, not the period's program (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2026, importedAt: '2026-09-01', observances: OBSERVANCES });

describe('the program of an event’s days beside its opening day', () => {
  const { plan } = read(
    [
      '某市全国科普月活动下周开幕',
      '发布时间:2026-09-01 08:30:00',
      '9月5日,某市全国科普月主场活动将在市民广场开幕,现场设置展区和互动体验区。',
      '记者了解到,今年某市将于9月全月开展科普月系列活动。',
      '活动期间,将举办1场“全国科普月”市级主场活动,开设4个区县分会场,组织5项专题活动,实施8项基层科普活动。',
    ].join('\n'),
  );
  it('dates the program by the event’s month, not by the opening day', () => {
    const item = plan.items.find((i) => i.text.includes('开设4个区县分会场'));
    expect(item?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-09-01..2026-09-30']);
  });
});
