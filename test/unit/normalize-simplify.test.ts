// toSimplified skips the converter for text no dictionary entry changes: same output as the converter on
// every fixture line, and simplified text never builds it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalizeText, simplifierBuilt, toSimplified } from '../../src/core/text/normalize.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function lines(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...lines(path));
    else if (/\.(jsonl?|md|txt)$/u.test(name)) out.push(...readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== ''));
  }
  return out;
}

describe('toSimplified', () => {
  it('does not build the converter for simplified text', () => {
    for (const text of ['上个月都做了哪些活动', '记录 6月18日 防灾减灾应急科普讲座，参加60人', '城关镇社区开展消防演练', 'plain ascii 123']) {
      expect(toSimplified(text)).toBe(text);
    }
    expect(normalizeText('今年开了几场培训了')).toBe('今年开了几场培训了');
    expect(simplifierBuilt()).toBe(false);
  });

  it('converts traditional text as the full converter does, length kept', () => {
    expect(toSimplified('臺灣講座參加後來發現')).toBe('台湾讲座参加后来发现');
    // 么 is a key of the dictionaries (什么 → 什麼 → 什么): it goes through the converter and comes back.
    expect(toSimplified('上个月都做了什么')).toBe('上个月都做了什么');
    expect(toSimplified('記錄 6月18日 防災減災應急科普講座，參加60人')).toBe('记录 6月18日 防灾减灾应急科普讲座，参加60人');
    expect(simplifierBuilt()).toBe(true);
  });

  it('gives what the full converter gives on every fixture line', () => {
    const full = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const reference = (text: string): string => {
      const converted = full(text);
      if (converted.length === text.length) return converted;
      let out = '';
      for (const ch of text) {
        const c = full(ch);
        out += c.length === ch.length ? c : ch;
      }
      return out;
    };
    const all = lines(FIXTURES);
    expect(all.length).toBeGreaterThan(1000);
    const differing = all.filter((line) => toSimplified(line) !== reference(line));
    expect(differing).toEqual([]);
    // Some fixture lines are traditional: the fast path is not all the test saw.
    expect(all.filter((line) => reference(line) !== line).length).toBeGreaterThan(0);
  });
});
