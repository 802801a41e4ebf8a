// Keeps plan parsing at 100% on both labelled sets (the blind one and ours); `npm run eval` prints the misses.
import { describe, expect, it } from 'vitest';
import { score } from '../eval/score-plans.js';

describe('plan evaluation sets', () => {
  it('reads every labelled fragment right: title, year, items, deadlines, targets, refusals', async () => {
    const result = await score();
    expect(Object.keys(result.accuracy)).toEqual(expect.arrayContaining(['blind.due', 'blind.targets', 'ours.due', 'ours.targets', 'ours.refuse']));
    const below = Object.entries(result.accuracy).filter(([, v]) => v < 1);
    expect(below, result.report).toEqual([]);
  });
});
