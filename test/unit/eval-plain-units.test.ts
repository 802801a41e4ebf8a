// The scorer compares a 万 figure in its plain unit: "20万尾" stored as 万尾:20 is the label's 尾:200000.
import { describe, expect, it } from 'vitest';
import { plainMetrics } from '../eval/score-reports.js';

describe('figures written with 万', () => {
  it('are the same quantity as the plain unit', () => {
    expect(plainMetrics({ 万尾: 20, 份: 300 })).toBe(plainMetrics({ 尾: 200000, 份: 300 }));
    expect(plainMetrics({ 万元: 3.6 })).toBe(plainMetrics({ 元: 36000 }));
    expect(plainMetrics({ 万次: 8.3 })).toBe(plainMetrics({ 次: 83000 }));
  });
  it('still differ when the quantity differs, and a 万 inside a word is left alone', () => {
    expect(plainMetrics({ 万尾: 20 })).not.toBe(plainMetrics({ 尾: 20000 }));
    expect(plainMetrics({ 万尾: 20 })).not.toBe(plainMetrics({ 万尾: 2 }));
    expect(plainMetrics({ 份: 300 })).not.toBe(plainMetrics({ 份: 3000000 }));
  });
});
