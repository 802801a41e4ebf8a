// The section that sets up the bodies running an event ("二、组织领导 / 成立…活动工作专班…") is not work in the event's
// days: neither the observance in the body's name nor one in its duties dates it (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });
const dues = (text: string, words: string) => read(text).plan.items.find((i) => i.text.includes(words))?.due.map((d) => `${d.start}..${d.end}`);

describe('a working group named after the observance, with the observance in its duties', () => {
  const text = [
    '2026年某县科技活动周活动实施方案',
    '一、活动时间',
    '2026年5月中旬至5月下旬。',
    '二、组织领导',
    '成立某县科技活动周活动工作专班,专班组长由分管副县长担任,工作专班办公室设在县科技局,负责组织科技活动周各项工作。',
    '三、活动内容',
    '1.举办科技活动周启动仪式。',
    '2.开展科技下乡服务。',
    '3.组织科普场馆免费开放。',
  ].join('\n');
  it('does not date the task of setting it up by the observance', () => {
    expect(dues(text, '工作专班')).toEqual([]);
  });
});
