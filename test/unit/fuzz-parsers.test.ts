// Every parser on hostile text: long runs of numerals, digits, units, dates and brackets, and random
// mixes of them. Each must stay within a per-character time bound (a backtracking regex would blow
// far past it) and must never throw.
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

/** Runs fn on every adversarial text of length n and returns the slowest time per character, in µs. */
function slowestPerChar(n: number, fn: (text: string) => unknown): number {
  let worst = 0;
  for (const text of adversarial(n)) {
    // The better of two runs: a busy machine slows one run, not the growth a backtracking regex shows.
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      fn(text);
      best = Math.min(best, ((performance.now() - t) * 1000) / text.length);
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

// Generous, for a loaded CI machine: a linear parser takes well under 5 µs a character here; the cubic
// number pattern this test was written against took 2,000 µs a character at 500 characters, and more beyond.
const BOUND_US = 200;

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
  ];
  it.each(parsers)('%s stays linear on %i characters', (_name, n, fn) => {
    expect(slowestPerChar(n, fn)).toBeLessThan(BOUND_US);
  });

  it('refuses an over-long chat message before parsing it, saying what to do', () => {
    const r = readReport(`记录 ${'参加一'.repeat(3000)}`, '2026-11-23', { explicit: true });
    expect(r).toMatchObject({ kind: 'invalid', problem: 'too_long' });
    expect(r.kind === 'invalid' && r.message).toContain('分成几条');
  });
});
