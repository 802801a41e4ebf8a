// Turns mammoth's HTML of a .docx into plan lines, rebuilding Word's automatic outline numbers and task tables.
import { TaskTable } from '../../core/plans/table-rows.js';
import type { LevelMarker } from './docx-numbering.js';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'item'; depth: number; ordered: boolean; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'row'; cells: string[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const HAS_MARKER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[篇章部分])/u;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const cn = (n: number): string => CN[n - 1] ?? String(n);
const MARKER_BY_DEPTH = [(n: number) => `${cn(n)}、`, (n: number) => `（${cn(n)}）`, (n: number) => `${n}、`, (n: number) => `（${n}）`];

function toBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: boolean[] = [];
  let text = '';
  let cells: string[] | undefined;
  let inCell = false;
  let current: { kind: 'heading'; level: number } | { kind: 'item' } | { kind: 'para' } | undefined;
  const flush = (): void => {
    const t = decode(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (!current) return;
    if (inCell && cells) {
      cells[cells.length - 1] = `${cells[cells.length - 1] ?? ''}${cells[cells.length - 1] ? ' ' : ''}${t}`.trim();
    } else if (t !== '') {
      if (current.kind === 'heading') blocks.push({ kind: 'heading', level: current.level, text: t });
      else if (current.kind === 'item') blocks.push({ kind: 'item', depth: lists.length, ordered: lists[lists.length - 1] ?? false, text: t });
      else blocks.push({ kind: 'para', text: t });
    }
    current = undefined;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      text += m[3];
      if (!current) current = { kind: 'para' };
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    if (/^h[1-6]$/.test(tag)) {
      flush();
      if (!closing) current = { kind: 'heading', level: Number(tag[1]) };
    } else if (tag === 'p') {
      if (!closing) {
        if (current?.kind !== 'item') flush();
        if (!current) current = { kind: 'para' };
      } else if (current?.kind !== 'item') flush();
    } else if (tag === 'li') {
      flush();
      if (!closing) current = { kind: 'item' };
    } else if (tag === 'ol' || tag === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push(tag === 'ol');
    } else if (tag === 'tr') {
      flush();
      if (closing && cells) {
        blocks.push({ kind: 'row', cells });
        cells = undefined;
      } else if (!closing) cells = [];
    } else if (tag === 'td' || tag === 'th') {
      flush();
      inCell = !closing;
      if (!closing) {
        cells?.push('');
        current = { kind: 'para' };
      }
    }
  }
  flush();
  return blocks;
}


/** Plan lines from mammoth HTML: outline markers restored (in Word's own style per list level when known), task tables as one line per row. */
export function htmlToLines(html: string, markers: ReadonlyArray<LevelMarker | undefined> = []): string[] {
  const blocks = toBlocks(html);
  const lines: string[] = [];
  const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const numberHeadings = headings.length > 0 && !headings.some((h) => HAS_MARKER.test(h.text));
  const topLevel = headings.filter((h) => h.level === 1).length === 1 ? 2 : 1;
  const headingCounters: number[] = [];
  const listCounters: number[] = [];
  let headingDepth = 0;
  const table = new TaskTable();
  for (const b of blocks) {
    if (b.kind !== 'row') table.reset();
    if (b.kind === 'heading') {
      listCounters.length = 0;
      if (!numberHeadings || b.level < topLevel) {
        lines.push(b.text);
        continue;
      }
      const depth = b.level - topLevel;
      headingCounters.length = depth + 1;
      headingCounters[depth] = (headingCounters[depth] ?? 0) + 1;
      headingDepth = depth + 1;
      lines.push(`${MARKER_BY_DEPTH[Math.min(depth, 3)]?.(headingCounters[depth] ?? 1)}${b.text}`);
    } else if (b.kind === 'item') {
      const depth = b.depth - 1;
      listCounters.length = depth + 1;
      listCounters[depth] = (listCounters[depth] ?? 0) + 1;
      if (!b.ordered || HAS_MARKER.test(b.text)) {
        lines.push(b.text);
        continue;
      }
      const own = markers[depth];
      const style = Math.min(depth + (numberHeadings ? headingDepth : 0), 3);
      lines.push(`${own && !numberHeadings ? own(listCounters[depth] ?? 1) : MARKER_BY_DEPTH[style]?.(listCounters[depth] ?? 1)}${b.text}`);
    } else if (b.kind === 'para') {
      lines.push(...b.text.split('\n'));
    } else {
      const converted = table.feed(b.cells);
      if (converted !== undefined) lines.push(converted);
    }
  }
  return lines;
}
