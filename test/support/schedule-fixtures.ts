// A small 2026 plan with deadlines around the Spring Festival and National Day, for the schedule tests.
import type { Plan, PlanItem } from '../../src/core/plans/plan-schema.js';

const item = (id: string, path: string, title: string, end: string, owners: string[] = ['科普部'], kind: 'deadline' | 'event' = 'deadline'): PlanItem => ({
  id,
  path,
  level: 2,
  kind: 'task',
  title,
  text: title,
  due: [{ text: `${end}前`, start: kind === 'event' ? end : '2026-01-01', end, implied: false, kind, recurring: undefined }],
  targets: [],
  owners,
  parentId: null,
});

/** Items due 2026-02-27 (after the Spring Festival), 2026-03-10, 2026-10-09 (after National Day) and 2026-10-20. */
export function holidayPlan(): Plan {
  return {
    id: 'p2026',
    title: '2026年科协工作要点',
    year: 2026,
    yearTo: 2026,
    source: 'test',
    importedAt: '2026-01-05T09:00:00+08:00',
    items: [
      item('i-feb', '一/1', '报送年度科普工作计划', '2026-02-27', ['办公室']),
      item('i-mar', '一/2', '完成学会年检材料', '2026-03-10'),
      item('i-oct', '二/1', '报送国庆期间科普活动总结', '2026-10-09'),
      item('i-oct2', '二/2', '举办科技馆秋季开放日', '2026-10-20', ['科普部'], 'event'),
    ],
  };
}
