// w14: "…讲了食用菌栽培，两个班96个学生。不是下乡的，不知道算哪个任务" was linked to the 下乡 item on its farming words,
// although the author said it was not that programme. What the author says an event is not, it does not serve; the
// same words without the denial still link.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('an event the author says is not a programme', () => {
  it.each([
    ['上周三在县农校给学员讲了茶树修剪和病虫害防治，听课学员60人。这个不是下乡的，先报上来', '2026-04-20', [null]],
    ['前天去县一中讲果树嫁接，学生80人，不算科技下乡，你们看归哪项', '2026-03-12', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // "不是…嘛" asks the reader to agree: the observance is named, not denied.
    ['这周不是科技活动周嘛，我们5月19日在镇中心小学搞了科普大篷车进校园，师生650人参加', '2026-05-20', ['二/（一）/1']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // The denial of another thing leaves the programme named: still linked.
    ['4月18日专家服务团下乡到桃园村讲果树修剪，果农45人参加，不是培训班是现场指导', '2026-04-20', ['三/2']],
  ] as Array<[string, string, Array<string | null>]>)('still %s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
