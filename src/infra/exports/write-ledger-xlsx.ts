// Writes the 台账 workbook (exceljs, loaded lazily): 活动台账, 记录信息, 目标进度, 按单位, 报名, each with 序号 first, real dates and numbers, totals where sums mean something.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import type { LedgerActivityRow, LedgerData } from '../../core/exports/ledger-rows.js';
import type { LedgerStream } from '../../core/exports/ledger-stream.js';
import { addSheet, type Cell, type Column, fitWidth } from './ledger-sheet.js';

/** The 统计类别 cell of a record no category of the returns takes. */
export const UNCLASSIFIED = '未归类';

export { displayWidth } from './display-width.js';

/** A civil date as an Excel date cell (UTC midnight, so the day never shifts). */
const dateCell = (d: string): Date => new Date(`${d}T00:00:00Z`);
/** "YYYY-MM-DD HH:MM" on the workspace's clocks as an Excel date-time cell showing that wall time. */
const wallCell = (local: string): Date | null => (local ? new Date(`${local.replace(' ', 'T')}:00Z`) : null);
const sum = (xs: ReadonlyArray<number | null | undefined>): number => xs.reduce<number>((n, x) => n + (x ?? 0), 0);
/** Rows by a key, in the order each key first appears (one pass, not a filter per key). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** A ledger held whole, or read a month at a time (openLedger): either is written the same. */
export type LedgerSource = LedgerData | LedgerStream;

/** The rows of a ledger, a part at a time: again from the store on each call for a stream. */
async function* partsOf(data: LedgerSource): AsyncGenerator<readonly LedgerActivityRow[]> {
  if ('parts' in data) yield* data.parts();
  else yield data.activities;
}

/** The workbook bytes (for an upload); a file is better written with writeLedgerXlsx. */
export async function ledgerToXlsx(data: LedgerSource): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  await writeLedger(data, stream);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Streams the workbook into a file: rows are made, zipped and written one at a time, so memory does not grow with them. */
export async function writeLedgerXlsx(data: LedgerSource, file: string): Promise<void> {
  const stream = createWriteStream(file);
  await once(stream, 'open'); // a path that cannot be written fails here, before any work
  let failed: unknown;
  stream.on('error', (error) => {
    failed ??= error;
  });
  const closed = once(stream, 'close');
  try {
    await writeLedger(data, stream);
  } finally {
    // WorkbookWriter ends the stream on commit; a failure before that must not leave the file open.
    if (!stream.writableEnded) stream.end();
  }
  await closed.catch(() => undefined);
  if (failed) throw failed;
}

