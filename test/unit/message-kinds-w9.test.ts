import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { messageKind } from '../../src/core/understanding/message-kind.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const rows = (text: string, today: string) => {
  const r = readReport(text, today, { explicit: false });
  return r.kind === 'activity' ? r.records.map((x) => [x.date, x.dateEnd, x.headcount, x.metrics]) : r.kind;
};

async function chat(today: string, ...messages: string[]) {
  const { kexie, storeFor } = kexieForTests(today);
  const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
  const replies = [];
  for (const m of messages) replies.push(await handleMessage(kexie, ctx, m));
  return { replies, stored: await storeFor('local').listActivities() };
}

describe('what a message is (w9)', () => {
  it('a message addressed to units with a rule is a notice; a heading over a summary is not', () => {
    expect(messageKind('各乡镇科协：近期持续高温，户外科普活动请避开11时至16时，单场参与人数超过200人的须提前3天报县科协备案。')).toBe('not_report');
    expect(messageKind('5月科技活动周各单位活动汇总：累计32场次，参与群众约6000人次。')).toBe('report');
  });
  it('a report that ends on the sender\'s own next step is a report of what was done', () => {
    const text = '入秋以来部分乡镇出现旱情，为此，9月8日我站在东岭村召开秋播技术田间课堂，到会农户86人，发放资料150份。下一步拟于10月上旬在南坪、北坪两乡再组织3场。';
    expect(rows(text, '2026-09-10')).toEqual([['2026-09-08', null, 86, { 份: 150 }]]);
    expect(rows('展品更新到货了，8.25-8.26两天布展完成，新上展品14件，明天开放', '2026-08-27')).toEqual([['2026-08-25', '2026-08-26', null, { 件: 14 }]]);
  });
  it('a new event that looks back at an earlier one is a report, not a correction', async () => {
    const { replies, stored } = await chat('2026-08-19', '8月10日在桃园村讲果树嫁接，来了40人', '昨天又去了上回那个村 还是讲嫁接 来了三十多个', '记录');
    // The village is asked about (the reader cannot see which one "上回那个村" was); 记录 stores it as read.
    expect(replies[1]?.kind).toBe('ask');
    expect(replies[1]?.text).toContain('上回那个村');
    expect(stored.map((a) => [a.date, a.headcount])).toEqual([['2026-08-10', 40], ['2026-08-18', 30]]);
  });
  it('with no record to point at, "昨晚那场…" is read as a report, never a failed correction', async () => {
    const { replies, stored } = await chat('2026-05-12', '昨晚那场家庭教育科普讲座是线上线下一起搞的，会场坐了80来个家长，直播间后台显示观看1.2万');
    expect(replies[0]?.text).not.toContain('无法更正');
    // The views of the broadcast are person-times online beside the parents who came (w14).
    expect(stored.map((a) => [a.headcount, a.metrics])).toEqual([[80, { '人次(线上)': 12000 }]]);
  });
  it('a report fixing its own figure is stored with the fixed figure', async () => {
    const { stored } = await chat('2026-04-13', '上周五镇里搞了科技下乡，群众来了三百多，发资料一千二百份，不对，是两千一，数字弄反了。');
    expect(stored.map((a) => [a.date, a.headcount, a.metrics])).toEqual([['2026-04-10', 300, { 份: 2100 }]]);
  });
});
