// A web page's buttons after a notice's signature ("阅读全文", "评论", "点赞") are page furniture: they hide the
// signature block from the reader, whose date then became the last section's deadline (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES });

describe('page buttons after a signature', () => {
  const { plan } = read(
    [
      '关于开展2025年科普讲解大赛的通知',
      '各县(区)科协:',
      '一、比赛安排',
      '初赛于2025年6月10日至20日在各县(区)举行。',
      '二、有关要求',
      '各地要认真组织选手备赛,确保比赛公平公正。',
      '特此通知。',
      '附件:选手报名表.docx',
      '某市科学技术协会',
      '2025年4月2日',
      '继续阅读',
      '评论',
      '点赞',
    ].join('\n'),
  );
  it('are no part of the last section, and the signature’s date is no deadline', () => {
    expect(plan.items.flatMap((i) => i.due).map((d) => d.start)).toEqual(['2025-06-10']);
    expect(plan.items.some((i) => /继续阅读|评论|点赞/u.test(i.text))).toBe(false);
  });
});
