// Reads one sheet of an .xlsx under caps: the parts' sizes checked in the zip directory before inflating, inflated
// bytes counted while streaming, rows, columns and cell lengths capped, so a zip bomb is refused at no great cost.
//
// The zip is read here, not by exceljs (whose reader inflates every part it meets, spills sheets that come before
// the workbook part to temporary files and decodes chunks without carrying split UTF-8 characters over); the parts
// are then handed to exceljs 4.4's stream parsers (`_parseRels`, `_parseWorkbook`, `_parseSharedStrings`,
// `_parseStyles`, `_parseWorksheet`) in the order they need: relations, workbook, shared strings, styles, the sheet.
// Those methods are internal: test/integration/ledger-limits.test.ts fails if an upgrade changes them.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../core/errors.js';
import { type LedgerLimits, megabytes } from '../../core/exports/ledger-limits.js';
import { entryData, zipEntries } from '../documents/document-limits.js';
import { guardXml } from './sheet-filter.js';

type Entry = NonNullable<ReturnType<typeof zipEntries>>[number];
/** A row of the sheet: its number as Excel shows it and its cells' raw values (exceljs's), first column first. */
export interface RawRow {
  row: number;
  values: unknown[];
}

const tooLarge = (detail: string): AppError => new AppError('ledger_too_large', detail);

/** An entry's text, inflated in 64 KB chunks; every byte counts against the shared budget, refused past it. */
async function* entryText(bytes: Uint8Array, entry: Entry, budget: { left: number }, label: string, cap: number): AsyncGenerator<string> {
  const data = entryData(bytes, entry);
  if (!data) throw new AppError('ledger_unreadable', `“${label}”已损坏（${entry.name} 读不出来）。`);
  const decoder = new StringDecoder('utf8');
  const take = (chunk: Uint8Array): string => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw tooLarge(`“${label}”解压后超过 ${megabytes(cap)}（导入上限），没有读完。`);
    return decoder.write(chunk as Buffer);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += 65_536) yield take(Buffer.from(data.subarray(i, i + 65_536)));
  } else if (entry.method === 8) {
    const inflater = createInflateRaw({ chunkSize: 65_536 });
    inflater.end(data);
    try {
      for await (const chunk of inflater) yield take(chunk as Buffer);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('ledger_unreadable', `“${label}”已损坏（${entry.name} 解压失败）。`, { cause: error });
    } finally {
      inflater.destroy();
    }
  } else throw new AppError('ledger_unreadable', `“${label}”用了不支持的压缩方式。`);
  yield decoder.end();
}

/** The sheet's part: the one named `preferred` in the workbook, else the first sheet, else the lowest-numbered sheet part. */
function sheetPart(entries: Map<string, Entry>, model: { sheets?: Array<{ name?: string; rId?: string }> } | undefined, rels: Array<{ Id?: string; Target?: string }> | undefined, preferred: string): Entry | undefined {
  const sheets = model?.sheets ?? [];
  for (const sheet of [sheets.find((s) => s.name === preferred), sheets[0]]) {
    const target = rels?.find((r) => r.Id === sheet?.rId)?.Target;
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;
    const found = entries.get(path);
    if (found) return found;
  }
  const parts = [...entries.values()].filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(e.name));
  return parts.sort((a, b) => Number(/\d+/u.exec(a.name.slice(14))?.[0]) - Number(/\d+/u.exec(b.name.slice(14))?.[0]))[0];
}

/**
 * Text copied into a string of its own: what the XML parser hands over is a slice of a 64 KB chunk of the part,
 * and keeping the slice would keep the chunk, so a sheet's rows would hold its whole text in memory.
 */
