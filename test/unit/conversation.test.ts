// A short conversation with one sender: questions before storing, follow-ups on the records just made.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { defaultRef } from '../../src/core/chat/conversation-session.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { kexieForTests, readFixture } from '../support/kexie-for-tests.js';

const TODAY = '2026-11-23';

async function setUp() {
  const t = kexieForTests(TODAY);
  const ctx = t.kexie.context({ user: 'U1', source: { kind: 'console' } });
  await t.kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
  const say = (text: string) => handleMessage(t.kexie, ctx, text);
  const live = async () => (await t.storeFor('local').listActivities()).filter((a) => !a.undone);
  /** Leaves a question pending, as the reader does when it doubts a field. */
  const pend = async (message: string, question: string, field: 'date' | 'kind' | 'headcount') => {
    const reading = readReport(message, TODAY, { explicit: false });
    if (reading.kind !== 'activity') throw new Error('not a report');
    reading.records[0]!.doubts.push({ field, question });
    await t.kexie.conversations.write('local', defaultRef(ctx).key, { at: ctx.now, records: [], batch: [], listed: [], pending: { message, explicit: false, reading, question, doubts: [{ field, question }], at: ctx.now } });
  };
  return { t, ctx, say, live, pend };
}

describe('a question before storing', () => {
  it('记录 stores the pending reading once; nothing was stored before', async () => {
    const { say, live, pend } = await setUp();
    await pend('昨天科普讲座来了80人', '是这个日期吗？', 'date');
    expect(await live()).toHaveLength(0);
    const reply = await say('记录');
    expect(reply.text).toContain('已记录');
    expect((await live()).map((a) => a.headcount)).toEqual([80]);
    expect((await say('记录')).text).not.toContain('好的，已记录');
  });

  it('不是活动 drops it: "好的，没有记录"', async () => {
    const { say, live, pend } = await setUp();
    await pend('科普讲座来了80人', '这像是通知，要记录吗？', 'kind');
    expect((await say('不是活动')).text).toBe('好的，没有记录。');
    expect(await live()).toHaveLength(0);
  });

  it('a fix in words is applied to the pending reading and stored', async () => {
    const { say, live, pend } = await setUp();
    await pend('11月5日科普讲座来了80人', '是今年11月5日吗？', 'date');
    await say('是去年的');
    expect((await live()).map((a) => a.date)).toEqual(['2025-11-05']);
    await pend('科普讲座来了80人', '参加人数是80人吗？', 'headcount');
    await say('120人');
    expect((await live()).map((a) => a.headcount).sort()).toEqual([120, 80]);
  });

  it('a fix of another field asks again; anything else leaves the question and is handled normally', async () => {
    const { say, live, pend } = await setUp();
    await pend('科普讲座来了80人', '是哪天办的？', 'date');
    // A question of its own is answered; the pending question stays.
    expect((await say('这个月有什么要做的')).kind).not.toBe('ask');
    const again = await say('120人');
    expect(again.kind).toBe('ask');
    expect(await live()).toHaveLength(0);
    await say('日期是11月20日');
    expect((await live()).map((a) => [a.date, a.headcount])).toEqual([['2026-11-20', 120]]);
  });

  it('a fix of a number the reading does not have says so and how to write the fix; nothing is stored', async () => {
    const { say, live, pend } = await setUp();
    await pend('科普讲座来了80人', '参加人数是80人吗？', 'headcount');
    const reply = await say('should be 78 not 75');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('没有 75 这个数');
    expect(reply.text).toMatch(/请写明改哪一项/u);
    expect(await live()).toHaveLength(0);
  });
});

