// Links the w16 set and the older sets stored on a weak match (issue 16): a record is linked only when it names the
// item's own work. A disaster booklet's title handed out at an open day is not the 减灾 item's 应急科普; "villagers"
// only says who came (as 村民 does), not that farmers were served by the 下乡 programme.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('links the w16 set and older sets stored on a weak match', () => {
  it.each([
    // The title of a booklet handed out names its subject, not the work done at the event.
    ['今天水文站开放日，站里接待参观学生和市民420人次，技术员4名轮流讲解，发放《防灾减灾知识读本》600册。', '2026-04-10', [null]],
    // Older villagers at a phone class: who came, not farmers served.
    ['Update from Shuanghe village: Mar 3, a phone payment class for older villagers, 25 came, 4 volunteers helped them.', '2026-03-04', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links of the same shapes that stay', () => {
  it.each([
    ['4月9日在城南社区开展防灾减灾知识讲座，居民65人参加。', '2026-04-10', ['二/（一）/3']],
    ['Mar 5, county experts went to Shuanghe village to teach apple pruning, 40 farmers came.', '2026-03-06', ['三/2']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
