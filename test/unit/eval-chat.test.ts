// Keeps the chat parsers at or above 95% on every labelled field, on the tuning set and the held-out set.
import { describe, expect, it } from 'vitest';
import { scoreSet } from '../eval/score-reports.js';

describe('chat evaluation sets', () => {
  it.each([['tuning set', ''], ['held-out set', 'holdout/'], ['misreadings found in use', 'found/']])('%s: every field at or above 95%%', async (_name, prefix) => {
    const result = await scoreSet(prefix);
    const below = Object.entries(result.accuracy).filter(([, v]) => v < 0.95);
    expect(below, result.report).toEqual([]);
    expect(Object.keys(result.accuracy)).toEqual(expect.arrayContaining(['is-activity', 'date', 'headcount', 'approximate', 'metrics', 'item']));
  }, 60_000);
});
