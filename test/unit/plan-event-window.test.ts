// A notice for one event (kexie issue 17, holdout8 科技活动周 notices): no title line, the lead names the
// observance, "(一)时间。" puts the window on the next line, and the content tasks carry no date of their own.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const TEXT = [
  '各有关单位:',
  '根据上级通知要求,我校将于“2022年全国科技活动周”期间开展系列活动,现将有关事项通知如下:',
  '一、时间、主题',
  '(一)时间。',
  '2022年5月21—28日',
  '(二)主题。',
  '走进科技 你我同行',
  '二、活动内容',
  '1. 突出宣传科技进步法,广泛宣传各项科技规划和政策。',
  '2. 聚焦国家重大战略,重点宣传科技创新成果。',
  '3. 坚持以人民为中心,广泛开展科技为民服务系列活动。',
  '三、工作要求',
  '1. 各单位拟定活动方案,报送科协备案。',
].join('\n');

const read = () => parsePlan(TEXT, { source: 'tongzhi.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;
const dues = (path: string) => read().items.find((i) => i.path === path)?.due.map((d) => `${d.start}..${d.end}`);

describe('an event window stated once in a notice for one event', () => {
  it('dates the undated content tasks in the window', () => {
    expect(dues('二/1')).toEqual(['2022-05-21..2022-05-28']);
    expect(dues('二/2')).toEqual(['2022-05-21..2022-05-28']);
    expect(dues('二/3')).toEqual(['2022-05-21..2022-05-28']);
  });

  it('leaves a preparation task outside the content part undated', () => {
    expect(dues('三/1')).toEqual([]);
  });
});

// holdout8 quanguo-kepuri-huodong-fangan: a template's 20**年 title with the day the page posted it, and the
// window set in the sentence after the one naming the observance.
const POSTED = [
  '20**年科普活动方案(2021年10月4日)',
  '中国科协联合有关单位共同组织开展20**年全国科普日活动。',
  '一、时间和主题',
  '20**年全国科普日主题为。决胜全面小康,践行科技为民。定于9月19-25日在全国各地集中开展。',
  '二、活动内容',
  '(一)弘扬科学精神,展现科学价值。引导公众提高科学思维能力。',
  '(二)助力疫情防控,推动健康科普。',
].join('\n');

describe('a template 方案 with its posting day after the title', () => {
  const read2 = () => parsePlan(POSTED, { source: 'f.txt', fallbackYear: 2020, importedAt: '', observances: OBSERVANCES }).plan;

  it('takes neither the posting day into the title nor its year as the plan’s', () => {
    expect(read2().title).toBe('20**年科普活动方案');
    expect(read2().year).toBe(2020);
  });

  it('dates the content tasks in the window the sentence after the observance sets', () => {
    expect(read2().items.find((i) => i.path === '二/（一）')?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2020-09-19..2020-09-25']);
  });
});
