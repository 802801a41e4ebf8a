// A news page that reports an event already over ("…落下帷幕", "…圆满结束", "据初步统计…") and says nothing of what
// comes next holds results, not tasks: a summary, not imported as a plan (issue 17, holdout 15).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a news page about an event that has ended', () => {
  it('is a summary when it tells only what was done', () => {
    const { report } = read(
      [
        '某某区2024年全国科普日活动圆满落幕',
        '日前,为期一周的2024年全国科普日某某区系列活动圆满结束。区科协于9月14日-20日组织开展了主题科普活动。',
        '为抓好活动落实,区里成立了工作专班,印发了活动方案,对各项工作作了具体部署。',
        '据统计,活动期间共举办科普讲座28场,发放宣传资料1.2万份,参与群众1.5万人次。(区科协 供稿)',
      ].join('\n'),
    );
    expect(report.kind).toBe('summary');
  });
  it('stays news with tasks when it says what comes next', () => {
    const { report } = read(
      [
        '某某区2024年全国科普日活动圆满落幕',
        '日前,为期一周的2024年全国科普日某某区系列活动圆满结束,共举办科普讲座28场。',
        '下一步,区科协将于10月底前组织开展科普进校园活动不少于10场。',
      ].join('\n'),
    );
    expect(report.kind).not.toBe('summary');
  });
});
