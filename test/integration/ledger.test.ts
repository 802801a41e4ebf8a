// The 台账 workbook: written with real cells, read back to the same activities; offices' ledgers imported row by row.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { FixedClock } from '../../src/core/clock.js';
import { importLedger, ledgerActivities, readLedgerDate, readLedgerNumber } from '../../src/core/exports/import-ledger.js';
import { buildLedger } from '../../src/core/exports/ledger-rows.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { parseCsv, readLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { displayWidth, ledgerToXlsx } from '../../src/infra/exports/write-ledger-xlsx.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { Q3, variedQuarter } from '../support/varied-quarter.js';

const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-ledger-'));
  const kexie = createKexie({ storeFor: createFileStoreFactory(dir), observances: OBSERVANCES, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  return { kexie, ctx: kexie.context({ workspace: 'W', user: 'U1' }) };
};

async function withActivities() {
  const k = fresh();
  await k.kexie.importPlan(k.ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  for (const m of ['5月17日 科技活动周开幕式，参加群众约800人次，发放资料5000份', '5月18日 科普讲座，参加120人，讲座2场', '4月2日 科技工作者座谈会，参加30人', '6月1日 青少年科技创新大赛动员会 60人', '6月10日至12日 科普展览，参观群众300人次']) {
    const r = await k.kexie.log(k.ctx, m);
    expect(r.ok).toBe(true);
  }
  await k.kexie.deps.storeFor('W').updateSignups((s) => void s.push({ id: 's1', event: '科普日主场活动', organiser: 'U1', createdAt: '2026-06-01T00:00:00Z', closed: false, entries: [{ unit: '第一中学', count: 5, by: 'U1', at: '2026-06-01T00:00:00Z' }], attendance: null, activityId: null }));
  return k;
}

const period = { start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' };
const comparable = (a: { dateEnd: string | null; date: string; title: string; headcount: number | null; approximate: boolean; headcountUnit: string | null; metrics: Record<string, number>; itemId: string | null; by: string; id: string }) => ({ id: a.id, date: a.date, dateEnd: a.dateEnd, title: a.title, headcount: a.headcount, approximate: a.approximate, headcountUnit: a.headcountUnit, metrics: a.metrics, itemId: a.itemId, by: a.by });

describe('the 台账 workbook', () => {
  it('has four sheets with Chinese headers, real date and number cells, a frozen header and an autofilter', async () => {
    const k = await withActivities();
    const store = k.kexie.deps.storeFor('W');
    const ledger = buildLedger({ plans: await store.listPlans(), activities: await store.listActivities(), signups: await store.listSignups(), period });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await ledgerToXlsx(ledger)) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['活动台账', '记录信息', '目标进度', '按单位', '报名']);
    const sheet = book.getWorksheet('活动台账');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['日期', '活动名称', '单位', '填报人', '人数', '数量（份）', '计划条目编号']));
    // 序号 first, the record's id last; people by name, never an id.
    expect(header[0]).toBe('序号');
    expect(header.at(-1)).toBe('编号');
    expect(sheet?.getCell('A2').value).toBe(1);
    expect(sheet?.getCell('B2').value).toBeInstanceOf(Date);
    expect(typeof sheet?.getCell('G2').value).toBe('number');
    expect(sheet?.getColumn(6).values.slice(2)).not.toContain('U1');
    // Totals: 人次 and 人 on rows of their own, never added; metrics summed by unit.
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const totals = rows.filter((r) => r[1] === '合计');
    expect(totals.map((r) => [r[8], r[7]])).toEqual([['人次', 800 + 300], ['人', 120 + 30 + 60]]);
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
    expect(sheet?.headerFooter.oddHeader).toContain('活动台账（2026年第二季度');
    const total = sheet?.columns.reduce((n, c) => n + (c.width ?? 0), 0) ?? 0;
    expect(total).toBeLessThanOrEqual(150 / 0.85);
    const units = book.getWorksheet('按单位');
    expect((units?.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '单位', '月份', '活动数', '参与人次', '参与人数（人）']);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeDefined();
    expect(sheet?.getColumn(4).width).toBeGreaterThanOrEqual(displayWidth('科技工作者座谈会'));
    const targets = book.getWorksheet('目标进度');
    expect(targets?.getRow(1).values).toEqual(expect.arrayContaining(['目标', '目标值', '完成值', '完成率', '状态']));
    expect(book.getWorksheet('报名')?.getCell('C2').value).toBe('第一中学');
    expect(book.getWorksheet('报名')?.getCell('A3').value).toBe('小计');
    expect(displayWidth('科普ab')).toBe(6);
  });

  it('says 未归类 in 统计类别 for a record no category takes, never an empty cell', async () => {
    const k = await withActivities();
    const store = k.kexie.deps.storeFor('W');
    const ledger = buildLedger({ plans: await store.listPlans(), activities: await store.listActivities(), signups: await store.listSignups(), period });
    const unclassified = { ...ledger.activities[0]!, categories: '' };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await ledgerToXlsx({ ...ledger, activities: [unclassified, ...ledger.activities.slice(1)] })) as never);
    const sheet = book.getWorksheet('活动台账');
    const column = (sheet?.getRow(1).values as unknown[]).indexOf('统计类别');
    expect(sheet?.getRow(2).getCell(column).value).toBe('未归类');
    const others = ledger.activities.slice(1).map((a, k) => ({ written: sheet?.getRow(k + 3).getCell(column).value, categories: a.categories }));
    for (const o of others) expect(o.written).toBe(o.categories || '未归类');
  });

  it('re-imports to the same activities (round trip)', async () => {
    const k = await withActivities();
    const store = k.kexie.deps.storeFor('W');
    const before = await k.kexie.activities(k.ctx, { from: period.start, to: period.end });
    const ledger = buildLedger({ plans: await store.listPlans(), activities: await store.listActivities(), signups: [], period });
    const bytes = await ledgerToXlsx(ledger);
    const other = fresh();
    await other.kexie.importPlan(other.ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    const report = await importLedger(other.kexie.deps.storeFor('W'), other.ctx, await readLedgerBytes(bytes, 'q2.xlsx'), 'q2.xlsx');
    expect(report).toEqual({ added: before.length, skipped: 0, refused: [] });
    const after = await other.kexie.activities(other.ctx, { from: period.start, to: period.end });
    expect(after.map(comparable)).toEqual(before.map(comparable));
    // exceljs's stream reader meets the workbook's parts in varying order (dates then come as Excel serials):
    // read it many times, the activities are the same every time.
    const plans = await other.kexie.listPlans(other.ctx);
    const read = async () => ledgerActivities(await readLedgerBytes(await ledgerToXlsx(ledger), 'q2.xlsx'), { plans, existing: [], ctx: other.ctx, file: 'q2.xlsx' }).activities.map(comparable);
    const first = await read();
    expect(first).toEqual(before.map(comparable));
    for (let i = 0; i < 15; i++) expect(await read()).toEqual(first);
    // Importing it again, or into the store it came from, adds nothing.
    expect(await importLedger(other.kexie.deps.storeFor('W'), other.ctx, await readLedgerBytes(bytes, 'q2.xlsx'), 'q2.xlsx')).toMatchObject({ added: 0, skipped: before.length });
    expect(await importLedger(store, k.ctx, await readLedgerBytes(bytes, 'q2.xlsx'), 'q2.xlsx')).toMatchObject({ added: 0, skipped: before.length });
  });
});

