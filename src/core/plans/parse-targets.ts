// Reads quantitative targets ("不少于200场次", "5家以上", "力争建成6家", "30至40处", "一等奖8篇",
// "5万株"); years, dates, ordinals, document numbers, slogans in quotes and past figures are not targets.
// One pass over the numbers found by scanPlainNumbers (the one number scanner, text/scan-numbers.ts), with bounded look-around: linear in the text's length.
import type { Target } from './plan-schema.js';
import { normalizeText } from '../text/normalize.js';
import { scanPlainNumbers, type NumberSpan } from '../text/scan-numbers.js';
import { capsEachEntry, countsAttendance, cutOff, finalPick, setsTheScene } from './target-context.js';

/** Units a target may count in, longest first so 场次 wins over 场. */
export const TARGET_UNITS = [
  '个百分点', '人次', '辆', '场次', '个班次', '班次', '期次', '场(次)', '(场)次', '个(次)', '人(次)', '家', '个', '场', '份', '期', '所', '项', '%', '名', '人',
  '篇', '册', '件', '块', '处', '支', '座', '户', '次', '本', '套', '台', '批', '条', '门', '部', '间', '站', '校', '村',
  '亩', '头', '只', '吨', '株', '元', '位', '队', '节', '集', '幅', '张', '种', '对', '家次', '课时', '学时', '小时', '公里', '平方米', '字',
].sort((a, b) => b.length - a.length);

const PREFIXES = ['不少于', '不低于', '不超过', '不超出', '不高于', '不多于', '至少', '达到', '达', '超过', '力争', '争取', '新增', '累计', '约', '共计', '共'];
const SUFFIXES = ['以上', '以内', '以下', '左右', '余', '多', '及以上'];
const RANGE_JOIN = /^\s{0,2}(?:至|到|-|—|–|~|～|－)\s{0,2}$/u;

/** Words before a count that make a Chinese-numeral count a task ("开展三期"), not a slogan ("四个意识"). */
const HAN_ACTION = /(开展|举办|组织|召开|培训|新建|建成|建设|建立|组建|培育|创建|打造|推出|评选|举行|出版|制作|设立|成立|发放|完成|新增|编印|发布|赠送|捐赠|配备|配置|购置|安装|招募|选派|走访|慰问|张贴|印制|悬挂|分发)[^，。；]{0,12}$/u;
/** A clause about what already exists or happened: its figures are not goals. */
const PAST = /(已经|已建|已有|已于|已完成|已成立|已|曾|去年|上年|上一年|近年来|截至目前|截止目前|目前共|现有)/u;

const STRONG_PAST = /(已于|已经|已完成|已建成|已举办|已召开|已开展|已举行|去年|上年)/u;
const NEW_GOAL = /(新建|新增|新培育|新创建|再建|力争|争取|计划|定于|拟|将|今年|本年|年内|全年|还要|继续)/u;

/** A source cited for a figure: "根据《…报告》", "据统计", "数据显示". */
const CITED = /(?:根据|据)[^。；;，,]{0,30}(?:报告|数据|统计|调查|年鉴|蓝皮书|公报|测算|监测)|(?:数据|报告|统计|调查|监测)(?:显示|表明)/u;

/** A verb of work done with its 了 ("举办了", "开展了", "共产生了"), not 为了 / 了解 / 除了. */
const DONE = /(?:举办|举行|开展|组织|召开|产生|评出|评选出?|完成|建成|吸引|接待|发放|印发|走访|培训)了/u;

/** Whether a clause of done work stands before the number (after the last new goal) or after it (before the next one). */
function tiedToDone(before: string, after: string): boolean {
  const done = lastIndexOf(before, DONE);
  if (done >= 0 && done > lastIndexOf(before, NEW_GOAL)) return true;
  const ahead = DONE.exec(after);
  if (!ahead) return false;
  const goal = NEW_GOAL.exec(after);
  return !goal || goal.index > ahead.index;
}

/** Where the last match of `re` starts in `text`, or -1 (text is a bounded window). */
function lastIndexOf(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, 'gu'))) at = m.index ?? at;
  return at;
}

const normalizeUnit = (u: string): string => (u === '场(次)' || u === '(场)次' ? '场次' : u === '人(次)' ? '人次' : u === '个(次)' ? '个' : u === '个班次' ? '班次' : u);

