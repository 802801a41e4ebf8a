// The chat report after an import: what was found, and what changed from the version it replaced.
import { kindWord, type ImportResult } from './import-plan.js';

/** "已导入《…》，共 N 条…" with counts of deadlines and targets, and the changes. */
const SHAPES = { outline: '按编号条目', table: '按任务表格的行', list: '按编号列表', paragraphs: '按段落' } as const;

export function importFileReplyText({ plan, changes, warnings, report, removedSample }: ImportResult): string {
  const withDue = plan.items.filter((i) => i.due.length > 0).length;
  const withTargets = plan.items.filter((i) => i.targets.length > 0).length;
  const how = report && report.shape !== 'outline' ? `（${SHAPES[report.shape]}读取）` : '';
  const lines: string[] = [];
  if (report?.part) {
    lines.push(`这是一份${kindWord(plan.title)}：已读出${report.results.length}项工作成果，没有当作计划导入；可以导入其中的‘${report.part}’部分，已按${plan.year}年导入这一部分。`);
  }
  lines.push(`已导入《${plan.title}》（${plan.year}年），共 ${plan.items.length} 条${how}，其中有时间要求的 ${withDue} 条、有量化目标的 ${withTargets} 条。`);
  if (changes) {
    lines.push(`这是新版本，已替换旧版：新增 ${changes.added.length} 条，删除 ${changes.removed.length} 条，修改 ${changes.changed.length} 条。`);
    for (const i of changes.added.slice(0, 10)) lines.push(`  + ${i.path} ${i.title}`);
    for (const i of changes.removed.slice(0, 10)) lines.push(`  - ${i.path} ${i.title}`);
    for (const i of changes.changed.slice(0, 10)) lines.push(`  ~ ${i.path} ${i.title}`);
  }
  if (removedSample && removedSample.length > 0) lines.push('自带的示例计划已移除，以免示例任务和真实任务混在一起。');
  for (const w of warnings) lines.push(`注意：${w.message}`);
  // Nothing vanishes: the paragraphs in no item (introduction, notes, requirements) are counted.
  const others = (report?.unread.length ?? 0) - (report?.skipped.length ?? 0);
  if (others > 0) lines.push(`另有 ${others} 段（引言、说明、要求等）没有列为任务；命令行 import --json 的 report.unread 列出全部。`);
  lines.push('试试问：这个月有什么要做的');
  return lines.join('\n');
}
