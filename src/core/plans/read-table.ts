// Task tables in plan text: one cell per line with bare row numbers, or tab/space separated, with or without a
// 序号/工作任务/责任单位/完成时限 header (or a schedule's 日期/地点/内容); each row becomes an outline node.
import type { OutlineNode } from './parse-outline.js';
import type { ShapeResult } from './parse-shapes.js';
import { BARE_NUMBER, CELL_SPLIT, type Column, columnOf, guessColumn, isHeaderCell, rowNode } from './table-columns.js';

/** A task table anywhere in the lines, or undefined when there is none. */
export function readTable(original: string[]): ShapeResult | undefined {
  // Markdown tables ("| 1 | 开展… | 科普部 |") read as tab-separated cells; their rule lines go.
  const lines = original.map((l) =>
    /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(l) ? '' : /^\s*\|.*\|\s*$/u.test(l) ? l.trim().slice(1, -1).split('|').map((c) => c.trim() || '　').join('\t') : l,
  );
  // A header: one line of cells, or header words one per line.
  for (let h = 0; h < lines.length; h++) {
    const line = lines[h] ?? '';
    const cells = line.split(CELL_SPLIT).map((c) => c.trim()).filter(Boolean);
    if (cells.length >= 2 && cells.filter(isHeaderCell).length >= 2 && cells.every((c) => c.length <= 12)) {
      return tableWithInlineHeader(lines, h, cells.map(columnOf), CELL_SPLIT);
    }
    // "序号 工作任务 责任单位 完成时限" with single spaces: rows are split the same way.
    const words = line.trim().split(/\s+/u);
    if (words.length >= 3 && words.every(isHeaderCell)) return tableWithInlineHeader(lines, h, words.map(columnOf), /\s+/u);
    if (isHeaderCell(line.trim())) {
      let k = h;
      const header: string[] = [];
      while (k < lines.length && isHeaderCell((lines[k] ?? '').trim())) header.push((lines[k++] ?? '').trim());
      if (header.length >= 2) return tableOfCellLines(lines, h, k, header.map(columnOf));
    }
  }
  // No header: rows of separated cells that start with a row number.
  const rows = lines.map((l, i) => ({ i, cells: l.split(CELL_SPLIT).map((c) => c.trim()).filter(Boolean) })).filter((r) => r.cells.length >= 3 && BARE_NUMBER.test(r.cells[0] ?? ''));
  if (rows.length >= 2) return tableWithInlineHeader(lines, (rows[0]?.i ?? 0) - 1, undefined, CELL_SPLIT);
  return undefined;
}

/** A row's cells under a header; with more cells than columns (words split at spaces) the task takes the surplus. */
function typeCells(body: string[], columns: Column[] | undefined): Array<{ column: Column; text: string }> {
  if (!columns) return body.map((text) => ({ column: guessColumn(text), text }));
  const cols = columns.filter((c) => c !== 'index');
  if (body.length === cols.length) return body.map((text, k) => ({ column: cols[k] ?? 'task', text }));
  if (body.length < cols.length) return body.map((text, k) => ({ column: k === 0 ? 'task' : guessColumn(text), text }));
  const t = Math.max(0, cols.indexOf('task'));
  const tail = cols.length - t - 1;
  return [
    ...body.slice(0, t).map((text, k) => ({ column: cols[k] ?? 'task', text })),
    { column: 'task' as Column, text: body.slice(t, body.length - tail).join(' ') },
    ...body.slice(body.length - tail).map((text, k) => ({ column: cols[t + 1 + k] ?? 'task', text })),
  ];
}

function tableWithInlineHeader(lines: string[], h: number, columns: Column[] | undefined, split: RegExp): ShapeResult {
  const nodes: OutlineNode[] = [];
  const skipped: string[] = [];
  let last: { cells: Array<{ column: Column; text: string }>; label: string; line: number } | undefined;
  let counter = 0;
  const flush = (): void => {
    if (!last) return;
    const node = rowNode(last.label, last.line, last.cells);
    if (node) nodes.push(node);
    last = undefined;
  };
  for (let i = h + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split(split).map((c) => c.trim()).filter((c) => c !== '' && c !== '　');
    if (cells.length >= 2 && !(cells.length === 2 && !BARE_NUMBER.test(cells[0] ?? '') && /[。：:]$/u.test(line.trim()))) {
      flush();
      counter++;
      const numbered = BARE_NUMBER.exec(cells[0] ?? '');
      const label = numbered ? (numbered[1] ?? String(counter)) : String(counter);
      const body = numbered ? cells.slice(1) : cells;
      const typed = typeCells(body, columns);
      last = { cells: typed, label, line: i + 1 };
      continue;
    }
    // One cell alone: the task text wrapped onto the next line, or text after the table (a note).
    if (/^(注|备注|说明|附|附件|填表说明)\s*[0-9]*[:：]/u.test(line.trim())) {
      flush();
      skipped.push(line.trim());
      continue;
    }
    // A wrapped cell is a short fragment; a whole sentence after the table is a paragraph of its own.
    const fragment = line.trim().length <= 30 && !/[。！!]$/u.test(line.trim());
    if (last && fragment && !/[。]$/u.test(last.cells.find((c) => c.column === 'task')?.text ?? '')) {
      const task = last.cells.find((c) => c.column === 'task');
      if (task) task.text += line.trim();
      continue;
    }
    flush();
    if (nodes.length > 0) skipped.push(line.trim());
  }
  flush();
  return { shape: 'table', nodes, preamble: lines.slice(0, Math.max(0, h)), skipped };
}

function tableOfCellLines(lines: string[], h: number, bodyStart: number, columns: Column[]): ShapeResult {
  const nodes: OutlineNode[] = [];
  const skipped: string[] = [];
  const hasIndex = columns[0] === 'index';
  const cols = hasIndex ? columns.slice(1) : columns;
  let expected = 1;
  let row: { label: string; line: number; cells: string[] } | undefined;
  const flush = (): void => {
    if (!row) return;
    // As many cells as the header: by position. Fewer (an empty cell) or more (a wrapped task): by their words,
    // the first cell always the task and task cells that follow each other joined.
    const typed: Array<{ column: Column; text: string }> =
      row.cells.length === cols.length
        ? row.cells.map((text, k) => ({ column: cols[k] ?? 'task', text }))
        : row.cells.map((text, k) => ({ column: k === 0 ? 'task' : guessColumn(text), text }));
    for (let k = typed.length - 1; k > 0; k--) {
      const cur = typed[k];
      const prev = typed[k - 1];
      if (cur && prev && cur.column === 'task' && prev.column === 'task' && row.cells.length !== cols.length) {
        prev.text += cur.text;
        typed.splice(k, 1);
      }
    }
    const node = rowNode(row.label, row.line, typed);
    if (node) nodes.push(node);
    row = undefined;
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (/^(注|备注|说明|填表说明)\s*[0-9]*[:：]/u.test(line)) {
      flush();
      skipped.push(line);
      continue;
    }
    const n = BARE_NUMBER.exec(line);
    if (hasIndex && n && Number(n[1]) === expected) {
      flush();
      expected++;
      row = { label: n[1] ?? '', line: i + 1, cells: [] };
      continue;
    }
    if (!hasIndex && (!row || row.cells.length >= cols.length)) {
      flush();
      row = { label: String(expected++), line: i + 1, cells: [] };
    }
    if (row) row.cells.push(line);
    else skipped.push(line);
  }
  flush();
  return { shape: 'table', nodes, preamble: lines.slice(0, h), skipped };
}
