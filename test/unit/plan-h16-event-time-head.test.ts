// A notice for one observance whose time section names the event before 活动时间 ("一、科普周活动时间" over
// "2019年5月20日-5月26日。"): its content items fall in those days, not in the calendar's (issue 17, holdout 16).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2019, importedAt: '', observances: OBSERVANCES });

describe('a notice whose time heading names its week', () => {
  it('dates the content items by the days under that heading', () => {
    const { plan } = read(
      [
        '关于开展2019年某某县科技活动周活动的通知',
        '各乡镇、县直各单位:',
        '现将有关事项通知如下:',
        '一、科技周活动时间',
        '2019年5月20日-5月26日。',
        '二、科技活动周活动内容',
        '1、县科协邀请农技专家到各乡镇举办果树修剪技术讲座;',
        '2、县教育局组织各学校开展科技小发明展示活动;',
        '三、工作要求',
        '各单位于2019年5月31日前将活动总结报送县科协。',
      ].join('\n'),
    );
    const lecture = plan.items.find((i) => i.text.includes('果树修剪'));
    const show = plan.items.find((i) => i.text.includes('小发明'));
    for (const item of [lecture, show]) {
      expect(item?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2019-05-20..2019-05-26']);
    }
  });
});
