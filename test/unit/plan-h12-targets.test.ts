// Figures of the twelfth plan holdout's misses, in other words (issue 17): prize money and a date's 期间 are no targets.
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const taken = (text: string) => parseTargets(text, 2019).map((t) => `${t.value}${t.unit}`);

describe('not targets', () => {
  it('money a quiz hands out as prizes ("答对者可抽取5~10元不等的红包,每天最多500元")', () => {
    expect(taken('9月16日至20日开展科普知识有奖答题活动,答对者可抽取5~10元不等的红包,每天最多500元。')).toEqual([]);
  });
  it('keeps money a plan sets aside ("人均科普经费不低于2元")', () => {
    expect(taken('科普经费纳入财政预算,人均科普经费不低于2元。')).toEqual(['2元']);
  });
  it('a day written with a dot before 期间 ("在今年的9.16期间")', () => {
    expect(taken('县科协将在今年的9.16期间,围绕主题开展科普宣传。')).toEqual([]);
  });
});

describe('a time limit counted in working days', () => {
  it('"在活动完成后10个工作日内" is a deadline\'s length, not ten of anything', () => {
    expect(taken('该单位需将活动总结在活动完成后10个工作日内发送至邮箱。')).toEqual([]);
  });
});
