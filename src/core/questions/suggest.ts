// "没看懂这句话" and the two or three closest things kexie can do, chosen by the words the message has.
import { normalizeText } from '../text/normalize.js';

const SUGGESTIONS: Array<{ cue: RegExp; example: string }> = [
  { cue: /报名|人数|sign/iu, example: '青少年大赛报名多少人了（报名情况）' },
  { cue: /\d|[一二三四五六七八九十百千]+(人|份|场)|来了|参加|开了|办了|举办/u, example: '记录 5月17日 科普讲座，参加120人（记录一次活动）' },
  { cue: /几|多少|统计|一共|how many/iu, example: '今年开了几场培训了（按活动记录统计）' },
  { cue: /做了|干了|上周|上个月|did|last/iu, example: '上周都做了什么（已记录的活动）' },
  { cue: /今天|明天|下周|本月|周[一二三四五六日天]|星期|开会|会议|安排|要做|干嘛|什么时候|截止|when|due|meeting/iu, example: '下周有什么安排 ｜ 全委会什么时候开' },
  { cue: /逾期|过期|没完成|overdue/iu, example: '哪些任务逾期了' },
  { cue: /总结|汇报|报告|summary/iu, example: '总结 本季度（起草工作总结）' },
  { cue: /完成|done|进度|目标/iu, example: '科普日的目标完成多少了 ｜ 三/1 已完成（标记完成）' },
  { cue: /部门|部|室|我的|my/iu, example: '我是科普部 → 我们部门有什么任务' },
  { cue: /任务|工作|计划|关于|task/iu, example: '关于科技馆的任务（按关键词找任务）' },
];
const DEFAULTS = ['本月有什么要做的', '上周都做了什么（已记录的活动）', '记录 5月17日 科普讲座，参加120人（记录一次活动）'];

/** The reply to a message kexie could not read: says so, then offers up to three close commands. */
export function notUnderstood(text: string): string {
  const simple = normalizeText(text).slice(0, 500);
  const picked = SUGGESTIONS.filter((s) => s.cue.test(simple)).map((s) => s.example).slice(0, 3);
  for (const d of DEFAULTS) if (picked.length < 3 && !picked.includes(d)) picked.push(d);
  return ['没看懂这句话。你可以试试：', ...picked.map((p) => `• ${p}`), '发送“帮助”查看全部用法。'].join('\n');
}
