// A document site's file name over a text ("2023年区科普月活动方案.doc") is the site's label: its year is not the
// year the text states for its work ("2019年将继续举办…", "2019年全国科普日时间为…") (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2023, importedAt: '', observances: OBSERVANCES });

describe('a file name’s year over a text that states its own', () => {
  it('gives way to the text’s year', () => {
    const { plan } = read(
      [
        '2023年区科技活动周实施方案(精选).docx',
        'XX年XX区科技活动周实施方案',
        '各街道科协、区属各学会:为大力提高全民科学素质,2019年区科协将继续举办科技活动周,现制定实施方案如下:',
        '一、活动时间',
        '2019年科技活动周时间为5月19日至25日。',
        '二、活动内容',
        '1.组织科普大篷车进社区、进学校巡展10场。',
        '2.开展院士专家科普报告会。',
      ].join('\n'),
    );
    expect(plan.year).toBe(2019);
  });
  it('still dates a text that states no other year', () => {
    const { plan } = read(['2021年区科技活动周实施方案.docx', '一、活动时间', '5月19日至25日。', '二、活动内容', '1.组织科普大篷车巡展10场。'].join('\n'));
    expect(plan.year).toBe(2021);
  });
});
