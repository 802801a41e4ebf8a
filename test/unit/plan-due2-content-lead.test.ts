// A notice whose window comes from its lead dates the tasks of its content part; a list introduced by "主要内容及形式
// 如下：" is that part even under a heading that does not say so ("二、活动目的") (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'zhengji.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('a content list introduced by its lead-in', () => {
  const plan = read(
    [
      '各有关单位、各科普基地:',
      '根据市里统一部署,2026年全国科技活动周定于5月23日至5月30日举行。为办好本区科技活动周,现就征集重点活动的有关事项通知如下:',
      '一、活动主题',
      '科技创新 美好生活',
      '二、活动目的',
      '我局将围绕活动主题,组织策划本区科技活动周开幕式(暂定5月24日上午举行)、第五届科普讲解大赛(暂定5月26日举行)、科技开放日等重大活动。现向社会广泛征集符合活动周主题的重点活动,主要内容及形式如下:',
      '(一)深入宣传科技创新重大成就',
      '通过线上线下渠道广泛宣传科技创新取得的重大成就。',
      '(二)大力弘扬科学家精神',
      '讲好科技工作者爱国敬业的故事,组织科技工作者参与各类科普活动。',
      '三、报送要求',
      '请于5月15日前将活动信息报送区科技局。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);
  it('dates the listed content to the event’s week', () => {
    expect(due('深入宣传科技创新重大成就')).toEqual(['2026-05-23..2026-05-30']);
    expect(due('大力弘扬科学家精神')).toEqual(['2026-05-23..2026-05-30']);
    expect(due('科技开放日等重大活动')).toEqual(['2026-05-23..2026-05-30']);
  });
  it('leaves the call for entries on its own day', () => {
    expect(due('请于5月15日前')).toEqual(['2026-05-15..2026-05-15']);
  });
});
