// The 时间 section of an observance's 方案 ("定于9月…集中开展。各地可…拟定活动副主题，主题宣传活动贯穿全年。"): the
// sentence setting the days is the event, a preparatory ask after it (拟定副主题, 备案) is not dated to the week,
// and publicity "贯穿全年" runs the whole year (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

const PLAN = [
  '某县2027年全国科普日活动方案',
  '一、时间和主题',
  '2027年全国科普日主题为：科学点亮未来。定于9月18-24日在全县集中开展。各乡镇各部门可结合本地实际拟定活动副主题，主题宣传活动贯穿全年。',
  '二、活动内容',
  '(一)举办科普日主场活动。在县科技馆举办启动仪式和科普展览。',
  '(二)开展科技下乡。组织农技专家到各乡镇开展技术指导。',
  '(三)推进科普进校园。组织科普讲座进中小学。',
].join('\n');

describe('the sentences of an observance plan’s 时间 section', () => {
  const plan = read(PLAN);
  it('dates the sentence setting the days to the week', () => {
    expect(dueOf(plan, '定于9月18-24日')).toEqual(['2027-09-18..2027-09-24']);
  });
  it('does not date the preparatory ask to the week', () => {
    expect(dueOf(plan, '拟定活动副主题')).toEqual([]);
  });
  it('dates publicity running all year to the whole year', () => {
    expect(dueOf(plan, '主题宣传活动贯穿全年')).toEqual(['2027-01-01..2027-12-31']);
  });
  it('keeps the content tasks in the week', () => {
    expect(dueOf(plan, '组织农技专家')).toEqual(['2027-09-18..2027-09-24']);
  });
});

describe('a call for entries named in a list of activities', () => {
  it('is one of the activities, dated with them', () => {
    const plan = read('某县2027年全国科普日活动方案\n一、活动内容\n(一)科普日期间，全县将陆续推出科普剧巡演、科普短视频征集、科普讲解大赛等活动。\n(二)组织科普大篷车进乡村。');
    expect(dueOf(plan, '科普短视频征集')).toEqual(['2027-09-01..2027-09-30']);
  });
});