function unitAt(text: string, at: number): string | undefined {
  for (const u of TARGET_UNITS) if (text.startsWith(u, at)) return u;
  // 副 counts pictures and couplets ("2—3副参赛作品", "50副春联"), never a deputy ("副组长").
  if (/^副(?:参赛|参展|获奖|优秀)?(?:作品|画|对联|春联|字画|书法|绘画)/u.test(text.slice(at, at + 8))) return '副';
  return undefined;
}

/** True when the end of `before` sits inside quotation marks (curly, corner or ASCII). */
function insideQuotes(before: string): boolean {
  const recent = before.slice(-40);
  const open = Math.max(recent.lastIndexOf('“'), recent.lastIndexOf('「'), recent.lastIndexOf('『'), recent.lastIndexOf('《'));
  const close = Math.max(recent.lastIndexOf('”'), recent.lastIndexOf('」'), recent.lastIndexOf('』'), recent.lastIndexOf('》'));
  if (open > close) return true;
  const sentence = recent.slice(Math.max(recent.lastIndexOf('。'), recent.lastIndexOf('\n')) + 1);
  return (sentence.match(/"/g)?.length ?? 0) % 2 === 1;
}

const CLAUSE_END = /[，,。；;、:：\n]/u;
const SENTENCE_END = /[。；;\n]/u;
/** A sentence's end, across the line breaks a PDF puts inside it. */
const WHOLE_SENTENCE_END = /[。；;]/u;
/** The text between the last clause mark (or the previous number) and `index`, at most 60 characters back. */
function clauseBefore(text: string, index: number, floor: number, ends: RegExp): string {
  let i = index - 1;
  const stop = Math.max(floor, index - 60);
  while (i >= stop && !ends.test(text[i] ?? '')) i--;
  return text.slice(i + 1, index);
}

/**
 * "建立百支…小分队", "组建千名…队伍": a bare 百 or 千 right after a verb of making and before a measure word is a round
 * count (not 百姓, 千家万户, 近百名, nor a program's name: "发挥百名科技专家下乡…服务").
 */
const ROUND_HUNDRED = /(?<=(?:建立|组建|新建|建成|培育|打造|招募|培训|举办|开展|组织|发展)\s{0,2})([百千])(?=[支名场所项个])/gu;

function withRoundHundreds(text: string, spans: NumberSpan[]): NumberSpan[] {
  const extra = [...text.matchAll(ROUND_HUNDRED)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + 1, value: m[1] === '百' ? 100 : 1000, han: true }));
  return extra.length === 0 ? spans : [...spans, ...extra].sort((a, b) => a.start - b.start);
}

