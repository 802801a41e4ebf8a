import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { tableAsLines } from '../../src/core/understanding/report-table.js';

const rows = (text: string, today: string) => {
  const r = readReport(text, today, { explicit: false });
  return r.kind === 'activity' ? r.records.map((x) => [x.date, x.headcount, x.metrics]) : r.kind;
};

describe('a pasted table', () => {
  it('reads a column named by who came as its people', () => {
    expect(tableAsLines('学校\t时间\t参观学生\n城关一小\t10月12日\t860\n桃源中学\t10月20日\t540')?.split('\n').filter(Boolean)).toEqual(['城关一小 10月12日 参观学生860人', '桃源中学 10月20日 参观学生540人']);
  });
  it('keeps a row whose count is left empty, without a headcount', () => {
    const text = '巡展情况（截至10月30日）\n学校\t时间\t参观学生\n城关一小\t10月12日\t860\n白马中心校\t10月15日\t\n桃源中学\t10月20日\t540';
    const read = readReport(text, '2026-10-30', { explicit: false });
    expect(read.kind === 'activity' && read.records[1]?.title).toBe('白马中心校');
    expect(read.kind === 'activity' && read.records[1]?.flags.some((f) => f.includes('人数未填'))).toBe(true);
    expect(rows(text, '2026-10-30')).toEqual([['2026-10-12', 860, {}], ['2026-10-15', null, {}], ['2026-10-20', 540, {}]]);
    const last = '活动统计\n活动\t日期\t人数\n编程体验\t5月17日\t64\n观测夜\t5月19日\t120\n实验秀\t5月21日\t';
    expect(rows(last, '2026-05-24')).toEqual([['2026-05-17', 64, {}], ['2026-05-19', 120, {}], ['2026-05-21', null, {}]]);
  });
  it('keeps a list row that names an event after its day but left its count empty; a bare day is skipped', () => {
    const diary = '上周科普进社区台账 东城社区第三网格\n7.20 周一 四点半课堂·夏季防溺水 32人\n7.22 周三 老年人智能手机防诈骗 \n7.24 周五 垃圾分类有奖问答 45人';
    expect(rows(diary, '2026-07-27')).toEqual([['2026-07-20', 32, {}], ['2026-07-22', null, {}], ['2026-07-24', 45, {}]]);
    const visits = '3月接待登记\n3月3日\u3000城关一小\u3000120人\n3月10日\u3000石桥镇中心小学\u3000\n3月17日\u3000县特殊教育学校\u300036人';
    expect(rows(visits, '2026-03-25')).toEqual([['2026-03-03', 120, {}], ['2026-03-10', null, {}], ['2026-03-17', 36, {}]]);
    expect(rows('3月接待登记\n3月3日 城关一小 120人\n3月10日\n3月17日 县特殊教育学校 36人', '2026-03-25')).toEqual([['2026-03-03', 120, {}], ['2026-03-17', 36, {}]]);
    expect(rows('工作日志\n7.20 周一 防溺水课堂 32人\n7.21 周二 整理材料\n7.24 周五 垃圾分类问答 45人', '2026-07-25')).toEqual([['2026-07-20', 32, {}], ['2026-07-24', 45, {}]]);
  });
  it('reads a bare number closing a 接龙 line as its people, as the lines around it say', () => {
    const text = '#接龙\n1 青石村 9.19 科普讲座 八十来人\n2 三里湾 9.19 放科普电影 两百来号人\n3 镇区 9.20 集市摆摊 一百五六';
    expect(rows(text, '2026-09-22')).toEqual([['2026-09-19', 80, {}], ['2026-09-19', 200, {}], ['2026-09-20', 150, {}]]);
  });
  it('skips a row that says it was not held, and reads "-" as nothing', () => {
    const closed = '值班登记\n日期\t展厅\t接待人次\t备注\n8月3日\t主展厅\t356\t\n8月4日\t主展厅\t\t闭馆检修\n8月5日\t主展厅\t412\t';
    expect(rows(closed, '2026-08-10')).toEqual([['2026-08-03', 356, {}], ['2026-08-05', 412, {}]]);
    const dash = '活动统计：\n日期\t地点\t活动内容\t参加人数\t发放资料(份)\n10月12日\t东街社区\t急救讲座\t75\t300\n10月13日\t县医院\t心肺复苏培训\t52\t-\n10月14日\t中心校\t逃生演练\t410\t—';
    expect(rows(`国际减灾日前后${dash}`, '2026-10-16')).toHaveLength(3);
    expect(rows(dash, '2026-10-16')).toEqual([['2026-10-12', 75, { 份: 300 }], ['2026-10-13', 52, {}], ['2026-10-14', 410, {}]]);
  });
  it('reads opening hours as no figure, a thousands comma as one number, and skips the 合计 row', () => {
    const week = '上周接待统计\n日期\t开放时段\t接待人次\t备注\n7/27\t闭馆\t-\t周一例行闭馆\n7/28\t9:00-17:00\t312\t\n7/29\t9:00-17:00\t298\t夏令营团队\n合计\t\t610\t';
    expect(rows(week, '2026-08-03')).toEqual([['2026-07-28', 312, {}], ['2026-07-29', 298, {}]]);
    const tour = '巡展统计（11月）\n学校\t日期\t参观学生\t展品(件)\n石门镇中学\t11月12日\t780\t40\n实验小学\t11月19日\t1,150\t45\n合计\t\t1930\t';
    expect(rows(tour, '2026-12-03')).toEqual([['2026-11-12', 780, { 件: 40 }], ['2026-11-19', 1150, { 件: 45 }]]);
  });
  it('reads an English header (Attendees) as the people column and a Total row as the sum', () => {
    const sheet = 'June trainings\nDate\tTopic\tVenue\tAttendees\tTrainer\n6/9\t精益生产 Lean basics\t3F 会议室\t35\tMr. Zhang\n6/18\t安全生产知识\t车间\t120\t外聘专家\nTotal\t\t\t155\t';
    expect(rows(sheet, '2026-07-06')).toEqual([['2026-06-09', 35, {}], ['2026-06-18', 120, {}]]);
  });
  it('reads "4D影院" in a diary line as a name, not a figure of the day', () => {
    const diary = '值班日记 12.28-1.3\n周一 12/28 闭馆\n周二 接待 176人次，有小学研学团\n周六 980 人次\n周日 1/3 870人次 4D影院设备故障停了半天';
    expect(rows(diary, '2027-01-04')).toEqual([['2026-12-29', 176, {}], ['2027-01-02', 980, {}], ['2027-01-03', 870, {}]]);
  });
});
