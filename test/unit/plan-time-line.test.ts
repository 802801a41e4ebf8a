// Holdout 9 (nwafu 科普日 notice): "时间:2022年9月15--21日。" under "一、主题和时间" was dropped as a page's
// publication line, so the notice's content tasks lost the event's window. A span of days is no publication date.
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const NOTICE = ['关于开展2024年全国科普日活动的通知', '各基层站点:', '现将有关事项通知如下。', '一、主题和时间', '主题:科普向未来', '时间:2024年9月14--20日。', '二、活动内容', '(一)弘扬科学精神', '组织科技工作者走进校园开展科学家精神宣讲。', '(二)开展科技志愿服务', '依托站点资源开展科技志愿服务进村入户。'].join('\n');

describe('an event time line', () => {
  it('stays in the text', () => {
    expect(cleanLines(NOTICE)).toContain('时间:2024年9月14--20日。');
    expect(cleanLines('时间:2024-09-13 10:20 来源:场站管理处\n正文')).toEqual(['正文']);
  });
  it('dates the content tasks', () => {
    const { plan } = parsePlan(NOTICE, { fallbackYear: 2026, source: 'x.txt', observances: OBSERVANCES, importedAt: '2024-01-01T00:00:00Z' });
    const task = plan.items.find((i) => i.text.includes('科学家精神宣讲'));
    expect(task?.due.map((d) => [d.start, d.end])).toEqual([['2024-09-14', '2024-09-20']]);
  });
});

describe('a range with weekdays beside its days', () => {
  it('keeps its end', async () => {
    const { parseDeadlines } = await import('../../src/core/dates/parse-deadlines.js');
    expect(parseDeadlines('科技活动周定于5月18日(星期一)至29日(星期五)举行', 2026).map((d) => [d.start, d.end])).toEqual([['2026-05-18', '2026-05-29']]);
  });
});

describe('lines led by their month under one heading', () => {
  it('are dated each by its month', () => {
    const text = ['2026年某社区科普工作计划', '一、健全科普组织', '完善社区科普工作领导小组。', '二、开展丰富多彩的科普活动', '1月份结合冬季特点,开展安全用电宣传;', '2月份结合元宵节,开展猜灯谜科普活动;', '3月份结合学雷锋日,开展科技志愿服务;', '4月份结合世界读书日,开展科普阅读活动。'].join('\n');
    const { plan } = parsePlan(text, { fallbackYear: 2026, source: 'x.txt', observances: OBSERVANCES, importedAt: '2026-01-01T00:00:00Z' });
    const due = (w: string) => [...plan.items].reverse().find((i) => i.text.includes(w))?.due.map((d) => [d.start, d.end]);
    expect(due('猜灯谜')).toEqual([['2026-02-01', '2026-02-28']]);
    expect(due('科普阅读')).toEqual([['2026-04-01', '2026-04-30']]);
  });
});
