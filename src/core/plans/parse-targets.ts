// Reads quantitative targets ("不少于200场次", "5家以上", "力争建成6家", "30至40处"); years and ordinals are not targets.
import type { Target } from './plan-schema.js';
import { normalizeText } from '../text/normalize.js';
import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';

/** Units a target may count in, longest first so 场次 wins over 场. */
export const TARGET_UNITS = [
  '个百分点', '万人次', '人次', '场次', '场(次)', '(场)次', '家', '个', '场', '份', '期', '所', '项', '%', '名', '人',
  '篇', '册', '件', '块', '处', '支', '座', '户', '次', '本', '套', '台', '批', '条', '门', '部', '间', '站', '校', '村',
];
const UNIT_SOURCE = TARGET_UNITS.map((u) => u.replace(/[()]/g, (c) => `\\${c}`)).join('|');
const PREFIX = '(不少于|不低于|不超过|不高于|至少|达到|超过|力争|争取|新增|累计|约)?';
const RANGE = `(${NUMBER_SOURCE})\\s*(?:至|到|-|—|~|～)\\s*(${NUMBER_SOURCE})`;
const TARGET_RE = new RegExp(`${PREFIX}\\s*(?:${RANGE}|(${NUMBER_SOURCE}))\\s*(${UNIT_SOURCE})(以上|以内|以下|左右|余|多)?`, 'gu');

/** Words before a count that make it a task ("开展…100场"), not a slogan ("四个意识"). */
const ACTION = /(开展|举办|组织|新建|建成|建设|培育|培树|培训|召开|新增|发放|完成|达到|创建|打造|推出|认证|评选|征集|发展|吸纳|覆盖|引进|培扶|实施|举行|出版|制作|设立|成立|服务|走访|慰问|推广|编印|发布|筹建|建立)/u;

/** True when the end of `before` sits inside quotation marks (curly, corner or ASCII). */
function insideQuotes(before: string): boolean {
  const recent = before.slice(-40);
  const open = Math.max(recent.lastIndexOf('“'), recent.lastIndexOf('「'), recent.lastIndexOf('『'));
  const close = Math.max(recent.lastIndexOf('”'), recent.lastIndexOf('」'), recent.lastIndexOf('』'));
  if (open > close) return true;
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
  return (sentence.match(/"/g)?.length ?? 0) % 2 === 1;
}

const normalizeUnit = (u: string): string => (u === '场(次)' || u === '(场)次' ? '场次' : u);

/** The targets in a text. `planYear` lets past-year facts ("2022年，…刊登信息53篇") be skipped. */
export function parseTargets(original: string, planYear?: number): Target[] {
  const text = normalizeText(original);
  const targets: Target[] = [];
  for (const m of text.matchAll(TARGET_RE)) {
    const index = m.index ?? 0;
    const before = text.slice(0, index);
    const after = text.slice(index + m[0].length);
    const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('、'), before.lastIndexOf(':'), before.lastIndexOf('：'), -1);
    const clause = before.slice(clauseStart + 1);
    const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), -1);
    const sentence = before.slice(sentenceStart + 1);
    const prefix = m[1];
    const suffix = m[6];
    const rawUnit = m[5] ?? '';
    // Ordinals, years, dates and named congresses are not targets.
    if (/第\s*$/.test(before) || /^[年月日号届大次代]/u.test(after) && !prefix && !suffix) continue;
    if (/^(年|月|日|号|届|大)/u.test(after)) continue;
    if (/[\d.]$/.test(before)) continue;
    if (insideQuotes(before)) continue;
    if (/了/u.test(clause)) continue;
    if (planYear !== undefined && [...sentence.matchAll(/(\d{4})年/g)].some((y) => Number(y[1]) < planYear && !/\d{4}\s*[-—至]\s*$/.test(sentence.slice(0, y.index)))) continue;
    const isHanNumber = !/\d/.test(m[2] ?? m[4] ?? '');
    if (!prefix && !suffix && !ACTION.test(clause)) continue;
    if (isHanNumber && !prefix && !suffix && !/(开展|举办|召开|培训|新建|建成)[^，。]{0,12}$/u.test(clause)) continue;
    const range = m[2] !== undefined && m[3] !== undefined;
    const lo = range ? parseChineseNumber(m[2] ?? '') : undefined;
    const hi = range ? parseChineseNumber(m[3] ?? '') : undefined;
    const single = range ? undefined : parseChineseNumber(m[4] ?? '');
    if (range ? lo === undefined || hi === undefined : single === undefined || single === 0) continue;
    let unit = normalizeUnit(rawUnit);
    let factor = 1;
    if (unit === '万人次') {
      unit = '人次';
      factor = 10_000;
    }
    const comparator: Target['comparator'] = range
      ? 'range'
      : prefix === '力争' || prefix === '争取' || /力争|争取/u.test(clause)
        ? 'strive'
        : prefix === '不超过' || prefix === '不高于' || suffix === '以内' || suffix === '以下'
          ? 'at_most'
          : prefix === '约' || suffix === '左右'
            ? 'about'
            : prefix || suffix
              ? 'at_least'
              : 'exactly';
    targets.push({
      text: original.slice(index, index + m[0].length).trim(),
      value: single !== undefined ? single * factor : null,
      min: lo !== undefined ? lo * factor : comparator === 'at_least' && single !== undefined ? single * factor : null,
      max: hi !== undefined ? hi * factor : comparator === 'at_most' && single !== undefined ? single * factor : null,
      unit,
      comparator,
      subject: subjectOf(original.slice(index - clause.length, index)),
    });
  }
  return targets;
}

/** The thing being counted: the clause before the number, without lead-in verbs and filler. */
function subjectOf(clause: string): string {
  return clause
    .replace(/^(重点是|主要是|其中|全年|今年|年内|全市|全县)/u, '')
    .replace(/(不少于|不低于|至少|达到|超过|力争|争取|约)\s*$/u, '')
    .replace(/[“”"「」]/gu, '')
    .trim()
    .slice(-24);
}
