// A document site's copy of a 方案 (holdout 8, xxshi) runs its whole outline into one line: the title into the
// preamble ("…工作方案为深入贯彻…"), and "三、活动内容(一)…" straight after the last word of section 二. The
// outline's own sequence (二、 after 一、, (二) after (一)) says where each heading starts, without a full stop.
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const RUN_IN = '2025年某某县全国科普日活动实施方案为深入贯彻落实全民科学素质行动规划纲要,弘扬科学精神,普及科学知识,结合我县实际,制定本方案。一、活动时间定于9月20日至26日在全县集中开展,各乡镇可结合实际安排系列活动。二、组织单位县科协、县委宣传部、县教育局、县农业农村局、县卫健局、县应急管理局三、活动内容(一)举办主场活动。在县文化广场举办科普日主场活动,组织科普展览和科技咨询。(二)开展科普进校园。组织科技辅导员走进中小学开展科学实验秀不少于10场。(三)开展科技助农服务。组织农技专家深入乡村开展技术培训。';

describe('an outline run into one line', () => {
  it('splits at the next heading of the sequence, not only after a full stop', () => {
    const lines = cleanLines(RUN_IN);
    expect(lines[0]).toBe('2025年某某县全国科普日活动实施方案');
    expect(lines.some((l) => l.startsWith('三、活动内容'))).toBe(true);
    expect(lines.some((l) => l.startsWith('(二)开展科普进校园'))).toBe(true);
  });

  it('dates the content tasks in the event window it states', () => {
    const { plan } = parsePlan(RUN_IN, { fallbackYear: 2026, source: 'x.txt', observances: OBSERVANCES, importedAt: '2026-01-01T00:00:00Z' });
    expect(plan.year).toBe(2025);
    const school = plan.items.find((i) => i.text.includes('科普进校园'));
    expect(school?.due.map((d) => [d.start, d.end])).toEqual([['2025-09-20', '2025-09-26']]);
  });

  it('leaves a list of grades alone', () => {
    expect(cleanLines('组织一、二年级学生参观科技馆,三、四年级学生参加科学实验课,五、六年级学生参加科技创新大赛,时间为9月,地点为县科技馆,请各校提前报名,做好安全预案和组织工作,确保活动顺利进行,取得实效,并及时报送活动总结和图片资料给县科协。')).toHaveLength(1);
  });
});

describe('organisers run on after their heading', () => {
  it('are no task', () => {
    const { plan } = parsePlan(RUN_IN, { fallbackYear: 2026, source: 'x.txt', observances: OBSERVANCES, importedAt: '2026-01-01T00:00:00Z' });
    expect(plan.items.some((i) => i.text.includes('组织单位县科协'))).toBe(false);
  });
});
