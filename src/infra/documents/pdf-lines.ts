// Rebuilds lines from a PDF's positioned text: cells split by wide gaps, wrapped cells and paragraphs put back together.
import { convertTextTables } from '../../core/plans/table-rows.js';

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
  const sorted = withOverlays(pieces).sort((a, b) => b.y - a.y || a.x - b.x);
  const longest = new Map<Line, number>();
  for (const p of sorted) {
    let line = lines.find((l) => Math.abs(l.y - p.y) < Math.max(2, p.size * 0.4));
    if (!line) {
      line = { y: p.y, size: p.size, cells: [] };
      lines.push(line);
      longest.set(line, 0);
    }
    // The line sits where its longest piece of text sits (a centred 序号 may be a little off the baseline).
    if (p.text.length > (longest.get(line) ?? 0)) {
      longest.set(line, p.text.length);
      line.y = p.y;
    }
    const last = line.cells[line.cells.length - 1];
    if (last && p.x - last.right < p.size * 1.2) {
      // A visible gap between two runs of one cell is a space the writer typed ("内容 (一)主办"); next to a Latin
      // letter or digit it is only the spacing a word processor puts between Chinese and Western type ("2012 年").
      const typed = p.x - last.right > p.size * 0.2 && /[^\sA-Za-z0-9]$/u.test(last.text) && /^[^\sA-Za-z0-9]/u.test(p.text);
      last.text += typed ? ` ${p.text}` : p.text;
      last.right = Math.max(last.right, p.right);
    } else line.cells.push({ x: p.x, right: p.right, text: p.text });
  }
  for (const l of lines) l.cells.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A glyph drawn over a run's blank ("绕 减少灾害风险 建设安全城市 活动主题" with “ and ” set in another font on its
 * spaces): the glyph takes the blank's place, not the end of the run. The blank is the one whose place, counting
 * Chinese characters a full em and the rest alike, comes nearest the glyph's.
 */
function withOverlays(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  const dropped = new Set<Piece>();
  for (const p of out) {
    if (p.text.trim() === '' || p.text.trim().length > 2) continue;
    const host = out.find(
      (q) => q !== p && !dropped.has(q) && q.text.length > p.text.length && Math.abs(q.y - p.y) < Math.max(2, p.size * 0.4) && p.x > q.x + 0.5 && p.right <= q.right + 0.5 && /\s/u.test(q.text),
    );
    if (!host) continue;
    const chars = [...host.text];
    const wide = chars.filter((c) => WIDE.test(c)).length;
    const narrow = (host.right - host.x - wide * host.size) / Math.max(1, chars.length - wide);
    let at = 0;
    let best = -1;
    chars.forEach((c, k) => {
      if (/\s/u.test(c) && (best < 0 || Math.abs(at - (p.x - host.x)) < Math.abs(best - (p.x - host.x)))) best = at;
      at += WIDE.test(c) ? host.size : narrow;
    });
    at = 0;
    const index = chars.findIndex((c) => {
      const here = at;
      at += WIDE.test(c) ? host.size : narrow;
      return here === best && /\s/u.test(c);
    });
    if (index < 0) continue;
    chars[index] = p.text.trim();
    host.text = chars.join('');
    dropped.add(p);
  }
  return out.filter((p) => !dropped.has(p));
}

const HEADER_CELL = /^(序号|编号|序|工作任务|重点任务|任务|工作内容|内容|具体措施|工作措施|事项|责任单位|牵头单位|责任部门|牵头部门|配合单位|责任人|完成时限|完成时间|时间节点|时限|时间|进度安排|备注|目标)$/u;
const OUTLINE_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[篇章部分])/u;

/**
 * A table under a header line ("序号 工作任务 责任单位 完成时限"): each line's cells go to the header's columns,
 * and lines that hold only part of a row (a wrapped task above or below a vertically centred 序号) join the
 * nearest line that holds most of a row. Rows come out as tab-separated cells, empty ones kept in place.
 */
