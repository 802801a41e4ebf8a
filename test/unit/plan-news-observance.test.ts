// A news page about a 科技周 plan is read as far as it states tasks and dates (issue 17, holdout 7 fengxian):
// "一是…。二是…。三是…" in one paragraph are three tasks, and the tasks of the week take its window.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { isTaskParagraph } from '../../src/core/plans/task-sentences.js';
import { loadObservances } from '../../src/infra/observance-calendar.js';

const observances = loadObservances(join(import.meta.dirname, '..', '..', 'data'));
const text = [
  '根据省科协统一部署,2018年全国科技活动周将于5月19日—5月26日举办,某县科协目前正积极筹备科普周活动各项工作。',
  '一是加强组织领导。明确专人负责科普宣传周活动,起草制定《2018年全国科技活动周实施方案》。二是丰富活动内容。活动将在5月19日于省、市同步启动。科普周期间,某县将通过广场科普宣传、航模表演、科普讲堂等多种形式宣传普及科普知识。三是加大宣传力度。在县电视台开播科普专栏节目,宣传报道优秀科技工作者。',
].join('\n');

describe('a 科技周 news page', () => {
  const { plan } = parsePlan(text, { source: 'news', fallbackYear: 2018, importedAt: '2018-05-10', observances });
  it('reads 一是/二是/三是 run on in one paragraph as three tasks', () => {
    // 二是 holds two tasks of its own since plan-due2: the opening day and the week's work after it.
    expect(plan.items.filter((i) => i.level === 1).map((i) => i.text.slice(0, 6))).toEqual(['加强组织领导', '丰富活动内容', '加大宣传力度']);
  });
  it('keeps each task\'s own date', () => {
    const item = plan.items.filter((i) => i.kind === 'task' && i.text.includes('同步启动')).at(-1);
    expect(item?.due.map((d) => [d.start, d.end])).toEqual([['2018-05-19', '2018-05-19']]);
    expect(plan.items.find((i) => i.kind === 'task' && i.text.includes('广场科普宣传'))?.due.map((d) => [d.start, d.end])).toEqual([['2018-05-19', '2018-05-26']]);
    expect(plan.items.find((i) => i.text.includes('科普专栏节目'))?.text).not.toContain('同步启动');
  });
});

// Past results quoted in a news page are not targets (issue 17, holdout 7 xianju).
describe('a news paragraph reviewing last year', () => {
  it('is no task paragraph', () => {
    expect(isTaskParagraph('会议梳理了2024年科普工作成果:全年举办青少年创新大赛等活动超万人次参与;开展科学家讲座30余场;培育乡村振兴科普带头人20名。', 2025)).toBe(false);
  });
  it('leaves the year\'s own tasks', () => {
    expect(isTaskParagraph('针对2025年工作目标,会议明确三大重点任务:一是聚焦领衔项目,计划评选10个县级项目。', 2025)).toBe(true);
  });
});
