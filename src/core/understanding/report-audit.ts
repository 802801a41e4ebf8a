// A second look at a finished reading, from the message's own numbers rather than from the rules that read it.
// The reader grows by phrase rules, and a phrase it has not met is read with confidence all the same; these
// checks know nothing of those rules. They compare what was read with what the message plainly counts, and
// any disagreement becomes one short question before anything is stored:
// - people counted (游客约180人) but no headcount read, or a side count of the audience above the headcount;
// - a count of people or things in the message that no record holds and no rule explains;
// - in a message of several records, a record that only restates the others (上周两场：…, 共66户).
import { scanNumbers, type NumberToken } from '../text/scan-numbers.js';
import { normalizeText } from '../text/normalize.js';

/** What the audit needs of a record: its figures. */
export interface AuditRecord {
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
  check: 'no-headcount' | 'side-above' | 'unheld-people' | 'unheld-count' | 'restated' | 'online-headcount' | 'one-thing' | 'multi-no-hc';
}

/** Labels of people counted beside the audience who are the audience themselves, by another name. */
const AUDIENCE = /学生|群众|居民|村民|老人|游客|孩子|小朋友|儿童|市民|家长|职工|员工|工友|农户|农民|观众|听众|师生|受众|客户|患者|妇女|青少年|学员|读者|旅客|乘客|司乘|顾客|娃|大爷|大妈|阿姨|kids|students|visitors|people|参观|来访|咨询|听讲|到场|现场/u;

/** Words of viewers online. */
const ONLINE = /直播|线上|在线|网上|云端|抖音|快手|视频号|公众号|阅读量|点击|播放|\bviews?\b|\bwatch\b|\bonline\b|\blive\b/iu;

const PEOPLE_KEY = /^人次?[（(](.+)[）)]$/u;

const plainValue = (unit: string, value: number): number => (/^万/u.test(unit) ? Math.round(value * 10000) : value);

/** Every value the reading holds, in plain units. */
function heldValues(records: readonly AuditRecord[]): Set<number> {
  const held = new Set<number>();
  for (const r of records) {
    if (r.headcount !== null) held.add(r.headcount);
    for (const [k, v] of Object.entries(r.metrics)) {
      held.add(v);
      held.add(plainValue(k, v));
    }
  }
  return held;
}

