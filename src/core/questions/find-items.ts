// Finds the plan items and log entries a loose phrase names ("年度总结", "巡展走进学校", "青少年大赛").
import type { Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { searchItems } from './search-items.js';

/** Letter pairs that half the plan shares; they say nothing about which item is meant. */
const STOP_PAIRS = new Set(['科普', '活动', '科技', '工作', '开展', '组织', '宣传', '建设', '完成', '全国', '举办', '年度', '不少', '少于']);

function bigrams(text: string): Set<string> {
  const k = matchKey(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < k.length; i++) out.add(k.slice(i, i + 2));
  if (k.length === 1) out.add(k);
  return out;
}

/** Share of the query's telling letter pairs found in the text (0..1): "青少年大赛" in "青少年科技创新大赛" is 0.75. */
export function fuzzyScore(query: string, text: string): number {
  const all = bigrams(query);
  const q = [...all].filter((g) => !STOP_PAIRS.has(g));
  const use = q.length > 0 ? q : [...all];
  if (use.length === 0) return 0;
  const t = bigrams(text);
  return use.filter((g) => t.has(g)).length / use.length;
}

/** The longest run of the query (2+ letters, not just a common pair) that the text contains. */
export function sharedRun(query: string, text: string): string {
  const q = matchKey(query);
  const t = matchKey(text);
  let best = '';
  for (let i = 0; i < q.length; i++) {
    for (let j = Math.min(q.length, i + 12); j - i > Math.max(1, best.length); j--) {
      const part = q.slice(i, j);
      if (t.includes(part) && !(part.length === 2 && STOP_PAIRS.has(part))) {
        best = part;
        break;
      }
    }
  }
  return best;
}

const GENERIC_WORDS = /宣传|活动|工作|情况|开展|举办|组织|主题|相关|任务|进展|进度/gu;
const MOTION = /走进|走入|进入|深入|来到|去了|去到|到了|参加|参与/gu;

/** A topic without its generic words and motion verbs ("巡展走进学校" → 巡展学校). */
export const coreOf = (topic: string): string => topic.replace(GENERIC_WORDS, '').replace(MOTION, '');

/** The tasks a loose topic names: words in the text, an observance's names, else the closest titles. */
export function findItemsByTopic(items: readonly PlanItem[], topic: string, observances: readonly Observance[]): PlanItem[] {
  const tasks = items.filter((i) => i.kind === 'task');
  const core = coreOf(topic);
  for (const t of [topic, core]) {
    if (matchKey(t).length < 2) continue;
    const hits = searchItems(tasks, t, observances);
    if (hits.length > 0) return hits;
  }
  if (matchKey(core).length < 2) return [];
  const scored = tasks.map((i) => ({ i, s: Math.max(fuzzyScore(core, i.title), fuzzyScore(core, i.text) * 0.95) }));
  const best = Math.max(0, ...scored.map((x) => x.s));
  if (best >= 0.5) return scored.filter((x) => x.s >= best - 0.001).map((x) => x.i);
  // The longest shared run of letters decides, when one item has it alone.
  const runs = tasks.map((i) => ({ i, n: sharedRun(core, `${i.title}${i.text}`).length }));
  const longest = Math.max(0, ...runs.map((r) => r.n));
  const top = runs.filter((r) => r.n === longest);
  return longest >= 2 && top.length <= 2 ? top.map((r) => r.i) : [];
}
