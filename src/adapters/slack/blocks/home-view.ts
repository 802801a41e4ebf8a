// App Home: this month's items, target progress (with the chart when one was uploaded) and the latest activities.
import type { Activity } from '../../../core/activities/activity-schema.js';
import { type Block, BUDGET, clip, textSections } from './limits.js';

/** At most `max` sections of a text; a note says where to see the rest. */
function capped(text: string, max: number, more: string): Block[] {
  const sections = textSections(text);
  if (sections.length <= max) return sections;
  return [...sections.slice(0, max), { type: 'context', elements: [{ type: 'mrkdwn', text: more }] }];
}

/** The Home tab view; `chartFileId` is a PNG uploaded to Slack (files.uploadV2) of the target progress. */
export function homeView(input: { month: string; progress: string; latest: Activity[]; damaged?: number; chartFileId?: string; extra?: Block[] }): Block {
  const latest = input.latest.length === 0 ? '还没有活动记录。发消息给我，例如：5月17日 科普周开幕式，参加群众800人次' : input.latest.slice(0, 10).map((a) => `• ${a.date} ${clip(a.title, 80)}${a.headcount !== null ? ` ${a.headcount}${a.headcountUnit ?? '人'}` : ''}`).join('\n');
  const chart: Block[] = input.chartFileId ? [{ type: 'image', slack_file: { id: input.chartFileId }, alt_text: '目标进度图' }] : [];
  // Records that cannot be read are said at the top, never silently left out of the totals below.
  const damaged: Block[] = input.damaged ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `:warning: ${input.damaged} 条记录无法读取，统计中未计入。请管理员运行 \`npm run -s kexie -- doctor\` 查看。` }] }] : [];
  const blocks: Block[] = [
    ...damaged,
    { type: 'header', text: { type: 'plain_text', text: '本月任务' } },
    ...capped(input.month, 30, '……更多请在聊天中问“本月有什么要做的”。'),
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: '目标进度' } },
    ...chart,
    ...capped(input.progress, 30, '……完整进度请在聊天中问“目标完成多少了”，或发送“进度图”。'),
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: '最近活动' } },
    ...textSections(latest).slice(0, 5),
    { type: 'context', elements: [{ type: 'mrkdwn', text: '在任意频道用 /kx 提问或记录；发送“帮助”查看全部用法。' }] },
    // Other sections (the proactive posts a workspace subscribed to) come last, within the 100-block limit.
    ...(input.extra ?? []),
  ];
  return { type: 'home', blocks: blocks.slice(0, BUDGET.viewBlocks) };
}
