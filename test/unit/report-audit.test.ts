// Issue 16, session 19: a second look at a reading from the message's own numbers (report-audit.ts). The reader
// grows by phrase rules and reads a phrase it has never met with confidence; the audit knows none of those rules.
// Its checks were chosen on the ten earlier holdouts as their frozen readers read them (163 stored wrong among 925
// stored: the audit asks about 20 of them, and about 1 of the 721 stored entirely right) and held on every tuned set
// (7 of 3,728 entirely right asked about). Checks for counts no record holds and for counts of one were tried and
// dropped: on the tuned sets they asked about 165 reports stored right to save 21. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { auditReading, type AuditRecord } from '../../src/core/understanding/report-audit.js';
import { removePart } from '../../src/core/chat/pending-answer.js';
import { applyFix } from '../../src/core/chat/pending-answer.js';
import type { PendingReport } from '../../src/core/activities/record-activity.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const rec = (headcount: number | null, metrics: Record<string, number> = {}): AuditRecord => ({ headcount, metrics });
const checks = (text: string, records: AuditRecord[]): string[] => auditReading(text, records).map((d) => d.check);

describe('people counted but no headcount, or an audience count above it', () => {
  it('the audience kept as a side count while the headcount is empty is asked about', () => {
    expect(checks('前天去村小讲防溺水，学生来了七十多个，带队老师两个', [rec(null, { '人(学生)': 70, '人(老师)': 2 })])).toContain('no-headcount');
  });
  it('a side count of the audience larger than the headcount read (the teachers taken for the audience)', () => {
    expect(checks('敬老院讲座，老人六十来位，护工五个陪着', [rec(5, { '人(老人)': 60 })])).toContain('side-above');
  });
  it('staff beside the audience raise nothing', () => {
    expect(checks('讲座听众120人，志愿者8人', [rec(120, { '人(志愿者)': 8 })])).toEqual([]);
  });
});

describe('a record that only restates the others', () => {
  it('the count of the events, read as an event of its own', () => {
    expect(checks('上周两场：\n10月24日 老年大学 150人\n10月25日 纺织厂 300人', [rec(null, { 场: 2 }), rec(150), rec(300)])).toContain('restated');
  });
  it('a headcount that is the sum of the others, on a line of totals', () => {
    expect(checks('16日 一中 520人\n17日 二中 480人\n三天共计1000人', [rec(520), rec(480), rec(1000)])).toContain('restated');
  });
  it('a sum by chance, on a line of its own with no word of totals, is an event', () => {
    expect(checks('11/4 PLC编程 38\n11/12 点检 45\n11/19 QC方法 29\n11/26 安全新规 112', [rec(38), rec(45), rec(29), rec(112)])).toEqual([]);
  });
  it('volunteers summed by chance are no total', () => {
    expect(checks('3/5 理发 41 8\n3/12 种花 26 5\n3/20 手机课 19 3', [rec(41, { '人(志愿者)': 8 }), rec(26, { '人(志愿者)': 5 }), rec(19, { '人(志愿者)': 3 })])).toEqual([]);
  });
  it('a record with only a count of places, on the day of a record with people, is asked about', () => {
    expect(checks('今年巡展最后一站 北关小学 学生520\n全年跑了14所学校', [{ ...rec(520), date: '2026-11-27' }, { ...rec(null, { 所: 14 }), date: '2026-11-27' }])).toContain('multi-no-hc');
  });
  it('one of things only on a day of its own is an event', () => {
    expect(checks('周二 东岭村培训 到了40多人\n周四 宣传栏换了2期内容', [{ ...rec(40), date: '2026-12-01' }, { ...rec(null, { 期: 2 }), date: '2026-12-03' }])).toEqual([]);
  });
});

describe('the headcount read from viewers online', () => {
  it('viewers online beside people on site', () => {
    expect(checks('周三直播讲选种，在线观看2300人次，现场来了农户40人', [rec(2300)])).toContain('online-headcount');
  });
  it('an event only online keeps its viewers as the headcount (the writers label it so)', () => {
    expect(checks('8月8日做了一场直播讲座，线上观看1.3万人次', [rec(13000)])).toEqual([]);
  });
  it('people who ran an online talk are no audience on site', () => {
    expect(checks('3月14日晚线上直播讲座，讲解员2人出镜，直播间累计观看8650人次', [rec(8650)])).toEqual([]);
  });
  it('in a list, another line\'s people are another event', () => {
    expect(checks('周二 散客300人次\n周四 讲座听众80人；晚上直播1场，在线观看900人次', [rec(300), rec(80), rec(900)])).toEqual([]);
  });
});

describe('the answers the audit questions ask for', () => {
  const pending = (records: Array<{ headcount: number | null; metrics: Record<string, number> }>): PendingReport => ({
    message: 'x',
    explicit: false,
    reading: {
      kind: 'activity',
      doubts: [],
      records: records.map((r, k) => ({ date: `2026-10-2${k}`, dateEnd: null, dateSource: 'explicit', title: `第${k + 1}场`, headcountUnit: r.headcount === null ? null : '人', approximate: false, metricLabels: {}, flags: [], milestone: false, text: '', lead: '', doubts: [{ field: 'metrics', question: '?', audit: 'restated' }], ...r })),
    },
  });
  it('去掉第1条 drops that record and settles the question', () => {
    const p = removePart(pending([{ headcount: null, metrics: { 场: 2 } }, { headcount: 150, metrics: {} }, { headcount: 300, metrics: {} }]), '第1条');
    expect(p?.reading.records.map((r) => r.headcount)).toEqual([150, 300]);
    expect(p?.reading.records.flatMap((r) => r.doubts)).toEqual([]);
  });
  it('去掉1个 drops that figure', () => {
    const p = removePart(pending([{ headcount: 150, metrics: { 个: 1, 份: 800 } }]), '1个');
    expect(p?.reading.records[0]?.metrics).toEqual({ 份: 800 });
  });
  it('a part that is not there is no answer', () => {
    expect(removePart(pending([{ headcount: 150, metrics: { 份: 800 } }]), '第3条')).toBeUndefined();
    expect(removePart(pending([{ headcount: 150, metrics: { 份: 800 } }]), '5本')).toBeUndefined();
  });
  it('the audience named as the headcount is no longer a side count as well', () => {
    const fixed = applyFix(pending([{ headcount: null, metrics: { '人(学生)': 70, '人(老师)': 2 } }]), { field: 'headcount', value: 70, unit: '人', approximate: true, ref: {} }, '2026-10-30');
    expect(typeof fixed).not.toBe('string');
    const r = (fixed as PendingReport).reading.records[0]!;
    expect([r.headcount, r.metrics]).toEqual([70, { '人(老师)': 2 }]);
  });
  it('in chat: asked first, nothing stored; "线上" moves the count to the viewers online and stores it', async () => {
    const today = '2026-05-25';
    const { kexie, storeFor } = kexieForTests(today);
    const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
    const first = await handleMessage(kexie, ctx, '5月20日做了一场用电安全直播讲座，线上观看2600人次，现场来了的工作人员就3个');
    expect(first.kind).toBe('ask');
    expect(first.text).toContain('线上');
    expect(await storeFor('local').listActivities()).toHaveLength(0);
    await handleMessage(kexie, ctx, '线上');
    const stored = await storeFor('local').listActivities();
    expect(stored.map((a) => [a.headcount, a.metrics['人次(线上)']])).toEqual([[null, 2600]]);
  });
});
