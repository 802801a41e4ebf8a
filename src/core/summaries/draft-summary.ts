// Drafts a summary: facts → model (numbers and rubric checked, sent back once) or the offline drafter; never hangs, never invents.
import { ModelError } from '../errors.js';
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import type { ChatMessage, LanguageModel, Logger } from '../ports.js';
import type { ItemStatus } from '../questions/item-status.js';
import { toSimplified } from '../text/normalize.js';
import { checkNumbers, type NumberCheck } from './check-numbers.js';
import { DRAFT_NOTICE, withAppendix } from './draft-template.js';
import { kindOf } from './event-groups.js';
import type { Fact, GatherOptions, SummaryFacts } from './gather-facts.js';
import { prepareSummary, type SummaryWorker } from './prepare-summary.js';
import { checkRubric, type RubricResult } from './summary-rubric.js';
import { dateSpan, longDate, periodWord } from './summary-phrases.js';
import { shortTitle, targetName } from './section-heading.js';
import type { SummaryPeriod } from './summary-period.js';

/** Prompt templates by name, with {{placeholders}} filled in. */
export interface PromptLibrary {
  render(name: string, vars: Record<string, string>): string;
}

export interface SummaryDraft {
  text: string;
  drafter: 'llm' | 'template';
  check: NumberCheck;
  /** The rubric of a 工作总结 (parts, no repeated clause, no nested quotes, every record accounted for …). */
  rubric: RubricResult;
  facts: Fact[];
  period: SummaryPeriod;
  /** Why the offline draft was used although a model is configured. */
  fallbackReason?: string;
  promptTokens?: number;
}

export interface DraftDeps {
  model?: LanguageModel;
  prompts?: PromptLibrary;
  logger: Logger;
  /** The longest the whole model exchange may take, retries included. */
  timeoutMs?: number;
  /** Where the heavy part runs (a worker thread in the bot); in this thread without it. */
  worker?: SummaryWorker;
}

/** A rough token count for Chinese-heavy text (one token per character, a quarter per ASCII character). */
export function estimateTokens(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 128 ? 0.25 : 1;
  return Math.ceil(n);
}

/** The facts as compact data for the prompt: sections, groups of events with sums, a few records each, under budget. */
export function factsForPrompt(facts: SummaryFacts, maxTokens = 2800): string {
  for (const perGroup of [6, 3, 1, 0]) {
    const data = {
      unit: facts.unit,
      period: facts.period.label,
      periodWord: periodWord(facts.period),
      asOf: facts.asOf,
      totals: { activityCount: facts.totals.activityCount, people: facts.totals.people, approximate: facts.totals.approximate, metrics: facts.totals.metrics, labels: facts.totals.metricLabels },
      sections: facts.sections.map((s) => ({
        heading: s.heading,
        activityCount: s.activityCount,
        people: s.people,
        approximate: s.approximate,
        groups: s.groups.map((g) => {
          const kind = kindOf(g.kind);
          return {
            kind: kind?.noun ?? null,
            lead: kind?.lead ?? null,
            count: g.records.length,
            ...(kind?.measure ? { sessions: g.sessions, measure: kind.measure } : {}),
            dates: dateSpan(g.records),
            people: g.people,
            approximate: g.approximate,
            metrics: g.metrics,
            labels: g.metricLabels,
            places: [...new Set(g.records.map((r) => r.place).filter(Boolean))].slice(0, 8),
            records: g.records.slice(0, perGroup).map((a) => ({ date: a.date, title: toSimplified(a.title), headcount: a.headcount, unit: a.headcountUnit, approximate: a.approximate, metrics: a.metrics })),
          };
        }),
        progress: s.progress.map((p) => ({ subject: targetName(p.subject || p.title), done: p.done, goal: p.goal, unit: p.unit, percent: p.percent })),
        completed: s.completed.slice(0, 5).map((i) => shortTitle(i.title)),
      })),
      highlights: { largest: facts.highlights.largest ? { date: facts.highlights.largest.date, title: facts.highlights.largest.title, headcount: facts.highlights.largest.headcount, unit: facts.highlights.largest.headcountUnit } : null, firsts: facts.highlights.firsts, reached: facts.highlights.reached },
      behind: facts.behind.slice(0, 5),
      overdue: facts.overdue.slice(0, 5).map((o) => ({ title: shortTitle(o.title), due: o.due })),
      unreported: facts.unreported.slice(0, 10),
      next: { label: facts.next.label, items: facts.next.items.map((i) => ({ title: shortTitle(i.title), due: i.due })) },
    };
    const json = JSON.stringify(data);
    if (estimateTokens(json) <= maxTokens || perGroup === 0) return json;
  }
  return '{}';
}

