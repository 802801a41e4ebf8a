// A plan mirrored from a news site (blind-w9 songyang-gongzuo-2026): pictures left as "![]()" with a caption under
// them about a past event, slogan-led paragraphs under each numbered heading, the excerpt cut mid-sentence.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const TEXT = [
  '![]()',
  '2026年,松阳县科协将紧扣“科创驱动”核心,深化“四服务”职责落实。',
  '一、科创赋能强引擎,激活产业新动能',
  '智赋交通筑赛道。依托智慧交通产业发展试点县优势,开展专家入企服务20人次以上,开展技术培训100人以上。',
  '![]()',
  '2025年5月30日,松阳县科协举办智慧交通科普活动,向学生展示无人公交车。',
  '产研融合强支撑。持续推进博士创新站提质增效,力争新建市级以上博士创新站3家。',
  '特色赋能破新局。联动农业领域专家,开展茶叶精深加工、绿色种植等技术指导,助力茶产业高质量发',
].join('\n');

describe('a plan from a news page with pictures', () => {
  const { plan } = parsePlan(TEXT, { source: 't.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });

  it('drops the pictures and their captions: no item, no date, no year from them', () => {
    expect(plan.year).toBe(2026);
    expect(plan.items.some((i) => /!\[|无人公交车/u.test(i.text))).toBe(false);
    expect(plan.items.flatMap((i) => i.due)).toEqual([]);
  });

  it('makes each paragraph under the heading a task with its own targets, the cut-off last one too', () => {
    const tasks = plan.items.filter((i) => i.kind === 'task');
    expect(tasks.map((t) => t.title)).toEqual(['智赋交通筑赛道', '产研融合强支撑', '特色赋能破新局']);
    expect(tasks.map((t) => t.targets.map((x) => `${x.value}${x.unit}`).join(','))).toEqual(['20人次,100人', '3家', '']);
  });
});
