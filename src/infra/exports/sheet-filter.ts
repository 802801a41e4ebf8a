// Guards the XML of an .xlsx part on its way to exceljs: no text or tag longer than a cap and, in a sheet, no column
// definitions and no cells right of the columns read. exceljs spends time in proportion to a row's last column (a
// cell in column XFD costs 16,384 steps a row) and builds one object per defined column (`<col max="2000000000">`).
import { AppError } from '../../core/errors.js';

/** The longest text node or tag passed on: a ledger's cell is far shorter. */
export const MAX_XML_RUN = 1024 * 1024;

/** Column number of a cell reference's letters ("A1" → 1, "AB7" → 28); Infinity past three letters. */
export function columnOf(ref: string): number {
  const letters = /^\$?([A-Za-z]{1,3})\$?\d/u.exec(ref)?.[1];
  if (!letters) return /^\$?[A-Za-z]{4,}/u.test(ref) ? Number.POSITIVE_INFINITY : 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const TAG = /^<(\/?)([A-Za-z_][\w.:-]*)/u;

/**
 * The part's text, chunk by chunk, with what a ledger does not need left out (`maxColumns` given: a sheet). Throws
 * AppError (ledger_too_large) on a text run or a tag longer than MAX_XML_RUN, which no ledger has.
 */
export async function* guardXml(chunks: AsyncIterable<string>, label: string, maxColumns?: number): AsyncGenerator<string> {
  const tooLong = (): AppError => new AppError('ledger_too_large', `“${label}”里有超过 ${MAX_XML_RUN / 1024 / 1024} MB 的单元格或标记，不像台账。`);
  let pending = '';
  // While skipping an element, the text that ends it.
  let until: string | undefined;
  let run = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let out = '';
    let at = 0;
    while (at < pending.length) {
      if (until) {
        const end = pending.indexOf(until, at);
        if (end < 0) {
          at = Math.max(at, pending.length - until.length + 1);
          break;
        }
        at = end + until.length;
        until = undefined;
        continue;
      }
      const lt = pending.indexOf('<', at);
      if (lt < 0) {
        run += pending.length - at;
        if (run > MAX_XML_RUN) throw tooLong();
        out += pending.slice(at);
        at = pending.length;
        break;
      }
      if (run + lt - at > MAX_XML_RUN) throw tooLong();
      out += pending.slice(at, lt);
      run = 0;
      const gt = pending.indexOf('>', lt);
      if (gt < 0) {
        if (pending.length - lt > MAX_XML_RUN) throw tooLong();
        at = lt;
        break;
      }
      const tag = pending.slice(lt, gt + 1);
      at = gt + 1;
      const name = TAG.exec(tag);
      const closes = tag.endsWith('/>');
      if (maxColumns !== undefined && name && !name[1]) {
        if (name[2] === 'cols') {
          if (!closes) until = '</cols>';
          continue;
        }
        if (name[2] === 'c' && columnOf(/\sr\s*=\s*["']([^"']*)["']/u.exec(tag)?.[1] ?? '') > maxColumns) {
          if (!closes) until = '</c>';
          continue;
        }
      }
      out += tag;
    }
    pending = pending.slice(at);
    if (out) yield out;
  }
  if (pending && !until) yield pending;
}
