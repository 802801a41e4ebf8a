// An event notice's activities "活动周期间…开展…" are due in the event's week, and the closing ask to report their plans
// ("，同时…，并于5月22日17:00前向市科技局报备") is a task of its own on its day; a page that doubled its commas ("二,、")
// still heads its sections (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'tongzhi.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('an event notice’s activities and its report-by day', () => {
  const plan = read(
    [
      '某市科学技术局关于举办2026年某市科技活动周的通知',
      '各县区科技行政部门,,各有关单位:',
      '根据上级通知要求,,2026年某市科技活动周定于5月23日至5月30日进行,现将有关工作通知如下:',
      '一、活动主题',
      '围绕“科技创新 美好生活”这一主题,,广泛开展群众性科技活动,,提高全民科学素质。',
      '二,、活动安排',
      '市科技局负责各项活动的组织实施,。活动周期间面向社会公众开展科普进学校、科普进乡村,、青少年科技创新大赛、科技成果展示对接会等系列科普活动(详见附件1),。各县区科技行政部门要结合本地实际,开展形式多样的科普活动,,并于2026年5月22日17:00前向市科技局报备活动安排。',
      '三,、工作要求',
      '(一)加强组织,,周密安排。各单位要精心组织,确保活动安全有序。',
    ].join('\n'),
  );
  const item = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
  it('heads a section whose number lost its mark to a doubled comma', () => {
    expect(plan.items.some((i) => i.text.startsWith('活动安排') && i.text.includes('科普进乡村'))).toBe(true);
  });
  it('dates the activities to the event’s week', () => {
    expect(item('科普进乡村')?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-05-23..2026-05-30']);
    expect(item('开展形式多样的科普活动')?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-05-23..2026-05-30']);
  });
  it('keeps the report’s own day for the report', () => {
    expect(item('向市科技局报备')?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-05-22..2026-05-22']);
  });
});

describe('an event week that runs into the next month', () => {
  const plan = read(
    [
      '某区科学技术局关于举办2026年某区科技活动周的通知',
      '各有关单位:',
      '2026年某区科技活动周定于5月27日至6月3日进行,现将有关工作通知如下:',
      '一、活动安排',
      '活动周期间面向社会公众开展科普进学校、科普进乡村、科技成果展示对接会等系列科普活动,并于2026年5月20日前向区科技局报备活动安排。',
      '二、工作要求',
      '各单位要精心组织,确保活动安全有序。',
    ].join('\n'),
  );
  it('dates the activities to the notice’s own week', () => {
    const item = plan.items.filter((i) => i.text.includes('科普进乡村')).at(-1);
    expect(item?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-05-27..2026-06-03']);
    expect(plan.items.find((i) => i.text.startsWith('并于'))?.due.map((d) => d.end)).toEqual(['2026-05-20']);
  });
});
