// Reads a correction of a record's statistical category: "这条算竞赛", "讲座那条也算科技周", "第二条不算讲座", "这条只算培训".
import type { CorrectionRef } from '../understanding/read-correction.js';
import { normalizeText } from '../text/normalize.js';
import { type CategoryKey, categoryOfWord, statReturns } from './stat-returns.js';

/** replace: the new kind replaces the record's other kinds (observances stay); add: 也算; remove: 不算; only: 只算. */
export type CategoryMode = 'replace' | 'add' | 'remove' | 'only';

export interface CategoryCorrection {
  field: 'category';
  category: CategoryKey;
  mode: CategoryMode;
  ref: CorrectionRef;
}

const NUMERALS = '一二三四五六七八九十';
const FORM = /^(?<ref>.{0,16}?(?:那条|这条|那场|这场|那次|这次|那个|这个|上一条|刚才的)|第(?<nth>[一二三四五六七八九十\d]{1,2})条)?\s*(?<neg>不|不应|不该|不应该)?(?<mode>也|还|只)?(?:应该|应当|应)?(?:算|算是|归为|归入|计入|列入|统计为|记作)(?:一[场次个项期]|为)?(?<cat>[\p{Script=Han}（）]{1,14}?)(?:类|活动)?$/u;

/** The category correction in a message, or undefined (then the other readers try: "算到科普日那项" is a plan item). */
export function readCategoryCorrection(raw: string): CategoryCorrection | undefined {
  const text = normalizeText(raw.trim()).replace(/^(更正|不对|改一下)[:：,，]?\s*/u, '').replace(/[。!！~]+$/u, '').replace(/(吧|了|啊)$/u, '');
  if (text.length > 30) return undefined;
  const m = FORM.exec(text);
  const g = m?.groups;
  if (!g?.cat) return undefined;
  const category = categoryOfWord(g.cat);
  if (!category) return undefined;
  const ref: CorrectionRef = {};
  if (g.nth) ref.ordinal = (/\d/u.test(g.nth) ? Number(g.nth) : NUMERALS.indexOf(g.nth) + 1) - 1;
  const words = (g.ref ?? '').replace(/(那条|这条|那场|这场|那次|这次|那个|这个|上一条|刚才的)$/u, '').replace(/^(把|将|刚才)/u, '').trim();
  if (words.length >= 2) ref.words = words;
  // "这个算科普日的" with no name: which record it means is plain in a thread or after one record, not after several.
  else if (!g.nth && /^(?:这|那)[条场次个]$/u.test(g.ref ?? '')) ref.bare = true;
  const mode: CategoryMode = g.neg ? 'remove' : g.mode === '只' ? 'only' : g.mode ? 'add' : 'replace';
  return { field: 'category', category, mode, ref };
}

/** The categories after a correction: a new kind replaces the other kinds; 专家科普报告会 comes with 讲座 and goes without it. */
export function applyCategoryCorrection(current: readonly CategoryKey[], c: Pick<CategoryCorrection, 'category' | 'mode'>): CategoryKey[] {
  const groupOf = (k: CategoryKey) => statReturns().categories.find((x) => x.key === k)?.group;
  let next = new Set(current);
  if (c.mode === 'remove') {
    next.delete(c.category);
    if (c.category === 'lecture') next.delete('expert-report');
  } else if (c.mode === 'only') {
    next = new Set([c.category]);
  } else {
    if (c.mode === 'replace' && (groupOf(c.category) === 'kind' || groupOf(c.category) === 'organisation')) {
      for (const k of [...next]) if (groupOf(k) === 'kind' || groupOf(k) === 'organisation' || groupOf(k) === 'sub') next.delete(k);
    }
    next.add(c.category);
  }
  if (next.has('expert-report')) next.add('lecture');
  return statReturns().categories.map((x) => x.key).filter((k) => next.has(k));
}
