// Issue 16, w19 follow-ups (helper A): questions kexie asked where the words already settle the answer. "actual
// turned up" in English says who came; who were online at once during a stream are people online; a field table's
// label (a two-cell row "志愿者 | 12名", a label ending in brackets) names who its number counts; who won a prize
// are a part of who competed.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w19 asks the words settle (A)', () => {
  it('"actual turned up" is who came, sign ups are not kept; peak online during a stream are people online', () => {
    const [r] = read('上周五我们lab办了个 robotics demo day，sign up 120人，actual turned up 95人，Bilibili 直播在线 ~400。', '2026-03-10');
    expect(r).toMatchObject({ date: '2026-03-06', headcount: 95, asked: false });
    expect(r!.metrics).toEqual({ '人(线上)': 400 });
  });
  it('a two-cell table row names who its number counts', () => {
    const [r] = read('义诊活动情况\n项目 | 内容\n时间 | 2026年4月8日\n地点 | 河西村委会\n活动 | 免费测血压、健康咨询\n医护志愿者 | 12名\n发放药品 | 40盒\n服务村民 | 约200人\n负责人 | 卫生院 王医生', '2026-04-10');
    expect(r).toMatchObject({ date: '2026-04-08', headcount: 200, asked: false });
    expect(r!.metrics).toEqual({ '人(志愿者)': 12, 盒: 40 });
  });
  it('a label in brackets still names its people; prize winners are a part of who competed', () => {
    const [r] = read('第三届青少年科技节（数据）\n时间：6月3日—5日\n展示项目：9个\n参展学生：164名\n评委（含高校评委）：11人\n获奖学生：38名', '2026-06-15');
    expect(r).toMatchObject({ headcount: 164, asked: false });
    expect(r!.metrics).toEqual({ 个: 9, '人(评委)': 11 });
  });
});
