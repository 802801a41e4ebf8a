// A contest notice's fields ("一、比赛主题", "（二）复赛地点：…", "（三）比赛形式", "（一）参赛对象", "（二）参赛分组") describe the
// contest; they are no tasks, while its days and what entrants send by a day are (issue 17, p22).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '2024-06-01', observances: OBSERVANCES }).plan;

describe('a contest notice\'s descriptive fields', () => {
  const plan = read(
    [
      '关于举办2024年全区青少年科普讲解比赛的通知',
      '各学校:',
      '区科协决定举办2024年全区青少年科普讲解比赛。现将有关事项通知如下:',
      '一、比赛主题',
      '探索科学奥秘 点亮科技梦想',
      '二、比赛安排',
      '初赛时间:2024年6月20日至21日',
      '复赛时间:2024年6月28日',
      '(一)初赛地点:线上提交视频',
      '(二)复赛(现场)地点:区青少年活动中心二楼报告厅',
      '(三)比赛形式',
      '选手现场讲解,评委现场打分。',
      '三、参赛办法',
      '(一)参赛对象',
      '全区中小学在校学生均可报名。',
      '(二)参赛分组',
      '比赛分小学组和中学组。',
      '(三)报名方式',
      '请各校于6月15日前提交讲解视频和报名表。',
    ].join('\n'),
  );
  it('leaves the fields out', () => {
    for (const words of ['探索科学奥秘', '线上提交视频', '区青少年活动中心', '评委现场打分', '均可报名', '小学组和中学组']) {
      expect(plan.items.some((i) => i.kind === 'task' && i.text.includes(words)), words).toBe(false);
    }
  });
  it('keeps the days and what is sent by a day', () => {
    expect(plan.items.some((i) => i.text.includes('复赛时间'))).toBe(true);
    expect(plan.items.some((i) => i.text.includes('提交讲解视频') && i.due.some((d) => d.end === '2024-06-15'))).toBe(true);
  });
});
