// The offline drafter: a 工作总结 from the facts alone (title, opening, 主要工作 by plan section with 一是/二是, 特色亮点, 存在的不足, 下一步打算, signature).
import { formatMonthDay } from '../dates/civil-date.js';
import { type EventGroup, kindOf } from './event-groups.js';
import type { SectionFacts, SummaryFacts } from './gather-facts.js';
import { stripQuotes, shortTitle, targetName } from './section-heading.js';
import { cn, dateSpan, eventNoun, eventText, figure, longDate, metricsPhrase, peoplePhrase, periodWord } from './summary-phrases.js';
import { unaccounted } from './summary-rubric.js';

export const DRAFT_NOTICE = '（草稿，请核对）';
/** The parts of a 工作总结 after the opening, as first-level headings. */
export const PARTS = ['主要工作', '特色亮点', '存在的不足', '下一步打算'] as const;

/** Clauses already written, so that no purpose or lead is said twice. */
type Said = Set<string>;
const once = (said: Said, text: string): string => (text && !said.has(text) ? (said.add(text), text) : '');
const sentence = (parts: readonly string[]): string => `${parts.filter(Boolean).join('，')}。`;

/** The sentence of one group of events of a kind (two or more records). */
function groupSentence(g: EventGroup, said: Said): string {
  const kind = kindOf(g.kind);
  const places = [...new Set(g.records.map((r) => r.place).filter((p): p is string => p !== null))];
  const named = places.slice(0, 8);
  const more = places.length > named.length || g.records.some((r) => r.place === null) ? '等地' : '';
  const where = named.length > 0 ? `先后${g.kind === 'rural' ? '赴' : '在'}${named.join('、')}${more}` : '';
  const labels = Object.values(g.metricLabels);
  if (g.kind === 'visit') return sentence([dateSpan(g.records), `${named.join('、') || '各科普场馆'}累计接待参观${peoplePhrase(g).replace(/^参加/u, '')}`, metricsPhrase(g.metrics, g.metricLabels), once(said, kind?.purpose ?? '')]);
  if (!kind?.measure) {
    const what = metricsPhrase(g.metrics, g.metricLabels) || `${kind?.noun ?? '相关工作'}${g.count}项`;
    const names = g.records.filter((r) => r.place).map((r) => r.place);
    return sentence([`${dateSpan(g.records)}，${what}${names.length > 0 ? `（${names.join('、')}${names.length < g.records.length ? '等' : ''}）` : ''}`, peoplePhrase(g), once(said, kind?.purpose ?? '')]);
  }
  const verb = /讲座|巡展|培训|会$/u.test(kind.noun) ? '举办' : '开展';
  const count = `${kind.noun}${g.sessions}${kind.measure}`;
  const head = `${dateSpan(g.records)}，${where}${where ? verb : `共${verb}`}${count}`;
  return sentence([head, peoplePhrase(g), metricsPhrase(g.metrics, g.metricLabels, labels.length > 0 ? [kind.noun] : []), once(said, kind.purpose)]);
}

const PEOPLE_NOUN = /(科技工作者|工作者|专家|农户|学生|群众|会员|志愿者|困难户|老党员|人才)$/u;

/** The sentence of a single event: named with its date and place. */
function singleSentence(g: EventGroup, said: Said): string {
  const a = g.records[0];
  if (!a) return '';
  const kind = kindOf(g.kind);
  const title = eventText(a);
  const metrics = metricsPhrase(a.metrics, a.metricLabels, [title]);
  // "建言献策信息已报送3条": a title that is the figure's own label is said once, with its figure.
  const folded = Object.values(a.metricLabels).some((l) => l && (l.includes(title) || title.includes(l)));
  const sessions = (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0);
  const when = a.dateEnd ? `${formatMonthDay(a.date)}至${formatMonthDay(a.dateEnd)}` : formatMonthDay(a.date);
  // "走访慰问科技工作者12人次": a title that ends with the people it served takes its headcount directly.
  if (!folded && a.headcount !== null && PEOPLE_NOUN.test(title)) {
    return sentence([`${when}，${title}${figure(a.headcount, a.headcountUnit ?? '人', a.approximate)}`, sessions > 1 ? `共${sessions}场` : '', metrics, once(said, kind?.purpose ?? '')]);
  }
  return sentence([`${when}，${folded ? metricsPhrase(a.metrics, a.metricLabels) : title}`, sessions > 1 ? `共${sessions}场` : '', peoplePhrase(a.headcount === null ? { people: {}, approximate: [] } : { people: { [a.headcountUnit ?? '人']: a.headcount }, approximate: a.approximate ? [a.headcountUnit ?? '人'] : [] }, ''), folded ? '' : metrics, once(said, kind?.purpose ?? '')]);
}

