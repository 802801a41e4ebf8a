// Task tables (序号 | 工作任务 | 牵头部门 | 完成时限) from any format (Word, .doc, PDF, pasted tab-separated text)
// become one outline line per row ("3、任务。牵头部门：…。完成时限：…。"), so a table inside a section sits under it.

const TASK_COL = /任务|内容|事项|工作(?!人员)|项目/u;
/** A schedule's place column (日期 | 地点 | 内容): its rows are visits, read as a schedule, not as tasks with owners. */
const PLACE_COL = /^(?:活动)?(?:地点|地址|场地)$/u;
const OWNER_COL = /牵头|责任|负责|主责/u;
const DUE_COL = /时限|时间|完成|期限|进度/u;
const NO_COL = /序号|编号/u;

/** Reads a table row by row; rows under a recognised header come out as "1、任务。牵头部门：…。完成时限：…。". */
export class TaskTable {
  private header: { task: number; owner: number; due: number; no: number; width: number } | undefined;
  private rowNumber = 0;
  private lastNo = 0;

  /** The plan line for a row, or undefined for the header row itself. */
  feed(raw: string[]): string | undefined {
    const cells = raw.map((c) => c.trim());
    if (cells.some((c) => TASK_COL.test(c)) && cells.some((c) => OWNER_COL.test(c) || DUE_COL.test(c)) && cells.every((c) => c.length <= 12) && !cells.some((c) => PLACE_COL.test(c))) {
      this.header = {
        task: cells.findIndex((c) => TASK_COL.test(c)),
        owner: cells.findIndex((c) => OWNER_COL.test(c)),
        due: cells.findIndex((c) => DUE_COL.test(c)),
        no: cells.findIndex((c) => NO_COL.test(c)),
        width: cells.length,
      };
      this.rowNumber = 0;
      this.lastNo = 0;
      return undefined;
    }
    // A row with one cell under a header (a merged category row): its own line; the table goes on.
    if (this.header && cells.filter(Boolean).length === 1) return cells.filter(Boolean)[0];
    const h = this.header;
    // A row whose empty 序号 cell was trimmed away (pasted text): put it back so cells keep their columns.
    if (h && h.no === 0 && cells.length === h.width - 1 && !/^\d{1,3}$/u.test(cells[0] ?? '')) cells.unshift('');
    if (!h || Math.abs(cells.length - h.width) > 1) {
      this.header = undefined;
      return cells.filter(Boolean).join('　');
    }
    this.rowNumber++;
    // A row without its 序号 is numbered after the row above it.
    const no = h.no >= 0 && /^\d{1,3}$/.test(cells[h.no] ?? '') ? (cells[h.no] as string) : String(this.lastNo + 1);
    this.lastNo = Number(no);
    const task = (cells[h.task] ?? '').replace(/[。；;]$/u, '');
    const parts = [`${no}、${task}。`];
    if (h.owner >= 0 && cells[h.owner]) parts.push(`牵头部门：${cells[h.owner]}。`);
    if (h.due >= 0 && cells[h.due]) parts.push(`完成时限：${cells[h.due]}。`);
    return parts.join('');
  }

  /** Ends the current table (a paragraph came between). */
  reset(): void {
    this.header = undefined;
  }
}

/** Lines whose cells are separated by tabs or wide gaps (.doc, .pdf): tables rewritten, other lines kept. */
export function convertTextTables(lines: string[], separator: RegExp): string[] {
  const table = new TaskTable();
  const out: string[] = [];
  for (const line of lines) {
    // Empty cells stay in place (a row without its 序号 starts with one), so cells keep their columns.
    const cells = line.split(separator).map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.filter(Boolean).length < 2) {
      table.reset();
      out.push(line.trim());
      continue;
    }
    const converted = table.feed(cells);
    if (converted !== undefined) out.push(converted);
  }
  return out;
}

/** A header word of a table pasted with single spaces: "序号 主要内容 时间 地点 参加活动的主要单位". */
const SPACED_HEADER_WORD = /^(?:序号|编号|[^\s，,。；;：:]{0,8}(?:内容|任务|事项|项目|时间|日期|时限|地点|单位|部门|负责人|责任人|备注|对象|形式|要求))$/u;

/**
 * A task or schedule table pasted with single spaces inside an outline (an attachment's 一览表): under a header of
 * table words led by 序号, each row of as many words, led by its number, becomes "1、任务。时间：5月19日。地点：…。".
 * The words of a row are split at spaces, so a row with more words than the header is not taken as one.
 */
export function convertSpacedTables(lines: string[]): string[] {
  let columns: string[] | undefined;
  return lines.map((line) => {
    const words = line.trim().split(/\s+/u);
    if (words.length >= 3 && /^(?:序号|编号)$/u.test(words[0] ?? '') && words.every((w) => SPACED_HEADER_WORD.test(w)) && words.some((w) => TASK_COL.test(w)) && words.some((w) => DUE_COL.test(w))) {
      columns = words;
      return line;
    }
    // An empty row ("3" alone) under the header: nothing to read, the table goes on.
    if (columns && words.length === 1 && /^\d{1,3}$/u.test(words[0] ?? '')) return '';
    if (!columns || words.length !== columns.length || !/^\d{1,3}$/u.test(words[0] ?? '')) {
      columns = undefined;
      return line;
    }
    const cells = columns.map((c, k) => ({ c, w: words[k] ?? '' }));
    const task = cells.find((x) => TASK_COL.test(x.c) && !DUE_COL.test(x.c))?.w ?? '';
    const rest = cells.slice(1).filter((x) => x.w !== task).map((x) => `${DUE_COL.test(x.c) ? '时间' : x.c}：${x.w}。`);
    return `${words[0]}、${task.replace(/[。；;]$/u, '')}。${rest.join('')}`;
  });
}

/** A cell line of a web table flattened one cell a line: short, no sentence mark, its "|" at the end. */
const CELL_LINE = /^[^。；;！!？?]{1,40}$/u;

/**
 * A web table flattened one cell a line ("|" alone between rows, each cell ending in "|"): each row back on one
 * line, its cells tab-separated, so it reads as any pasted table. Other lines are kept as they are.
 */
export function joinFlattenedRows(lines: string[]): string[] {
  if (lines.filter((l) => /^[|｜]$/u.test(l.trim())).length < 2) return lines;
  const out: string[] = [];
  let row: string[] | undefined;
  const end = (): void => {
    if (row && row.length > 0) out.push(row.join('\t'));
    row = undefined;
  };
  for (const line of lines) {
    const t = line.trim();
    if (/^[|｜]$/u.test(t)) {
      end();
      row = [];
      continue;
    }
    const cell = t.replace(/\s*[|｜]$/u, '').trim();
    if (row && CELL_LINE.test(cell)) {
      row.push(cell);
      continue;
    }
    end();
    out.push(line);
  }
  end();
  return out;
}
