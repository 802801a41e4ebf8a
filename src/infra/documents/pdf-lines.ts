// Rebuilds lines from a PDF's positioned text: cells split by wide gaps, wrapped cells and paragraphs put back together.
import { convertTextTables } from './task-table.js';

interface Piece {
  x: number;
  y: number;
  right: number;
  size: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  cells: Array<{ x: number; right: number; text: string }>;
}

const TERMINAL = /[。；;！!？?：:”」』）)]$/u;
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[篇章部分])/u;

/** Groups a page's text items into lines (top to bottom) with cells (left to right). */
function pageLines(pieces: Piece[]): Line[] {
  const lines: Line[] = [];
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const p of sorted) {
    let line = lines.find((l) => Math.abs(l.y - p.y) < Math.max(2, p.size * 0.4));
    if (!line) {
      line = { y: p.y, size: p.size, cells: [] };
      lines.push(line);
    }
    const last = line.cells[line.cells.length - 1];
    if (last && p.x - last.right < p.size * 1.2) {
      last.text += p.text;
      last.right = Math.max(last.right, p.right);
    } else line.cells.push({ x: p.x, right: p.right, text: p.text });
  }
  for (const l of lines) l.cells.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** Merges a table cell's wrapped continuation (a short line right under one cell) into that cell. */
function mergeWrappedCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const close = prev && prev.y - line.y < line.size * 1.8;
    if (prev && close && prev.cells.length >= 3 && line.cells.length < prev.cells.length) {
      const fits = line.cells.every((c) => prev.cells.some((pc) => c.x >= pc.x - 2 && c.x < pc.right + line.size));
      if (fits) {
        for (const c of line.cells) {
          const target = prev.cells.find((pc) => c.x >= pc.x - 2 && c.x < pc.right + line.size);
          if (target) target.text += c.text;
        }
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Plan lines from the pages of a PDF, each page a list of positioned text items. */
export function pdfPagesToLines(pages: Piece[][]): string[] {
  const text: string[] = [];
  for (const pieces of pages) {
    const lines = mergeWrappedCells(pageLines(pieces.filter((p) => p.text.trim() !== '')));
    const rightEdge = Math.max(0, ...lines.filter((l) => l.cells.length === 1).map((l) => l.cells[0]?.right ?? 0));
    let carry = '';
    lines.forEach((line, index) => {
      const joined = line.cells.map((c) => c.text.trim()).join('\t');
      const next = lines[index + 1];
      const full = line.cells.length === 1 && (line.cells[0]?.right ?? 0) >= rightEdge - line.size * 1.5;
      const nextText = next?.cells.map((c) => c.text.trim()).join('\t') ?? '';
      // A line that fills the width and does not end a sentence wraps into the next one.
      if (full && !TERMINAL.test(joined) && next && next.cells.length === 1 && !MARKER.test(nextText)) {
        carry += joined;
        return;
      }
      text.push(carry + joined);
      carry = '';
    });
    if (carry) text.push(carry);
  }
  return convertTextTables(text, /\t+/);
}

/** Text items of a pdfjs page as pieces. */
export function toPieces(items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }>): Piece[] {
  return items
    .filter((i) => typeof i.str === 'string' && Array.isArray(i.transform))
    .map((i) => {
      const t = i.transform ?? [1, 0, 0, 1, 0, 0];
      const size = Math.abs(t[3] ?? 0) || Math.abs(t[0] ?? 0) || i.height || 10;
      return { x: t[4] ?? 0, y: t[5] ?? 0, right: (t[4] ?? 0) + (i.width ?? 0), size, text: i.str ?? '' };
    });
}