export const own = (text: string): string => (text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8'));

/** Text of a shared string as exceljs emits it (plain or rich), cut to the cell cap. */
const sharedText = (text: unknown, max: number): string | null => {
  if (typeof text === 'string') return own(text.slice(0, max));
  const rich = (text as { richText?: Array<{ text?: string | null }> } | null)?.richText;
  return rich ? own(rich.map((r) => r.text ?? '').join('').slice(0, max)) : null;
};

interface ReaderInternals {
  sharedStrings?: unknown[];
  properties?: { model?: { date1904?: boolean } };
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<{ index: number; text: unknown }>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ value: AsyncIterable<{ number: number; values: unknown }> }>;
  workbookRels?: Array<{ Id?: string; Target?: string }>;
  model?: { sheets?: Array<{ name?: string; rId?: string }> };
}

/**
 * The rows of one sheet (`preferred` by name, else the first), streamed: never more than `maxRows` + 10 non-empty rows
 * (the header may sit below a title), each cut to `maxColumns` values; throws AppError (ledger_too_large, ledger_unreadable).
 */
export async function* xlsxRows(bytes: Uint8Array, label: string, limits: LedgerLimits, preferred: string): AsyncGenerator<RawRow> {
  const list = zipEntries(bytes);
  if (!list) throw new AppError('ledger_unreadable', `“${label}”不是有效的 .xlsx 文件（可能已损坏、只上传了一部分，或是改了扩展名的其他文件）。`);
  const entries = new Map(list.map((e) => [e.name, e]));
  const part = (name: string): Entry | undefined => entries.get(name);
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { worksheets: 'emit', sharedStrings: 'emit', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' } as never) as unknown as ReaderInternals;
  const budget = { left: limits.maxUnzippedBytes };
  const text = (entry: Entry, maxColumns?: number): AsyncGenerator<string> => guardXml(entryText(bytes, entry, budget, label, limits.maxUnzippedBytes), label, maxColumns);
  const stream = (entry: Entry): Readable => Readable.from(text(entry));
  // The small parts first: which part is the sheet depends on them.
  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  for (const small of [rels, workbook]) if (small && small.uncompressedSize > 1024 * 1024) throw tooLarge(`“${label}”的 ${small.name} 有 ${megabytes(small.uncompressedSize)}，不像台账。`);
  if (rels) await reader._parseRels(stream(rels));
  if (workbook) await reader._parseWorkbook(stream(workbook));
  const sheet = sheetPart(entries, reader.model, reader.workbookRels, preferred);
  if (!sheet) throw new AppError('ledger_empty', `“${label}”里没有工作表。`);
  const strings = part('xl/sharedStrings.xml');
  const styles = part('xl/styles.xml');
  const declared = [rels, workbook, strings, styles, sheet].reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
  if (declared > limits.maxUnzippedBytes) throw tooLarge(`“${label}”的工作表解压后有 ${megabytes(declared)}，超过导入上限 ${megabytes(limits.maxUnzippedBytes)}。`);
  const shared: Array<string | null> = [];
  if (strings) {
    for await (const { text } of reader._parseSharedStrings(stream(strings))) {
      if (shared.length >= limits.maxSharedStrings) throw tooLarge(`“${label}”里不同的文字超过 ${limits.maxSharedStrings.toLocaleString('en')} 条（导入上限）。`);
      shared.push(sharedText(text, limits.maxCellChars));
    }
  }
  reader.sharedStrings = shared;
  if (styles) await reader._parseStyles(stream(styles));
  // Dates in a workbook without a workbookPr element count from 1900, as Excel's own files do.
  reader.properties ??= { model: { date1904: false } };
  const worksheet = reader._parseWorksheet(text(sheet, limits.maxColumns), '1').next().value?.value;
  if (!worksheet) return;
  let kept = 0;
  let last = 0;
  for await (const row of worksheet) {
    last = Number.isInteger(row.number) && row.number > last ? row.number : last + 1;
    const values: unknown[] = Array.isArray(row.values) ? (row.values as unknown[]).slice(1, limits.maxColumns + 1) : [];
    if (!values.some((v) => v !== null && v !== undefined && v !== '')) continue;
    if (++kept > limits.maxRows + 10) throw tooLarge(`“${label}”超过 ${limits.maxRows.toLocaleString('en')} 行（导入上限），没有读完。`);
    yield { row: last, values };
  }
}
