// A second look at a finished reading, from the message's own numbers rather than from the rules that read it.
// The reader grows by phrase rules, and a phrase it has not met is read with confidence all the same; these
// checks know nothing of those rules. They compare what was read with what the message plainly counts, and
// any disagreement becomes one short question before anything is stored:
// - people counted (游客约180人) but no headcount read, or a side count of the audience above the headcount;
// - a headcount read from viewers online (直播观看2300人次) where people on site are spoken of too;
// - in a message of several records, a record that only restates the others (上周两场：…, 共66户), or one of
//   places or things only, on a day another record has (a heading or a year's tally read as an event).
// Counts the records leave out, and counts of one, were tried as checks too and dropped: the labelled sets leave
// out many numbers by convention (comparisons, peaks, targets, self-repairs), so they asked far more than they saved.
import { scanNumbers } from '../text/scan-numbers.js';
import { normalizeText } from '../text/normalize.js';

/** What the audit needs of a record: its figures and its day. */
export interface AuditRecord {
  date?: string;
  dateEnd?: string | null;
  headcount: number | null;
  headcountUnit?: string | null;
  metrics: Readonly<Record<string, number>>;
}

export interface AuditDoubt {
  /** The record the doubt is about (its index in the reading). */
  record: number;
  field: 'headcount' | 'metrics';
  question: string;
  /** Which check raised it (for the evaluation and the logs). */
  check: 'no-headcount' | 'side-above' | 'restated' | 'online-headcount' | 'multi-no-hc';
}

/** Labels of people counted beside the audience who are the audience themselves, by another name. */
const AUDIENCE = /学生|群众|居民|村民|老人|游客|孩子|小朋友|儿童|市民|工友|农户|农民|观众|听众|师生|受众|客户|患者|妇女|青少年|学员|读者|旅客|乘客|司乘|顾客|娃|大爷|大妈|阿姨|kids|students|visitors|people|参观|来访|咨询|听讲|到场|现场/u;

/** Words of viewers online. */
const ONLINE = /直播|线上|在线|网上|云端|抖音|快手|视频号|公众号|阅读量|点击|播放|\bviews?\b|\bwatch\b|\bonline\b|\blive\b/iu;

const PEOPLE_KEY = /^人次?[（(](.+)[）)]$/u;

/** Units that count people right after a number. */
const PEOPLE_AFTER = /^\s*(?:[多余来几]|左右|上下)?\s*(?:人次|人|名|位)/u;
/** The line a position is in: [start, end). */
function lineOf(text: string, at: number): [number, number] {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return [from, next < 0 ? text.length : next];
}

/** The sentence a position is in (up to a stop, a semicolon or a line break): [start, end). */
function sentenceOf(text: string, at: number): [number, number] {
  let from = at;
  while (from > 0 && at - from < 300 && !/[。；;\n]/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && to - at < 300 && !/[。；;\n]/u.test(text[to]!)) to++;
  return [from, to];
}

/** People who ran it, right before their count ("讲解员2人出镜", "志愿者8名"): not an audience on site. */
const STAFF_BEFORE = /(?:员|老师|教师|专家|志愿者|讲师|医生|嘉宾|主持人?|工作人员|staff|volunteers?)\s*(?:共|有|约)?\s*$/iu;

/** Words of a total. */
const TOTAL_WORD = /合计|共计|累计|总计|小计|一共|总共|共|total/iu;

/** An event said to be held only online: its viewers are its audience. */
const ONLY_ONLINE = /没有线下|无线下|纯线上|只有线上|全程线上|全部线上|线上举办|网络直播形式/u;

