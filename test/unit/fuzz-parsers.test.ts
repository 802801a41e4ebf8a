// Every parser on hostile text: long runs of numerals, digits, units, dates and brackets, and random
// mixes of them. Each must finish (a backtracking regex takes minutes at these sizes: the generous test
// timeout catches it; no timing is asserted, a busy machine would break it) and must never throw.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parseOwners } from '../../src/core/plans/parse-owners.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { checkNumbers } from '../../src/core/summaries/check-numbers.js';
import { scanNumbers } from '../../src/core/text/scan-numbers.js';
import { findMessageDates } from '../../src/core/understanding/message-dates.js';
import { findFigures } from '../../src/core/understanding/message-figures.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { auditReading } from '../../src/core/understanding/report-audit.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['一', '二', '十', '百', '千', '万', '亿', '两', '零', '1', '9', ',', '.', '人', '人次', '场', '份', '多', '余', '约', '近', '月', '日', '号', '至', '—', '（', '）', '第', '年', '前', '周', '上', '下', ' ', '，', '；', '\n', '几', '来', '-', '+', 'e', '叁', '佰'];
function adversarial(n: number): string[] {
  const rnd = random(n);
  let mixed = '';
  while (mixed.length < n) mixed += PIECES[Math.floor(rnd() * PIECES.length)];
  return [
    `参加${'一'.repeat(n)}`,
    '1'.repeat(n),
    '十百'.repeat(n / 2),
    '1人，'.repeat(n / 3),
    '5月1日'.repeat(n / 4),
    '（'.repeat(n / 2) + '）'.repeat(n / 2),
    '1,000'.repeat(n / 5),
    '上周'.repeat(n / 2),
    '不少于'.repeat(n / 3) + '5',
    mixed.slice(0, n),
  ];
}

/** Far beyond what linear parsing needs on a loaded machine; a backtracking pattern takes minutes. */
const BLOW_UP = 120_000;

describe('parsers on hostile input', () => {
  const parsers: Array<[string, number, (t: string) => unknown]> = [
    ['scanNumbers', 50_000, (t) => scanNumbers(t)],
    ['findFigures', 50_000, (t) => findFigures(t)],
    ['findMessageDates', 20_000, (t) => findMessageDates(t, '2026-11-23')],
    ['readReport (capped at 4,000)', 4_000, (t) => readReport(t, '2026-11-23', { explicit: true })],
    ['readCorrection', 4_000, (t) => readCorrection(t, '2026-11-23')],
    ['understandQuestion', 4_000, (t) => understandQuestion(t, '2026-11-23')],
    ['parseTargets', 20_000, (t) => parseTargets(t, 2026)],
    ['parseDeadlines', 20_000, (t) => parseDeadlines(t, 2026)],
    ['parseOwners', 20_000, (t) => parseOwners(t)],
    ['parsePlan', 20_000, (t) => parsePlan(t, { source: 'fuzz.txt', fallbackYear: 2026, importedAt: '2026-11-23T00:00:00Z', observances: OBSERVANCES })],
    ['checkNumbers', 20_000, (t) => checkNumbers(t, [])],
    // The second look over a reading of many records, each holding the hostile text's first figure.
    ['auditReading (4,000, 60 records)', 4_000, (t) => auditReading(t, Array.from({ length: 60 }, (_, k) => ({ date: `2026-11-${String(1 + (k % 28)).padStart(2, '0')}`, headcount: k % 2 === 0 ? 1 : null, metrics: { 场: 2, '人(学生)': 1 } })))],
  ];
  it.each(parsers)('%s finishes without throwing on %i characters of hostile text', (_name, n, fn) => {
    for (const text of adversarial(n)) expect(() => fn(text)).not.toThrow();
  }, BLOW_UP);

  it('refuses an over-long chat message before parsing it, saying what to do', () => {
    const r = readReport(`记录 ${'参加一'.repeat(3000)}`, '2026-11-23', { explicit: true });
    expect(r).toMatchObject({ kind: 'invalid', problem: 'too_long' });
    expect(r.kind === 'invalid' && r.message).toContain('分成几条');
  });
});