function assembleTables(lines: Line[]): Array<Line | string> {
  const out: Array<Line | string> = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as Line;
    const names = header.cells.map((c) => c.text.replace(/\s+/gu, ''));
    if (header.cells.length < 3 || names.filter((n) => HEADER_CELL.test(n)).length < 2) {
      out.push(header);
      continue;
    }
    const starts = header.cells.map((c) => c.x);
    const columnOf = (x: number): number => {
      let k = 0;
      while (k + 1 < starts.length && x >= (starts[k + 1] ?? 0) - header.size) k++;
      return k;
    };
    const noColumn = names.findIndex((n) => /^(序号|编号|序)$/u.test(n));
    const body: Line[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as Line;
      const prevY = (body[body.length - 1] ?? header).y;
      const first = line.cells[0];
      if (!first || prevY - line.y > line.size * 3.5 || OUTLINE_START.test(first.text.trim())) break;
      if (line.cells.length === 1 && first.x < (starts[1] ?? 0) - header.size && first.right > (starts[2] ?? Number.POSITIVE_INFINITY)) break;
      body.push(line);
    }
    const filled = (l: Line): Set<number> => new Set(l.cells.map((c) => columnOf(c.x)));
    const isAnchor = (l: Line): boolean =>
      (noColumn >= 0 && l.cells.some((c) => columnOf(c.x) === noColumn && /^\d{1,3}$/u.test(c.text.trim()))) || filled(l).size >= Math.ceil(starts.length / 2);
    const anchors = body.filter(isAnchor);
    if (anchors.length === 0) {
      out.push(header, ...body);
      i = j - 1;
      continue;
    }
    // Rows are told apart by their borders: the gap between two rows is a little wider than between the
    // lines of one cell. Inside a block with several row-holding lines (no visible gap), the nearest one wins.
    const gaps = body.slice(1).map((l, k) => (body[k] as Line).y - l.y).filter((g) => g > header.size * 0.5);
    const lineGap = gaps.length > 0 ? Math.min(...gaps) : header.size;
    const blocks: Line[][] = [];
    body.forEach((l, k) => {
      const prev = body[k - 1];
      if (!prev || prev.y - l.y > lineGap + Math.max(0.3, header.size * 0.02)) blocks.push([l]);
      else blocks[blocks.length - 1]?.push(l);
    });
    const rows = new Map<Line, Line[]>(anchors.map((a) => [a, []]));
    const nearest = (l: Line, among: Line[]): Line | undefined => {
      const above = [...among].reverse().find((a) => a.y >= l.y);
      const below = among.find((a) => a.y <= l.y);
      return !above ? below : !below ? above : above.y - l.y <= l.y - below.y ? above : below;
    };
    for (const block of blocks) {
      const own = block.filter((l) => rows.has(l));
      for (const l of block) rows.get(nearest(l, own.length > 0 ? own : anchors) as Line)?.push(l);
    }
    out.push(names.join('\t'));
    for (const a of anchors) {
      const parts = (rows.get(a) ?? []).sort((x, y) => y.y - x.y);
      const cells = starts.map((_, k) => parts.flatMap((l) => l.cells.filter((c) => columnOf(c.x) === k).map((c) => c.text.trim())).join(''));
      out.push(cells.join('\t'));
    }
    i = j - 1;
  }
  return out;
}

/** "1." or "一、" set apart from its text by a tab stop is one cell with it. */
function withMarkerJoined(line: Line): Line {
  const [first, second, ...rest] = line.cells;
  if (!first || !second || !/^\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*$/u.test(first.text)) return line;
  return { ...line, cells: [{ x: first.x, right: second.right, text: `${first.text.trim()}${second.text}` }, ...rest] };
}

/** Merges a table cell's wrapped continuation (a short line right under one cell) into that cell. */
function mergeWrappedCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const close = prev && prev.y - line.y < line.size * 1.8;
    if (prev && close && prev.cells.length >= 3 && line.cells.length < prev.cells.length) {
      // Each piece sits under one cell and ends before the next cell begins (a full-width paragraph line is no cell).
      const fits = line.cells.every((c) =>
        prev.cells.some((pc, k) => c.x >= pc.x - 2 && c.x < pc.right + line.size && c.right <= (prev.cells[k + 1]?.x ?? Number.POSITIVE_INFINITY) + line.size),
      );
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
  // A paragraph wrapped at the foot of a page goes on at the top of the next one.
  let carry = '';
  for (const pieces of pages) {
    const kept = pageLines(pieces.filter((p) => p.text.trim() !== '')).filter((l) => !(l.cells.length === 1 && /^[-—]?[ \t]{0,3}\d{1,3}[ \t]{0,3}[-—]?$/u.test((l.cells[0]?.text ?? '').trim())));
    const lines: Array<Line | string> = [];
    let run: Line[] = [];
    for (const l of [...assembleTables(kept.map(withMarkerJoined)), '']) {
      if (typeof l !== 'string') {
        run.push(l);
        continue;
      }
      lines.push(...mergeWrappedCells(run));
      run = [];
      if (l !== '') lines.push(l);
    }
    const single = lines.filter((l): l is Line => typeof l !== 'string' && l.cells.length === 1);
    // The margin: lines ending in punctuation may hang past it (、，。 set into the margin), so they do not set it.
    const unhung = single.filter((l) => !/[、，,。．.；;：:）)”"」』！!？?]$/u.test((l.cells[0]?.text ?? '').trim()));
    const rightEdge = Math.max(0, ...(unhung.length > 0 ? unhung : single).map((l) => l.cells[0]?.right ?? 0));
    const leftEdge = Math.min(...single.map((l) => l.cells[0]?.x ?? 0));
    lines.forEach((line, index) => {
      if (typeof line === 'string') {
        if (carry) text.push(carry);
        carry = '';
        text.push(line);
        return;
      }
      const joined = line.cells.map((c) => c.text.trim()).join('\t');
      const next = lines[index + 1];
      // A line broken inside a word ("…紧紧围" over "绕“减少…") may stop short by a character and the opening mark
      // kept with it.
      const slack = /\p{Script=Han}$/u.test(joined) ? 2.2 : 1.5;
      const full = line.cells.length === 1 && (line.cells[0]?.right ?? 0) >= rightEdge - line.size * slack;
      const nextLine = typeof next === 'string' ? undefined : next;
      const nextText = nextLine?.cells.map((c) => c.text.trim()).join('\t') ?? '';
      // A line that fills the width and does not end a sentence wraps into the next one, set in the same
      // type and starting at the left margin (a centred title over the first paragraph does not).
      const wraps =
        full && !TERMINAL.test(joined) && (nextLine === undefined ? index === lines.length - 1 : nextLine.cells.length === 1 && !MARKER.test(nextText) && Math.abs(nextLine.size - line.size) < 0.5 && (nextLine.cells[0]?.x ?? 0) <= leftEdge + line.size * 0.5);
      if (wraps) {
        carry += joined;
        return;
      }
      text.push(carry + joined);
      carry = '';
    });
  }
  if (carry) text.push(carry);
  return convertTextTables(text, /\t/);
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
