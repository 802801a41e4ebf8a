// Organisation counts beyond the year's founding records: the plans' targets (新建企业科协5家) and a starting figure (现有企业科协12个).
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import type { StatDetail } from './compute-returns.js';
import { type CategoryKey, statReturns } from './stat-returns.js';

/** A stated stock of organisations: from a record (its id and date) or a plan (date null: before the period). */
export interface Baseline {
  category: CategoryKey;
  value: number;
  id: string;
  date: string | null;
  text: string;
}

/** Words that state how many there are, not that one was founded. */
export const STOCK = /现有|已有|共有|累计|总数|总计|截至|截止/u;
const NUMBER = '(\\d{1,5}|[一二两三四五六七八九十百]{1,4})';
const FOUNDING = /新建|新成立|组建|建立|成立|发展/u;

/** Each organisation category with the names it is written by (the data file's total rows). */
function subjects(): Array<{ category: CategoryKey; names: string }> {
  return statReturns()
    .returns.flatMap((r) => r.rows)
    .filter((row) => row.measure === 'total' && row.subject)
    .map((row) => ({ category: row.categories[0] as CategoryKey, names: row.subject ?? '' }));
}

/** "现有企业科协12个", "企业科协总数达到15家": the figure, or undefined. */
function stockIn(text: string, names: string): number | undefined {
  const before = new RegExp(`(?:现有|已有|已建成?|共有|累计(?:建成|成立)?|总数|总计)[^，。；,;\\d]{0,10}?(?:${names})[^，。；,;\\d]{0,4}?${NUMBER}\\s*[个家]`, 'u').exec(text);
  const after = before ? null : new RegExp(`(?:${names})[^，。；,;\\d]{0,6}?(?:现有|已有|已建成?|共有|累计|总数|总计)(?:达到?|为)?\\s*${NUMBER}\\s*[个家]`, 'u').exec(text);
  const written = (before ?? after)?.[1];
  if (!written) return undefined;
  const n = /^\d+$/u.test(written) ? Number(written) : parseChineseNumber(written);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The latest starting figure of each organisation kind in the period's records, else in the plans of the year. */
export function findBaselines(records: readonly Activity[], plans: readonly Plan[], year: number): Baseline[] {
  const out: Baseline[] = [];
  const inForce = plans.filter((p) => p.year <= year && year <= p.yearTo);
  for (const { category, names } of subjects()) {
    const fromRecords = records
      .map((a) => ({ a, value: STOCK.test(a.text) ? stockIn(a.text, names) : undefined }))
      .filter((x): x is { a: Activity; value: number } => x.value !== undefined)
      .pop();
    if (fromRecords) {
      out.push({ category, value: fromRecords.value, id: fromRecords.a.id, date: fromRecords.a.date, text: fromRecords.a.title });
      continue;
    }
    for (const p of inForce) {
      const item = p.items.find((i) => stockIn(i.text, names) !== undefined);
      if (item) {
        out.push({ category, value: stockIn(item.text, names) ?? 0, id: item.path, date: null, text: `${item.path} ${item.title}` });
        break;
      }
    }
  }
  return out;
}

/** The plans' targets of founding this kind of organisation in the year ("新建企业科协5家以上"), one detail each. */
export function planTargets(plans: readonly Plan[], year: number, names: string): StatDetail[] {
  if (!names) return [];
  const named = new RegExp(`(?:${names})`, 'u');
  const out: StatDetail[] = [];
  for (const p of plans.filter((x) => x.year <= year && year <= x.yearTo)) {
    for (const item of p.items) {
      for (const t of item.targets) {
        const value = t.value ?? t.min;
        if (value === null || !/^[个家]$/u.test(t.unit) || !named.test(`${t.text}${t.subject}`) || !FOUNDING.test(`${t.text}${item.text}`)) continue;
        out.push({ id: item.path, date: '', dateEnd: null, title: `${item.path} ${t.text}`, value, online: false });
      }
    }
  }
  return out;
}
