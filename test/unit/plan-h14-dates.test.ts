// Dates of the fourteenth plan holdout's misses, in other words (issue 17): an observance day written with a middle
// dot ("9·20"), and days named in an exception ("除…外") that do not date the rest.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2021).map((d) => [d.start, d.end]);

describe('an observance day written with a middle dot', () => {
  it('"“9·20”公民道德宣传日" and "“3·15”" name that day of the plan year', () => {
    expect(spans('围绕“9·20”公民道德宣传日和“3·15”消费者权益日开展宣传。')).toEqual([['2021-09-20', '2021-09-20'], ['2021-03-15', '2021-03-15']]);
  });
  it('reads no date from a decimal or a number that is no day ("3.5分", "“13·45”")', () => {
    expect(spans('平均得分达到3.5分。')).toEqual([]);
    expect(spans('“13·45”号文件')).toEqual([]);
  });
});

describe('days named in an exception', () => {
  it('"除“9·20”、“12·4”等节点外,建立常态化宣传机制" dates nothing: the work is the rest of the year', () => {
    expect(spans('除“9·20”宣传日、“12·4”宪法日等重要节点外,建立常态化宣传机制。')).toEqual([]);
  });
});
