// A schedule table inside an outline ("（一）活动安排" over "时间 活动地区 具体地点 / 3月 长汀县 红山中心校…"), from
// any format (Word cells, PDF or web text with spaces): each row becomes a numbered line of its own, so each visit is
// an item dated by its own month instead of one item due in every month of the table.
import { readMarker } from './parse-outline.js';

/** Cells of a table line: tabs, ideographic spaces (Word cells joined) or runs of spaces (PDF, web text). */
const CELLS = /[\t\u3000]+| +/u;
const TIME_HEAD = /^(?:活动|开展|巡展|进驻)?(?:时间|日期|月份|时段)$/u;
const PLACE_HEAD = /地区|地点|区域|场地|学校|县|单位|站点/u;
/** A row's time cell: "3月", "十月", "9月中旬", "5月19日", "10月12日-18日". */
const WHEN = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|[上中下]旬|\d{1,2}[日号])?(?:[-—－~～至到]{1,2}(?:\d{1,2}月)?\d{1,2}[日号]?)?$/u;

interface Header {
  width: number;
  time: number;
}

function headerOf(line: string): Header | undefined {
  const cells = line.trim().split(CELLS);
  if (cells.length < 2 || cells.length > 6 || cells.some((c) => c.length > 8 || /[。；;，,：:]/u.test(c))) return undefined;
  const time = cells.findIndex((c) => TIME_HEAD.test(c));
  if (time < 0 || !cells.some((c, k) => k !== time && PLACE_HEAD.test(c))) return undefined;
  return { width: cells.length, time };
}

/**
 * A cell whose last entry is a whole name ("…文亨中心小学"): it ends as the other entries do, or (alone) as a place
 * does. Else a PDF broke the name ("城关第二" over "中心小学") and the next piece goes on without a 、.
 */
function complete(cell: string): boolean {
  const entries = cell.split('、');
  const end = (e: string): string => e.slice(-1);
  const last = entries[entries.length - 1] ?? '';
  return entries.length > 1 ? entries.slice(0, -1).some((e) => end(e) === end(last)) : /[学校村区县镇乡馆园站院场所心道]$/u.test(last);
}

/**
 * Lines with each schedule row under a 时间/地点 header rewritten as "1、3月　长汀县　红山中心校、古城中心校"; a row's
 * cell wrapped onto a line of its own (a PDF or web line break) joins its row. Other lines are kept.
 */
export function scheduleRows(lines: string[]): string[] {
  const out: string[] = [];
  let header: Header | undefined;
  let row: string[] | undefined;
  let n = 0;
  const end = (): void => {
    if (row) out.push(`${++n}、${row.join('\u3000')}`);
    row = undefined;
  };
  for (const line of lines) {
    const t = line.trim();
    const h = headerOf(t);
    if (h) {
      end();
      header = h;
      n = 0;
      continue;
    }
    if (!header) {
      out.push(line);
      continue;
    }
    const cells = t.split(CELLS).filter(Boolean);
    if (cells.length >= 2 && WHEN.test(cells[header.time] ?? '')) {
      end();
      // More cells than columns: a cell with spaces of its own ("红山中心校 古城中心校") keeps them in the last column.
      row = cells.length > header.width ? [...cells.slice(0, header.width - 1), cells.slice(header.width - 1).join('、')] : cells;
      continue;
    }
    // A wrapped cell: one short piece with no sentence mark and no outline number.
    if (row && cells.length === 1 && t.length <= 40 && !/[。；;：:]/u.test(t) && !readMarker(t)) {
      const last = row[row.length - 1] ?? '';
      row[row.length - 1] = complete(last) ? `${last}、${t}` : `${last}${t}`;
      continue;
    }
    end();
    header = undefined;
    out.push(line);
  }
  end();
  return out;
}
