// Issue 16, the eighteenth holdout's needless asks: teachers brought in to give it (请的两个老师, 来了6位老师现场教)
// ran it; they are never a second audience beside the learners or the crowd.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, asked: x.doubts.length > 0 || r.doubts.length > 0, doubts: [...x.doubts, ...r.doubts].map((d) => d.question) }));
};

describe('h18 needless asks', () => {
  it('teachers said to be invited (老师是从…请的) gave the class; the learners are the headcount', () => {
    const [r] = read('上周一开班的电工技能提高班昨天结业了，学员三十个全到了，老师是从县职校请的三个。', '2026-06-13');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 30, asked: false });
  });
  it('teachers a society sent who wrote or taught on the spot ran it; the crowd is the headcount', () => {
    const [r] = read('上周六（1.31）馆里办了剪纸迎新春活动，剪纸协会来了6位老师现场教，送出窗花900张，来学的市民大概四百人。', '2026-02-03');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 400, asked: false });
  });
  it('operators who flew the demo (飞手) ran it; the villagers watching are the headcount', () => {
    const [r] = read('7月8日 石门村 无人机统防统治现场演示 农户约120人 飞手3人 作业面积200亩', '2026-07-10');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 120, asked: false });
  });
});
