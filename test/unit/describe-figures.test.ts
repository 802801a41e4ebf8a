import { describe, expect, it } from 'vitest';
import { figureSaid } from '../../src/core/activities/describe-activity.js';

describe('the reply names what each figure counts', () => {
  it('puts the noun read beside its number, without the verb that handed it out', () => {
    expect(figureSaid('份', 200, '发放资料')).toBe('资料200份');
    expect(figureSaid('块', 8, '展板')).toBe('展板8块');
  });
  it('says people who are not the audience by their label', () => {
    expect(figureSaid('人(志愿者)', 12, undefined)).toBe('志愿者12人');
    expect(figureSaid('人次(线上)', 1300, undefined)).toBe('线上1300人次');
  });
  it('keeps the bare figure when nothing names it, or the words read are not a short noun', () => {
    expect(figureSaid('份', 200, undefined)).toBe('200份');
    expect(figureSaid('份', 200, '')).toBe('200份');
    expect(figureSaid('份', 200, '在城关镇文化广场集中发放的宣传资料')).toBe('200份');
  });
});
