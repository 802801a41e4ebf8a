// The year a news page states for its event ("2027年某市全国科普月主场活动9月4日将…启幕") is the plan's year, not the
// year of a date quoted for background ("2026年12月，新修订的…") (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;

describe('the year of a news page’s event', () => {
  const plan = read(
    [
      '本报讯 2028年某市全国科普月主场活动9月6日将在市科技馆启幕。',
      '“全国科普日”设立多年来广受欢迎。2026年12月，新修订的有关法律将每年9月定为“全国科普月”。',
      '此次2028年某市全国科普月还将陆续推出青少年科学素质大赛决赛、科普剧巡演等活动。',
    ].join('\n'),
  );
  it('takes the year stated for the event', () => {
    expect(plan.year).toBe(2028);
  });
  it('dates the event in that year', () => {
    expect(plan.items.find((i) => i.text.includes('9月6日'))?.due.map((d) => d.end)).toContain('2028-09-06');
  });
});
