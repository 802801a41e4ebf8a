// A news page on a meeting whose only plan is a leader's requirements strung as "要…；要…；要…" in one paragraph: a list
// of tasks as 一是/二是 would be, so the page is imported for them (undated), not refused as a vision (issue 17).
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/core/plans/import-plan.js';
import { MemoryStore } from '../support/memory-store.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const load = (text: string) => importPlan({ store: new MemoryStore(), observances: OBSERVANCES }, { text, source: 'xinwen.txt', today: '2024-04-02', now: '2024-04-02T08:00:00.000Z' });

describe("a leader's requirements in a news page", () => {
  it('are imported as the plan', async () => {
    const text = [
      '某县召开科普工作推进会',
      '某县融媒体中心 2024-03-29 09:10',
      '3月28日下午,某县召开科普工作推进会。副县长张某某及各成员单位负责人参加会议。',
      '会议通报了去年全县科普工作情况,并对今年科普工作作出安排。',
      '张某某对全县科普工作取得的成绩表示肯定,并提出要求。要提高认识,把科普工作摆上重要位置;要协同配合,形成科普工作合力,围绕乡村振兴开展科技服务;要创新方式,拓展科普阵地和传播渠道,推动科普工作提质增效。(记者 李某)',
    ].join('\n');
    const { plan } = await load(text);
    const all = plan.items.map((i) => i.text).join('\n');
    expect(all).toContain('围绕乡村振兴开展科技服务');
    expect(all).toContain('拓展科普阵地和传播渠道');
    expect(all).not.toMatch(/记者|融媒体中心/u);
  });
});
