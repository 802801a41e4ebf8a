import { normalizeText } from '../text/normalize.js';
import { OTHER_UNITS } from './figure-words.js';
import { UNKNOWN_COUNT_WORDS } from './report-parts.js';

// A pasted spreadsheet (a header row and rows, cells split by tabs or ｜) read as lines the list reader
// knows: each row becomes "6月3日 新员工科普知识培训 参加人数45人", its bare figures given the unit of their column.

/** The cells of a line, when it is a table row: tabs, or two or more ｜/| bars. */
function cellsOf(line: string, spaced = false): string[] | undefined {
  // "2 11月14日 冬季养生讲座 " under "序号 时间 内容 人数": a table typed with spaces; the trailing space is the empty cell.
  if (spaced) return line.includes('\t') ? undefined : line.trimStart().split(/[ \u3000]+/u);
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  const bars = line.split(/[｜|]/u);
  return bars.length >= 3 ? bars.map((c) => c.trim()) : undefined;
}

/**
 * The cells of a row under a header of `width` columns. Empty cells at the end count: a copied row loses its
 * trailing tabs ("5月22日\t白沙镇\t科普讲座\t70\t" pasted last, then trimmed), but keeps its columns.
 */
function rowOf(line: string, width: number, last = false, spaced = false): string[] | undefined {
  const cells = cellsOf(line, spaced);
  // The message's last row also lost its one trailing tab when the message was trimmed ("实验秀\t5月21日\t").
  if (!cells || cells.length > width || cells.length < Math.min(width, 3) - (last && width >= 3 ? 1 : 0)) return undefined;
  return [...cells, ...new Array<string>(width - cells.length).fill('')];
}

/** A column that only numbers the rows: it counts nothing. */
const ROW_NUMBER = /^(序号|编号|no\.?|#)$/iu;
/** An English header naming the helpers ("Mentor", "Volunteers"): their numbers are people who ran the events. */
const STAFF_HEADER = /^(?:mentors?|tutors?|coaches?|instructors?|volunteers?|staff|judges?)$/iu;

/** What a column counts, from its header: the unit its bare numbers take. */
function unitOf(header: string): string | undefined {
  // "人數", "參加人員": a header in traditional characters is read as the simplified one.
  header = normalizeText(header).trim().toLowerCase();
  // "星期", "礼拜": a column of weekdays counts nothing (not 期). ("日期" is left to the date reader: a sheet's 日期
  // column reads as the rows' days there, w12c-r006.)
  if (/(?:星期|周次|礼拜)$|^(?:周|weekday)$/u.test(header)) return undefined;
  if (/人次/u.test(header)) return '人次';
  // "参观学生(人)", "带队教师（人）": the unit written in brackets after the column's name.
  if (/[(（]\s*人\s*[)）]$/u.test(header)) return '人';
  // "参训企业(家)": a name that reads as people, but its brackets say what it counts.
  const bracketed = /[(（]\s*(\p{Script=Han}{1,2})\s*[)）]$/u.exec(header)?.[1];
  // "参赛选手", "参赛运动员", "营员": who competed or camped are people too.
  if (/人数|人员|参加|参训|听众|观众|学员|人$|^(?:attendees|attendance|participants|headcount|turnout|audience|visitors)$|^(?:mentors?|tutors?|coaches?|instructors?|volunteers?|staff|judges?)$|(?:学生|选手|运动员|队员|营员|群众|游客|居民|村民|儿童|孩子|老人|农户|老师|教师|家长|志愿者|辅导员)$/u.test(header)) return bracketed && OTHER_UNITS.includes(bracketed) ? bracketed : '人';
  // "报名", "实到", "考核通过": a column named by what people did (signed up, came, passed) counts people.
  if (/^(?:报名|预约|应到|实到|到场|签到|考核(?:通过|合格)|通过|合格|结业|取证|发证)(?:人数)?$/u.test(header)) return '人';
  // "台数", "架次", "台套": a column named by its unit, or by the count of it.
  const named = COLUMN_UNIT.exec(header)?.[1];
  if (named) return named;
  // "服务户数", "发放份数": a column named by the count of a unit, after what it serves.
  const counted = COUNT_OF_UNIT.exec(header)?.[1];
  if (counted) return counted;
  const unit = /(份|场次|场|册|件|户|次|期|个|条|块|张)\s*(?:[)）]|$)/u.exec(header)?.[1];
  if (unit) return unit;
  if (/资料|宣传品|手册/u.test(header)) return '份';
  return undefined;
}