describe('the 台账 of a quarter of varied records', () => {
  it('names people, never ids; sums without adding 人 to 人次 or a period report to the events inside it', async () => {
    const q = await variedQuarter();
    const ledger = buildLedger({ plans: q.plans, activities: q.activities, signups: [], period: { ...Q3 }, timeZone: 'Asia/Shanghai' });
    expect(ledger.activities.map((a) => a.reporter)).not.toContain('U1');
    expect(ledger.activities[0]?.lastEditLocal).toMatch(/^2026-10-15 \d\d:\d\d$/u);
    const all = ledger.activities.filter((a) => a.headcountUnit === '人次').reduce((n, a) => n + (a.headcount ?? 0), 0);
    // 9月8日's talk (200人次) is inside "9月份共开展科普讲座12场，受众1800人次".
    expect(ledger.totals).toMatchObject({ count: 20, within: 1 });
    expect(ledger.totals.people['人次']).toBe(all - 200);
    expect(ledger.totals.people['人']).toBe(60 + 52 + 70 + 35);
    expect(ledger.title).toBe('示例县科学技术协会活动台账（2026年第三季度）');
  });
});

describe('in the console', () => {
  it('导出 saves the workbook where the console was started', async () => {
    const k = await withActivities();
    const dir = mkdtempSync(join(tmpdir(), 'kexie-console-'));
    const { runConsole } = await import('../../src/adapters/console/run-console.js');
    let out = '';
    await runConsole(k.kexie, { input: Readable.from(['导出 本季度\n']), output: new Writable({ write: (c, _e, cb) => void ((out += String(c)), cb()) }), interactive: false, workspace: 'W', fileDir: dir });
    expect(out).toContain(`已保存：${join(dir, '活动台账-2026年第二季度.xlsx')}`);
    const sheet = await readLedgerBytes(readFileSync(join(dir, '活动台账-2026年第二季度.xlsx')), 'x.xlsx');
    expect(sheet.rows).toHaveLength(5);
  });
});

