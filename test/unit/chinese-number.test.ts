import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/core/text/chinese-number.js';

describe('parseChineseNumber', () => {
  it.each([
    ['两万', 20000],
    ['3000', 3000],
    ['8万', 80000],
    ['1.5万', 15000],
    ['1.2万', 12000],
    ['三千五', 3500],
    ['两万三', 23000],
    ['一百零五', 105],
    ['三百二十', 320],
    ['十二', 12],
    ['二十', 20],
    ['1,200', 1200],
    ['一千二百万', 12_000_000],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('returns undefined for words that are not numbers', () => {
    expect(parseChineseNumber('科普')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});
