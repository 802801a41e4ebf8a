import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { importFileReplyText } from '../../src/core/plans/describe-import.js';
import { importPlan } from '../../src/core/plans/import-plan.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { MemoryStore } from '../support/memory-store.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const parse = (text: string, fallbackYear = 2026) => parsePlan(text, { source: 'x.txt', fallbackYear, importedAt: '', observances: OBSERVANCES });
const item = (plan: Plan, words: string) => {
  const found = plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level)[0];
  if (!found) throw new Error(`no item with ${words}: ${plan.items.map((i) => i.text).join(' | ')}`);
  return found;
};

describe('plans without outline markers', () => {
  it('reads a web-exported task table, one cell per line, with bare row numbers and page furniture', () => {
    const { plan, report } = parse(readFixture('plans', 'cases', 'table-cells.txt'));
    expect(report.shape).toBe('table');
    expect(plan.title).toBe('清河县科协2025年重点工作任务分解表');
    expect(plan.year).toBe(2025);
    expect(plan.items.map((i) => i.path)).toEqual(['1', '2', '3', '4', '5']);
    expect(item(plan, '新建企业科协').owners).toEqual(['组织部']);
    expect(item(plan, '新建企业科协').due).toEqual([expect.objectContaining({ end: '2025-10-31', kind: 'deadline' })]);
    expect(item(plan, '全国科普月').owners).toEqual(['科普部', '学会部']);
    const all = plan.items.map((i) => i.text).join('\n');
    expect(all).not.toMatch(/浏览次数|打印本页|KB|字体|完成时限|责任单位/u);
  });

  it('reads tab- and space-separated tables with and without a header', () => {
    const tab = parse(readFixture('plans', 'cases', 'tab-table.txt')).plan;
    expect(tab.items).toHaveLength(4);
    expect(item(tab, '全委会').due[0]).toMatchObject({ start: '2026-03-11', end: '2026-03-20' });
    expect(item(tab, '志愿者下乡').owners).toEqual(['镇科协', '卫生院']);
    const space = parse(readFixture('plans', 'cases', 'space-table.txt')).plan;
    expect(space.items.map((i) => i.path)).toEqual(['1', '2', '3', '4']);
    expect(item(space, '科普大篷车').due[0]).toMatchObject({ start: '2026-10-01', end: '2026-12-31', recurring: 'monthly' });
    expect(item(space, '科普大篷车').owners).toEqual(['县科技馆']);
  });

  it('reads bare-number lists, 一是/二是 and 首先/其次 prose, and plain paragraphs', () => {
    const list = parse(readFixture('plans', 'cases', 'bare-numbers.txt'));
    expect(list.report.shape).toBe('list');
    expect(list.plan.items).toHaveLength(4);
    const prose = parse(readFixture('plans', 'cases', 'prose-shi.txt'), 2026);
    expect(prose.plan.year).toBe(2024);
    expect(prose.report.yearFrom).toBe('body');
    expect(prose.plan.items.map((i) => i.path)).toEqual(['1', '1/一是', '1/二是', '1/三是']);
    expect(prose.report.skipped).toEqual(['同时，各单位要加强协调配合，确保各项任务落到实处。']);
    const first = parse(readFixture('plans', 'cases', 'prose-first.txt')).plan;
    expect(first.items).toHaveLength(4);
    const paragraphs = parse(readFixture('plans', 'cases', 'paragraphs.txt'));
    expect(paragraphs.report.shape).toBe('paragraphs');
    expect(paragraphs.plan.items).toHaveLength(3);
    expect(paragraphs.report.skipped).toEqual(['上述工作由县科协科普部统筹。']);
  });

  it('gives a parent only its own deadlines and targets, not its children’s', () => {
    const { plan } = parse(readFixture('plans', 'cases', 'parent-children.txt'));
    const parent = item(plan, '实施科普惠民行动');
    expect(parent.kind).toBe('section');
    expect(parent.targets.map((t) => [t.value, t.unit])).toEqual([[100, '场次']]);
    expect(parent.due.map((d) => d.end)).toEqual(['2026-12-31']);
    expect(item(plan, '主场活动1场').targets.map((t) => t.value)).toEqual([1, 20]);
  });

  it('reads traditional text with pinyin noise like simplified text', () => {
    const noisy = parse('2024年石阡縣科协科普工作計劃(huà)\n1、全年組(zǔ)織科普大篷車下鄉(xiāng)巡展30场次。\n2、加強(qiáng)隊伍建設(shè)，年内新培訓(xùn)科普志願者200名。\n\n石阡縣科學(xué)技術(shù)協會(huì)\n二〇二四年一月').plan;
    expect(noisy.title).toBe('2024年石阡縣科协科普工作計劃');
    expect(noisy.items.map((i) => i.text)).toEqual(['全年組織科普大篷車下鄉巡展30场次。', '加強隊伍建設，年内新培訓科普志願者200名。']);
    expect(noisy.items[1]?.targets[0]).toMatchObject({ value: 200, unit: '名' });
    expect(noisy.items[1]?.due).toEqual([expect.objectContaining({ end: '2024-12-31' })]);
  });
});

