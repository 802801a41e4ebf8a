// Issue 16, w22 (helper u4): which plan item a record is linked to. An event still to come, told after the one reported
// ("明天…防灾减灾日我们还要去…，到时候再报"), names that event's observance, not the reported one's. A department's inspection
// of how its orders were carried out ("去了两个村查…清理情况，顺带给农户讲…") is its line work, not the 下乡 service.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('w22 links', () => {
  it.each([
    ['前天母亲节我们在社区搞了亲子手工科普课，妈妈带娃一共50人。明天防灾减灾日我们还要跟应急办去小学，到时候再报哈', '2026-05-11', [null]],
    ['周二周三跟县林业局的同志去了两个村,查林业有害生物疫木清理情况,顺带给农户讲了讲怎么看病树,入户28户.', '2026-03-06', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
  it('the reported event on the observance itself is still linked', async () => {
    expect(await linkedPaths('5·12防灾减灾日那天我们在中心校开展了地震应急科普讲座，学生三百人，下周还要去幼儿园讲一场', '2026-05-14')).toEqual(['二/（一）/3']);
  });
});
