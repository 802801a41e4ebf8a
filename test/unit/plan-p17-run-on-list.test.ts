// A flattened page runs a heading into its numbered list ("三、主要活动安排1.科普讲座…。2.科学实验秀…"): the "1." right
// after the heading's words still opens the list when "2." follows after a sentence's end, so each activity keeps
// its own dates and targets (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'jihua.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;
const find = (plan: ReturnType<typeof read>, s: string) =>
  plan.items.filter((i) => i.text.includes(s)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe('a list run on after its heading', () => {
  it('splits into its numbered activities', () => {
    const plan = read([
      '2024年社区科普活动计划',
      '一、活动目的普及科学知识,提高居民科学素质。二、主要活动安排1.科普讲座每季度邀请专家开展健康科普讲座。时间:2024年4月至2024年10月。全年听讲居民达到300人次。2.科学实验秀面向辖区少年儿童表演趣味科学实验,激发好奇心。',
    ]);
    const talk = find(plan, '健康科普讲座');
    const show = find(plan, '趣味科学实验');
    expect(talk).toBeDefined();
    expect(show).toBeDefined();
    expect(talk?.id).not.toBe(show?.id);
    expect(show?.due).toEqual([]);
    expect(show?.targets).toEqual([]);
    expect(talk?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['300人次']);
  });
  it('leaves a version number or a figure in prose alone', () => {
    const plan = read(['2024年社区科普活动计划', '一、推进数字科普', '建设科普2.0平台。完善科普e站1个,新建科普栏2个。']);
    expect(plan.items.filter((i) => i.kind === 'task')).toHaveLength(1);
  });
});
