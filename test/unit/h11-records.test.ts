// How many records a message makes (holdout 11's miscounts, each rewritten in our own words first): a message
// typed a clause a line is one event told in pieces, and a line of a dated list keeps its bare count.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h11 one event typed a clause a line', () => {
  it('lines with no day, item or place of their own are one record', () => {
    const got = read('放暑假了\n今天去了县科技馆\n研学营的学生\n45个\n还有带队老师和家长十来个\n做了两个实验 纸桥承重 静电球', '2026-07-20');
    expect(Array.isArray(got) && got.length).toBe(1);
  });
  it('a tally over the year at the end is no event nor figure of this one', () => {
    const got = read('本学期科普大篷车末站\n南门小学\n学生410\n今天还办了开放日 来了60多个家长\n结束了\n一年共走了11所学校', '2026-06-20');
    expect(Array.isArray(got) && got.length).toBe(1);
    expect(Array.isArray(got) && got[0]!.metrics).not.toHaveProperty('所');
  });
});

describe('h11 a dated list line with a bare number', () => {
  it('counts the people the other lines count', () => {
    expect(read('科普周这几天\n19号 河口镇小学 260人\n20号 城关二中 310\n21号 县聋哑学校 30人 学生们很高兴\n今天 实验幼儿园 中班 70个小朋友\n好累', '2026-05-22')).toMatchObject([
      { date: '2026-05-19', headcount: 260 },
      { date: '2026-05-20', headcount: 310 },
      { date: '2026-05-21', headcount: 30 },
      { date: '2026-05-22', headcount: 70 },
    ]);
  });
});

describe('h11 done, not to come', () => {
  it('"准备了…600条" is material made ready for an event held', () => {
    expect(read('中秋节当晚图书馆门前的科普猜谜会特别热闹，准备了科普谜语600条，猜谜群众约1500人次，兑奖送出去小礼品300多份。', '2026-09-27')).toMatchObject([{ headcount: 1500 }]);
  });
  it('"都挂牌成立了" is done; the papers due next week are the next step', () => {
    expect(read('跟你们说一声，我们帮着推动的那三家企业科协，宏达机械和青山茶业，5月12号都挂牌成立了，组建备案材料下周报给你们。', '2026-05-20')).toMatchObject([{ date: '2026-05-12' }]);
  });
});