describe('follow-ups act on the records just made', () => {
  it('刚才那条, a bare "120人", 改成周四 change the record just made and say what changed', async () => {
    const { say, live } = await setUp();
    await say('昨天白马乡科普讲座来了102人');
    await say('今天城南社区发放资料500份');
    const r = await say('刚才那条资料应为600份');
    expect(r.text).toMatch(/资料份数 500 → 600/u);
    const bare = await say('120人');
    expect(bare.text).toContain('人数 未写 → 120');
    const day = await say('改成周四');
    expect(day.text).toContain('日期 2026-11-23 → 2026-11-19');
    const [first] = await live();
    expect(first?.headcount).toBe(102);
  });

  it('a correction that names a record matches it, or asks; it never changes another one', async () => {
    const { say, live } = await setUp();
    await say('昨天城东小学科普讲座来了102人');
    await say('今天城南社区科普讲座来了90人');
    await say('城东小学那场的人数应为130人');
    expect((await live()).map((a) => a.headcount)).toEqual([130, 90]);
    const ask = await say('实验中学那场人数应为50人');
    expect(ask.text).toContain('没有找到');
    const which = await say('讲座那条人数应为60人');
    expect(which.text).toContain('是哪一条');
    expect((await live()).map((a) => a.headcount)).toEqual([130, 90]);
  });

  it('补充 adds to the same record; 不是展览是竞赛 fixes the title; 撤销更正 steps back one change at a time', async () => {
    const { say, live } = await setUp();
    await say('今天在科技馆办了机器人展览，参观学生300人，发放资料200份');
    await say('补充：还发放资料100份');
    expect((await live()).map((a) => a.metrics['份'])).toEqual([300]);
    const title = await say('不是展览是竞赛');
    expect(title.text).toContain('标题');
    expect((await live())[0]?.title).toContain('竞赛');
    const back1 = await say('撤销更正');
    expect(back1.text).toContain('标题');
    expect((await live())[0]?.title).toContain('展览');
    const back2 = await say('撤销更正');
    expect(back2.text).toContain('300 → 200');
    expect((await live()).map((a) => a.metrics['份'])).toEqual([200]);
  });

  it('撤销更正 steps back the change just made, even when two edits carry the same instant (found in the Slack trial)', async () => {
    // kexieForTests has a fixed clock: every edit has the same time, so only the conversation knows which came last.
    const { say, live } = await setUp();
    await say('11月3日 城关镇中心小学科普讲座，参加学生210人');
    await say('11月5日 白马乡果树冬剪培训，来了60个果农');
    await say('刚才那条人数不对，是68人');
    await say('中心小学那场的人数应为230');
    const back = await say('撤销更正');
    expect(back.text).toContain('230 → 210');
    expect((await live()).map((a) => a.headcount)).toEqual([210, 68]);
  });

  it('删掉 undoes the record just made and keeps it in history', async () => {
    const { t, say, live } = await setUp();
    await say('昨天白马乡科普讲座来了102人');
    await say('今天城南社区科普讲座来了90人');
    const r = await say('删掉');
    expect(r.text).toContain('已撤销');
    expect((await live()).map((a) => a.headcount)).toEqual([102]);
    const all = await t.storeFor('local').listActivities();
    expect(all.find((a) => a.undone)?.history.at(-1)?.action).toBe('undo');
  });

  it('这条算到科普日那项下面 links the record to that item', async () => {
    const { say, live } = await setUp();
    await say('今天城南社区科普讲座来了90人');
    const r = await say('这条算到科普日那项下面');
    expect(r.text).toContain('计划条目');
    expect((await live())[0]?.itemId).not.toBeNull();
  });

  it('a reply in the thread of an earlier report changes that record, not the latest', async () => {
    const { t, ctx } = await setUp();
    const slack = (k: number) => ({ ...ctx, source: { kind: 'slack' as const, channel: 'C1', message: `17000000${k}.0001` } });
    await handleMessage(t.kexie, slack(1), '昨天白马乡科普讲座来了102人', {});
    await handleMessage(t.kexie, slack(2), '今天城南社区科普讲座来了90人', {});
    await handleMessage(t.kexie, slack(3), '人数应为120人', { conversation: { key: 'thread-1', thread: 'C1:170000001.0001' } });
    const live = (await t.storeFor('local').listActivities()).filter((a) => !a.undone);
    expect(live.map((a) => a.headcount)).toEqual([120, 90]);
  });

  it('a delete with its reason, a delete by place, and one in English undo only the record named', async () => {
    const { say, live } = await setUp();
    await say('10月13日城南社区应急科普讲座，居民210人参加');
    await say('昨天在县二中开展防震减灾知识讲座，学生约500人');
    await say('前天城北社区讲座来了60人');
    await say('城南社区那条撤回，小王已经报过了');
    expect((await live()).map((a) => a.headcount)).toEqual([500, 60]);
    await say('删掉吧，这个活动团县委统一报了');
    expect((await live()).map((a) => a.headcount)).toEqual([500]);
    await say('pls delete the last one, it was a duplicate');
    expect(await live()).toHaveLength(0);
  });

  it('补充 to a record named by its words adds to that one; words that name none are a report of their own', async () => {
    const { say, live } = await setUp();
    await say('11月20日地球日环保科普进校园，学生300人');
    await say('昨天城南社区科普讲座来了90人');
    await say('地球日那条补充：还发了环保袋500个');
    expect((await live()).map((a) => a.metrics['个'] ?? null)).toEqual([500, null]);
    expect(await live()).toHaveLength(2);
  });

  it('a pasted list: one record per event line, each with its own fix, the other lines said; 第二条 acts on the list', async () => {
    const { say, live } = await setUp();
    const reply = await say('本周工作：\n11月16日 城关镇科普讲座，120人\n11月17日 机关学习，老刘休假\n11月18日 实验小学科技节，学生300人，发放资料500份');
    expect(reply.activityIds).toHaveLength(2);
    expect(reply.text).toContain('第2条人数应为');
    expect(reply.text).toMatch(/没有记录这1行[^\n]*\n\s*· 11月17日/u);
    await say('第二条人数应为350人');
    await say('删掉第一条');
    expect((await live()).map((a) => a.headcount)).toEqual([350]);
  });
});

describe('a fix that opens with 不是', () => {
  it('"不是200人，是200人次，…" after a report changes that record\'s unit; it is no new report', async () => {
    const { say, live } = await setUp();
    await say('昨天白马乡防范电信诈骗科普讲座1场，听众约200人');
    const reply = await say('不是200人，是200人次，有的人上午下午都来听了');
    expect(reply.text).toContain('已更正');
    const all = await live();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ headcount: 200, headcountUnit: '人次', approximate: true });
  });
});
