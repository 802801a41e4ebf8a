// Plan links from holdout 11 (each rewritten in our own words first): a survey of the public is not the survey
// of the plan's own people.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('h11 a survey of other people', () => {
  it.each([
    ['10月8日至12日，居民营养状况入户调查在东关、南关两个社区完成，共调查居民260户，收回有效问卷255份。', '2026-10-15', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