function leadOf(g: EventGroup, said: Said): string {
  const lead = kindOf(g.kind)?.lead ?? '';
  const first = g.records[0]?.title ?? '';
  if (!lead || (g.records.length === 1 && (first.includes(lead.slice(-4)) || lead.includes(first)))) return '';
  return once(said, lead) ? `${lead}。` : '';
}

function sectionLines(s: SectionFacts, facts: SummaryFacts, index: number, said: Said): string[] {
  const lines = [`（${cn(index)}）${s.heading}`];
  const word = periodWord(facts.period);
  const main = Object.entries(s.people).sort((a, b) => b[1] - a[1])[0];
  // 人 and 人次 are never added: a second kind of count is said apart ("，另有320人").
  const others = Object.entries(s.people).filter(([u]) => u !== main?.[0]).map(([u, n]) => `，另有${figure(n, u, s.approximate.includes(u))}`).join('');
  if (s.activityCount > 1) lines.push(`${word}围绕${s.heading}开展工作${s.activityCount}项${main ? `，覆盖${main[0] === '人次' ? '群众' : ''}${figure(main[1], main[0], s.approximate.includes(main[0]))}${others}` : ''}。`);
  let k = 0;
  for (const g of s.groups) lines.push(`${cn(k++)}是${leadOf(g, said)}${g.records.length > 1 ? groupSentence(g, said) : singleSentence(g, said)}`);
  for (const c of s.completed) lines.push(`${cn(k++)}是${shortTitle(c.title)}工作已完成。`);
  const progress = s.progress.map((p) => {
    const name = targetName(p.subject || p.title);
    const note = p.note ? `（${stripQuotes(p.note)}）` : '';
    if (p.done > p.goal * 3) return `${name}完成${figure(p.done, p.unit)}，远超年度目标${figure(p.goal, p.unit)}，请核对记录${note}`;
    if (p.done >= p.goal) return `${name}完成${figure(p.done, p.unit)}，已完成年度目标（${figure(p.goal, p.unit)}）${note}`;
    return `${name}完成${figure(p.done, p.unit)}，为年度目标${figure(p.goal, p.unit)}的${p.percent}%${note}`;
  });
  if (progress.length > 0) lines.push(`截至${formatMonthDay(facts.asOf)}，${progress.join('；')}。`);
  return lines;
}

function highlightLines(facts: SummaryFacts): string[] {
  const { largest, firsts, reached } = facts.highlights;
  const out: string[] = [];
  const word = periodWord(facts.period);
  if (largest && largest.headcount !== null) out.push(`活动影响广泛。${formatMonthDay(largest.date)}${eventNoun(largest)}吸引${figure(largest.headcount, largest.headcountUnit ?? '人', largest.approximate)}参加，规模为${word}之最。`);
  if (firsts.length > 0) out.push(`工作有新突破。${word}${firsts.map((f) => stripQuotes(f)).join('，')}。`);
  if (reached.length > 0) out.push(`部分目标提前完成。${reached.join('、')}已达到年度目标。`);
  if (out.length === 0) return [`${word}各项工作按计划推进，暂无需要特别说明的亮点。`];
  return out.map((t, i) => `${cn(i)}是${t}`);
}

function shortfallLines(facts: SummaryFacts): string[] {
  const out: string[] = [];
  if (facts.behind.length > 0) {
    const worst = [...facts.behind].sort((a, b) => b.expected - b.percent - (a.expected - a.percent)).slice(0, 4);
    const list = worst.map((b) => `${b.subject}完成${b.percent}%（应达${b.expected}%）`).join('，');
    out.push(`部分目标进度滞后于时序进度。截至${formatMonthDay(facts.asOf)}，${facts.behind.length > worst.length ? `共有${facts.behind.length}项目标低于时序进度，其中${list}` : list}。`);
  }
  if (facts.overdue.length > 0) {
    // Tasks of one deadline together, so that no deadline is said twice.
    const dues = [...new Set(facts.overdue.map((o) => o.due))].sort();
    const list = dues.map((d) => `${facts.overdue.filter((o) => o.due === d).map((o) => `${shortTitle(o.title)}（${o.path}）`).join('、')}应于${formatMonthDay(d)}前完成`);
    out.push(`部分到期任务尚无工作记录。【待补充】${list.join('；')}，如已开展请补记。`);
  }
  if (facts.unreported.length > 0) out.push(`部分单位未报送活动情况：${facts.unreported.join('、')}。`);
  if (out.length === 0) return ['对照年度工作要点，本期未发现进度滞后的目标和逾期未办的任务。'];
  return out.map((t, i) => `${cn(i)}是${t}`);
}

