import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const parse = (name: string, fallbackYear = 2026) => parsePlan(readFixture('plans', name), { source: name, fallbackYear, importedAt: '2026-01-01T00:00:00Z', observances: OBSERVANCES }).plan;
const byPath = (plan: ReturnType<typeof parse>, path: string) => {
  const item = plan.items.find((i) => i.path === path);
  expect(item, `item ${path}`).toBeDefined();
  return item!;
};

describe('parsePlan on a plan in traditional characters', () => {
  const plan = parse('traditional-outline.txt', 2030);

  it('takes the title as written and the year from it', () => {
    expect(plan.title).toBe('測試市科學技術協會2025年工作要點');
    expect(plan.year).toBe(2025);
  });
  it('builds the 一、/1、 outline with stable ids and sections', () => {
    // The covering line's request (請認真貫徹落實) is the last item, as written.
    expect(plan.items.map((i) => i.path)).toEqual(['一', '一/1', '一/2', '二', '二/1', '二/2', '二/3', '二/4', '三', '三/1', '三/2', '通知']);
    expect(byPath(plan, '通知').text).toBe('請認真貫徹落實');
    expect(byPath(plan, '一').kind).toBe('section');
    expect(byPath(plan, '一/1').parentId).toBe(byPath(plan, '一').id);
    const again = parse('traditional-outline.txt', 2030);
    expect(again.items.map((i) => i.id)).toEqual(plan.items.map((i) => i.id));
  });
  it('keeps traditional text but matches observances in simplified form', () => {
    const item = byPath(plan, '二/1');
    expect(item.title).toBe('辦好全國科普日');
    expect(item.due).toEqual([expect.objectContaining({ text: '全國科普日', implied: true, start: '2025-09-01', end: '2025-09-30' })]);
    expect(byPath(plan, '一/1').due[0]).toMatchObject({ text: '全國科技工作者日', start: '2025-05-30', implied: true });
    expect(byPath(plan, '二/4').due[0]).toMatchObject({ start: '2025-05-12', implied: true });
  });
  it('reads deadlines, recurring dates, targets and owners', () => {
    expect(byPath(plan, '一/2').due[0]).toMatchObject({ text: '3月底前', end: '2025-03-31', implied: false });
    expect(byPath(plan, '二/3').due[0]).toMatchObject({ text: '7月初', recurring: 'yearly' });
    expect(byPath(plan, '二/2').due[0]).toMatchObject({ text: '第三季度', start: '2025-07-01', end: '2025-09-30' });
    expect(byPath(plan, '一/1').owners).toEqual(['辦公室', '學會部']);
    expect(byPath(plan, '二/1').owners).toEqual(['科普部']);
    expect(byPath(plan, '二/2').targets[0]).toMatchObject({ value: 2, unit: '家', comparator: 'strive' });
    expect(byPath(plan, '三/1').targets.map((t) => [t.value ?? `${t.min}-${t.max}`, t.unit])).toEqual([
      [5, '家'],
      ['1-2', '个'],
      ['30-40', '处'],
    ]);
  });
  it('does not take ordinals or congresses as targets', () => {
    expect(byPath(plan, '三/2').targets).toEqual([]);
    expect(byPath(plan, '三/2').due[0]).toMatchObject({ text: '年內', end: '2025-12-31' });
  });
});

describe('parsePlan on a speech with 一是… and restarted （一） lists', () => {
  const plan = parse('speech-enumeration.txt');
  it('strips the page marker from the title and keeps the year', () => {
    expect(plan.title).toBe('在2024年全县科协工作会议上的讲话');
    expect(plan.year).toBe(2024);
  });
  it('puts each restarted list under its own group', () => {
    expect(plan.items.map((i) => i.path)).toEqual([
      '一是',
      '二是',
      '二是/三项行动',
      '二是/三项行动/（一）',
      '二是/三项行动/（二）',
      '二是/三项行动/（三）',
      '二是/重点任务',
      '二是/重点任务/（一）',
      '二是/重点任务/（二）',
      '三是',
    ]);
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(plan.items.length);
  });
  it('reads the targets of the actions and no slogans or past facts', () => {
    expect(byPath(plan, '二是/三项行动/（二）').targets.map((t) => [t.value, t.unit])).toEqual([
      [80, '场次'],
      [30, '场次'],
    ]);
    expect(byPath(plan, '二是/三项行动/（三）').targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [6, '场', 'exactly'],
      [1, '家', 'strive'],
    ]);
    expect(byPath(plan, '一是').targets).toEqual([]);
    expect(byPath(plan, '三是').targets).toEqual([]);
  });
});

