// Plans without outline markers: task tables (one cell per line with bare row numbers, or tab/space
// separated, with or without a 序号/工作任务/责任单位/完成时限 header), bare-number lists, 首先/其次 prose
// and plain paragraphs. Each task becomes an outline node; what is not a task is handed back as skipped.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { parseTargets } from './parse-targets.js';

export type PlanShape = 'outline' | 'table' | 'list' | 'paragraphs';

export interface ShapeResult {
  shape: PlanShape;
  nodes: OutlineNode[];
  /** Lines before the body (title, notice), for the title and the year. */
  preamble: string[];
  /** Paragraphs of the body that are not tasks, as written. */
  skipped: string[];
}

type Column = 'index' | 'task' | 'owner' | 'time' | 'place' | 'contact' | 'note';

const HEADER_WORD = /^(序号|编号|序|工作任务|重点任务|重点工作|任务内容|工作内容|主要任务|具体任务|工作措施|具体措施|主要措施|任务|内容|项目|工作事项|事项|责任单位|牵头单位|责任部门|牵头部门|配合单位|协办单位|责任人|负责人|责任领导|完成时限|完成时间|时间节点|时限要求|时限|进度安排|时间安排|时间|日期|活动时间|活动日期|活动地点|地点|地址|场地|学校|活动内容|联系人|联系电话|电话|联系方式|工作人员|活动工作人员|工作目标|预期目标|目标|备注)$/u;
const CELL_SPLIT = /\t+|\s{2,}|\u3000+/u;
const BARE_NUMBER = /^(\d{1,3})[.、．]?$/u;

function columnOf(header: string): Column {
  const h = normalizeText(header);
  if (/^(序号|编号|序)$/u.test(h)) return 'index';
  // A schedule's columns: where (地点) and whom to call (联系人, 电话, 工作人员).
  if (/地点|地址|场地|学校/u.test(h)) return 'place';
  if (/联系|电话|工作人员/u.test(h)) return 'contact';
  if (/单位|部门|责任人|负责人|领导/u.test(h)) return 'owner';
  if (/时限|时间|日期|节点|进度/u.test(h)) return 'time';
  if (/备注/u.test(h)) return 'note';
  return 'task';
}

const isHeaderCell = (cell: string): boolean => HEADER_WORD.test(normalizeText(cell).replace(/\s+/gu, ''));

const OWNER_NAME = /^[^，。；\s]{2,14}(科协|部|办|局|委|会|中心|政府|院|所|站|馆|室|组|团|镇|乡|街道|学校|公司)$/u;

/** What a cell of a table without a header is, from its words. */
function guessColumn(cell: string): Column {
  const simple = normalizeText(cell);
  if (simple.length <= 16 && parseDeadlines(cell, 2000).length > 0 && !TASK_VERB.test(simple)) return 'time';
  if (/^(全年|长期|持续|常态化|每月|每季度|年内|年底前)$/u.test(simple)) return 'time';
  if (simple.length <= 30 && simple.split(/[、，,和及]/u).every((part) => OWNER_NAME.test(part))) return 'owner';
  return 'task';
}

