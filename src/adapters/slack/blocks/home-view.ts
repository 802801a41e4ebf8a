// App Home: this month's items, target progress and the latest activities.
import type { Activity } from '../../../core/activities/activity-schema.js';
import { type Block, escapeMrkdwn, textSections } from './reply-blocks.js';

/** The Home tab view. */
export function homeView(input: { month: string; progress: string; latest: Activity[] }): Block {
  const latest = input.latest.length === 0 ? '还没有活动记录。发消息给我，例如：5月17日 科普周开幕式，参加群众800人次' : input.latest.map((a) => `• ${a.date} ${a.title}${a.headcount !== null ? ` ${a.headcount}${a.headcountUnit ?? '人'}` : ''}`).join('\n');
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: '本月任务' } },
      ...textSections(input.month),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: '目标进度' } },
      ...textSections(input.progress),
      { type: 'divider' },
      { type: 'header', text: { type: 'plain_text', text: '最近活动' } },
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(latest) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '在任意频道用 /kx 提问或记录；发送“帮助”查看全部用法。' }] },
    ].slice(0, 100),
  };
}
