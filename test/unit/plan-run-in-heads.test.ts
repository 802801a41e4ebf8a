// Paragraphs under a heading that each open with a short run-in head ("智賦交通筑賽道。…") are tasks of their own,
// even with an image line or a photo caption between them (issue 17, blind w9).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'silu.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
const TEXT = [
  '2026年，某縣科協將緊扣創新驅動核心，深化服務職責落實，凝聚科技力量。',
  '一、科創賦能強引擎，激活產業新動能',
  '數智融合育新機。依托本縣數字經濟試點優勢，組織科技志願服務20人次以上，培訓青年人才100人以上。',
  '![]()',
  '2025年6月12日，某縣科協舉辦數字科普活動，向學生展示智能設備。',
  '產研協同強支撐。深化與園區平臺對接，力爭新建院士專家工作站2家。',
  '農技賦能促振興。立足本縣果業產值突破30億元的優勢，開展技術指導。',
].join('\n');

describe('run-in heads under a heading', () => {
  it('gives each run-in paragraph its own item, targets and no date of the caption', () => {
    const plan = read(TEXT);
    const item = (w: string) => plan.items.filter((i) => i.text.includes(w)).sort((a, b) => b.level - a.level)[0];
    expect(plan.items.filter((i) => i.kind === 'task').map((i) => i.text.slice(0, 7))).toEqual(['數智融合育新機', '產研協同強支撐', '農技賦能促振興']);
    expect(item('數智融合育新機')?.targets.map((t) => t.value)).toEqual([20, 100]);
    expect(item('數智融合育新機')?.due).toEqual([]);
    expect(item('產研協同強支撐')?.targets.map((t) => t.value)).toEqual([2]);
    expect(item('農技賦能促振興')?.targets).toEqual([]);
  });
});
