// Many names found in a long text in one pass: the same masking as replacing each name in turn, longest first.
import { describe, expect, it } from 'vitest';
import { findNames, maskNames } from '../../src/core/text/find-names.js';

const splitMask = (text: string, names: readonly string[]): string => {
  let out = text;
  for (const name of [...names].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)) out = out.split(name).join('※'.repeat(name.length));
  return out;
};

let seed = 7;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const word = (alphabet: string, max: number): string => Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

describe('maskNames', () => {
  it('masks as name-by-name replacement does, on 2,000 random texts with overlapping and repeated names', () => {
    for (let round = 0; round < 2000; round++) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abc科普' : 'ab𠀀c';
      const text = word(alphabet, 40);
      const names = Array.from({ length: Math.floor(random() * 6) }, () => word(alphabet, 5));
      if (round % 50 === 0) names.push('a※b');
      expect(maskNames(text, names), `${text} / ${names.join(',')}`).toBe(splitMask(text, names));
    }
  });

  it('finds every occurrence of every name, and only names that occur', () => {
    const found = findNames('科普讲座第1场，科普讲座第12场；科普讲座第1场', ['科普讲座第1场', '科普讲座第12场', '科普讲座第3场', '第1', '讲']);
    expect(Object.fromEntries(found)).toEqual({ 科普讲座第1场: [0, 17], 科普讲座第12场: [8], 第1: [4, 12, 21], 讲: [2, 10, 19] });
  });
});
