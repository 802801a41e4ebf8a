// Links the fourth holdout missed (issue 16): a duty log of the day's visitors counted in 人次 ("全天接待观众约420人次")
// is the county museum's, though it never names the museum; a day's visitors with no count in 人次 are not.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('links the fourth holdout missed', () => {
  it.each([
    ['3.7（周六）值班记录：全天接待观众约420人次，含学生团2批，无安全事故。', '2026-03-09', ['二/（二）/1']],
    ['今天科普志愿者到岗9人，协助讲解，全天接待参观群众1,036人次', '2026-05-16', ['二/（二）/1']],
    ['11月上旬累计接待参观群众7430人次，团体预约18批。', '2026-11-11', ['二/（二）/1']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // A farm base's visitors, a village's guests: not the museum's.
    ['昨天镇农业示范园接待参观群众200人次，讲解大棚种植技术', '2026-05-16', [null]],
  ] as Array<[string, string, Array<string | null>]>)('does not link %s (%s)', async (text, today, paths) => {
    const got = await linkedPaths(text, today);
    expect(got).not.toContain('二/（二）/1');
    expect(got.length).toBe(paths.length);
  });
});
