// Mends from the session-15 review of the readers, each a case in our own words:
// - "…到今天补报", "…至今未报": a late report, not a period up to today;
// - a log line of outreach that also counts what it gathered (入户走访，统计登记…) is an event, not desk work;
// - a report that says when its show closed ("最后到15号闭展") is a report, not a fix of the record before it.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records;
};

describe('review 15: readers', () => {
  it('a day then 到今天补报 or 至今未报 is a late report of that day, no period', () => {
    expect(read('5月9日防溺水讲座到今天补报一下，来了70人', '2026-05-28')[0]).toMatchObject({ date: '2026-05-09', dateEnd: null, headcount: 70 });
    expect(read('5月9日防溺水讲座至今未报，当天来了70人', '2026-05-28')[0]).toMatchObject({ date: '2026-05-09', dateEnd: null });
  });
  it('an outreach line that counts what it gathered is an event of its own', () => {
    const rs = read('5/11 入户走访，统计登记留守儿童信息表26份\n5/12 科普讲座 来了38人', '2026-05-13');
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ date: '2026-05-11', metrics: { 份: 26 } });
  });
  it('a report saying its show closed on a day is stored as a report; the record before is left alone', async () => {
    const { kexie, storeFor } = kexieForTests('2026-05-20');
    const ctx = kexie.context({ user: 'U1', today: '2026-05-20', source: { kind: 'console' } as never });
    await handleMessage(kexie, ctx, '记录 5月16日城关镇科普讲座，居民60人');
    const before = await storeFor('local').listActivities();
    const reply = await handleMessage(kexie, ctx, '气象科普展5月4号开幕，最后到15号闭展，共接待观众2100人次，发放资料600份');
    const after = await storeFor('local').listActivities();
    expect(reply.kind, reply.text).not.toBe('error');
    expect(after.length, reply.text).toBe(before.length + 1);
    const old = after.find((a) => a.id === before[0]!.id)!;
    expect(old.date).toBe('2026-05-16');
    expect(old.dateEnd ?? null).toBeNull();
  });
});
