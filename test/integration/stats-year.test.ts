// Issue 19's "done when": a labelled year of fifty messages (test/fixtures/stats, written blind by another helper) logged
// through the real chat path; every cell of both returns equals the hand count, every record is in a cell or unclassified,
// and the 明细 sheet of the workbook adds up to each cell.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import type { StatsReport } from '../../src/core/stats/compute-returns.js';
import { statReturns } from '../../src/core/stats/stat-returns.js';
import { statsToXlsx } from '../../src/infra/exports/write-stats-xlsx.js';
import { kexieForTests, readFixture } from '../support/kexie-for-tests.js';

interface Labelled {
  id: string;
  text: string;
  sent: string;
  categories: string[];
  events: number;
  participants: number | null;
  online: boolean;
}
interface Expected {
  byCategory: Record<string, { events: number; participants: number | null; onlineEvents: number; onlineParticipants: number | null; records: string[] }>;
  unclassified: string[];
  missingParticipants: string[];
}

const YEAR: Labelled[] = readFixture('stats', 'year-2026.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Labelled);
const EXPECTED = JSON.parse(readFixture('stats', 'expected.json')) as Expected;

/** Logs each message on its `sent` day as a new user would: a question is answered 记录; a line not taken is sent again with 记录. */
async function logYear() {
  const t = kexieForTests('2026-12-31');
  const at = (day: string) => t.kexie.context({ user: 'U1', source: { kind: 'console' }, today: day, now: `${day}T02:00:00.000Z` });
  await t.kexie.importPlan(at('2026-01-02'), { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
  const idsOf = new Map<string, string[]>();
  const asked: string[] = [];
  const resent: string[] = [];
  for (const m of YEAR) {
    const ctx = at(m.sent);
    const say = async (text: string) => {
      let reply = await handleMessage(t.kexie, ctx, text);
      if (reply.kind === 'ask') {
        asked.push(m.id);
        reply = await handleMessage(t.kexie, ctx, '记录');
      }
      return reply;
    };
    let reply = await say(m.text);
    if (!reply.activityIds?.length) {
      resent.push(m.id);
      reply = await say(`记录 ${m.text}`);
    }
    idsOf.set(m.id, reply.activityIds ?? []);
  }
  const labelOf = new Map([...idsOf].flatMap(([label, ids]) => ids.map((id) => [id, label] as const)));
  return { t, at, idsOf, labelOf, asked, resent };
}

const labels = (ids: readonly string[], labelOf: ReadonlyMap<string, string>): string[] => [...new Set(ids.map((id) => labelOf.get(id) ?? id))].sort();

/** The hand count of a row, from the per-record labels: a record counts once in a row fed by several categories. */
function handCount(row: { categories: string[]; measure: string }, onlineOnly: boolean): number {
  return YEAR.filter((m) => m.categories.some((c) => row.categories.includes(c)) && (!onlineOnly || m.online)).reduce((n, m) => n + (row.measure === 'participants' ? (m.participants ?? 0) : m.events), 0);
}

describe('the labelled year of 2026 (50 messages)', async () => {
  const year = await logYear();
  const report: StatsReport = await year.t.kexie.stats(year.at('2026-12-31'), { start: '2026-01-01', end: '2026-12-31', label: '2026年' });

  it('stores each message as one record', () => {
    expect([...year.idsOf].filter(([, ids]) => ids.length !== 1).map(([label]) => label)).toEqual([]);
    expect(report.records).toHaveLength(50);
  });

  it('gives each record the labelled categories', () => {
    const wrong = report.records.filter((r) => {
      const m = YEAR.find((x) => x.id === year.labelOf.get(r.id));
      return JSON.stringify([...r.categories].sort()) !== JSON.stringify([...(m?.categories ?? [])].sort());
    });
    expect(wrong.map((r) => `${year.labelOf.get(r.id)}: ${r.categories.join(',')}`)).toEqual([]);
  });

  it('fills every event and participant cell with the hand count, online apart, from the labelled records', () => {
    for (const [ret, spec] of report.returns.map((r, k) => [r, statReturns().returns[k]!] as const)) {
      ret.rows.forEach((cell, i) => {
        const row = spec.rows[i]!;
        if (row.measure !== 'events' && row.measure !== 'participants') return;
        expect(cell.value, cell.indicator).toBe(handCount(row, false));
        expect(cell.online, cell.indicator).toBe(handCount(row, true));
        const fed = YEAR.filter((m) => m.categories.some((c) => (row.categories as readonly string[]).includes(c)) && (row.measure === 'events' || m.participants !== null)).map((m) => m.id);
        expect(labels(cell.records, year.labelOf), cell.indicator).toEqual(fed.sort());
      });
    }
  });

  it('agrees with expected.json category by category', () => {
    const single = report.returns.flatMap((r, k) => r.rows.map((cell, i) => ({ cell, row: statReturns().returns[k]!.rows[i]! }))).filter((x) => x.row.categories.length === 1);
    for (const [key, want] of Object.entries(EXPECTED.byCategory)) {
      const events = single.find((x) => x.row.categories[0] === key && x.row.measure === 'events');
      expect(events?.cell.value, key).toBe(want.events);
      expect(events?.cell.online, key).toBe(want.onlineEvents);
      expect(labels(events?.cell.records ?? [], year.labelOf), key).toEqual([...want.records].sort());
      const people = single.find((x) => x.row.categories[0] === key && x.row.measure === 'participants');
      if (people) {
        expect(people.cell.value, key).toBe(want.participants);
        expect(people.cell.online, key).toBe(want.onlineParticipants);
      }
    }
  });

  it('lists the unclassified and the records missing participants; every record is in a cell or unclassified', () => {
    expect(labels(report.unclassified, year.labelOf)).toEqual(EXPECTED.unclassified);
    expect(labels(report.missing.map((m) => m.id), year.labelOf)).toEqual(EXPECTED.missingParticipants);
    expect(report.missing.every((m) => m.field === 'participants')).toBe(true);
    const inCells = new Set(report.returns.flatMap((r) => r.rows.flatMap((c) => c.records)));
    expect(report.records.filter((r) => !inCells.has(r.id) && !report.unclassified.includes(r.id))).toEqual([]);
  });

  it('takes the plan target for organisations and leaves a total without a starting figure empty, saying why', () => {
    const cells = report.returns.find((r) => r.id === 'cast-annual')?.rows ?? [];
    expect(cells.find((c) => c.indicator === '企业科协 年度计划新建')?.value).toBe(5);
    const total = cells.find((c) => c.indicator === '企业科协 总数');
    expect(total?.value).toBeNull();
    expect(total?.note).toContain('起始数');
  });

  it('writes a workbook whose 明细 adds up to each cell, with one sheet per return laid out as the form', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await statsToXlsx(report)) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([...report.returns.map((r) => r.name), '明细', '未归类与缺数']);
    for (const ret of report.returns) {
      const sheet = book.getWorksheet(ret.name)!;
      expect(String(sheet.getCell('A1').value)).toContain(ret.title);
      expect(String(sheet.getCell('A2').value)).toContain('2026-01-01 至 2026-12-31');
      expect(sheet.getRow(3).values).toEqual([undefined, '序号', '指标名称', '计量单位', '数值', '其中：线下', '其中：线上', '说明']);
      ret.rows.forEach((cell, i) => {
        const row = sheet.getRow(4 + i);
        expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value ?? null]).toEqual([cell.indicator, cell.unit, cell.value]);
      });
    }
    const detail = book.getWorksheet('明细')!;
    const sums = new Map<string, number>();
    const subtotals = new Map<string, number>();
    detail.eachRow((row, n) => {
      if (n <= 3) return;
      const key = `${row.getCell(2).value}|${row.getCell(3).value}`;
      const value = Number(row.getCell(9).value ?? 0);
      if (row.getCell(1).value === '小计') subtotals.set(key, value);
      else sums.set(key, (sums.get(key) ?? 0) + value);
    });
    for (const ret of report.returns) {
      for (const cell of ret.rows) {
        if (cell.value === null || cell.details.length === 0) continue;
        const key = `${ret.name}|${cell.indicator}`;
        expect(sums.get(key), key).toBe(cell.value);
        expect(subtotals.get(key), key).toBe(cell.value);
      }
    }
    const gaps = book.getWorksheet('未归类与缺数')!;
    expect(gaps.rowCount - 3).toBe(report.unclassified.length + report.missing.length);
  });

  it('reads only the period: 统计 上半年 counts the first half, and its reply names the rows and attaches the workbook', async () => {
    const reply = await handleMessage(year.t.kexie, year.at('2026-12-31'), '统计 上半年');
    expect(reply.file?.kind).toBe('stats');
    const half = reply.file?.kind === 'stats' ? reply.file.report : undefined;
    expect(half?.period).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    const firstHalf = YEAR.filter((m) => (year.idsOf.get(m.id) ?? []).some((id) => (report.records.find((r) => r.id === id)?.date.slice(5, 7) ?? '13') <= '06'));
    expect(half?.records).toHaveLength(firstHalf.length);
    expect(reply.text).toContain('科普（技）讲座 举办次数');
    expect(reply.text).toContain('未归类');
    const annual = await handleMessage(year.t.kexie, year.at('2026-12-31'), '年报 2026');
    expect(annual.text).toContain('实用技术培训 举办次数：30次');
    expect(annual.file?.kind === 'stats' && annual.file.name).toBe('年报-2026年.xlsx');
  });
});
