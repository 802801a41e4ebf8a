import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { exportPeriod } from '../../src/core/chat/export-commands.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

describe('export commands', () => {
  it('read the period as offices say it', () => {
    expect(exportPeriod('2026年', '2026-05-20')).toMatchObject({ start: '2026-01-01', end: '2026-12-31', label: '2026年' });
    expect(exportPeriod('', '2026-05-20')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(exportPeriod('去年', '2026-05-20')).toMatchObject({ start: '2025-01-01', label: '2025年' });
    expect(exportPeriod('本季度', '2026-05-20')).toMatchObject({ start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' });
    expect(exportPeriod('上半年', '2026-05-20')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
  });

  it('answer with plain data for the file, never a library object', async () => {
    const { kexie } = kexieForTests('2026-05-20');
    const ctx = kexie.context({ workspace: 'W', user: 'U1' });
    await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    await kexie.log(ctx, '5月17日 科技活动周开幕式，参加群众800人次');
    const exported = await handleMessage(kexie, ctx, '导出 本季度');
    expect(exported.file).toMatchObject({ kind: 'ledger', name: '活动台账-2026年第二季度.xlsx' });
    expect(JSON.parse(JSON.stringify(exported.file))).toEqual(exported.file);
    expect((await handleMessage(kexie, ctx, '进度图')).file).toMatchObject({ kind: 'chart', chart: { kind: 'progress' } });
    expect((await handleMessage(kexie, ctx, '活动趋势')).file).toMatchObject({ kind: 'chart', chart: { kind: 'trend', points: expect.arrayContaining([{ month: '2026-05', label: '5月', activities: 1, headcount: 800, persons: 0 }]) } });
    // Months after today are axis labels, not points drawn as zero; titles name the body and the period.
    const trend = (await handleMessage(kexie, ctx, '活动趋势')).file;
    expect(trend?.kind === 'chart' && trend.chart.kind === 'trend' && [trend.chart.points.length, trend.chart.months.length, trend.chart.title]).toEqual([5, 12, '示例县科学技术协会2026年活动趋势（截至5月20日）']);
    const progress = (await handleMessage(kexie, ctx, '进度图')).file;
    expect(progress?.kind === 'chart' && progress.chart.title).toBe('示例县科学技术协会2026年目标进度（截至5月20日）');
    expect((await handleMessage(kexie, ctx, '总结 本季度 Word')).file).toMatchObject({ kind: 'docx', name: '示例县科学技术协会2026年第二季度工作总结.docx' });
    expect((await handleMessage(kexie, ctx, '总结 本季度')).file).toBeUndefined();
    expect((await handleMessage(kexie, ctx, '导入台账')).text).toContain('请上传台账文件');
  });
});
