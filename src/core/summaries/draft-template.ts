// The offline drafter: writes the summary in official style from the facts alone, with no model.
import { formatMonthDay } from '../dates/civil-date.js';
import type { ActivityFact, SectionFacts, SummaryFacts, Totals } from './gather-facts.js';

export const DRAFT_NOTICE = '（草稿，请核对）';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const VERB: Record<string, string> = { 份: '发放资料', 册: '发放图书', 本: '发放图书', 块: '展出展板', 件: '发放科普物品', 次: '开展咨询服务', 期: '编发', 篇: '刊发稿件', 张: '发放', 幅: '展出作品', 家: '覆盖单位', 个: '覆盖', 所: '覆盖学校', 户: '服务农户', 元: '投入资金' };

const count = (n: number, unit: string, approximate = false): string => `${n}${approximate ? '余' : ''}${unit}`;

function peoplePhrase(t: Pick<Totals, 'people' | 'approximate'>): string {
  const parts = Object.entries(t.people).map(([unit, n]) => count(n, unit, t.approximate.includes(unit)));
  return parts.length > 0 ? `参与群众${parts.join('、')}` : '';
}

function metricsPhrase(metrics: Record<string, number>, labels: Record<string, string> = {}): string {
  return Object.entries(metrics)
    .filter(([unit]) => !unit.includes('('))
    .map(([unit, n]) => `${labels[unit] || (unit === '场' || unit === '场次' ? '举办活动' : (VERB[unit] ?? '共计'))}${count(n, unit)}`)
    .join('，');
}

function activitySentence(a: ActivityFact): string {
  const parts = [`${formatMonthDay(a.date)}，${a.title}`];
  if (a.headcount !== null) parts.push(`参与${count(a.headcount, a.headcountUnit ?? '人', a.approximate)}`);
  const metrics = metricsPhrase(a.metrics, a.metricLabels);
  if (metrics) parts.push(metrics);
  return parts.join('，');
}

function totalsSentence(t: Totals): string {
  const parts = [`共开展相关活动${t.activityCount}项`];
  if (t.sessions > 0) parts.push(`累计${count(t.sessions, '场次')}`);
  const people = peoplePhrase(t);
  if (people) parts.push(people);
  const metrics = metricsPhrase(t.metrics, t.metricLabels);
  if (metrics) parts.push(metrics);
  return parts.join('，');
}

function sectionParagraph(s: SectionFacts, facts: SummaryFacts, index: number): string {
  const lines = [`${CN[index] ?? index + 1}、${s.heading}`];
  const body: string[] = [];
  if (s.activityCount > 0) {
    body.push(`${facts.period.label}，围绕“${s.heading}”，${totalsSentence(s)}。`);
    const shown = [...s.activities].sort((a, b) => (b.headcount ?? 0) - (a.headcount ?? 0)).slice(0, 6).sort((a, b) => a.date.localeCompare(b.date));
    body.push(`${shown.map(activitySentence).join('；')}${s.activities.length > shown.length ? `；另有${s.activities.length - shown.length}项活动` : ''}。`);
  }
  for (const p of s.progress) {
    const status = p.done >= p.goal ? `已超额完成年度目标（${count(p.goal, p.unit)}）` : `为年度目标${count(p.goal, p.unit)}的${p.percent}%`;
    body.push(`截至${formatMonthDay(facts.period.end)}，${p.subject || p.title}已完成${count(p.done, p.unit)}，${status}${p.note ? `（${p.note}）` : ''}。`);
  }
  if (s.completed.length > 0) body.push(`${s.completed.map((c) => `${c.path} ${c.title}`).join('；')}已完成。`);
  if (body.length > 0) lines.push(body.join(''));
  if (s.idle.length > 0) lines.push(`【待补充】本期暂无活动记录的任务：${s.idle.map((i) => `${i.path} ${i.title}`).join('；')}。`);
  return lines.join('\n');
}

/** The whole draft: title, opening, one paragraph per section, and the draft notice. */
export function draftFromTemplate(facts: SummaryFacts): string {
  const title = `${facts.period.label}工作总结${DRAFT_NOTICE}`;
  if (facts.totals.activityCount === 0 && facts.sections.length === 0) {
    return `${title}\n\n${facts.period.label}没有活动记录，也没有到期的计划任务。请先记录活动（例如：记录 5月17日 科普讲座，参加120人），再生成总结。`;
  }
  const opening =
    facts.totals.activityCount > 0
      ? `${facts.period.label}，在上级科协的指导下，我们紧紧围绕年度工作要点，${totalsSentence(facts.totals)}，各项工作有序推进。现将主要工作总结如下。`
      : `${facts.period.label}暂无活动记录。以下列出本期到期的计划任务，供补充。`;
  return [title, opening, ...facts.sections.map((s, i) => sectionParagraph(s, facts, i))].join('\n\n');
}
