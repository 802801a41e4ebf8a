// Numbers that set the scene for a task, cap a submission or count a meeting's attendance are not targets.
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const units = (text: string): string[] => parseTargets(text).map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`);

describe('numbers around a target', () => {
  it('skips a count the task starts from (聚焦/立足/围绕 … N项), keeps the count the task asks for', () => {
    expect(units('聚焦全县86项企业技术难题，组织50名专家上门服务。')).toEqual(['50名']);
    expect(units('立足本地蔬菜产业产值突破20億元的優勢，開展技術指導。')).toEqual([]);
    expect(units('围绕重点产业开展科技服务活动30场以上。')).toEqual(['30场']);
  });
  it('skips a per-entry cap on what is sent in (每篇不超过三张)', () => {
    expect(units('报送活动总结，附照片（每篇不超过三张/段）及新闻链接。')).toEqual([]);
    expect(units('各乡镇开展宣传活动不少于5场。')).toEqual(['5场']);
  });
  it('skips the attendance of a meeting reported (约60余人参加了会议)', () => {
    expect(units('各分会负责人、全体理事等约60余人参加了会议。')).toEqual([]);
    expect(units('县科协领导及会员代表30人出席会议。')).toEqual([]);
    expect(units('组织200人参加科普培训。')).toEqual(['200人']);
  });
});

describe('a count cut off with its text', () => {
  it('skips a count whose counted thing the text lost ("建立1家市" at the end of a cut-off page)', () => {
    expect(units('签约专家20名左右；建立2家县')).toEqual(['20名']);
    expect(units('培训基层农技人员500人次')).toEqual(['500人次']);
    expect(units('开展科普讲座10场左右')).toEqual(['10场']);
  });
});
