// The README's own example ("5月17日 科普周开幕式…") was logged unlinked: the 科技活动周 item's national window
// (late May) did not hold May 17, and a rule meant for events that merely share words with an observance item took
// points from it. An event that names the observance (by any of its names) within weeks of its window serves it;
// one months away is a theme (see link-gate tests), and one that only shares words still loses.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('an event naming its observance a week or two before the national window', () => {
  it.each([
    ['5月17日 科普周开幕式，参加群众800人次，发放资料5000份', '2026-05-18', ['二/（一）/1']],
    ['5月17日 科普周开幕式，参加群众800人次，发放资料5000份', '2026-12-06', ['二/（一）/1']],
    ['5月16日科技周启动仪式在人民广场举行，现场群众约600人次', '2026-05-16', ['二/（一）/1']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // Shares only generic words, names no observance: not linked to the 科技活动周 item.
    ['5月10日 植物标本制作讲座，参加学生40人', '2026-05-11', [null]],
  ] as Array<[string, string, Array<string | null>]>)('still not %s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
