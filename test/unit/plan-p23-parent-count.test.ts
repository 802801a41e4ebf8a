// A news paragraph split into its parts whose own words set work with a count ("活动周还将在某大学校内设置4个分会场。"
// over what each 分会场 does): a task of its own, dated by the event's days as its parts are (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const text = [
  '8个主题展区! 2025年某市科技活动周将于5月18日开幕',
  '某某网2025-05-12 10:00:00',
  '5月12日,某市政府新闻办召开2025年某市科技活动周新闻发布会,介绍了活动周的筹备情况。',
  '2025年某市科技活动周将于5月18日至5月24日举行,共推出300余场群众性科普活动。',
  '此外,活动周还将在某大学校内设置4个分会场。图书馆分会场将在活动期间开放并定时讲解;生命科学学院分会场将开展健康咨询等惠民活动;工程学院分会场将组织机器人展示;体育馆分会场将举办科普市集。',
].join('\n');

describe('a paragraph with a count over its parts', () => {
  it('is dated by the event\'s days', () => {
    const { plan } = parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '2025-05-12', observances: OBSERVANCES });
    const item = plan.items.find((i) => i.text.startsWith('活动周还将在某大学校内设置4个分会场'));
    expect(item?.targets.map((t) => t.value)).toEqual([4]);
    expect(item?.due.map((d) => [d.start, d.end])).toEqual([['2025-05-18', '2025-05-24']]);
  });
});
