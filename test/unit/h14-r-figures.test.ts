// Figures misread in the fourteenth holdout (issue 16), each rewritten in our own words first:
// - a number that is part of a word (一部分 "a part") is no count of 部;
// - the message's own entry announced (补一条：, 再报一项：) is no count of 条/项.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, approximate: x.approximate, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h14 R figures', () => {
  it('一部分 is a part, not one 部', () => {
    const [r] = read('5月16日防灾减灾日，学会出动志愿者20名，一部分在中心广场摆展板，另一部分进社区讲课，共服务群众650人。', '2026-05-18');
    expect(r).toMatchObject({ headcount: 650 });
    expect(Object.keys(r!.metrics).filter((k) => !k.includes('('))).toEqual([]);
  });
  it('the entry a summary adds is not one 条', () => {
    const [r] = read('上月总结再补一条：3/12 在镇文化站举办食品安全知识展，展板36块，参观群众约500人次。', '2026-04-02');
    expect(r).toMatchObject({ headcount: 500, unit: '人次' });
    expect(r!.metrics).toEqual({ '块': 36 });
  });
});

describe('h14 R people in bare 个', () => {
  it('who signed up in a chain and who actually went, both in bare 个, are people; who went is the headcount', () => {
    const [r] = read('上周六(5.9)社团组织去市自然博物馆参观🦕 群里接龙报名41个，实际去了37个（4个临时有事），带队老师3位', '2026-05-11');
    // Stored only when sure: either who went is the headcount or a question is asked; the sign-ups are never stored.
    if (!r!.asked) expect(r).toMatchObject({ headcount: 37, unit: '人' });
    expect(r!.asked || Object.keys(r!.metrics).every((k) => k.includes('('))).toBe(true);
  });
});
