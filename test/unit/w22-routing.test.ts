// Issue 16, w22 (helper u4): what a message is. A report that closes by asking which count to file ("按哪一个数
// 填写") or whether a day it cannot recall must be exact ("记不清是…还是…，要不要精确到天") is a report asked about,
// not a question about the plan. A shared article with its link is a forward, not an event. A month's summary of
// work done, counted in 人次, is a period record, not chatter.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, OBSERVANCES } from '../support/kexie-for-tests.js';

const reading = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });

async function reply(text: string, today: string) {
  const { kexie, storeFor } = kexieForTests(today);
  const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
  const r = await handleMessage(kexie, ctx, text);
  return { kind: r.kind, stored: (await storeFor('local').listActivities()).length };
}

describe('w22 a report that asks how to file itself is asked back, nothing stored', () => {
  it.each([
    ['县科协：\n上周三（3月4日）我站在县第二中学开展防震减灾科普进校园活动。全校学生九百人，实际到操场听讲的约三百五十人，另有班级教室同步收看。请问上报时人数按哪一个数填写？', '2026-03-10'],
    ['5月中旬在城西社区活动室做了一次 mini 讲座, 大约 60 人, 发折页 120 张. 具体哪天我记不清是 5/13 还是 5/14 了, 要不要写到具体日子?', '2026-05-25'],
  ])('%s', async (text, today) => {
    const r = await reply(text, today);
    expect(r.kind).toBe('ask');
    expect(r.stored).toBe(0);
  });
});

describe('w22 a shared article is no event', () => {
  it.each([
    ['分享一篇文章：《社区科普如何走进老年人》https://mp.weixin.qq.com/s/abcd 写得挺实在，大家可以看看', '2026-09-02'],
    ['share 一篇 post：《乡村少年宫的科学课》https://example.com/p/123 感觉下学期办兴趣班能用上 👍', '2026-04-14'],
  ])('%s', async (text, today) => {
    expect(reading(text, today).kind).not.toBe('activity');
    expect((await reply(text, today)).stored).toBe(0);
  });
  it('a shared link after an event with its audience is still a report', () => {
    expect(reading('分享一下昨天科普讲座的报道 https://mp.weixin.qq.com/s/zzzz 来了八十多个居民，发资料200份', '2026-09-02').kind).toBe('activity');
  });
});

describe('w22 a month summary counted in 人次 is a period record', () => {
  it('10月份小结…出车十五趟，服务八百六十人次 is stored for the month without asking', async () => {
    const text = '10月份小结📊 流动体检车一共出车十五趟，体检八百六十人次，发放健康手册两千本💪 大家辛苦啦';
    const r = reading(text, '2026-11-04');
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ date: '2026-10-01', dateEnd: '2026-10-31', headcount: 860 });
    expect(r.doubts.filter((d) => d.field === 'kind')).toEqual([]);
  });
});

describe('w22 events told one after another are one record each', () => {
  const records = (text: string, today: string) => {
    const r = reading(text, today);
    return r.kind === 'activity' ? r.records.map((x) => [x.date, x.headcount]) : [];
  };
  it('一、…；二、… in a letter signed off on a line of its own', () => {
    expect(records('县科协：\n现将本周两项工作报告如下：一、本周二（3月10日）在镇文化站举办春季用电安全讲座，村民约八十人参加；二、本周四赴阳光幼儿园开展安全知识进课堂，幼儿及家长六十五人。\n特此报告。镇供电所 李某', '2026-03-13')).toEqual([['2026-03-10', 80], ['2026-03-12', 65]]);
  });
  it('一是…二是…三是… spoken with no stops, each on its own day', () => {
    expect(records('上个月做了三件事一是十月八号在敬老院讲防跌倒老人五十多个二是十五号在村委会量血压量了八十六人次三是上个礼拜二在小学讲用眼卫生学生两百个左右', '2026-11-06')).toEqual([['2026-10-08', 50], ['2026-10-15', 86], ['2026-10-27', 200]]);
  });
  it('另外 and a day of its own, after a count, in speech broken by spaces', () => {
    expect(records('上周五九月十一号在村部搞了防汛讲座 来了三十多个 另外九月九号去学校帮老师装了应急广播 老师二十个 喇叭八个', '2026-09-15')).toEqual([['2026-09-11', 30], ['2026-09-09', 20]]);
  });
});