/** An item from a table row: the cells as written, the owners from the 责任单位 column. */
function rowNode(label: string, line: number, cells: Array<{ column: Column; text: string }>): OutlineNode | undefined {
  const kept = cells.filter((c) => c.column !== 'index' && c.text.trim() !== '');
  // A schedule row (日期 | 地点 | 内容): one visit, its cells in the table's order; whom to call comes last.
  if (kept.some((c) => c.column === 'place')) {
    const text = [...kept.filter((c) => c.column !== 'contact'), ...kept.filter((c) => c.column === 'contact')].map((c) => c.text.trim()).join('　');
    return { labels: [label], rank: 3, text, line, isGroup: false, owners: [] };
  }
  if (!kept.some((c) => c.column === 'task')) return undefined;
  // The task first, then its target, time and owner cells, in the table's order.
  const ordered = [...kept.filter((c) => c.column === 'task'), ...kept.filter((c) => c.column !== 'task' && c.column !== 'owner'), ...kept.filter((c) => c.column === 'owner')];
  const owners = kept
    .filter((c) => c.column === 'owner')
    .flatMap((c) => c.text.split(/[、，,\/]|和|及/u))
    .map((o) => o.trim())
    .filter((o) => o.length >= 2 && o.length <= 20);
  const first = ordered[0]?.text.trim() ?? '';
  const text = [/[。；;]$/u.test(first) || ordered.length === 1 ? first : `${first}。`, ...ordered.slice(1).map((c) => c.text.trim())].join('　');
  return { labels: [label], rank: 3, text, line, isGroup: false, owners };
}

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

/** Verbs that make a sentence a task. */
const TASK_VERB = /(开展|举办|组织|召开|建设|新建|建成|创建|实施|推进|推动|加强|强化|做好|办好|抓好|完成|落实|培育|培养|推广|发展|深化|提升|打造|建立|健全|完善|组建|报送|上报|开放|培训|评选|评审|征集|宣传|服务|走访|慰问|编制|制定|筹备|启动|举行|发放|更新|印发|出台|争取|引进|扩大|覆盖|巡展|普及|设立|成立|申报|考核|检查|调研|研究|指导|召集|配合|协助|推选|评比|表彰|举荐|回收|形成|汇总|整理|制作|拍摄|编写|部署)/u;
/** Closing admonitions ("各单位要高度重视…确保落到实处") are not tasks. */
const ADMONITION = /(各(单位|部门|乡镇|科室|级|有关)|全体|全县|全市).{0,12}(要|务必|必须|应)|确保.{0,16}(落到实处|按时完成|取得实效|落实到位)|高度重视|切实加强(组织)?领导/u;
/** News and narrative: what happened, not what is to be done. */
const NARRATIVE = /了|已经|已于|出席|与会|过去一年|去年|成效明显|亮点纷呈|取得(了)?(显著|明显|良好)|展开(?:热烈)?讨论|进行(?:了)?(?:热烈)?讨论|(?:负责人|主席|书记|部长|局长|同志)(?:表示|指出|强调)/u;
/** A news lead: "3月17日上午，…" (or "115日," where the page lost its 月). */
const NEWS_LEAD = /^(?:\d{1,2}月\d{1,2}日|(?:[1-9]|1[0-2])(?:[1-9]|[12]\d|3[01])日)(上午|下午|晚上?|晚间)?[，,]/u;
/** A news report of a meeting after its lead-in: "为落实…要求，8月6日，某县科协召开…筹备会". */
const NEWS_EVENT = /[，,]\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,][^，,。]{0,16}(?:科协|政府|我县|我市|我区|局|委员会)[^，,。]{0,6}(?:召开|举行|举办|组织召开)[^，,。]{0,30}(?:会|仪式)$/u;
/** A lead-in that announces the tasks ("重点做好以下工作", "现将有关事项安排如下："). */
const LEAD_IN = /((以下|如下)[^，,。]{0,8}|[:：])$/u;

/** The document's own introduction or cover note ("为…，制定本方案", "现将…印发给你们，请认真贯彻落实"). */
const INTRO = /(特|现)制定|制定(本|如下)(方案|要点|计划|安排|意见|细则)?|^现将|印发给你们|请(结合实际)?认真(贯彻|抓好|组织|遵照)/u;

/** True when a sentence asks for something to be done; `planYear` marks sentences about earlier years as past. */
export function isTaskSentence(sentence: string, planYear?: number): boolean {
  const s = normalizeText(sentence).trim();
  if (s.length < 6 || NARRATIVE.test(s) || NEWS_LEAD.test(s) || NEWS_EVENT.test(s) || LEAD_IN.test(s) || INTRO.test(s)) return false;
  const year = /^(\d{4})年/u.exec(s);
  if (year && planYear !== undefined && Number(year[1]) < planYear) return false;
  return TASK_VERB.test(s) || parseTargets(sentence).length > 0 || parseDeadlines(sentence, 2000).length > 0;
}

