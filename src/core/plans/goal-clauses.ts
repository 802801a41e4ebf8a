// A paragraph of measured goals, as a news page reports a plan's targets ("明确到“十三五”末，…公民比例至少要达到14%，…，
// 农民…比例要达到7%。到2020年，各区…全面创建…，市级科普基地数量超过80家，…覆盖率达到100%；…"): each measure reaching
// its level is an item with only its own count; a clause of work with no count before a measure is an item of its own.
// The words before the period the goals are set for ("本报讯…会议昨天召开，") stay the paragraph's own. One pass over
// the text's clauses: linear in its length.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { parseTargets } from './parse-targets.js';

/** A measure reaching its level: "比例要达到14%", "数量超过80家", "5万人以上". */
const REACHES = /达到|超过|不少于|不低于|以上/u;
/** A clause that only sets the period the goals are for: "明确到“十三五”末", "到2020年", "力争到2025年". */
const PERIOD_LEAD = /^\s*(?:明确|提出|要求)?(?:力争|争取)?(?:到|至)\s*(?:20\d{2}\s*年(?:底|末)?|[“"]?十[一二三四五]五[”"]?\s*(?:规划)?\s*期?末)\s*$/u;

interface Clause {
  at: number;
  end: number;
  counted: boolean;
  opens: boolean;
}

/** The children of a paragraph of measured goals, or none when it is not one. */
export function goalClauseChildren(node: OutlineNode): OutlineNode[] {
  const simple = normalizeText(node.text);
  if (simple.length !== node.text.length || simple.includes('\n') || simple.length < 80 || simple.length > 1500) return [];
  const clauses: Clause[] = [];
  let at = 0;
  let opens = true;
  for (let i = 0; i <= simple.length; i++) {
    const c = simple[i] ?? '。';
    if (!/[，,。；;！!？?]/u.test(c)) continue;
    const words = node.text.slice(at, i);
    if (words.trim() !== '') {
      const found = parseTargets(words);
      if (found.length > 1) return [];
      clauses.push({ at, end: i, counted: found.length === 1, opens });
    }
    opens = /[。；;！!？?]/u.test(c);
    at = i + 1;
  }
  const counted = clauses.filter((c) => c.counted);
  const reaching = counted.filter((c) => REACHES.test(simple.slice(c.at, c.end)));
  if (counted.length < 6 || reaching.length * 2 < counted.length) return [];
  // The words before the first period lead are the paragraph's own (a news page's dateline and meeting).
  const lead = clauses.findIndex((c) => PERIOD_LEAD.test(simple.slice(c.at, c.end)));
  if (lead < 0 || clauses.slice(0, lead).some((c) => c.counted)) return [];
  const groups: Array<Clause & { leads: boolean }> = [];
  for (const c of clauses.slice(lead)) {
    const last = groups[groups.length - 1];
    const leads = PERIOD_LEAD.test(simple.slice(c.at, c.end));
    // A count starts an item unless it follows only the period lead; words with no count go on with the item before
    // them, unless they open a sentence.
    const joins = last !== undefined && (c.counted ? !last.counted && last.leads : !c.opens || (!last.counted && last.leads));
    if (last && joins) {
      last.end = c.end;
      last.counted ||= c.counted;
      last.leads &&= leads;
    } else groups.push({ ...c, leads });
  }
  if (groups.length < 6) return [];
  return groups.map((g, k) => ({
    labels: [...node.labels, String(k + 1)],
    rank: node.rank + 0.5,
    text: node.text.slice(g.at, g.end).replace(/^[\s，,；;。]+|[\s，,；;。]+$/gu, ''),
    line: node.line,
    isGroup: false,
  }));
}