function nextLines(facts: SummaryFacts): string[] {
  const late = new Set(facts.overdue.map((o) => o.path));
  const pending = facts.sections.flatMap((s) => s.idle.filter((i) => i.due >= facts.today && !late.has(i.path)));
  const items = [...pending, ...facts.next.items.filter((i) => !pending.some((p) => p.path === i.path))].sort((a, b) => a.due.localeCompare(b.due)).slice(0, 8);
  // A deadline in another year than the period's says its year.
  const year = facts.period.end.slice(0, 4);
  const when = (d: string): string => (d.startsWith(year) ? formatMonthDay(d) : longDate(d));
  const out = items.map((i) => `${shortTitle(i.title)}（${when(i.due)}前）。`);
  if (facts.behind.length > 0) out.push(`加快推进${facts.behind.slice(0, 3).map((b) => b.subject).join('、')}${facts.behind.length > 3 ? '等' : ''}工作，确保完成年度目标。`);
  if (out.length === 0) return [`${facts.next.label}，继续对照年度工作要点，抓好各项工作落实。`];
  return [`${facts.next.label}，重点做好以下工作：`, ...out.map((t, i) => `${cn(i)}是${t}`)];
}

/** The whole draft: title, opening, the four parts, an appendix for any record not named, and the signature. */
export function draftFromTemplate(facts: SummaryFacts): string {
  const who = facts.unit || '我会';
  const title = `${facts.unit}${facts.period.label}工作总结${DRAFT_NOTICE}`;
  const signature = [facts.unit, longDate(facts.today)].filter(Boolean);
  if (facts.totals.activityCount === 0 && facts.sections.length === 0) {
    return [title, `${facts.period.label}没有活动记录，也没有到期的计划任务。请先记录活动（例如：记录 5月17日 科普讲座，参加120人），再生成总结。`].join('\n\n');
  }
  const t = facts.totals;
  const main = Object.entries(t.people).sort((a, b) => b[1] - a[1])[0];
  const figures = [t.activityCount > 1 ? `共开展各类活动${t.activityCount}项` : '', main ? peoplePhrase(t) : '', facts.highlights.reached.length > 0 ? `${facts.highlights.reached.length}项年度目标已经完成` : ''].filter(Boolean);
  const opening =
    t.activityCount > 0
      ? `${facts.period.label}，${who}在党委、政府的领导和上级科协的指导下，紧紧围绕年度工作要点，${figures.length > 0 ? `${figures.join('，')}，` : ''}各项工作有序推进。现将有关情况总结如下。`
      : `${facts.period.label}暂无活动记录。以下列出本期到期的计划任务，供补充。`;
  const said: Said = new Set();
  // A section with nothing done yet (only tasks due) is left to 存在的不足 and 下一步打算.
  const body: string[] = facts.sections.filter((s) => s.activityCount > 0 || s.progress.length > 0 || s.completed.length > 0).flatMap((s, i) => sectionLines(s, facts, i, said));
  if (body.length === 0) body.push(`${periodWord(facts.period)}暂无活动记录，请补记后再生成总结。`);
  const parts = [[`一、${PARTS[0]}`, ...body], [`二、${PARTS[1]}`, ...highlightLines(facts)], [`三、${PARTS[2]}`, ...shortfallLines(facts)], [`四、${PARTS[3]}`, ...nextLines(facts)]];
  const draft = [title, opening, ...parts.map((p) => p.join('\n'))].join('\n\n');
  return [withAppendix(draft, facts), signature.join('\n')].join('\n\n');
}

/** Adds "附：其他活动记录" listing each record the draft does not name, so that no record is dropped. */
export function withAppendix(draft: string, facts: SummaryFacts): string {
  const missing = unaccounted(draft, facts);
  if (missing.length === 0) return draft;
  const lines = missing.map((a, i) => `${i + 1}. ${formatMonthDay(a.date)} ${stripQuotes(a.title)}${a.headcount !== null ? `，${figure(a.headcount, a.headcountUnit ?? '人', a.approximate)}` : ''}${metricsPhrase(a.metrics, a.metricLabels) ? `，${metricsPhrase(a.metrics, a.metricLabels)}` : ''}`);
  return `${draft}\n\n附：其他活动记录\n${lines.join('\n')}`;
}
