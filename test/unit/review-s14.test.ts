// Mends from the session-14 review: a place a record was held is no plan item ("放在文化广场"), and "就报那个吧" says
// which count, it does not doubt it.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { UNSURE_COUNT } from '../../src/core/understanding/report-doubts.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('挂在/记在/放在 link only to a plan item', () => {
  it('reads a place as no link', () => {
    expect(readCorrection('那场讲座放在文化广场了', '2026-05-20')?.field).not.toBe('item');
    expect(readCorrection('上周那场培训记在会议室那边了', '2026-05-20')?.field).not.toBe('item');
  });
  it('still links to an item named with 里 or 那项', () => {
    expect(readCorrection('这条帮我记在活动周里', '2026-05-20')).toMatchObject({ field: 'item' });
    expect(readCorrection('这条放在科普日那项', '2026-09-20')).toMatchObject({ field: 'item' });
  });
});

describe('which count to report', () => {
  it('"你看报那个" asks, "就报那个吧" chooses', () => {
    expect(UNSURE_COUNT.test('公司报过来说是80人 我点了下不到70个 你看报那个')).toBe(true);
    expect(UNSURE_COUNT.test('签到的有65个，就报那个吧')).toBe(false);
  });
});

describe('a title written with spaces', () => {
  it('is the title when its words name a document; a menu bar is not', () => {
    const read = (text: string) => parsePlan(text, { source: 'x.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan.title;
    expect(read('县科协 科普日 活动方案\n一、9月20日前举办主场活动。\n二、发放资料5000份。')).toBe('县科协 科普日 活动方案');
    expect(read('财务报销 网站搜索 网站地图\n市科协2026年科普日活动方案\n一、9月20日前举办主场活动。')).toBe('市科协2026年科普日活动方案');
  });
});
