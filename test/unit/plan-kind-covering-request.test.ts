// A plan sent under its covering notice ("现将《…》印发给你们，请结合实际认真贯彻落实，并…报告落实情况") asks its
// recipients to act: the request is an item of the plan, without the words that send it. A notice that only
// sends an attached plan still imports nothing (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'yaodian.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;

describe('a plan under its covering notice', () => {
  const plan = read(
    [
      '某市科协关于印发2024年工作要点的通知',
      '各县区科协，各市级学会：',
      '现将《某市科协2024年工作要点》印发给你们，请结合实际认真组织实施，并及时向市科协反馈实施情况。',
      '某市科学技术协会',
      '2024年2月20日',
      '某市科协2024年工作要点',
      '一、加强思想政治引领',
      '1.组织科技工作者开展学习活动，全年举办报告会4场。',
      '二、提升科普服务能力',
      '2.6月底前建成社区科普e站20个。',
    ].join('\n'),
  );
  const request = plan.items.find((i) => i.text.includes('请结合实际认真组织实施'));
  it('keeps the request as an item', () => {
    expect(request?.text).toContain('及时向市科协反馈实施情况');
    expect(request?.text).not.toContain('印发给你们');
    expect(request?.due).toEqual([]);
  });
  it('keeps the plan’s own tasks', () => {
    expect(plan.items.some((i) => i.text.includes('社区科普e站'))).toBe(true);
  });
});

describe('a notice that only sends an attached plan', () => {
  const plan = read(
    [
      '某省科协科普部关于印发2024年科普工作要点的通知',
      '各市科协科普部：',
      '现将《某省科协2024年科普工作要点》印发给你们，请结合实际认真贯彻落实。',
      '附件：某省科协2024年科普工作要点.doc',
      '某省科协科普部',
      '2024年3月1日',
    ].join('\n'),
  );
  it('imports nothing', () => {
    expect(plan.items).toEqual([]);
  });
});
