// Keeps the chat parsers at or above 95% on every labelled field, on the tuning set and the held-out set,
// the found cases at the issue 16 targets (9 in 10 entirely right, at most 1 in 10 asked, nothing stored wrong,
// every non-report refused or asked), and the blind sets at least where they stand. Timeouts are generous:
// accuracy, not speed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/kexie-for-tests.js';
import { BLIND_THRESHOLDS, blindFloorsFor, blindReportSets, scoreBlindSet, scoreSet } from '../eval/score-reports.js';

describe('chat evaluation sets', () => {
  it.each([['tuning set', ''], ['held-out set', 'holdout/'], ['misreadings found in use', 'found/']])('%s: every field at or above 95%%', async (_name, prefix) => {
    const result = await scoreSet(prefix);
    const below = Object.entries(result.accuracy).filter(([, v]) => v < 0.95);
    expect(below, result.report).toEqual([]);
    expect(Object.keys(result.accuracy)).toEqual(expect.arrayContaining(['is-activity', 'date', 'headcount', 'approximate', 'metrics', 'item']));
  }, 600_000);
});

const found = blindReportSets('found');
// The holdout scored once is tuning data now: held to the same floors as the blind sets.
const blind = [...blindReportSets(), ...blindReportSets('holdout-scored'), ...blindReportSets('holdout2-scored'), ...blindReportSets('holdout3-scored'), ...blindReportSets('holdout4-scored'), ...blindReportSets('holdout5-scored'), ...blindReportSets('holdout6-scored'), ...blindReportSets('holdout7-scored'), ...blindReportSets('holdout8-scored'), ...blindReportSets('holdout9-scored'), ...blindReportSets('holdout10-scored'), ...blindReportSets('holdout11-scored'), ...blindReportSets('holdout12-scored'), ...blindReportSets('holdout13-scored'), ...blindReportSets('holdout14-scored'), ...blindReportSets('holdout15-scored'), ...blindReportSets('holdout16-scored'), ...blindReportSets('holdout17-scored'), ...blindReportSets('holdout18-scored'), ...blindReportSets('holdout19-scored')];

describe('misreadings found in use (blind format): held to the issue 16 targets', () => {
  it.each(found)('%s: right, rarely asked, never stored wrong', async (name) => {
    const result = await scoreBlindSet(name);
    const { counts } = result;
    expect(counts.storedWrong, result.report).toBe(0);
    expect(counts.nonReportsHeld, result.report).toBe(counts.nonReports);
    expect(counts.right / Math.max(1, counts.reports), result.report).toBeGreaterThanOrEqual(BLIND_THRESHOLDS.right);
    // A set of cases that should be asked about (issue 21's periods past today) is not held against "rarely asked".
    const shouldAsk = readFileSync(fixture('chat', name), 'utf8').split('\n').filter((l) => /"expect":\s*"ask"/u.test(l)).length;
    expect(Math.max(0, counts.asked - shouldAsk) / Math.max(1, counts.reports), result.report).toBeLessThanOrEqual(1 - BLIND_THRESHOLDS.notAsked);
  }, 600_000);
});

describe('blind report sets: no slipping back below where they stand (targets in npm run eval)', () => {
  it.each(blind)('%s', async (name) => {
    const result = await scoreBlindSet(name);
    const { counts } = result;
    const floors = blindFloorsFor(name);
    expect(counts.nonReportsHeld / Math.max(1, counts.nonReports), result.report).toBeGreaterThanOrEqual(floors.nonReportsHeld);
    expect(counts.storedWrong, result.report).toBeLessThanOrEqual(floors.storedWrong);
    expect(counts.right / Math.max(1, counts.reports), result.report).toBeGreaterThanOrEqual(floors.right);
    // Asking where the label says to ask is right, not "asked too often".
    const shouldAsk = readFileSync(fixture('chat', name), 'utf8').split('\n').filter((l) => /"expect":\s*"ask"/u.test(l)).length;
    expect(Math.max(0, counts.asked - shouldAsk) / Math.max(1, counts.reports), result.report).toBeLessThanOrEqual(floors.asked);
  }, 600_000);
});
