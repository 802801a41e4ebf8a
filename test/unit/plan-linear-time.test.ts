// Hostile plan text: every plan parser must stay linear. A backtracking pattern takes minutes on these
// 20,000-character inputs; linear parsing takes milliseconds. No timing is asserted here (a busy machine
// would break it): a blow-up shows as the generous test timeout, and `npm run bench` prints the ratios.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const N = 20_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** A reproducible pseudo-random text over the characters plan parsers care about. */
function randomText(seed: number): string {
  const alphabet = ['一', '二', '十', '百', '千', '万', '两', '1', '0', '9', '.', ',', '月', '日', '年', '前', '至', '—', '-', '场', '次', '人', '家', '个', '份', '（', '）', '(', ')', '“', '”', '第', '是', '每', '不少于', '以上', '、', '，', '。', '\n', ' ', '\t', '开展', '科普日', '已'];
  let x = seed;
  let out = '';
  while (out.length < N) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[x % alphabet.length];
  }
  return out.slice(0, N);
}

const INPUTS: Array<[string, string]> = [
  ['numerals', fill('一')],
  ['mixed numerals', fill('一二三四五六七八九十百千万')],
  ['digits', fill('1')],
  ['digits with commas', fill('1,2')],
  ['count after count', fill('1人，')],
  ['units', fill('场次')],
  ['dates', fill('5月1日')],
  ['date ranges', fill('5月1日至')],
  ['month spans', fill('1—')],
  ['brackets', `${'（'.repeat(N / 2)}${'）'.repeat(N / 2)}`],
  ['quotes', fill('“三个一')],
  ['enumerations', fill('一是二是')],
  ['table cells', fill('1\n科普\n')],
  ['tabs', fill('1\t2\t')],
  ['a run of spaces in a line', `开${' '.repeat(N - 2)}展`],
  ['odd months', fill('每逢单月')],
  ['yearly dates', fill('每年5月')],
  ['owner-like cells', fill('1\t部部部部部部部部部部部部部部部部部部部部部部部部部部部部x\t科普部\n')],
  ['random 1', randomText(1)],
  ['random 2', randomText(2)],
];

/** Far beyond what linear parsing needs on a loaded machine (milliseconds); a backtracking pattern takes minutes. */
const BLOW_UP = 120_000;
const parse = (text: string) => parsePlan(text, { source: 'x.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });

describe('plan parsing is linear in the input', () => {
  // parsePlan runs every plan parser (cleaning, outline, shapes, deadlines, targets, owners, observances).
  it.each(INPUTS)('%s: 20,000 characters parse to a plan whose items hold only the text', (_name, text) => {
    expect(text.length).toBe(N);
    const { plan } = parse(text);
    expect(plan.items.every((i) => i.text.length <= N)).toBe(true);
  }, BLOW_UP);

  it('skips runs too long to be a quantity, and still reads the counts around them', () => {
    expect(parseTargets(`开展${'一'.repeat(3000)}活动，新建企业科协5家`, 2026).map((t) => [t.value, t.unit])).toEqual([[5, '家']]);
    expect(parseTargets(`发放资料${'9'.repeat(400)}份`, 2026)).toEqual([]);
  });
});

describe('plan parsing is linear on the shapes issue 17 reads', () => {
  it.each([
    ['blank lines', fill('\n')],
    ['colons', fill('：')],
    ['years after line breaks', fill('\n2024年')],
    ['a form line', fill('项目名称 联系电话 ')],
    // A line of names with their phone numbers, cut short: each number is read one way only (an 11-digit 0… number was
    // an area code of 3 or 4 digits, doubling the work with every name).
    ['contacts with long-distance numbers', fill('联系人:07558765432 ')],
    ['contacts run together', fill('甲:01012345678')],
    ['datelines', fill('网5月1日电 ')],
    ['inline numbers', fill('；1.开展')],
    ['comma clauses', fill('，开展活动')],
  ])('%s: 20,000 characters parse to a plan whose items hold only the text', (_name, text) => {
    const { plan } = parse(text);
    expect(plan.items.every((i) => i.text.length <= text.length)).toBe(true);
  }, BLOW_UP);
});