/** The clause a position is in: from the last stop before it to the next after it. */
function clauseOf(text: string, at: number): string {
  // At most 200 characters each way: a message with no stops is read in bounded steps per number.
  let from = at;
  while (from > 0 && at - from < 200 && !/[，,。；;！!？?\n、]/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && to - at < 200 && !/[，,。；;！!？?\n]/u.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** The doubts a second look at the reading raises; none when the figures agree with the message. */
export function auditReading(message: string, records: readonly AuditRecord[]): AuditDoubt[] {
  const out: AuditDoubt[] = [];
  const text = normalizeText(message);
  records.forEach((r, k) => {
    const people = Object.entries(r.metrics).flatMap(([key, v]) => {
      const m = PEOPLE_KEY.exec(key);
      return m ? [{ key, label: m[1]!, value: v }] : [];
    });
    const audience = people.filter((p) => AUDIENCE.test(p.label));
    if (r.headcount === null && audience.length > 0) {
      const p = audience[0]!;
      out.push({ record: k, field: 'headcount', check: 'no-headcount', question: `没有读到参加人数：${p.label}${p.value}人是参加人数吗？是的话请回复“${p.value}人”；不是就回复“记录”。` });
    } else if (r.headcount !== null && audience.some((p) => p.value > r.headcount!)) {
      const p = audience.find((q) => q.value > r.headcount!)!;
      out.push({ record: k, field: 'headcount', check: 'side-above', question: `参加人数记${r.headcount}人，还是${p.label}${p.value}人？是${p.value}人就回复“${p.value}人”；${r.headcount}人没错就回复“记录”。` });
    }
  });
  const tokens = scanNumbers(text);
  // Each number's facts, found once (a bounded scan each), so every check below is one pass over the numbers.
  const online = tokens.map((t) => ONLINE.test(clauseOf(text, t.start)));
  const onSite = tokens.map((t, i) => !online[i] && PEOPLE_AFTER.test(text.slice(t.end, t.end + 6)) && !STAFF_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)));
  records.forEach((r, k) => {
    // The headcount read from a clause of viewers online ("直播观看3400人次", "在线 2300", "8k views"): the first
    // number that is the headcount decides.
    if (r.headcount === null) return;
    const i = tokens.findIndex((t) => t.value === r.headcount || t.max === r.headcount);
    const t = tokens[i];
    if (!t || !online[i]) return;
    const clause = clauseOf(text, t.start);
    // In a list the other lines are other events: only the number's own sentence speaks of people on site.
    const [from, to] = records.length > 1 ? sentenceOf(text, t.start) : [0, text.length];
    const scope = text.slice(from, to);
    const others = tokens.some((u, j) => j !== i && onSite[j] && u.start >= from && u.end <= to && u.value !== t.value);
    if (!ONLY_ONLINE.test(scope) && (others || /现场|线下|到场|来了/u.test(scope.replace(clause, '')))) {
      out.push({ record: k, field: 'headcount', check: 'online-headcount', question: `参加人数${r.headcount}${r.headcountUnit ?? '人'}是线上观看的吗？是线上的就回复“线上”；是现场来的就回复“记录”。` });
    }
  });
  if (records.length >= 2) {
    const bareCount = (r: AuditRecord): boolean => r.headcount === null && Object.keys(r.metrics).length > 0 && Object.keys(r.metrics).every((u) => /^(?:个|项|所|场|次|家|村|期|站|件|处|乡镇|社区)$/u.test(u));
    // A record of places or things counted with no people, on a day another record has (no day of its own): a
    // heading or a year's tally ("跑了两个乡镇：…", "全年跑了14所学校") read as an event.
    const dated = (r: AuditRecord, j: number): boolean => records.some((o, i) => i !== j && o.headcount !== null && o.date === r.date);
    const k = records.findIndex((r, j) => bareCount(r) && dated(r, j));
    if (k >= 0) {
      out.push({ record: k, field: 'headcount', check: 'multi-no-hc', question: `第${k + 1}条只有${Object.entries(records[k]!.metrics).map(([u, v]) => `${v}${u}`).join('、')}，没有人数：它是单独的一次活动就回复“记录”；不是就回复“去掉第${k + 1}条”。` });
    }
    // The values written on a line with a word of totals ("合计", "三天共计1000人"), found once.
    const totals = new Set<number>();
    for (const t of tokens) if (TOTAL_WORD.test(text.slice(...lineOf(text, t.start)).slice(0, 400))) totals.add(t.value);
    records.forEach((r, k) => {
      const others = records.filter((_, j) => j !== k);
      const counts = Object.entries(r.metrics);
      // The count of the events: a heading before them ("上周两场：…", the first record) or a span over them.
      const heading = k === 0 || (r.dateEnd !== undefined && r.dateEnd !== null && others.every((o) => o.date !== undefined && r.date !== undefined && o.date >= r.date && o.date <= r.dateEnd!));
      const countsEvents = r.headcount === null && others.length >= 2 && heading && counts.length > 0 && counts.every(([u, v]) => v === others.length && /^(?:场|次|项|期|所|件)$/u.test(u));
      // A total line ("合计", "共计", "三天共计1000人"): the sum of the others, written with a word of totals.
      const totalLine = (v: number): boolean => totals.has(v);
      const sumsPeople = r.headcount !== null && others.length >= 2 && others.every((o) => o.headcount !== null) && others.reduce((n, o) => n + (o.headcount ?? 0), 0) === r.headcount && totalLine(r.headcount);
      const sumsThings = counts.some(([key, v]) => !PEOPLE_KEY.test(key) && others.filter((o) => o.metrics[key] !== undefined).length >= 2 && others.reduce((n, o) => n + (o.metrics[key] ?? 0), 0) === v && totalLine(v));
      const restates = countsEvents || sumsPeople || sumsThings;
      if (restates) out.push({ record: k, field: 'metrics', check: 'restated', question: `第${k + 1}条像是其他几条的合计，不是一次活动：要去掉就回复“去掉第${k + 1}条”；它是单独的一次活动就回复“记录”。` });
    });
  }
  return out;
}

/**
 * The reading with the audit's doubts added to the records they concern (kept in the pending reading, so an
 * answer to one question does not lose the others). A reading with no doubts from the audit is returned as is.
 */
export function withAudit<R extends AuditRecord & { doubts: Array<{ field: string; question: string; audit?: string }> }>(message: string, records: readonly R[]): R[] {
  const found = auditReading(message, records);
  if (found.length === 0) return [...records];
  const out = records.map((r) => ({ ...r, doubts: [...r.doubts] }));
  for (const d of found) {
    const r = out[d.record];
    // One question per check and record is enough.
    if (r && !r.doubts.some((x) => x.audit === d.check)) r.doubts.push({ field: d.field, question: d.question, audit: d.check });
  }
  return out;
}
