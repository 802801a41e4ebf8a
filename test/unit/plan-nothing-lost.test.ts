// Nothing vanishes on import: every paragraph of every labelled plan ends up in an item, in the title, in a
// summary's results, or in the import's list of paragraphs it could not read (furniture is dropped on purpose).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';
import { readMarker } from '../../src/core/plans/parse-outline.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { matchKey } from '../../src/core/text/normalize.js';
import { fixture, OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const SETS = ['eval', 'cases', 'blind'];

describe('every paragraph is accounted for', () => {
  for (const set of SETS) {
    it(`in test/fixtures/plans/${set}/`, () => {
      const lost: string[] = [];
      for (const name of readdirSync(fixture('plans', set)).filter((f) => f.endsWith('.txt'))) {
        const text = readFixture('plans', set, name);
        const { plan, report } = parsePlan(text, { source: name, fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });
        const held = [plan.title, ...plan.items.map((i) => i.text), ...report.unread, ...report.results].map(matchKey).join('\n');
        for (const line of cleanLines(text)) {
          // A table row comes back rewritten ("1、任务。牵头部门：…"): its first cell's words are enough.
          // A row pasted with single spaces ("1 启动仪式 5月25日 县文化广场") splits at each space.
          const cells = /^\d{1,3} \S/u.test(line) ? line.split(/\s+/u) : (readMarker(line)?.rest ?? line).split(/\t|\s{2,}/u);
          const words = matchKey(cells.find((c) => c.trim().length > 3) ?? line).slice(0, 12);
          // A table's header row ("序号 活动内容 时间 地点") names its columns: the rows under it are the paragraphs.
          if (/^(?:序号|编号)[\s\t]/u.test(line)) continue;
          // A bare row or page number is not a paragraph.
          if (words !== '' && !/^\d{1,3}$/u.test(words) && !held.includes(words)) lost.push(`${name}: ${line.slice(0, 40)}`);
        }
      }
      expect(lost).toEqual([]);
    });
  }
});