/** The problems of a model's draft the model is asked to fix: unsupported numbers and rubric failures (records left out are listed by us). */
const blocking = (r: RubricResult): string[] => r.problems.filter((p) => !p.startsWith('未交代的记录'));

/** Drafts the summary of a period. */
export async function draftSummary(deps: DraftDeps, input: { period: SummaryPeriod; plans: readonly Plan[]; activities: readonly Activity[]; statuses?: readonly ItemStatus[]; today?: string; units?: GatherOptions['units'] }): Promise<SummaryDraft> {
  const withModel = Boolean(deps.model && deps.prompts);
  const prepared = deps.worker ? await deps.worker(input, { keepFacts: withModel }) : prepareSummary(input);
  const { facts, list, names } = prepared;
  const offline = (reason?: string): SummaryDraft => ({ ...prepared.offline, drafter: 'template', facts: list, period: input.period, ...(reason ? { fallbackReason: reason } : {}) });
  if (!deps.model || !deps.prompts || !facts || prepared.activityCount === 0) return offline();

  const system = deps.prompts.render('summary-system', {});
  const user = deps.prompts.render('summary-user', { period: input.period.label, facts: factsForPrompt(facts) });
  const promptTokens = estimateTokens(system) + estimateTokens(user);
  const signal = AbortSignal.timeout(deps.timeoutMs ?? 60_000);
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  const title = `${facts.unit}${input.period.label}工作总结${DRAFT_NOTICE}`;
  const signature = [facts.unit, longDate(facts.today)].filter(Boolean).join('\n');
  try {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const raw = await deps.model.complete(messages, { signal });
      const body = cleanModelText(raw);
      if (body.length < 20 || (body.match(/\p{Script=Han}/gu)?.length ?? 0) < 10) throw new ModelError(undefined, undefined, '语言模型返回的内容无法使用。');
      const check = checkNumbers(body, list, names);
      const text = `${withAppendix(`${title}\n\n${body}`, facts)}\n\n${signature}`;
      const rubric = checkRubric(text, facts);
      if (check.ok && blocking(rubric).length === 0) return { text, drafter: 'llm', check, rubric, facts: list, period: input.period, promptTokens };
      deps.logger.warn('model draft failed its checks', { attempt, unsupported: check.unsupported, rubric: rubric.problems });
      const why = [check.ok ? '' : `无法核实的数字（${check.unsupported.join('、')}）`, blocking(rubric).length > 0 ? `不合格式要求（${blocking(rubric).join('；')}）` : ''].filter(Boolean).join('，');
      if (attempt === 2) return { ...offline(`模型草稿中有${why}，已改用离线草稿。`), promptTokens };
      messages.push({ role: 'assistant', content: raw }, { role: 'user', content: deps.prompts.render('summary-fix', { unsupported: check.unsupported.join('、') || '（无）', problems: blocking(rubric).join('；') || '（无）' }) });
    }
  } catch (error) {
    const reason = error instanceof ModelError ? (error.userMessage.split('\n')[0] ?? '') : signal.aborted ? '语言模型响应超时。' : '语言模型调用失败。';
    deps.logger.warn('model draft failed, using the offline draft', { reason, error });
    return { ...offline(`${reason}已改用离线草稿。`), promptTokens };
  }
  return offline();
}

/** Strips code fences, Markdown marks, a repeated title and a signature from a model's answer. */
function cleanModelText(raw: string): string {
  return toSimplified(
    raw
      .replace(/^```[a-z]*\n?|```$/gimu, '')
      .replace(/^#+\s*/gmu, '')
      .replace(/\*\*/gu, '')
      .replace(/^.*工作总结.*$/mu, (line) => (line.length < 40 && !/[，。]/u.test(line) ? '' : line))
      .trim(),
  );
}
