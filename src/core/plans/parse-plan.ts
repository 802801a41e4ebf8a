// Reads a work plan's text into a Plan: title, year, outline items with deadlines, targets and owners.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { partsOf } from '../dates/civil-date.js';
import { normalizeText, matchKey } from '../text/normalize.js';
import { stableId } from '../text/hash.js';
import { cleanLines } from './clean-text.js';
import { findObservances, observanceRange, type Observance } from './observances.js';
import { parseOutline } from './parse-outline.js';
import { parseOwners } from './parse-owners.js';
import { parseTargets } from './parse-targets.js';
import type { Due, ParseWarning, Plan, PlanItem } from './plan-schema.js';

export interface ParsePlanOptions {
  /** Where the text came from (a file name), kept on the plan. */
  source: string;
  /** The year to assume when the title names none: the import date's year. */
  fallbackYear: number;
  importedAt: string;
  observances: readonly Observance[];
}

const TITLE_WORDS = /(工作要点|工作计划|工作方案|实施方案|行动方案|工作安排|要点|计划|方案|总结|讲话|安排)$/u;

/** The plan in a text, with warnings for what could not be used; never throws on odd input. */
export function parsePlan(raw: string, options: ParsePlanOptions): { plan: Plan; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const lines = cleanLines(raw);
  const { nodes, preamble } = parseOutline(lines);
  const title = findTitle(preamble, lines, options.source);
  const years = findYears(title, preamble.join('\n'), options.fallbackYear);
  const planId = stableId(`${matchKey(title)}|${years.from}`);
  if (nodes.length === 0) warnings.push({ line: 0, message: '没有找到编号条目（一、 （一） 1、 等）' });

  const usedIds = new Set<string>();
  const idByLabels = new Map<string, string>();
  const items: PlanItem[] = nodes.map((node) => {
    const path = node.labels.join('/');
    const itemTitle = titleOf(node.text);
    let id = stableId(`${planId}|${matchKey(itemTitle)}`);
    if (usedIds.has(id)) id = stableId(`${planId}|${path}|${matchKey(node.text)}`);
    usedIds.add(id);
    idByLabels.set(path, id);
    const parentPath = node.labels.slice(0, -1).join('/');
    const hasChildren = nodes.some((n) => n !== node && n.labels.length > node.labels.length && n.labels.slice(0, node.labels.length).join('/') === path);
    return {
      id,
      path,
      level: node.labels.length,
      kind: node.isGroup || (hasChildren && node.rank < 3) ? 'section' : 'task',
      title: itemTitle,
      text: node.text,
      due: node.isGroup ? [] : dueOf(node.text, years.from, options.observances),
      targets: node.isGroup ? [] : parseTargets(node.text, years.from),
      owners: parseOwners(node.text),
      parentId: idByLabels.get(parentPath) ?? null,
    };
  });
  return {
    plan: { id: planId, title, year: years.from, yearTo: years.to, source: options.source, importedAt: options.importedAt, items },
    warnings,
  };
}

/** Written deadlines, then dates implied by observances not already covered by a written date. */
export function dueOf(text: string, year: number, observances: readonly Observance[]): Due[] {
  const due = parseDeadlines(text, year);
  for (const { observance, written } of findObservances(text, observances)) {
    if (due.some((d) => !d.implied && partsOf(d.start).month === observance.month && partsOf(d.end).month === observance.month)) continue;
    const range = observanceRange(observance, year);
    due.push({ text: written, ...range, implied: true, kind: 'event', recurring: 'yearly' });
  }
  return due;
}

/** The item's first sentence, short enough for a chat line. */
export function titleOf(text: string): string {
  const first = (text.split(/[。；;\n]/u)[0] ?? text).replace(/[：:，,]$/u, '').trim();
  return first.length <= 40 ? first : `${first.slice(0, 36)}…`;
}

function findTitle(preamble: string[], lines: string[], source: string): string {
  return pickTitle(preamble, lines, source).replace(/\.(docx?|pdf|txt|md|wps)$/iu, '').trim();
}

function pickTitle(preamble: string[], lines: string[], source: string): string {
  const candidates = preamble.length > 0 ? preamble : lines.slice(0, 3);
  const shortTitled = candidates.find((l) => l.length <= 50 && TITLE_WORDS.test(normalizeText(l).replace(/[（(].*[)）]$/u, '')));
  if (shortTitled) {
    // "2022年工作要点" under a notice that quotes 《长治市科学技术协会2022年工作要点》: the quoted one is fuller.
    const fuller = candidates.map((l) => /《([^》]{4,60})》/u.exec(l)?.[1]).find((q) => q && normalizeText(q).endsWith(normalizeText(shortTitled)));
    return fuller ?? shortTitled;
  }
  for (const l of candidates) {
    const quoted = /《([^》]{4,50})》/u.exec(l);
    if (quoted && TITLE_WORDS.test(normalizeText(quoted[1] ?? ''))) return quoted[1] ?? '';
  }
  const first = candidates.find((l) => l.length <= 60);
  return first ?? source.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '');
}

function findYears(title: string, preamble: string, fallback: number): { from: number; to: number } {
  const t = normalizeText(title);
  const span = /(20\d{2})\s*[-—–~至到]\s*(20\d{2})\s*年/u.exec(t);
  if (span) return { from: Number(span[1]), to: Number(span[2]) };
  const single = /(20\d{2})\s*年/u.exec(t);
  if (single) return { from: Number(single[1]), to: Number(single[1]) };
  const inPreamble = /(20\d{2})\s*年(?:度)?(?:工作|是)/u.exec(normalizeText(preamble));
  if (inPreamble) return { from: Number(inPreamble[1]), to: Number(inPreamble[1]) };
  return { from: fallback, to: fallback };
}