describe('parsePlan on a scraped document', () => {
  const { plan, report } = parsePlan(readFixture('plans', 'scraped-page-furniture.txt'), { source: 'scraped-page-furniture.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });
  it('drops page furniture, joins page-break numbers back into sentences, and reads a summary as results, not a plan', () => {
    expect(plan.title).toBe('2024年县科协工作总结');
    expect(report.kind).toBe('summary');
    expect(plan.items).toEqual([]);
    const texts = report.results.join('\n');
    expect(texts).not.toMatch(/上传人|展开阅读全文|当前位置/);
    expect(texts).toContain('组织科普大篷车下乡巡展8次');
    expect(report.results.length).toBe(7);
  });
});

describe('parsePlan with several parts', () => {
  it('keeps 第一篇 / 第二篇 as top-level sections', () => {
    const plan = parse('multi-part.md');
    expect(plan.title).toBe('示范区科协2026年工作方案');
    expect(plan.items.map((i) => i.path)).toEqual(['第一篇', '第一篇/一', '第一篇/一/1', '第二篇', '第二篇/一', '第二篇/一/1']);
    expect(byPath(plan, '第一篇/一/1').due[0]).toMatchObject({ text: '9月中旬', start: '2026-09-11' });
  });
});

describe('parsePlan on text without an outline', () => {
  it('returns no items and a warning instead of throwing', () => {
    const { plan, warnings } = parsePlan('只是一段没有编号的文字。', { source: 'x.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });
    expect(plan.items).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});

describe('parsePlan: the plan’s own words win (issue 17)', () => {
  const read = (text: string, fallbackYear = 2026) => parsePlan(text, { source: 'x.txt', fallbackYear, importedAt: '', observances: OBSERVANCES });
  it('takes the year the text states for its work over a publication date and today', () => {
    const { plan, report } = read('县科协工作计划\n发布时间：2024-01-06 来源：县科协\n2023年，县科协将重点抓好以下工作：\n一、3月组织学雷锋志愿服务。\n二、年底前新建企业科协2家。', 2026);
    expect([plan.year, report.yearFrom]).toEqual([2023, 'body']);
    expect(plan.items.map((i) => i.due[0]?.end)).toEqual(['2023-03-31', '2023-12-31']);
  });
  it('does not take a horizon or a look back for the year', () => {
    expect(read('工作安排\n到2035年建成科普强县。2022年，县科协开展了大量工作。\n一、3月组织学雷锋志愿服务。', 2026).plan.year).toBe(2026);
  });
  it('gives a 科普日 方案 the dates it states, not the national window, and 暨 keeps one event', () => {
    const { plan } = read('2025年某县全国科普日暨防灾减灾宣传周活动方案\n一、活动时间\n2025年9月13日至19日\n二、活动内容\n（一）组织科普讲座进社区。\n（二）在全国科普日期间开展应急演练。');
    expect(plan.items.find((i) => i.text.includes('科普讲座'))?.due.map((d) => [d.start, d.end])).toEqual([['2025-09-13', '2025-09-19']]);
    expect(plan.items.find((i) => i.text.includes('应急演练'))?.due.map((d) => [d.start, d.end])).toEqual([['2025-09-13', '2025-09-19']]);
    expect(plan.items.find((i) => i.text.includes('举办'))?.title).toContain('全国科普日暨防灾减灾宣传周');
  });
  it('imports only the plan part of a summary, in the next year, and counts its results', () => {
    const { plan, report } = read('县科协2024年工作总结\n一、主要工作\n1.开展科普讲座36场。\n2.新建企业科协3家。\n二、2025年工作打算\n1.5月办好科技活动周。\n2.新建科普e站5个。');
    expect([report.kind, plan.year, report.results.length, report.part]).toEqual(['report_with_plan', 2025, 2, '2025年工作打算']);
    expect(plan.items.map((i) => i.title)).toEqual(['2025年工作打算', '5月办好科技活动周', '新建科普e站5个']);
    expect(plan.items.flatMap((i) => i.targets.map((t) => t.value))).toEqual([5]);
  });
  it('carries a section heading’s date to its tasks and splits 1.…2.…3. inside one paragraph', () => {
    const { plan } = read('某镇2026年工作安排\n一、11月工作安排\n开展冬季用电安全宣传。1.入户走访200户；2.发放资料1000份。');
    expect(plan.items.filter((i) => i.kind === 'task').map((i) => [i.path, i.due[0]?.start, i.due[0]?.end, i.targets[0]?.value])).toEqual([
      ['一/1', '2026-11-01', '2026-11-30', 200],
      ['一/2', '2026-11-01', '2026-11-30', 1000],
    ]);
  });
});

describe('parsePlan: a monthly report’s next month (issue 17)', () => {
  it('puts January’s plan of a December report in the next year', () => {
    const { plan, report } = parsePlan('某区科协2024年12月工作总结及1月工作计划\n一、12月工作完成情况\n1.开展科普讲座5场。\n二、1月工作计划\n1.1月20日前完成年度考核材料报送。', { source: 'x.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });
    expect([report.kind, plan.year]).toEqual(['monthly_with_plan', 2025]);
    expect(plan.items.find((i) => i.text.includes('考核'))?.due.map((d) => d.end)).toEqual(['2025-01-20']);
  });
});

describe('parsePlan: a notice asking for summaries is no summary', () => {
  it('reads 关于做好年度工作总结的通知 as a notice with its deadlines', () => {
    const { plan, report } = parsePlan('关于做好2024年度工作总结的通知\n各乡镇科协：\n一、12月20日前报送年度工作总结。\n二、12月25日前报送2025年工作计划。', { source: 'x.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });
    expect(report.kind).toBe('notice');
    expect(plan.items.map((i) => i.due[0]?.end)).toEqual(['2024-12-20', '2024-12-25']);
  });
});