/** Units that count people right after a number. */
const PEOPLE_AFTER = /^\s*(?:[多余来几]|左右|上下)?\s*(?:人次|人|名|位)/u;
/** Units that count things right after a number (a figure the labels keep). */
const COUNT_AFTER = /^\s*(?:[多余来几])?\s*(?:份|场|本|册|张|台|户|家|所|件|幅|块|套|盒|袋|支|把|株|棵|头|只|辆|部|篇|条|项|期|班|次|个)/u;
/** Words right before a number that make it no count: an ordinal, a rate, a date or time, an age. */
const NOT_COUNT_BEFORE = /(?:第|每|各|前|后|近|約|约莫|编号|No\.?|#|共计?第)$/u;
/** What after a number and its unit makes it a name or a measure, not a count ("三期项目部", "两个小时", "3个月"). */
const NOT_COUNT_AFTER = /^\s*(?:个)?\s*(?:小时|钟头|月|星期|礼拜|周(?![一二三四五六日末])|年级|岁|学时|课时|分钟|项目|工程|工地|小区|楼|号楼|届|%|％)/u;

/** The clause a position is in: from the last stop before it to the next after it. */
function clauseOf(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/[，,。；;！!？?\n、]/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !/[，,。；;！!？?\n]/u.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** Whether a number is inside a subset ("其中…", "含…") or a rate ("每…"), which the records need not hold. */
function inSubset(text: string, t: NumberToken): boolean {
  const clause = clauseOf(text, t.start);
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  return /其中|含|包括|包含|占|每/u.test(clause.slice(0, Math.max(0, clause.indexOf(t.written)))) || /其中[^。；;\n]{0,20}$/u.test(before);
}

/** Whether a position is inside 《…》 or a quoted name “…”. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const open = Math.max(before.lastIndexOf('《'), before.lastIndexOf('“'), before.lastIndexOf('「'));
  if (open < 0) return false;
  const close = Math.max(before.lastIndexOf('》'), before.lastIndexOf('”'), before.lastIndexOf('」'));
  return close < open;
}

/** Whether the value is a sum of two or more values held (a total restated: "共66户", "合计27人"). */
function isSumOfHeld(value: number, records: readonly AuditRecord[]): boolean {
  const parts: number[] = [];
  for (const r of records) {
    if (r.headcount !== null) parts.push(r.headcount);
    for (const v of Object.values(r.metrics)) parts.push(v);
  }
  if (parts.length < 2 || parts.length > 24) return false;
  // Small subset sums (parts are few): a bitmask over up to 24 values is bounded, but keep to 2^12.
  const use = parts.slice(0, 12);
  for (let mask = 3; mask < 1 << use.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let s = 0;
    for (let k = 0; k < use.length; k++) if (mask & (1 << k)) s += use[k]!;
    if (s === value) return true;
  }
  return false;
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
  const held = heldValues(records);
  const tokens = scanNumbers(text);
  for (const t of tokens) {
    // "进万家", "百校行": a unit alone is part of a name; "《健康素养66条》": inside a title.
    if (/^[十百千万亿]+$/u.test(t.written) || insideTitle(text, t.start)) continue;
    if (t.invalid || held.has(t.value) || (t.max !== undefined && held.has(t.max))) continue;
    const after = text.slice(t.end, t.end + 8);
    const before = text.slice(Math.max(0, t.start - 6), t.start);
    // "三十五至四十位", "20-30人": the upper end of a range whose lower end was read.
    const previous = tokens[tokens.indexOf(t) - 1];
    if (previous && /^\s*(?:至|到|~|～|-|—|－)\s*$/u.test(text.slice(previous.end, t.start)) && held.has(previous.value)) continue;
    if (NOT_COUNT_BEFORE.test(before) || NOT_COUNT_AFTER.test(after.replace(/^\s*[多余来几]/u, ''))) continue;
    // A date or a time: 5月17日, 3.24, 10:30, 19号.
    if (/^\s*(?:[年月日号点时分秒:：.\/-])/u.test(after) || /[.\/-]\s*$/u.test(before)) continue;
    const isPeople = PEOPLE_AFTER.test(after);
    const isCount = !isPeople && COUNT_AFTER.test(after);
    if (!isPeople && !isCount) continue;
    if (inSubset(text, t) || isSumOfHeld(t.value, records)) continue;
    // "三项活动：…", "合计3场": the events themselves, which the records are.
    if (t.value === records.length && !isPeople) continue;
    // "第一期…第二期…一天的体验营…两期冬令营每期…": as many of the records as the count, each named by its ordinal.
    const eventUnit = /^\s*(期|场|批)/u.exec(after)?.[1];
    if (eventUnit && t.value < records.length && (text.match(new RegExp(`第[一二三四五六七八九十\\d]{1,2}${eventUnit}`, 'gu'))?.length ?? 0) >= t.value) continue;
    // "一项工作", "一个好消息", "一次活动", "一块儿": one of something is the event or a word, not a figure (一场 is).
    if (t.value === 1 && !/^\s*场/u.test(after)) continue;
    // "报名的有42个", "enroll了48个": who signed up, beside who came.
    if (/报名|预约|应到|enroll|sign/iu.test(clauseOf(text, t.start))) continue;
    const k = 0;
    // The words quoted: the count's own clause up to its unit, at most a dozen characters before the number.
    const unitEnd = t.end + (/^\s*(?:[多余来几]|左右|上下)?\s*(?:人次|[\p{Script=Han}])/u.exec(after)?.[0].length ?? 0);
    const clauseStart = Math.max(t.start - 12, t.start - (clauseOf(text, t.start).indexOf(t.written) >= 0 ? clauseOf(text, t.start).indexOf(t.written) : 0));
    const quote = text.slice(Math.max(0, clauseStart), unitEnd).replace(/\s+/gu, ' ').trim();
    const unit = /[\p{Script=Han}]$/u.exec(quote)?.[0] ?? '份';
    const example = isPeople || /[人员生众民童友客者]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) ? `${t.value}人` : `${t.value}${unit}`;
    out.push({ record: k, field: 'metrics', check: isPeople ? 'unheld-people' : 'unheld-count', question: `“${quote}”没有记进去：要记就回复它是什么，例如“${example}”；不用记就回复“记录”。` });
  }
  records.forEach((r, k) => {
    // The headcount read from a clause of viewers online ("直播观看3400人次", "在线 2300", "8k views").
    if (r.headcount !== null) {
      for (const t of tokens) {
        if (t.value !== r.headcount && t.max !== r.headcount) continue;
        const clause = clauseOf(text, t.start);
        const others = tokens.some((u) => u !== t && u.value !== t.value && PEOPLE_AFTER.test(text.slice(u.end, u.end + 6)) && !ONLINE.test(clauseOf(text, u.start)));
        if (ONLINE.test(clause) && (others || /现场|线下|到场|来了/u.test(text.replace(clause, '')))) {
          out.push({ record: k, field: 'headcount', check: 'online-headcount', question: `参加人数${r.headcount}${r.headcountUnit ?? '人'}是线上观看的吗？是线上的就回复“线上”；是现场来的就回复“记录”。` });
          break;
        }
      }
    }
    for (const [key, v] of Object.entries(r.metrics)) {
      if (v === 1 && !/^(?:场|期|人|名|位)/u.test(key)) out.push({ record: k, field: 'metrics', check: 'one-thing', question: `“1${key}”也要记成一项数量吗？要记就回复“记录”；不用记就回复“去掉1${key}”。` });
    }
  });
  if (records.length >= 2) {
    const bareCount = (r: AuditRecord): boolean => r.headcount === null && Object.keys(r.metrics).length > 0 && Object.keys(r.metrics).every((u) => /^(?:个|项|所|场|次|家|村|期|站|件|处|乡镇|社区)$/u.test(u));
    if (records.some(bareCount) && records.some((r) => r.headcount !== null)) {
      const k = records.findIndex(bareCount);
      out.push({ record: k, field: 'headcount', check: 'multi-no-hc', question: `第${k + 1}条只有${Object.entries(records[k]!.metrics).map(([u, v]) => `${v}${u}`).join('、')}，没有人数：它是单独的一次活动就回复“记录”；不是就回复“去掉第${k + 1}条”。` });
    }
    records.forEach((r, k) => {
      const others = records.filter((_, j) => j !== k);
      const counts = Object.entries(r.metrics);
      const restates = (r.headcount === null && counts.length > 0 && counts.every(([, v]) => v === others.length))
        || (r.headcount !== null && others.length >= 2 && others.every((o) => o.headcount !== null) && others.reduce((n, o) => n + (o.headcount ?? 0), 0) === r.headcount)
        || counts.some(([key, v]) => others.filter((o) => o.metrics[key] !== undefined).length >= 2 && others.reduce((n, o) => n + (o.metrics[key] ?? 0), 0) === v);
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