/** A headline or photo caption of a past event ("…宣讲会在甬举办", "…活动启动"): no sentence mark, a past-event verb at the end. */
export const HEADLINE = /^[^。；;！!？?]{4,60}(?:在.{1,8}(?:举办|举行|召开|开展)|启动|开幕|闭幕|落幕|揭牌|圆满结束|顺利完成|圆满完成|取得成功|成功举办|隆重举行|顺利召开)$/u;

/** True when a paragraph holds a task: one of its sentences does, and it is not a closing admonition or news. */
export function isTaskParagraph(paragraph: string, planYear?: number): boolean {
  if (NEWS_LEAD.test(normalizeText(paragraph).trim()) || HEADLINE.test(normalizeText(paragraph).trim())) return false;
  const sentences = paragraph.split(/[。！？!?；;]/u).filter((s) => s.trim() !== '');
  const tasks = sentences.filter((s) => isTaskSentence(s, planYear));
  if (tasks.length === 0) return false;
  // "…全体要主动作为，着力做好A、B、C等方面工作": an admonition that names the tasks still names them.
  return !tasks.every((s) => ADMONITION.test(normalizeText(s)) && !/(?:着力|重点|全力)(?:做好|抓好|推进)/u.test(normalizeText(s))) || tasks.some((s) => parseTargets(s).length > 0 || parseDeadlines(s, 2000).length > 0);
}

const SEQUENCE_START = /^(首先|其次|再次|再者|然后|最后|此外|另外|第[一二三四五六七八九十]{1,2})[，,、：:]?/u;

/**
 * A document with no outline markers and no table: bare-number lists ("1" alone on a line, or "1 开展…"),
 * 首先/其次 lines, and plain paragraphs; `bodyFrom` is the first line after the title.
 */
export function readLoose(lines: string[], bodyFrom: number, planYear?: number): ShapeResult {
  const preamble = lines.slice(0, bodyFrom);
  const body = lines.slice(bodyFrom);
  const nodes: OutlineNode[] = [];
  const skipped: string[] = [];

  // Bare numbers 1, 2, 3 … in order, alone on a line or before the text.
  const numbered = body.map((l, i) => ({ i, m: /^(\d{1,2})(?:\s+(.*))?$/u.exec(l.trim()) })).filter((x) => x.m);
  const sequential = numbered.filter((x, k) => Number(x.m?.[1]) === k + 1);
  if (sequential.length >= 2 && sequential.length === numbered.length) {
    let current: OutlineNode | undefined;
    body.forEach((line, i) => {
      const hit = sequential.find((x) => x.i === i);
      if (hit) {
        current = { labels: [hit.m?.[1] ?? ''], rank: 3, text: (hit.m?.[2] ?? '').trim(), line: bodyFrom + i + 1, isGroup: false };
        nodes.push(current);
        return;
      }
      if (line.trim() === '') return;
      if (current) current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
      else skipped.push(line.trim());
    });
    return { shape: 'list', nodes: nodes.filter((n) => n.text !== ''), preamble, skipped };
  }

  let count = 0;
  body.forEach((line, i) => {
    const text = line.trim();
    if (text === '') return;
    if (isTaskParagraph(text, planYear)) {
      count++;
      const seq = SEQUENCE_START.exec(normalizeText(text));
      const label = String(count);
      nodes.push({ labels: [label], rank: 1, text: seq ? text.slice(seq[0].length).trim() : text, line: bodyFrom + i + 1, isGroup: false });
    } else skipped.push(text);
  });
  return { shape: 'paragraphs', nodes, preamble, skipped };
}
