// Word's automatic numbering lives in numbering.xml, not in the text: a .docx numbered 一、 / （一） / 1. / （1）
// by Word reads into the same paths as the same plan with its numbers typed.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { readDocumentBytes } from '../../src/infra/documents/read-document.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

type Line = [level: number, text: string];
const LINES: Line[] = [
  [0, '组织建设'],
  [1, '3月底前召开全委会。'],
  [1, '新发展会员50名。'],
  [0, '科普活动'],
  [1, '举办科技活动周主场活动。'],
  [2, '5月下旬开展科普展览。'],
  [2, '组织专家讲座3场。'],
  [1, '9月开展全国科普日活动。'],
];

/** Word's levels: the text of each level's number ("%1、") and its digits. */
type Levels = Array<{ format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; typed: (n: number) => string }>;
const CN = ['一', '二', '三', '四', '五'];

async function plans(levels: Levels): Promise<{ typed: string[]; word: string[] }> {
  const counters = [0, 0, 0];
  const typed = ['某县科协2025年工作要点'];
  for (const [level, text] of LINES) {
    counters[level] = (counters[level] ?? 0) + 1;
    counters.fill(0, level + 1);
    typed.push(`${levels[level]?.typed(counters[level] ?? 1)}${text}`);
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'outline', levels: levels.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START })) }] },
    sections: [{ children: [new Paragraph('某县科协2025年工作要点'), ...LINES.map(([level, text]) => new Paragraph({ text, numbering: { reference: 'outline', level } }))] }],
  });
  const { text } = await readDocumentBytes(new Uint8Array(await Packer.toBuffer(doc)), 'numbered.docx');
  const read = (t: string): string[] => parsePlan(t, { source: 'x', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan.items.map((i) => `${i.path} ${i.title}`);
  return { typed: read(typed.join('\n')), word: read(text) };
}

describe('a .docx numbered by Word', () => {
  it('reads 一、 / 1. / （1） into the paths of the typed numbers (一/1, 二/1/(1))', async () => {
    const { typed, word } = await plans([
      { format: LevelFormat.CHINESE_COUNTING, text: '%1、', typed: (n) => `${CN[n - 1]}、` },
      { format: LevelFormat.DECIMAL, text: '%2.', typed: (n) => `${n}.` },
      { format: LevelFormat.DECIMAL, text: '（%3）', typed: (n) => `（${n}）` },
    ]);
    expect(typed).toContain('一/1 3月底前召开全委会');
    expect(typed).toContain('二/1/(2) 组织专家讲座3场');
    expect(word).toEqual(typed);
  });

  it('reads 一、 / （一） / 1、 the same way', async () => {
    const { typed, word } = await plans([
      { format: LevelFormat.CHINESE_COUNTING, text: '%1、', typed: (n) => `${CN[n - 1]}、` },
      { format: LevelFormat.CHINESE_COUNTING, text: '（%2）', typed: (n) => `（${CN[n - 1]}）` },
      { format: LevelFormat.DECIMAL, text: '%3、', typed: (n) => `${n}、` },
    ]);
    expect(typed).toContain('一/（一） 3月底前召开全委会');
    expect(word).toEqual(typed);
  });
});
