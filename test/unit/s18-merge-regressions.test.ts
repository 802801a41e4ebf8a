// Found by the full eval after session 18's merges: a pasted sheet's day cell with its weekday, a sheet's "~150",
// and a household's members inside a total. Each sentence is ours, of the shape the older sets hold.
import { describe, expect, it } from 'vitest';
import { readReport, type ReportReading } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): ReportReading => readReport(text, today, { observances: OBSERVANCES });

describe('pasted sheets', () => {
  it('a day cell with its weekday in brackets is that day', () => {
    const r = read('10月活动：\n日期 | 活动 | 人数\n10.17（周六） | 少儿航模体验 | 学生及家长八十人左右\n10.28 | 防火知识讲座 | 居民 95', '2026-10-30');
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual([['2026-10-17', 80], ['2026-10-28', 95]]);
    expect(r.records.every((x) => x.doubts.length === 0)).toBe(true);
  });
  it('a "~120" cell is about 120 people, and its row is kept', () => {
    const r = read('Oct log\n| Date | Event | Attendees |\n|---|---|---|\n| 10/09 | 无人机 safety 讲座 | 35 |\n| 10/16 | 操作考核 | 20 (passed 17) |\n| 10/24 | 校园 drone show | ~120 |', '2026-10-31');
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual([['2026-10-09', 35], ['2026-10-16', 20], ['2026-10-24', 120]]);
    expect(r.records[2]!.approximate).toBe(true);
  });
});

describe('a household\'s members', () => {
  it('"其中低保户家庭成员12人" is a part of who came, not the body\'s own members', () => {
    const r = read('3月5日在村委会办春季茶园管理培训，到场茶农64人，其中低保户家庭成员12人，发放资料150份。', '2026-03-06');
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records[0]!.headcount).toBe(64);
    expect(r.records[0]!.metrics).toEqual({ 份: 150 });
  });
});

describe('a training in the station\'s own room', () => {
  it('farmers who came to the station were not served 下乡: no confident link to the 下乡 item', async () => {
    const { topicsOf } = await import('../../src/core/activities/link-topics.js');
    expect(topicsOf('2月6日在所里会议室办春季茶园修剪培训，到场茶农56人，发放资料120份。')).not.toContain('科技志愿服务下乡 农户');
    expect(topicsOf('2月6日专家服务团在所里会议室给茶农讲春季修剪，到场茶农56人。')).toContain('科技志愿服务下乡 农户');
  });
});

describe('a course for the 科技特派员 themselves', () => {
  it('is not the 下乡 service they give', async () => {
    const { topicsOf } = await import('../../src/core/activities/link-topics.js');
    expect(topicsOf('4/9 科技特派员岗前培训，学员42人，授课专家3名')).not.toContain('科技志愿服务下乡 农户');
    expect(topicsOf('4/9 科技特派员到柳林村给果农讲春季修剪，来了42户')).toContain('科技志愿服务下乡 农户');
  });
});

describe('a count a runner reports', () => {
  it('"讲解员说两个团加起来250人" is of the visitors: the two counts are asked about, not stored', () => {
    const r = read('今天馆里接待了二中和老干部大学两个团，闸机显示310人次，讲解员说两个团加起来250人左右', '2026-06-18');
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect([...r.doubts, ...r.records.flatMap((x) => x.doubts)].length).toBeGreaterThan(0);
  });
});
