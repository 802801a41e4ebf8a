// Plan links from holdout 17 (in our own words): the exhibition hall of a unit of its own is not the county museum.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('h17 a unit’s own exhibition hall', () => {
  it.each([
    ['10月份水厂科普展厅一共接待了六批小学生，四百二十人次。', '2026-11-02', [null]],
    // The museum named keeps its link.
    ['10月份县科技馆展厅一共接待了六批小学生，四百二十人次。', '2026-11-02', ['二/（二）/1']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
