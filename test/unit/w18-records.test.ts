// Issue 16, w18 follow-ups: how many records a message makes. A two-column sheet of one event's items
// ("| 项目 | 数量 |" over "| 摆放展板 | 12块 |") is that event's figures, not one event per row.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records;
};

describe('w18 number of records', () => {
  it('a sheet of an event\'s items with their counts and units is one record', () => {
    const records = read('11月9日消防宣传日我队在县体育馆门口设点，情况如下：\n| 内容 | 数量 |\n|---|---|\n| 展出挂图 | 20幅 |\n| 发放手册 | 1500份 |\n| 现场咨询群众 | 260人次 |\n| 出动消防员 | 12人 |', '2026-11-12');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ date: '2026-11-09', headcount: 260, headcountUnit: '人次' });
    expect(records[0]!.metrics).toEqual({ 幅: 20, 份: 1500, '人(消防员)': 12 });
  });
  it('the same sheet pasted with tabs reads the same', () => {
    const records = read('3月22日世界水日宣传情况\n项目\t数量\n悬挂横幅\t6条\n发放折页\t900份\n咨询群众\t180人', '2026-03-25');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ date: '2026-03-22', headcount: 180 });
    expect(records[0]!.metrics).toEqual({ 条: 6, 份: 900 });
  });
  it('a sheet of days with their counts stays one record per day', () => {
    const records = read('本周巡展情况\n| 日期 | 学校 | 人数 |\n|---|---|---|\n| 11月3日 | 城南小学 | 320人 |\n| 11月5日 | 实验中学 | 410人 |', '2026-11-07');
    expect(records).toHaveLength(2);
  });
  it('a closing line that counts the events above (以上两项活动…) is no event of its own', () => {
    const records = read('县科协：\n现将我会参加科技活动周情况汇报如下：\n一、五月十八日（星期一）在文化广场配合县科协开展科普宣传，摆放展板八块，到场群众二百余人；\n二、第二天（十九日）组织二十五位会员参观了县气象局。\n以上两项活动均顺利完成，感谢科协支持。\n农学会 王明 敬上', '2026-05-22');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([['2026-05-18', 200], ['2026-05-19', 25]]);
  });
  it('an afternoon spent with the same person, counting no people, is the morning\'s outing continued', () => {
    const records = read('昨天上午农技站的李站长到我们村 在村委会讲玉米怎么防虫 来了四十多号人 下午又跟他去地里转了转 看了六户人家的玉米 他说长得不错', '2026-07-10');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ headcount: 40 });
    expect(records[0]!.metrics).toEqual({ 户: 6 });
  });
  it('an afternoon at a place of its own with its own people stays an event of its own', () => {
    const records = read('昨天上午在桃园村讲果树修剪，来了三十多人，下午又去杏林村讲了一场，二十多人', '2026-03-10');
    expect(records).toHaveLength(2);
  });
});
