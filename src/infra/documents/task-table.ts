// Task tables (序号 | 工作任务 | 牵头部门 | 完成时限) from any format become one plan line per row.

const TASK_COL = /任务|内容|事项|工作|项目/u;
const OWNER_COL = /牵头|责任|负责|主责/u;
const DUE_COL = /时限|时间|完成|期限|进度/u;
const NO_COL = /序号|编号/u;

/** Reads a table row by row; rows under a recognised header come out as "1、任务。牵头部门：…。完成时限：…。". */
export class TaskTable {
  private header: { task: number; owner: number; due: number; no: number; width: number } | undefined;
  private rowNumber = 0;

  /** The plan line for a row, or undefined for the header row itself. */
  feed(raw: string[]): string | undefined {
    const cells = raw.map((c) => c.trim());
    if (cells.some((c) => TASK_COL.test(c)) && cells.some((c) => OWNER_COL.test(c) || DUE_COL.test(c)) && cells.every((c) => c.length <= 12)) {
      this.header = {
        task: cells.findIndex((c) => TASK_COL.test(c)),
        owner: cells.findIndex((c) => OWNER_COL.test(c)),
        due: cells.findIndex((c) => DUE_COL.test(c)),
        no: cells.findIndex((c) => NO_COL.test(c)),
        width: cells.length,
      };
      this.rowNumber = 0;
      return undefined;
    }
    const h = this.header;
    if (!h || Math.abs(cells.length - h.width) > 1) {
      this.header = undefined;
      return cells.filter(Boolean).join('　');
    }
    this.rowNumber++;
    const no = h.no >= 0 && /^\d{1,2}$/.test(cells[h.no] ?? '') ? cells[h.no] : String(this.rowNumber);
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
    const cells = line.split(separator).filter((c) => c.trim() !== '');
    if (cells.length < 2) {
      table.reset();
      out.push(line.trim());
      continue;
    }
    const converted = table.feed(cells);
    if (converted !== undefined) out.push(converted);
  }
  return out;
}