/** A header that is a unit ("架次", "台套") or the count of one ("台数", "件数", "户数"). */
const COLUMN_UNIT = new RegExp(`^(${OTHER_UNITS.join('|')})(?:数|数量)?$`, 'u');

/** A header that ends in the count of a unit: "服务户数", "发放份数" (not "人数", read above, nor "次数" of times). */
const COUNT_OF_UNIT = /(户|份|册|件|家|所|个|台|套|本|张|块|条|株|棵|头|只|亩)数$/u;

/** Opening hours in a cell: "9:00-17:00", "8:30～12:00". */
const TIME_SPAN = /^\d{1,2}[:：]\d{2}\s*(?:[-—－–~～至到]\s*\d{1,2}[:：]\d{2})?$/u;

/** A cell with nothing in it: blank, or a dash or slash put there for nothing. */
const EMPTY = /^\s*(?:[-—－–/／]|无)?\s*$/u;
/** A row that says it was not held: "闭馆检修", "下雨取消". */
const NOT_HELD = /闭馆|休息|取消|停办|未开展|没开展|未举办|没举办|检修|延期|改期/u;
/** Written after a row whose count was left empty: the list reader keeps it as an event with no headcount. */
export const UNKNOWN_COUNT = `（${UNKNOWN_COUNT_WORDS}）`;

/** A cell that is one count with its unit written ("40件", "约1680人次"). */
const COUNT_WITH_UNIT = /^(?:约|大约|近|超过)?\s*\d[\d,]*(?:\.\d+)?\s*(?:余|多)?\s*(?:人次|\p{Script=Han})$/u;

const BARE = /^(约|大约|近|超过|~|～|≈)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(余|多|左右|\+)?$/u;

/**
 * The message with its table rows rewritten as plain event lines, or undefined when it holds no table.
 * A table is a header row (no figures, at least one column that counts) followed by at least two rows with
 * the same number of cells. Other lines (a title, "制表：…") stay as written.
 */
export function tableAsLines(text: string): string | undefined {
  const table = tableWith(text, false) ?? tableWith(text, true) ?? itemRows(text);
  if (table) return table;
  const counted = listWithBareCount(text);
  return listWithEmptyCount(counted ?? text) ?? counted;
}

/** A list line's last cell counting people: "八十来人", "两百来号人", "45人". */
const PEOPLE_CELL = /(?:\d|[一二两三四五六七八九十百千])\s*(?:来|多|余|几)?号?人$/u;
/** A last cell that is a number and nothing else: "一百五六", "120", "八十来". */
const BARE_CELL = /^(?:约|大约|近)?(?:\d{1,5}|[一二两三四五六七八九十百千]{1,6})(?:来|多|余|几)?$/u;

/**
 * "4 老韩 镇区 9.20 集市摆摊 一百五六" among 接龙 lines ending in their people ("八十来人"): the bare number closing
 * a dated line is its people, the unit left out as in the lines around it.
 */
function listWithBareCount(text: string): string | undefined {
  const lines = text.split('\n');
  const cellsOfLine = (l: string): string[] => l.trim().split(/[ \u3000]+/u).filter((c) => c !== '');
  const dated = (cells: string[]): boolean => cells.length >= 3 && cells.some((c) => DAY_CELL.test(c));
  const people = lines.filter((l) => dated(cellsOfLine(l)) && PEOPLE_CELL.test(cellsOfLine(l).at(-1) ?? '')).length;
  if (people < 2) return undefined;
  let changed = false;
  const out = lines.map((l) => {
    const cells = cellsOfLine(l);
    if (!dated(cells) || !BARE_CELL.test(cells.at(-1) ?? '') || cells.slice(0, -1).some((c) => /\d/u.test(c) && !DAY_CELL.test(c) && !/^\d{1,2}[.、)）]?$/u.test(c))) return l;
    changed = true;
    return `${l.trimEnd()}人`;
  });
  return changed ? out.join('\n') : undefined;
}

