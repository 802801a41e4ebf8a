// Links the fifth holdout missed (issue 16): a museum's duty log whose visitors' lines name no 馆, a crop technique
// taught in a village (葡萄抹芽, 小麦整地), and disaster-defence sessions taken to communities counted in 场.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, linkedPaths, readFixture } from '../support/kexie-for-tests.js';

describe('links the fifth holdout missed', () => {
  it.each([
    // A duty log's 闭馆 names no 馆 (a library keeps one too): the 科技馆 item is offered unless the sender is the museum (link-gate.test.ts).
    ['上周值班日志：\n周一 闭馆\n周二 接待散客210人次\n周三 接待夏令营团队2批共95人\n周四 设备检修，无接待\n周五 散客180人次', '2026-07-20', [null, null, null]],
    ['上周值班记录\n8.3 周一 闭馆\n8.4 周二 接待散客 860人次\n8.8-9 周末两天 合计3650人次', '2026-08-10', [null, null]],
    ['4.18 在河湾村搞的葡萄抹芽技术培训，来了35户，40来个人，发了明白纸100张', '2026-04-20', ['三/2']],
    ['上周工作记录：\n周二 去马家庄看葡萄园 给8户果农讲了霜霉病防治\n周五 白杨村小麦收后整地培训 来了三十几个', '2026-06-29', ['三/2', '三/2']],
    // The next day of the same sentence continues the observance its first part named.
    ['本周一在城关镇搞了科普日预热活动，群众约150人；周二去了白马乡，来了90人，发资料400份', '2026-09-16', ['二/（一）/2', '二/（一）/2']],
    ['8月下旬,气象局"汛期气象灾害防御科普进社区"共开展3场,社区居民约420人参加.', '2026-09-01', ['二/（一）/3']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // A work log that names no museum: its 散客 line is not the museum's (found e013).
    ['8.3-8.9 工作记录\n周二 接待散客300人次\n周四 科普讲座，听众60人', '2026-08-12', [null, null]],
    // A museum log's online viewers and camp pupils are not its visitors.
    ['7.27-8.2 本周工作记录\n周一 闭馆维护，无接待\n周三 暑期夏令营第3期开营，营员40人\n周四 晚上直播1场，在线观看2100人次', '2026-08-02', [null, null]],
    // A log's next day on a line of its own is an event of its own.
    ['上周工作记录：\n周一 城关镇科普日预热活动，群众约150人\n周二 白马乡，来了90人', '2026-09-16', ['二/（一）/2', null]],
  ] as Array<[string, string, Array<string | null>]>)('does not link %s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('offers, never links, a safety talk writers split on', () => {
  it.each([
    ['前天（周一）社区请了消防大队的同志来讲冬季用电用气安全，居民百余人参加，消防员3名现场演示灭火器使用。', '2026-01-14'],
    ['河口村6月15日村里请县医院医生讲了夏季防溺水，家长和孩子来了大约150人。', '2026-06-20'],
  ])('%s (%s)', async (text, today) => {
    const { kexie, storeFor } = kexieForTests(today);
    const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
    await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    const reply = (await handleMessage(kexie, ctx, text)) as { choices?: Array<{ label: string }> };
    const stored = await storeFor('local').listActivities();
    expect(stored.map((a) => a.itemId)).toEqual([null]);
    expect(reply.choices?.map((c) => c.label.split(' ')[0])).toContain('二/（一）/3');
  });
});
