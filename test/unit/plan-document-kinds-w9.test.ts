// Document kinds met on the w9 real plans (issue 17): a notice addressed to "全院各单位" with no title line, and
// news pages that report a body's plan for the year (a repost with its 来源 line and 供稿 byline, a meeting's
// write-up): news, not a report with a plan part, and their tasks are still read.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (text: string, year = 2019) => parsePlan(text, { source: 'page.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES });

describe('a notice with no title line', () => {
  it('is a notice when it opens with its addressees ("全院各单位:") and asks for things by a date', () => {
    const { report } = parse('全院各单位:\n根据市科协《关于举办2024年科技活动周的通知》精神,定于5月20日至26日集中开展科技活动周主题活动。\n请各活动举办单位及时提供活动成果:\n1.活动图片和新闻报道链接发送至邮箱。活动成果材料截止时间为2024年6月7日。\n2.开展线上活动的,须在活动开始前提供网址。', 2024);
    expect(report.kind).toBe('notice');
  });
});

describe('a news page reporting a year\'s plan', () => {
  it('is news when the page is a repost (来源 line, 供稿 byline), even though a paragraph of last year\'s results comes first', () => {
    const { report, plan } = parse([
      '甲区科协2019年“两个抓手”推进科普工作',
      '2023-03-23 14:21:29 来源:某市科协',
      '甲区科协2019年“两个抓手”推进科普工作',
      '  2018年甲区公民具备科学素质的比例达8.8%,相比2017年增长了1.1个百分点,这一成果是对区科协全年工作的肯定。',
      '  2019年,甲区科协将持续抓好城市公民这个着重点:一是抓好阵地建设。建成科普画廊10处。二是抓好社区科协。建设科普示范社区5个。',
      '  (张三 甲区科协供稿)',
    ].join('\n'));
    expect(report.kind).toBe('news');
    expect(plan.items.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(plan.items)).toMatch(/科普画廊/u);
  });
  it('is news when a meeting\'s headline and dated lead report it, though the meeting reviewed last year\'s work', () => {
    const { report, plan } = parse([
      '乙市科协召开五届二次常委会',
      '4月18日,市科协召开五届二次常委会,会议审议了2017年度工作总结和2018年度主要工作。',
      '2018年,市科协将重点开展以下工作:一是建设院士专家工作站3家。二是举办科技工作者日活动。三是新建科普示范社区5个。',
    ].join('\n'), 2018);
    expect(report.kind).toBe('news');
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
  });
});