describe('importing: what was found, what was not, and the year', () => {
  const run = (text: string, today = '2026-06-15') => importPlan({ store: new MemoryStore(), observances: OBSERVANCES }, { text, source: 'x.txt', today, now: `${today}T02:00:00Z` });

  it('refuses a document with no task and says what it found', async () => {
    const error = await run(readFixture('plans', 'cases', 'refuse-news.txt')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanParseError);
    expect((error as PlanParseError).code).toBe('plan_no_items');
    expect((error as PlanParseError).userMessage).toMatch(/有\d段文字（如「1月7日上午/u);
    expect((error as PlanParseError).userMessage).toContain('原有计划未改动');
  });

  it('says how it read the plan, which paragraphs it skipped, and asks to confirm a guessed year', async () => {
    const text = '科技助农工作安排\n\n7月中旬前完成专家库更新。\n8月底前组织专家下乡服务30场次。\n以上安排请各单位知悉。\n感谢大家的支持与理解。\n这是第三段说明文字，并不是任务。';
    const result = await run(text);
    expect(result.plan.year).toBe(2026);
    const reply = importFileReplyText(result);
    expect(reply).toContain('共 2 条（按段落读取）');
    expect(reply).toContain('年份按导入日期推定为2026年；如不对，发送：计划年份 2025');
    expect(reply).toContain('有3段未识别为任务：「以上安排请各单位知悉。」「感谢大家的支持与理解。」「这是第三段说明文字，并不是任务。」');
  });

  it('takes the year from the title, else from the dates in the body', async () => {
    expect((await run('某县科协2021年工作要点\n一、开展科普活动10场。')).plan.year).toBe(2021);
    const body = await run('某县科协工作安排\n一、2023年6月底前完成调查。\n二、2023年9月开展科普日活动。');
    expect(body.plan.year).toBe(2023);
    expect(body.report?.yearFrom).toBe('body');
    expect(importFileReplyText(body)).not.toContain('年份按导入日期推定');
  });
});

describe('tables pasted as markdown or with single spaces', () => {
  it('reads the cells the same way', () => {
    for (const text of [
      '某县科协2026年重点任务清单\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 开展科普讲座20场 | 科普部 | 5月底前 |\n| 2 | 新建企业科协3家 | 组织部 | 年内 |',
      '某县科协2026年重点任务清单\n序号 工作任务 责任单位 完成时限\n1 开展科普讲座20场 科普部 5月底前\n2 新建企业科协3家 组织部 年内',
    ]) {
      const { plan, report } = parse(text);
      expect(report.shape).toBe('table');
      expect(plan.items.map((i) => [i.path, i.owners, i.due.map((d) => d.end), i.targets.map((t) => t.value)])).toEqual([
        ['1', ['科普部'], ['2026-05-31'], [20]],
        ['2', ['组织部'], ['2026-12-31'], [3]],
      ]);
    }
  });
});

describe('titles and introductions', () => {
  it('joins a title set on two lines, and leaves the introduction and closing out of the tasks', () => {
    const { plan, report } = parse('临江市科学技术协会\n2026年工作要点\n\n为做好今年科协工作，结合我市实际，制定本要点。\n\n组织全国科普月活动，开展主题活动不少于60场次。\n\n年内新建企业科协5家。\n\n各单位要高度重视，确保各项任务落到实处。');
    expect(plan.title).toBe('临江市科学技术协会2026年工作要点');
    expect(plan.items.map((i) => i.text)).toEqual(['组织全国科普月活动，开展主题活动不少于60场次。', '年内新建企业科协5家。']);
    expect(report.skipped).toEqual(['为做好今年科协工作，结合我市实际，制定本要点。', '各单位要高度重视，确保各项任务落到实处。']);
  });
});