describe('importing an office ledger', () => {
  it('reads a GB18030 CSV with a title row, dates and figures as written, and says why rows are refused', async () => {
    const k = fresh();
    const csv = [
      '2025年科协活动台账,,,,',
      '序号,活动时间,活动名称,承办单位,参加人数,发放资料(份)',
      '1,2025年3月5日,学雷锋科普志愿服务,城关镇科协,约200人,500',
      '2,2025/5/17,"科技活动周开幕式,主会场",科普部,1.5万,3000',
      '3,45800,科普讲座,第一中学,120,',
      '4,明天,科普讲座,第一中学,120,',
      '5,2025-06-01,,第一中学,120,',
      '6,2025-06-02,科普展览,第一中学,很多,',
      '7,2025-13-40,科普展览,第一中学,10,',
      '8,9月21日,科普日乡镇联动,各乡镇科协,800,',
      '9,2025年10月1日至7日,国庆科普游园,科技馆,5000,',
    ].join('\r\n');
    // Saved as GB18030, the way Excel on Chinese Windows saves CSV.
    const encoded = encodeGb18030(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    const sheet = await readLedgerBytes(encoded, '2025台账.csv');
    const report = await importLedger(k.kexie.deps.storeFor('W'), k.ctx, sheet, '2025台账.csv');
    expect(report.added).toBe(5);
    expect(report.refused.map((r) => r.row)).toEqual([6, 7, 8, 9]);
    expect(report.refused[0]?.reason).toContain('日期看不懂');
    expect(report.refused[1]?.reason).toBe('没有活动名称');
    expect(report.refused[2]?.reason).toContain('人数看不懂');
    const stored = await k.kexie.activities(k.ctx);
    expect(stored.map((a) => [a.date, a.title, a.headcount, a.approximate, a.metrics])).toEqual([
      ['2025-03-05', '学雷锋科普志愿服务', 200, true, { 份: 500 }],
      ['2025-05-17', '科技活动周开幕式,主会场', 15000, false, { 份: 3000 }],
      ['2025-05-23', '科普讲座', 120, false, {}],
      // No year written: the ledger's own year (the one its rows write out), not this year.
      ['2025-09-21', '科普日乡镇联动', 800, false, {}],
      ['2025-10-01', '国庆科普游园', 5000, false, {}],
    ]);
    expect(stored.at(-1)?.dateEnd).toBe('2025-10-07');
  });

  it('reads dates and numbers the way offices write them', () => {
    expect(readLedgerDate('2026年5月17日', 2026)).toBe('2026-05-17');
    expect(readLedgerDate('2026.5.7', 2026)).toBe('2026-05-07');
    expect(readLedgerDate('20260517', 2026)).toBe('2026-05-17');
    expect(readLedgerDate('5月17日', 2025)).toBe('2025-05-17');
    expect(readLedgerDate(new Date('2026-05-17T00:00:00Z'), 2026)).toBe('2026-05-17');
    expect(readLedgerDate('2026-02-30', 2026)).toBeUndefined();
    expect(readLedgerNumber('800余人')).toEqual({ value: 800, approximate: true });
    expect(readLedgerNumber('一千二百人次')).toEqual({ value: 1200, approximate: false });
    expect(readLedgerNumber('')).toBeNull();
    expect(readLedgerNumber('若干')).toBeUndefined();
    expect(parseCsv('a,"b ""c""\nd",e\r\n1,2,3').map((r) => r.cells)).toEqual([['a', 'b "c"\nd', 'e'], ['1', '2', '3']]);
  });

  // 100,000 rows are timed in `npm run bench`; here 20,000 check the batched path.
  it('imports 20,000 rows in batched writes, a part at a time', async () => {
    const k = fresh();
    const rows = Array.from({ length: 20_000 }, (_, n) => ({ row: n + 2, cells: [`2026-0${(n % 6) + 1}-1${n % 9}`, `科普活动${n}`, `${(n % 500) + 1}人`] }));
    const report = await importLedger(k.kexie.deps.storeFor('W'), k.ctx, { header: ['日期', '活动名称', '人数'], rows }, 'big.csv');
    expect(report).toEqual({ added: 20_000, skipped: 0, refused: [] });
    const log = readFileSync(join((k.kexie.deps.storeFor('W') as unknown as { dir: string }).dir, 'activities.jsonl'), 'utf8');
    expect(log.split('\n').filter(Boolean)).toHaveLength(20_000);
  });
});

/** A GB18030 encoder for the test's characters, built from the decoder (no encoder ships with Node). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GB18030 code for ${ch}`);
      out.push(...code);
    }
  }
  return new Uint8Array(out);
}

describe('a ledger row that repeats a record logged in chat', () => {
  it('is skipped on the same day, title and headcount, and imported when the headcount differs', async () => {
    const k = fresh();
    for (const m of ['5月18日 科普讲座，参加120人', '5月18日 科技馆接待参观，参加40人']) expect((await k.kexie.log(k.ctx, m)).ok).toBe(true);
    const sheet = { header: ['日期', '活动名称', '参加人数'], rows: [{ row: 2, cells: ['2026-05-18', '科普讲座', 120] }, { row: 3, cells: ['2026-05-18', '科普讲座', 121] }, { row: 4, cells: ['2026-05-19', '科技馆接待参观', 40] }] };
    const stored = await k.kexie.deps.storeFor('W').listActivities({ from: '2026-05-18', to: '2026-05-18' });
    expect(stored.map((a) => [a.title, a.headcount])).toEqual(expect.arrayContaining([['科普讲座', 120]]));
    expect(await importLedger(k.kexie.deps.storeFor('W'), k.ctx, sheet, 'chat.csv')).toEqual({ added: 2, skipped: 1, refused: [] });
  });
});