async function writeLedger(data: LedgerSource, stream: Writable): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  // The streaming writer: 100,000 rows in seconds where the in-memory one takes most of a minute.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  // Rows wait for the zip to take what it has; not once the file can no longer be written.
  const stop = Promise.race([once(stream, 'error'), once(stream, 'close')]).catch(() => undefined);
  book.creator = 'kexie';
  book.created = new Date(`${data.period.end}T00:00:00Z`);
  const title = `${data.body}活动台账（${data.period.label.includes('至') ? data.period.label : `${data.period.label}，${data.period.start}至${data.period.end}`}）`;
  // Column widths from the first rows (fitWidth looks at no more): no copy of every row's text.
  const first = 'first' in data ? data.first : data.activities.slice(0, 2000);
  const count = data.totals.count;

  // 活动台账's headers (the importer's HEADERS read them back); the record's id last, it is for kexie, not for people.
  const columns: Column[] = [
    { header: '序号', width: 5 },
    { header: '日期', width: 11, numFmt: 'yyyy-mm-dd' },
    { header: '结束日期', width: 11, numFmt: 'yyyy-mm-dd' },
    { header: '活动名称', width: fitWidth('活动名称', first.map((a) => a.title), 16, 30), wrap: true },
    { header: '单位', width: fitWidth('单位', first.map((a) => a.unit), 8, 14), wrap: true },
    { header: '填报人', width: fitWidth('填报人', first.map((a) => a.reporter), 7, 12), wrap: true },
    { header: '人数', width: 8, numFmt: '#,##0' },
    { header: '人数单位', width: 8, wrap: true },
    { header: '人数为约数', width: 7, wrap: true },
    ...data.metricUnits.map((u) => ({ header: `数量（${u}）`, width: 8, numFmt: '#,##0', wrap: true })),
    { header: '统计类别', width: fitWidth('统计类别', first.map((a) => a.categories || UNCLASSIFIED), 8, 16), wrap: true },
    { header: '计划条目编号', width: 12, wrap: true },
    { header: '编号', width: 14 },
  ];
  const rows = (async function* (): AsyncGenerator<Cell[]> {
    let i = 0;
    for await (const part of partsOf(data)) {
      for (const a of part) {
        yield [
          ++i,
          dateCell(a.date),
          a.dateEnd ? dateCell(a.dateEnd) : null,
          a.title,
          a.unit,
          a.reporter,
          a.headcount,
          a.headcountUnit,
          a.approximate ? '是' : '否',
          ...data.metricUnits.map((u) => a.metrics[u] ?? null),
          // A record no category of the returns takes says so, rather than an empty cell a reader may take for missing data.
          a.categories || UNCLASSIFIED,
          a.itemPath,
          a.id,
        ];
      }
    }
  })();
  // Totals: people by how they were counted (人次 and 人 never added), each metric by its unit; a record inside a period report of its kind not added again.
  const t = data.totals;
  const totals: Cell[][] = [];
  const people = Object.keys(t.people).sort((a, b) => (a === '人次' ? -1 : b === '人次' ? 1 : a.localeCompare(b)));
  if (count > 0) {
    const label = `${t.count}项活动${t.within > 0 ? `（${t.within}项已含在期间汇总内，未重复计入）` : ''}`;
    const head = (first: boolean): Cell[] => ['合计', null, null, first ? label : null, null, null];
    const metrics = data.metricUnits.map((u) => t.metrics[u] ?? null);
    if (people.length === 0) totals.push([...head(true), null, null, null, ...metrics]);
    people.forEach((u, k) => totals.push([...head(k === 0), t.people[u] ?? null, u, null, ...(k === 0 ? metrics : data.metricUnits.map(() => null))]));
  }
  await addSheet(book, '活动台账', title, columns, rows, totals, stop);

  await addSheet(
    book,
    '记录信息',
    title,
    [
      { header: '序号', width: 5 },
      { header: '编号', width: 14 },
      { header: '活动名称', width: fitWidth('活动名称', first.map((a) => a.title), 16, 30), wrap: true },
      { header: '计划条目编号', width: 12, wrap: true },
      { header: '计划条目', width: fitWidth('计划条目', first.map((a) => a.itemTitle), 16, 40), wrap: true },
      { header: '来源', width: 8 },
      { header: `最后修改（${data.timeZone}）`, width: 17, numFmt: 'yyyy-mm-dd hh:mm', wrap: true },
    ],
    (async function* (): AsyncGenerator<Cell[]> {
      let i = 0;
      for await (const part of partsOf(data)) for (const a of part) yield [++i, a.id, a.title, a.itemPath, a.itemTitle, a.source, wallCell(a.lastEditLocal)];
    })(),
    [],
    stop,
  );

  await addSheet(
    book,
    '目标进度',
    title,
    [
      { header: '序号', width: 5 },
      { header: '计划条目编号', width: 12, wrap: true },
      { header: '计划条目', width: fitWidth('计划条目', data.targets.map((t) => t.itemTitle), 16, 36), wrap: true },
      { header: '目标', width: fitWidth('目标', data.targets.map((t) => t.target), 12, 36), wrap: true },
      { header: '单位', width: 6 },
      { header: '目标值', width: 9, numFmt: '#,##0' },
      { header: '完成值', width: 9, numFmt: '#,##0' },
      { header: '完成率', width: 8, numFmt: '0%' },
      { header: '状态', width: 8 },
    ],
    data.targets.map((t, i) => [i + 1, t.itemPath, t.itemTitle, t.target, t.unit, t.goal, t.done, t.ratio, t.status]),
  );

  // 按单位: each unit's months, a 小计 per unit, a 合计; 人次 and 人 in columns of their own.
  const unitRows: Cell[][] = [];
  const byUnit = groupBy(data.units, (u) => u.unit);
  const units = [...byUnit.keys()];
  let n = 0;
  for (const [unit, mine] of byUnit) {
    for (const u of mine) unitRows.push([++n, u.unit, u.month, u.activities, u.people['人次'] ?? null, u.people['人'] ?? null]);
    if (mine.length > 1) unitRows.push(['小计', unit, null, sum(mine.map((u) => u.activities)), sum(mine.map((u) => u.people['人次'])) || null, sum(mine.map((u) => u.people['人'])) || null]);
  }
  const unitTotals: Cell[][] = data.units.length > 0 ? [['合计', `${units.length}个单位`, null, sum(data.units.map((u) => u.activities)), sum(data.units.map((u) => u.people['人次'])) || null, sum(data.units.map((u) => u.people['人'])) || null]] : [];
  await addSheet(
    book,
    '按单位',
    title,
    [
      { header: '序号', width: 5 },
      { header: '单位', width: fitWidth('单位', units, 10, 30), wrap: true },
      { header: '月份', width: 9 },
      { header: '活动数', width: 8 },
      { header: '参与人次', width: 10, numFmt: '#,##0' },
      { header: '参与人数（人）', width: 13, numFmt: '#,##0', wrap: true },
    ],
    unitRows,
    unitTotals,
  );

  // 报名: one row per unit, then the event's 小计 with its 实到 once.
  const signupRows: Cell[][] = [];
  const byEvent = groupBy(data.signups, (s) => s.event);
  const events = [...byEvent.keys()];
  let m = 0;
  for (const [event, mine] of byEvent) {
    for (const s of mine) signupRows.push([++m, s.event, s.unit, s.count, s.closed ? '是' : '否', null]);
    signupRows.push(['小计', event, `${mine.length}个单位`, sum(mine.map((s) => s.count)), null, mine.find((s) => s.attendance !== null)?.attendance ?? null]);
  }
  await addSheet(
    book,
    '报名',
    title,
    [
      { header: '序号', width: 5 },
      { header: '活动', width: fitWidth('活动', events, 12, 30), wrap: true },
      { header: '单位', width: fitWidth('单位', data.signups.map((s) => s.unit), 10, 24), wrap: true },
      { header: '报名人数', width: 9 },
      { header: '已截止', width: 7 },
      { header: '实到人数', width: 9 },
    ],
    signupRows,
  );
  await book.commit();
}
