// Every user command reads the days it answers about: a store that records each listActivities call fails any without a range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/adapters/cli/export-command.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { importLedger } from '../../src/core/exports/import-ledger.js';
import { monthsOf } from '../../src/core/exports/ledger-stream.js';
import type { DateRange } from '../../src/core/ports.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { MemoryStore } from '../support/memory-store.js';

/** Records every range asked for, with the command that was running. */
class RecordingStore extends MemoryStore {
  command = '';
  readonly reads: Array<{ command: string; range: DateRange }> = [];
  override async listActivities(range: DateRange = {}) {
    this.reads.push({ command: this.command, range: { ...range } });
    return super.listActivities(range);
  }
  /** Item reads (the item index), recorded apart: they never list the range's other records. */
  readonly itemReads: Array<{ command: string; itemId: string; range: DateRange }> = [];
  override async listItemActivities(itemId: string, range: DateRange = {}) {
    this.itemReads.push({ command: this.command, itemId, range: { ...range } });
    return (await super.listActivities(range)).filter((a) => a.itemId === itemId);
  }
}

const TODAY = '2026-11-23';

async function setUp() {
  const store = new RecordingStore();
  const { kexie } = kexieForTests(TODAY, { storeFor: () => store });
  const ctx = kexie.context({ workspace: 'W', user: 'admin', source: { kind: 'console' } });
  store.command = 'setup';
  await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  // History from long ago: none of it belongs in an answer about this year.
  await kexie.log(ctx, '5月17日 科技活动周开幕式，参加群众800人次');
  const [may] = await store.listActivities({ from: '2026-05-17', to: '2026-05-17' });
  await store.appendActivityEvent({ type: 'create', activity: { ...may!, id: 'aold00001', date: '2015-05-17', dedupeKey: null } });
  for (const text of ['10月12日 城关镇科普讲座，参加120人', '11月20日 青少年科技培训，参加60人，发放资料300份', '9月21日 全国科普日主场活动，参加群众3000人次']) await handleMessage(kexie, ctx, text);
  const say = async (text: string) => {
    store.command = text;
    return handleMessage(kexie, ctx, text);
  };
  return { store, kexie, ctx, say };
}

const COMMANDS = [
  '上个月都做了什么', '今年开了几场培训了', '上半年覆盖了多少群众', '企业科协还差几家', '上周都做了什么', '防灾减灾日宣传做得如何', '最近一次下乡是什么时候',
  '这个月有什么要做的', '逾期', '科普日的目标完成多少了', '目标完成多少了', '查看 三/2', '三/1完成了吗', '科技周还有几天', '全委会什么时候开', '今天要干嘛', '下周有什么安排',
  '企业科协那个任务是啥要求', '全委会是哪个部门牵头的', '本月未报送', '哪些单位这个月还没报', '我是科普部', '我们部门有什么任务', '我的任务', '我们部门逾期的有哪些',
  '导出 本季度', '导出 2026年', '导出 上半年', '导出', '进度图', '活动趋势', '活动趋势 2026年', '总结 本季度', '总结 本季度 Word', '总结 今年', '活动列表',
  '11月22日 社区科普讲座，参加45人', '三/1 已完成', '帮助', 'what did we do last week?',
];

describe('ranged reads', () => {
  it('no user command lists activities without naming both ends of a range', async () => {
    const { store, say } = await setUp();
    store.reads.length = 0;
    for (const text of COMMANDS) await say(text);
    const unbounded = store.reads.filter((r) => !r.range.from || !r.range.to).map((r) => r.command);
    expect(unbounded).toEqual([]);
    // Something was read: the test would pass vacuously if no command touched the log.
    expect(new Set(store.reads.map((r) => r.command)).size).toBeGreaterThan(10);
  });

  it('a question about a period reads that period, and progress reads the plan year', async () => {
    const { store, say } = await setUp();
    const rangesOf = async (text: string) => {
      store.reads.length = 0;
      store.itemReads.length = 0;
      const reply = await say(text);
      return { reply: reply.text, ranges: store.reads.map((r) => r.range), itemRanges: [...new Set(store.itemReads.map((r) => `${r.range.from}..${r.range.to}`))] };
    };
    const lastMonth = await rangesOf('上个月都做了什么');
    expect(lastMonth.ranges).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
    expect(lastMonth.reply).toContain('城关镇科普讲座');
    expect((await rangesOf('今年开了几场培训了')).ranges).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect((await rangesOf('科普日的目标完成多少了')).ranges).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    // The progress chart reads the plan year's records of the items with targets only, through the item index.
    const chart = await rangesOf('进度图');
    expect(chart.ranges).toEqual([]);
    expect(chart.itemRanges).toEqual(['2026-01-01..2026-12-31']);
    expect((await rangesOf('活动趋势 2026年')).ranges).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    // The quarter's rows, and the plan year's linked records for the 目标进度 sheet, a month at a time (the reply
    // holds the sums; the file's rows are read again when it is written); nothing from 2015.
    const exported = await rangesOf('导出 本季度');
    expect(exported.ranges).toEqual(monthsOf({ from: '2026-10-01', to: '2026-12-31' }));
    expect(exported.itemRanges).toEqual(monthsOf({ from: '2026-01-01', to: '2026-12-31' }).map((m) => `${m.from}..${m.to}`));
    expect(exported.reply).toContain('2 条活动');
    // Questions answered from the plan alone read no activities.
    expect((await rangesOf('这个月有什么要做的')).ranges).toEqual([]);
    expect((await rangesOf('科技周还有几天')).ranges).toEqual([]);
    // "最近一次" looks a few years back, and says so when it finds nothing.
    const last = await rangesOf('最近一次航模比赛是什么时候');
    expect(last.ranges).toEqual([{ from: '2022-01-01', to: TODAY }]);
    expect(last.reply).toContain('2022年以来没有');
  });

  it('the CLI export reads its period, and a ledger import looks rows up instead of listing the log', async () => {
    const { store, kexie, ctx } = await setUp();
    store.command = 'export --year 2026';
    const out = { emitted: [] as unknown[], emit(data: unknown) { this.emitted.push(data); }, fail: () => 1 };
    const file = `/tmp/kexie-ranged-${process.pid}.xlsx`;
    expect(await runExportCommand(kexie, ctx, { xlsx: file, year: '2026年' } as never, out)).toBe(0);
    expect(out.emitted[0]).toMatchObject({ activities: 4 });
    store.command = 'ledger import';
    const sheet = { header: ['日期', '活动名称', '人数'], rows: [{ row: 2, cells: ['2026-10-12', '城关镇科普讲座', 120] }, { row: 3, cells: ['2026-03-05', '新的讲座', 30] }, { row: 4, cells: ['2026-03-06', '又一场讲座', 40] }] };
    const report = await importLedger(store, ctx, sheet, '台账.xlsx');
    expect(report).toMatchObject({ added: 2, skipped: 1 });
    // The rows' days, a week at a time: not the months between them.
    expect(store.reads.filter((r) => r.command === 'ledger import').map((r) => r.range)).toEqual([
      { from: '2026-03-05', to: '2026-03-06' },
      { from: '2026-10-12', to: '2026-10-12' },
    ]);
    expect(store.reads.filter((r) => !r.range.from || !r.range.to)).toEqual([]);
    // Imported again: every row is found by its key, nothing added.
    expect(await importLedger(store, ctx, sheet, '台账.xlsx')).toMatchObject({ added: 0, skipped: 3 });
  });
});
