// Units of a report's figures (holdout 12's stored-wrong figures, each rewritten in our own words first):
// classes reached count by 班 whatever verb comes before them ("N个班", by the lead's decision), and a unit
// written with its alternative ("头只", "头（只）") is one unit, "头只".
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') return r.kind;
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h12 units', () => {
  it('"N个班" reached counts 班', () => {
    expect(read('前天去城东中学讲了一课“身边的化学”，初一年级五个班，210名学生，还演示了8个小实验。', '2026-05-14')).toMatchObject([
      { headcount: 210, metrics: { 班: 5 } },
    ]);
    expect(read('学校周报：\n4/8 县二中 3 个班 共 120 人 参观科技馆\n4/9 散客 80 人次', '2026-04-10')).toMatchObject([
      { headcount: 120, metrics: { 班: 3 } },
      { headcount: 80 },
    ]);
  });
  it('"N个班组" stays a count of 个', () => {
    expect(read('昨天车间搞了消防疏散演练，9个班组共160人参加。', '2026-05-14')).toMatchObject([
      { headcount: 160, metrics: { 个: 9 } },
    ]);
  });
  it('a unit with its alternative run together or in brackets is one unit 头只', () => {
    expect(read('4月2日在石桥村给养殖户讲了布病防治，来了25户，现场免疫牛羊860头只。', '2026-04-06')).toMatchObject([
      { metrics: { 户: 25, 头只: 860 } },
    ]);
    expect(read('4月2日在石桥村搞畜牧义诊，来了群众七十来人，诊治猪牛羊45头（只）。', '2026-04-06')).toMatchObject([
      { headcount: 70, metrics: { 头只: 45 } },
    ]);
  });
  it('who came to ask, counted in 个, are the people', () => {
    expect(read('昨天下午在东门超市门口摆摊讲食品安全\n小册子发了200来本\n来咨询的阿姨大叔有五十多个', '2026-05-20')).toMatchObject([
      { headcount: 50, metrics: { 本: 200 } },
    ]);
    expect(read('本周\n周二 进社区 发传单200张 问的40来个\n周四 机关讲座 干部70', '2026-05-22')).toMatchObject([
      { headcount: 40, metrics: { 张: 200 } },
      { headcount: 70 },
    ]);
  });
  it('what was asked, counted in 个, is no people', () => {
    expect(read('昨天在东门超市门口讲食品安全，来了八十多人，咨询的问题有20多个', '2026-05-20')).toMatchObject([
      { headcount: 80 },
    ]);
  });
  it('who listened to the talk are the audience, not its speakers', () => {
    expect(read('湿地保护宣传：6月3日，站里在河滨公园开展湿地科普，村民和游客约150人听了讲解，发放宣传册200本。', '2026-06-08')).toMatchObject([
      { headcount: 150, metrics: { 本: 200 } },
    ]);
  });
});