/** A weekday cell beside the day: "周三", "星期五". */
const WEEKDAY_CELL = /^(?:周|星期|礼拜)[一二三四五六日天]$/u;
/** A diary row of office work or a day off, not an event: "整理材料", "开会", "下雨没出去", "放假". */
const NO_EVENT = /整理|写材料|开会|值班|休息|调休|请假|放假|休假|轮休|补休|下雨|雨停|没出去|没[去搞办开做讲]|未[去办开]|转场|撤展|无接待|无活动/u;
/** A day as a list cell: "11月12日", "11.12", "11/12". */
const DAY_CELL = /^\d{1,2}(?:月\d{1,2}[日号]?|[./]\d{1,2})$/u;

/**
 * "育才小学 11月12日 " among "城南小学 11月5日 学生620人" lines: a list line whose last cell, the count, was
 * left empty is still an event; it is marked so the list reader keeps it with no headcount.
 */
function listWithEmptyCount(text: string): string | undefined {
  const lines = text.split('\n');
  const cellsOfLine = (l: string): string[] => l.trim().split(/[ \u3000]+/u).filter((c) => c !== '');
  const shapeOf = (l: string): string | undefined => {
    const cells = cellsOfLine(l);
    const day = cells.findIndex((c) => DAY_CELL.test(c));
    return day >= 0 && cells.length >= 3 && /\d/u.test(cells[cells.length - 1]!) && day < cells.length - 1 ? `${cells.length}:${day}` : undefined;
  };
  const full = lines.map(shapeOf);
  let changed = false;
  const out = lines.map((l, k) => {
    const cells = cellsOfLine(l);
    const day = cells.findIndex((c) => DAY_CELL.test(c));
    if (full[k] || day < 0 || cells.length < 2 || NOT_HELD.test(l) || NO_EVENT.test(l)) return l;
    // "7.22 周三 老年人智能手机防诈骗": the row names an event or a unit beside its day (a weekday or a number is no name).
    const named = cells.filter((c, i) => i !== day && !WEEKDAY_CELL.test(c) && !/^\d{1,3}[.、]?$/u.test(c));
    if (named.length === 0 || named.some((c) => /\d/u.test(c))) return l;
    const siblings = full.filter((f) => f === `${cells.length + 1}:${day}`).length;
    if (siblings < 2) return l;
    changed = true;
    return `${l.trimEnd()} ${UNKNOWN_COUNT}`;
  });
  return changed ? out.join('\n') : undefined;
}

/** The header of a two-column sheet of items and their counts: "项目\t数量", "指标｜数值". */
const ITEM_HEADER = /^(?:项目|指标|内容|类别|事项|名称)$/u;
const VALUE_HEADER = /^(?:数量|数值|数目|数据|情况|合计|完成情况|完成数)$/u;

/**
 * "项目\t数量" over "咨询群众（人次）\t230", "展板（块）\t8": a sheet of two columns, each row an item named with its
 * unit in brackets and its count, read as the sentence it stands for ("咨询群众230人次，展板8块").
 */
function itemRows(text: string): string | undefined {
  const lines = text.split('\n');
  // "| 项目 | 数量 |" over "| 摆放展板 | 12块 |": the header says the rows are one event's items, each count written with its unit.
  const headed = lines.some((l) => {
    const cells = cellsOf(l)?.filter((c) => c !== '');
    return cells?.length === 2 && ITEM_HEADER.test(cells[0]!) && VALUE_HEADER.test(cells[1]!);
  });
  const rowAt = (l: string): { name: string; count: string; unit: string } | undefined => {
    const cells = cellsOf(l)?.filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
    if (!cells || cells.length !== 2) return undefined;
    const inline = headed && !/\d/u.test(cells[0]!) ? INLINE_COUNT.exec(cells[1]!) : null;
    if (inline && (inline[4] === '人' || inline[4] === '人次' || OTHER_UNITS.includes(inline[4]!))) return { name: cells[0]!.trim(), count: `${inline[1] ?? ''}${inline[2]!.replace(/,/gu, '')}${inline[3] ?? ''}`, unit: inline[4]! };
    const bare = BARE.exec(cells[1]!);
    const unit = /[(（]\s*(\p{Script=Han}{1,2})\s*[)）]$/u.exec(cells[0]!)?.[1];
    if (!bare || !unit || !(unit === '人' || unit === '人次' || OTHER_UNITS.includes(unit))) return undefined;
    return { name: cells[0]!.replace(/[(（][^)）]*[)）]$/u, '').trim(), count: `${bare[1] ?? ''}${bare[2]!.replace(/,/gu, '')}${bare[3] ?? ''}`, unit };
  };
  const rows = lines.map(rowAt);
  if (rows.filter((r) => r !== undefined).length < 2) return undefined;
  // The rows are one event's figures: one line, where the first of them stood.
  const first = rows.findIndex((r) => r !== undefined);
  const said = rows.filter((r) => r !== undefined).map((r) => `${r.name}${r.count}${r.unit}`).join('，');
  const out = lines.flatMap((l, k) => {
    if (k === first) return [`${said}。`];
    if (rows[k]) return [];
    const cells = cellsOf(l)?.filter((c) => c !== '');
    // The header, and a Markdown table's rule under it ("|---|---|").
    return cells && cells.length === 2 && ((ITEM_HEADER.test(cells[0]!) && VALUE_HEADER.test(cells[1]!)) || cells.every((c) => /^:?-{2,}:?$/u.test(c))) ? [] : [l];
  });
  return out.join('\n');
}