/** The targets in a text. `planYear` lets past-year facts ("2022年，…刊登信息53篇") be skipped. */
export function parseTargets(original: string, planYear?: number): Target[] {
  const text = normalizeText(original);
  const spans = withRoundHundreds(text, scanPlainNumbers(text));
  const targets: Target[] = [];
  // The counts taken in each sentence with the words after them: the same again ("各班派2名选手参赛，2名选手各选一个
  // 题材") names the same people, not more.
  const seen = new Set<string>();
  let prevEnd = 0;
  let lastTaken = -1;
  let lastWhole = -1;
  // For a target, the targets after its 其中 (its parts).
  const parts: number[][] = [];
  for (let k = 0; k < spans.length; k++) {
    const first = spans[k] as NumberSpan;
    let last = first;
    // A range: "3至5家", "1—3个", "30-40处".
    const next = spans[k + 1];
    let range = false;
    if (next && next.han === first.han && RANGE_JOIN.test(text.slice(first.end, next.start))) {
      range = true;
      last = next;
    }
    const found = readUnit(text, last.end);
    const floor = prevEnd;
    prevEnd = last.end;
    if (!found) continue;
    if (range) k++;
    const index = first.start;
    const { unit: rawUnit, factor, end, between } = found;
    const before = text.slice(Math.max(0, index - 80), index);
    const after = text.slice(end, end + 4);
    const clause = clauseBefore(text, index, 0, CLAUSE_END);
    const sinceNumber = clauseBefore(text, index, floor, CLAUSE_END);
    const sentence = clauseBefore(text, index, 0, SENTENCE_END);
    const prefix = PREFIXES.find((p) => before.trimEnd().endsWith(p));
    const suffix = SUFFIXES.find((s) => after.startsWith(s)) ?? between;
    // "至少申报承办一个赛项": a floor word a few verbs before the number sets its floor as if written right before it.
    const floorAhead = !prefix && /(?:至少|最少|不少于)[需须要应]?\p{Script=Han}{1,8}$/u.test(clause.trimEnd());
    // "不超过实际支出总经费的50%": a cap on a share, its base between the cap and the share.
    const capAhead = !prefix && rawUnit === '%' && /(?:不超过|不超出|不高于|不多于)[^，,。；;\d]{1,20}的\s*$/u.test(clause);
    // Ordinals, years, dates, document numbers and named congresses are not targets.
    if (/第\s*$/u.test(before)) continue;
    // "三届五次全委会": a meeting's number, not a count.
    if (/届\s*$/u.test(before) || (/^次/u.test(rawUnit) && /^(全委|常委|全会|会议|理事|代表|委员)/u.test(text.slice(end, end + 2)))) continue;
    if (/^[年月日号届大代]/u.test(after) || /^次[代大会]/u.test(after)) continue;
    // "10个工作日内": a time limit's length, not a count.
    if (rawUnit === '个' && /^(?:工作日|自然日|星期|小时|钟头)/u.test(text.slice(end, end + 3))) continue;
    // "答题时间为2小时", "笔试时长3小时": how long an event lasts, not a goal (a floor of hours, "不少于20小时", is one).
    // A length of words counts only as a limit ("3000字以内", "不少于800字", "2500-5000字"), not a page's "全文4701字".
    if (rawUnit === '字' && !range && !['不超过', '不超出', '不多于', '不少于', '不低于'].includes(prefix ?? '') && suffix !== '以内' && suffix !== '以上' && suffix !== '以下') continue;
    // "征文每人不超过两篇，字数3000字以内": a rule for each entry, as its other caps are.
    if (rawUnit === '字' && /每(?:人|篇|件|位|名|份)/u.test(clauseBefore(text, index, 0, SENTENCE_END))) continue;
    if (rawUnit === '小时' && !prefix && /(?:时间|时长|用时|限时|历时)(?:为|是|共)?\s*$/u.test(clause)) continue;
    // "一式2份", "一式三份": the copies a form is sent in.
    if (rawUnit === '份' && /一式\s*$/u.test(before)) continue;
    // "5.12期间": a day and "during", not issues.
    if (rawUnit === '期' && text[end] === '间') continue;
    // Money a quiz or draw hands out ("可抽取1~3元不等的红包,每天最多2000元") is a prize, not a goal.
    if (/元$/u.test(rawUnit) && /红包|奖金|奖品|抽奖|抽取|中奖|有奖/u.test(`${sentence}${text.slice(end, end + 30).split(SENTENCE_END)[0] ?? ''}`)) continue;
    if (/[\d.〔\[(（]$/u.test(before) && !prefix) continue;
    if (insideQuotes(before)) continue;
    if (/了/u.test(sinceNumber) || PAST.test(sinceNumber) || setsTheScene(clause) || finalPick(clause) || countsAttendance(rawUnit, text.slice(end, end + 30))) continue;
    // "土地流转9000亩，其中大户承包5000亩，个体承包4000亩": after 其中, the parts of a count already taken.
    const whole = clauseBefore(text, index, 0, WHOLE_SENTENCE_END);
    const partsFrom = whole.lastIndexOf('其中');
    const partOf = partsFrom >= 0 && lastTaken >= 0 && lastTaken >= index - whole.length && lastTaken < index - whole.length + partsFrom ? lastWhole : undefined;
    // "根据《…调查报告》，我国公众科学素养…达到10.56%", "据统计，…": a figure a source reports is a fact, unless a
    // goal is set after the citation ("…，今年将新建3个").
    if (lastIndexOf(sentence, CITED) >= 0 && lastIndexOf(sentence, CITED) > Math.max(lastIndexOf(sentence, NEW_GOAL), lastIndexOf(sentence, /目标/u))) continue;
    // "…已于3月上旬完成，共开展志愿服务32场": the sentence is about done work unless this clause sets a new goal.
    if (lastIndexOf(sentence, STRONG_PAST) > lastIndexOf(sentence, NEW_GOAL)) continue;
    // "面向全区13所学校，举办了…大赛，共产生一等奖3名": a count tied to a clause of done work (a verb with 了) in its
    // sentence, with no new goal between them, is a result.
    if (tiedToDone(sentence, text.slice(end, end + 60).split(SENTENCE_END)[0] ?? '')) continue;
    // "2010年要在每个社区创建20户" (a template's stale year) still states what is to be done.
    // So does a goal's horizon ("目标是到2025年，将这一比例提升至15%"): 到 a year looks ahead from when it was written.
    if (planYear !== undefined && !/(今年|本年|全年|年内|新建|新增|力争|争取)/u.test(clause) && !/\d{4}\s*年(?:要|将|计划|力争|争取)|(?<![已曾])到\s*\d{4}\s*年(?:底|末)?[，,]?\s*(?:要|将|使|把|实现|全市|全县|全区|全省|我国|力争|争取)/u.test(sentence) && pastYearIn(sentence, planYear)) continue;
    // "召开一次主题班会", "出一期科普板报": one event or issue after its verb is a count.
    const issued = /^(?:次|期|场|场次)$/u.test(rawUnit) && /(?:^|[^\p{Script=Han}])(?:出|办)\s*$/u.test(clause);
    const oneEvent = /^(?:次|期|场|场次)$/u.test(rawUnit) && (HAN_ACTION.test(clause) || issued);
    // "每个企业仅限推荐一名", "各乡镇限报一项": a quota after 限, a count however it is written (as "限报1项").
    const quota = first.han && /(?:^|[^无不])限(?:报|推荐|报送|申报|选派|派|选送)?\s*$/u.test(clause);
    if (first.han && !prefix && !suffix && !floorAhead && !HAN_ACTION.test(clause) && !issued && !quota) continue;
    // "一批", "打造一支队伍", "建立一个机制": an article, not a count.
    if (first.han && first.value === 1 && !prefix && !floorAhead && !between && !oneEvent && !quota && !SUFFIXES.some((x) => after.startsWith(x))) continue;
    // "八项重点工程", "四大行动": how many parts a plan has, not a goal.
    // "开展12项重点活动：一是…": the count of the list that follows.
    if (/^(项|个|大|方面|条|件)$/u.test(rawUnit) && /^[^，,。；;]{0,10}[:：]\s*(?:$|一是|1[.、．]|[（(]1[)）]|首先|第一)/u.test(text.slice(end, end + 18))) continue;
    if (first.han && /^(项|个|大|方面)$/u.test(rawUnit) && /^(重点|主要|专项|提升|攻坚)?(工程|行动|任务|举措|措施|体系|机制|工作|方面|板块|平台|计划)/u.test(text.slice(end, end + 6))) continue;
    // "推进10项科技创新指标晋位升级": the indicators a place is ranked on, moved up, not a count of things to make.
    if (/^(?:项|个)$/u.test(rawUnit) && /^[^，,。；;\d]{0,12}指标[^，,。；;]{0,3}(?:晋位|升级|进位|争先|提档|提升排名|排名|位次)/u.test(text.slice(end, end + 24))) continue;
    // A rate ("每月组织一次", "每季度召开1次") says how often, not how much; "每年举办1-2次" in a year's plan is its count.
    if (/每(?!年)[^，,。；;]{0,8}$/u.test(clause) && /^(次|场|期)$/u.test(rawUnit)) continue;
    const lo = range ? first.value * factor : undefined;
    const hi = range ? last.value * factor : undefined;
    const single = range ? undefined : first.value * factor;
    if (single === 0 || (range && (lo ?? 0) >= (hi ?? 0))) continue;
    const comparator: Target['comparator'] = range
      ? 'range'
      : prefix === '力争' || prefix === '争取' || /力争|争取/u.test(clause)
        ? 'strive'
        : prefix === '不超过' || prefix === '不超出' || prefix === '不高于' || prefix === '不多于' || suffix === '以内' || suffix === '以下' || capAhead
          ? 'at_most'
          : prefix === '约' || suffix === '左右'
            ? 'about'
            : (prefix && !['新增', '累计', '共计', '共'].includes(prefix)) || suffix || floorAhead
              ? 'at_least'
              : 'exactly';
    const suffixLength = SUFFIXES.find((s) => after.startsWith(s))?.length ?? 0;
    if (capsEachEntry(clause, comparator, rawUnit) || cutOff(text.slice(end + suffixLength, end + suffixLength + 5))) continue;
    const again = `${index - sentence.length}|${first.value}|${last.value}|${rawUnit}|${text.slice(end, end + 2)}`;
    if (seen.has(again)) continue;
    seen.add(again);
    const startAt = prefix ? index - (before.length - before.trimEnd().length) - prefix.length : index;
    if (partOf !== undefined) (parts[partOf] ??= []).push(targets.length);
    else {
      lastTaken = index;
      lastWhole = targets.length;
    }
    targets.push({
      text: original.slice(startAt, end + suffixLength).trim(),
      value: single ?? null,
      min: lo ?? (comparator === 'at_least' && single !== undefined ? single : null),
      max: hi ?? (comparator === 'at_most' && single !== undefined ? single : null),
      unit: normalizeUnit(rawUnit),
      comparator,
      subject: subjectOf(original.slice(index - clause.length, index)),
    });
  }
  return withoutBreakdowns(targets, parts);
}

/** Parts that add up to their whole ("9000亩，其中5000亩、4000亩") restate it: only the whole is a target. */
function withoutBreakdowns(targets: Target[], parts: number[][]): Target[] {
  const dropped = new Set<number>();
  parts.forEach((members, at) => {
    const whole = targets[at];
    const items = members.map((m) => targets[m]);
    if (!whole || whole.value === null || items.some((t) => !t || t.value === null || t.unit !== whole.unit)) return;
    if (items.reduce((sum, t) => sum + (t?.value ?? 0), 0) === whole.value) for (const m of members) dropped.add(m);
  });
  return dropped.size === 0 ? targets : targets.filter((_, k) => !dropped.has(k));
}

/** The unit after a number: "份", "万份" (×10000), "万元" (kept as written), "余人", "多场". */
function readUnit(text: string, at: number): { unit: string; factor: number; end: number; between?: string } | undefined {
  let i = at;
  while (i < at + 2 && (text[i] === ' ' || text[i] === '\t')) i++;
  let factor = 1;
  let between: string | undefined;
  const big = text[i];
  if (big === '万' || big === '亿') {
    if (text[i + 1] === '元') return { unit: `${big}元`, factor: 1, end: i + 2 };
    factor = big === '万' ? 10_000 : 100_000_000;
    i++;
  }
  if (text[i] === '余' || text[i] === '多') {
    between = text[i];
    i++;
  }
  const unit = unitAt(text, i);
  if (!unit) return undefined;
  return { unit, factor, end: i + unit.length, between };
}

/** True when the sentence is about an earlier year ("2023年，县科协…"), not a span "2021-2025年". */
function pastYearIn(sentence: string, planYear: number): boolean {
  for (const y of sentence.matchAll(/(\d{4})年?/g)) {
    if (!/年/u.test(sentence.slice((y.index ?? 0) + 4, (y.index ?? 0) + 5)) && !/^\s*[-—至到]/u.test(sentence.slice((y.index ?? 0) + 4))) continue;
    if (Number(y[1]) >= planYear || Number(y[1]) < 1990) continue;
    const at = y.index ?? 0;
    if (/\d{4}年?\s*[-—至到]\s*$/u.test(sentence.slice(Math.max(0, at - 8), at))) continue;
    if (/^\d{4}年?\s*[-—至到]\s*\d{4}/u.test(sentence.slice(at, at + 14))) continue;
    return true;
  }
  return false;
}

/** The thing being counted: the clause before the number, without lead-in verbs and filler. */
function subjectOf(clause: string): string {
  return clause
    .replace(/^(重点是|主要是|其中|全年|今年|年内|全市|全县)/u, '')
    .replace(/(不少于|不低于|不超过|不超出|不高于|至少|达到|超过|力争|争取|约)\s*$/u, '')
    .replace(/[“”"「」]/gu, '')
    .trim()
    .slice(-24);
}
