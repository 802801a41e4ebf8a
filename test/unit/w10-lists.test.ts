// The gates the w10 blind set slipped through (issue 16): a switch of the time of day opens another event, a table's
// event rows are counted against the records read (a row with its count left blank is a row all the same), and a
// place named only in a wish for later ("下个月想申请去科技馆天象厅") is not the object of the event reported.
import { describe, expect, it } from 'vitest';
import { enumeratedEvents } from '../../src/core/understanding/event-enumeration.js';
import { findMessageDates } from '../../src/core/understanding/message-dates.js';
import { findFigures } from '../../src/core/understanding/message-figures.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { linkedPaths } from '../support/kexie-for-tests.js';

const events = (text: string, today: string): number => enumeratedEvents(text, findFigures(text).figures, findMessageDates(text, today).hits);

describe('time of day as an event boundary', () => {
  it('counts a morning meeting and an afternoon meeting told in one run-on breath', () => {
    const text = '今天上午全委会开完了应到委员41人实到36人然后下午接着开了个企业科协工作推进会新成立的三家企业科协都来人了还有明天专家下乡我就不去了让老王带队';
    expect(events(text, '2026-07-03')).toBe(2);
    const r = readReport(text, '2026-07-03');
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records.length >= 2 || r.doubts.some((d) => d.field === 'kind')).toBe(true);
  });

  it.each([
    '今天下午科学课搞了水火箭发射，三(1)班42人，三(2)班40人，两个班一起在操场放的',
    '上午9点开始下午4点结束，讲座来了120人',
  ])('%s: one time of day, or a time span, is no enumeration', (text) => expect(events(text, '2026-07-03')).toBe(0));
});

describe('table rows against records', () => {
  const table = '博物馆5月社教活动登记\n5月9日　青铜器铸造里的科学（讲座）　86人\n5月18日　国际博物馆日“博物馆里的化学”互动展　人数：\n5月23日　小小考古学家研学　30人\n5月30日　文物修复技术开放日　112人\n18号的人数门口闸机还在导，导出来再补';

  it('counts every dated row of a table, not the days nothing was held', () => {
    expect(events(table, '2026-06-02')).toBe(4);
    const week = '防灾减灾宣传周工作情况（5.11—5.17）\n5.11 周一 县幼儿园 消防安全课 小朋友150人\n5.12 周二 人民广场 防灾减灾日主题宣传（和县科协一起搞的，前面已经报过了）\n5.14 周四 城南社区 燃气安全讲座 居民60余人\n5.16 周六 万达广场 应急救护体验 群众约400人，发放资料1000份\n以上。';
    const r = readReport(week, '2026-05-18');
    expect(r.kind === 'activity' ? [r.records.length, r.doubts.length] : r.kind).toEqual([3, 0]);
    expect(events('上周社团日志\n周一 机器人协会例会 22人\n周三 3D打印兴趣课 两个班共56人\n周四 期末，停一次\n周日 休息', '2026-12-21')).toBe(2);
  });

  it('reads a row whose count label is blank as an event of unknown headcount', () => {
    const r = readReport(table, '2026-06-02');
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual([['2026-05-09', 86], ['2026-05-18', null], ['2026-05-23', 30], ['2026-05-30', 112]]);
    expect(r.doubts).toEqual([]);
  });
});

describe('a place named in a wish for later is not the object', () => {
  it('does not link a school club moon watch to the 科技馆 item for a visit it hopes to make', async () => {
    const text = '许老师这边汇报一下哈～我们天文社这学期新招了不少初一的孩子，一直想带他们看一次月亮，本来打算等到月中再说，结果天气预报这周全是阴雨，就赶在前天晚上在操场搞了一次月面观测，用了三台望远镜（学校两台+我自己一台），参加的学生47个，好几个家长来接孩子也凑过来看了，挺热闹的。下个月想申请去科技馆天象厅，到时候再麻烦科协帮忙联系😊';
    expect(await linkedPaths(text, '2026-10-19')).toEqual([null]);
  });
});