/** A count cell with its unit: "12块", "2000份", "约350人次". */
const INLINE_COUNT = /^(约|大约|近|超过)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(余|多|\+)?\s*(人次|\p{Script=Han})$/u;

/** A header typed with spaces: short column names only ("序号 时间 内容 人数"), a sentence is no header. */
const SPACED_HEADER = /^[\p{Script=Han}()（）]{1,6}$/u;

function tableWith(text: string, spaced: boolean): string | undefined {
  const lines = text.split('\n');
  const headerAt = lines.findIndex((l, k) => {
    const cells = cellsOf(spaced ? l.trim() : l, spaced);
    if (!cells || cells.length < 3 || /\d/u.test(l) || !cells.some((c) => unitOf(c))) return false;
    if (spaced && !cells.every((c) => SPACED_HEADER.test(c))) return false;
    const rows = lines.slice(k + 1).filter((r, j) => rowOf(r, cells.length, k + 1 + j === lines.length - 1, spaced));
    // "| 学校 | 日期 | 应测人数 | 实测人数 |" over one row of as many cells: a pasted table of one row is a table too.
    const single = !spaced && rows.length === 1 && lines[k + 1] === rows[0] && cellsOf(rows[0]!)?.length === cells.length && /\d/u.test(rows[0]!);
    return rows.length >= 2 || single;
  });
  if (headerAt < 0) return undefined;
  const header = cellsOf(spaced ? lines[headerAt]!.trim() : lines[headerAt]!, spaced)!;
  const out = lines.map((line, k) => {
    if (k < headerAt) return line;
    if (k === headerAt) return '';
    // "|---|:---:|": a Markdown table's rule under its header holds no cells.
    if (/^[\s|｜:：]*[-—－=]{3}[\s|｜:：\-—－=]*$/u.test(line)) return '';
    const cells = rowOf(line, header.length, k === lines.length - 1, spaced);
    if (!cells) return line;
    // "白马中心校\t10月15日\t" (its count left empty): the event is kept, its people not known; a row that says it
    // was not held ("闭馆检修") is not an event.
    const people = header.findIndex((h) => unitOf(h) === '人' || unitOf(h) === '人次');
    const said = cells.filter((c, i) => i !== people && !EMPTY.test(c) && !ROW_NUMBER.test(header[i] ?? ''));
    // "3\t11月19日\t\t\t": a row left empty but for its day (and its number) tells of no event.
    if (said.length === 1 && DAY_CELL.test(said[0]!) && cells.every((c, i) => i === people || EMPTY.test(c) || c === said[0] || ROW_NUMBER.test(header[i] ?? ''))) return '';
    const unknown = people >= 0 && EMPTY.test(cells[people] ?? '') && said.length >= 2 && !NOT_HELD.test(line);
    // "420\t人次" (the unit in a 备注 cell): the row's people are counted in that unit, not the column's.
    const rowUnit = cells.find((c) => /^(人次|人)$/u.test(c));
    const parts = cells.map((cell, c) => {
      const name = header[c] ?? '';
      // "合计" in the 序号 column marks the sum row: kept, so the list reader skips it.
      if (EMPTY.test(cell) || cell === rowUnit || (ROW_NUMBER.test(name) && !/^(合计|总计|小计|共计)/u.test(cell))) return '';
      const columnUnit = unitOf(name);
      const unit = rowUnit && (columnUnit === '人' || columnUnit === '人次') ? rowUnit : columnUnit;
      // "9:00-17:00" (the opening hours): a time of day counts nothing.
      if (TIME_SPAN.test(cell)) return '';
      // "Total" (an English sheet): the sum row, kept as 合计 so the list reader skips it.
      if (/^(?:total|sum|subtotal)$/iu.test(cell)) return '合计';
      // "25(牧户12户)": a count with a note in brackets of another unit after it; the note is kept after the count.
      // Only a note that counts something: "11.14（周六）" is a day with its weekday, no count.
      // A count cell is short: a long one (no closing bracket) is never scanned twice over.
      const noted = cell.length <= 40 ? /^(.*?)\s*([(（][^()（）]{0,30}\d[^()（）]{0,30}[)）])$/u.exec(cell) : null;
      const bare = BARE.exec(cell) ?? (noted ? BARE.exec(noted[1]!) : null);
      const note = BARE.exec(cell) ? '' : (noted?.[2] ?? '');
      // "Mentor" over its numbers: the helpers named in English, kept as their name (not who took part).
      const label = /^[a-z\s]+$/iu.test(name) && (unit === '人' || unit === '人次') ? (STAFF_HEADER.test(name.trim()) ? `，${name.trim()} ` : '参加') : name.replace(/[(（][^)）]*[)）]/gu, '');
      // "~150": the sheet's tilde is 约.
      if (unit && bare) return `${label}${bare[1] && /[~～≈]/u.test(bare[1]) ? '约' : (bare[1] ?? '')}${bare[2]!.replace(/,/gu, '')}${bare[3] ?? ''}${unit}${note}`;
      // "85人次" under "其中教师": a count with its own unit still takes the name of a column that is a part of another.
      return COUNT_WITH_UNIT.test(cell) && /^(?:其中|含|包括)\p{Script=Han}{1,8}$/u.test(label) ? `${label}${cell}` : cell;
    });
    return parts.filter((p) => p !== '').join(' ') + (unknown ? ` ${UNKNOWN_COUNT}` : '');
  });
  return withNotesOnTheirRows(lines, out, headerAt, header.length, spaced).join('\n');
}

