// Drafts a summary: facts → model (checked, sent back once) or the offline drafter; never hangs, never invents.
import { ModelError } from '../errors.js';
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import type { ChatMessage, LanguageModel, Logger } from '../ports.js';
import { checkNumbers, type NumberCheck } from './check-numbers.js';
import { DRAFT_NOTICE, draftFromTemplate } from './draft-template.js';
import { type Fact, gatherFacts, listFacts, type SummaryFacts } from './gather-facts.js';
import type { ItemStatus } from '../questions/item-status.js';
import type { SummaryPeriod } from './summary-period.js';

/** Prompt templates by name, with {{placeholders}} filled in. */
export interface PromptLibrary {
  render(name: string, vars: Record<string, string>): string;
}

export interface SummaryDraft {
  text: string;
  drafter: 'llm' | 'template';
  check: NumberCheck;
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
}

/** A rough token count for Chinese-heavy text (one token per character, a quarter per ASCII character). */
export function estimateTokens(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 128 ? 0.25 : 1;
  return Math.ceil(n);
}

/** The facts as compact data for the prompt: aggregated, a few example activities per section, under budget. */
export function factsForPrompt(facts: SummaryFacts, maxTokens = 2500): string {
  for (const perSection of [8, 5, 3, 1, 0]) {
    const data = {
      period: facts.period.label,
      totals: facts.totals,
      sections: facts.sections.map((s) => ({
        heading: s.heading,
        activityCount: s.activityCount,
        sessions: s.sessions,
        people: s.people,
        approximate: s.approximate,
        metrics: s.metrics,
        examples: [...s.activities]
          .sort((a, b) => (b.headcount ?? 0) - (a.headcount ?? 0))
          .slice(0, perSection)
          .map((a) => ({ date: a.date, title: a.title, headcount: a.headcount, unit: a.headcountUnit, approximate: a.approximate, metrics: a.metrics, labels: a.metricLabels })),
        progress: s.progress.map((p) => ({ subject: p.subject || p.title, done: p.done, goal: p.goal, unit: p.unit, percent: p.percent })),
        idle: s.idle.slice(0, 5).map((i) => i.title),
        completed: s.completed.slice(0, 5).map((i) => i.title),
      })),
    };
    const json = JSON.stringify(data);
    if (estimateTokens(json) <= maxTokens || perSection === 0) return json;
  }
  return '{}';
}

const names = (facts: SummaryFacts): string[] => facts.sections.flatMap((s) => [s.heading, ...s.activities.map((a) => a.title), ...s.progress.flatMap((p) => [p.subject, p.note]), ...s.idle.map((i) => i.title), ...s.completed.map((i) => i.title)]);

/** Drafts the summary of a period. */
export async function draftSummary(deps: DraftDeps, input: { period: SummaryPeriod; plans: readonly Plan[]; activities: readonly Activity[]; statuses?: readonly ItemStatus[] }): Promise<SummaryDraft> {
  const facts = gatherFacts(input.period, input.plans, input.activities, input.statuses);
  const list = listFacts(facts);
  const template = (): string => draftFromTemplate(facts);
  const offline = (reason?: string): SummaryDraft => {
    const text = template();
    return { text, drafter: 'template', check: checkNumbers(text, list, names(facts)), facts: list, period: input.period, ...(reason ? { fallbackReason: reason } : {}) };
  };
  if (!deps.model || !deps.prompts || facts.totals.activityCount === 0) return offline();

  const system = deps.prompts.render('summary-system', {});
  const user = deps.prompts.render('summary-user', { period: input.period.label, facts: factsForPrompt(facts) });
  const promptTokens = estimateTokens(system) + estimateTokens(user);
  const signal = AbortSignal.timeout(deps.timeoutMs ?? 60_000);
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  try {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const raw = await deps.model.complete(messages, { signal });
      const body = cleanModelText(raw);
      if (body.length < 20 || (body.match(/\p{Script=Han}/gu)?.length ?? 0) < 10) throw new ModelError(undefined, undefined, '语言模型返回的内容无法使用。');
      const check = checkNumbers(body, list, names(facts));
      if (check.ok) {
        return { text: `${input.period.label}工作总结${DRAFT_NOTICE}\n\n${body}`, drafter: 'llm', check, facts: list, period: input.period, promptTokens };
      }
      deps.logger.warn('model draft has unsupported numbers', { attempt, unsupported: check.unsupported });
      if (attempt === 2) return { ...offline(`模型草稿中有无法核实的数字（${check.unsupported.join('、')}），已改用离线草稿。`), promptTokens };
      messages.push({ role: 'assistant', content: raw }, { role: 'user', content: deps.prompts.render('summary-fix', { unsupported: check.unsupported.join('、') }) });
    }
  } catch (error) {
    const reason = error instanceof ModelError ? error.userMessage.split('\n')[0] ?? '' : signal.aborted ? '语言模型响应超时。' : '语言模型调用失败。';
    deps.logger.warn('model draft failed, using the offline draft', { reason, error });
    return { ...offline(`${reason}已改用离线草稿。`), promptTokens };
  }
  return offline();
}

/** Strips code fences and a repeated title from a model's answer. */
function cleanModelText(raw: string): string {
  return raw
    .replace(/^```[a-z]*\n?|```$/gimu, '')
    .replace(/^#+\s*/gmu, '')
    .replace(/^.*工作总结[（(]草稿.*$/mu, '')
    .trim();
}