/** A line wholly in brackets ("（演练请了消防员6名指导）"): a note, with no day of its own. */
const NOTE = /^\s*[（(][^（()）\n]+[）)]\s*$/u;

/**
 * "（演练请了县消防救援大队指导，来了消防员6名）" under the rows: a note in brackets that names one row's event (its
 * words shared with that row alone) is read with that row, not as a row of its own.
 */
function withNotesOnTheirRows(lines: readonly string[], out: string[], headerAt: number, width: number, spaced: boolean): string[] {
  const rows = lines.map((l, k) => (k > headerAt && rowOf(l, width, k === lines.length - 1, spaced) ? k : -1)).filter((k) => k >= 0);
  if (rows.length < 2) return out;
  const last = rows[rows.length - 1]!;
  const result = [...out];
  for (let k = last + 1; k < lines.length; k++) {
    const note = lines[k]!;
    // Only a note that counts someone or something of the row ("来了消防员6名"); "（龙潭村那场还没报数）" stays a line.
    if (!NOTE.test(note) || /\d{1,2}\s*[月./]\s*\d{1,2}|\d{1,2}\s*[日号]/u.test(note) || !/[\d一二两三四五六七八九十]\s*(?:[多余来几])?\s*(?:名|位|个|人|份|件|台|套)/u.test(note)) continue;
    const named = rows.filter((r) => (cellsOf(lines[r]!, spaced) ?? []).some((c) => /^\p{Script=Han}{3,}$/u.test(c) && [...c].some((_, i) => i + 2 <= c.length && /^\p{Script=Han}{2}$/u.test(c.slice(i, i + 2)) && note.includes(c.slice(i, i + 2)))));
    if (named.length !== 1) continue;
    result[named[0]!] = `${result[named[0]!]} ${note.trim()}`;
    result[k] = '';
  }
  return result;
}
