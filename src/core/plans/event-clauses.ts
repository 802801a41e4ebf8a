// An event's activities beside a day of their own in one paragraph: a report asked of the districts at the end
// ("活动周期间…开展…系列活动。各县区要…开展…，同时落实…，并于5月24日前向市科技局报备") or the day the event opens
// ("活动将在5月19日…同步启动。科普周期间，…"). The day is a task of its own; the activities keep the event's days.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';

/** "活动周期间面向社会公众开展…", "活动期间举办…": work held in the event's own days. */
const IN_EVENT = /(?:活动周|科技周|宣传周|活动|科普日|科普月)期间[^。；;]{0,40}?(?:开展|举办|举行)/u;
/** The closing clause that asks for a report by a day: "，同时落实…，并于5月24日16:00前向市科技局报备。" */
const REPORT_CLAUSE = /[，,]+\s*((?:同时|并且?)[^。；;]*?前[^。；;]*?(?:报备|报送|上报|提交)[^。；;]*)[。；;]?\s*$/u;

/** The activities and the closing report as two children; none when the item is not so made. */
export function reportClauseChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length) return [];
  const m = REPORT_CLAUSE.exec(simple);
  const clause = m?.[1];
  if (!m || !clause || !IN_EVENT.test(simple.slice(0, m.index))) return [];
  if (!parseDeadlines(clause, 2000).some((d) => d.kind === 'deadline')) return [];
  // A heading line over the paragraph ("活动安排") stays the item's own words.
  const lines = text.split('\n');
  const head = lines.length > 1 && (lines[0] ?? '').length <= 20 && !/[。；;，,]/u.test(lines[0] ?? '') ? (lines[0] ?? '') : '';
  const body = text.slice(head.length, m.index).replace(/^\n/u, '').trim();
  const at = simple.indexOf(clause, m.index);
  node.ownText = head;
  return [body, text.slice(at, at + clause.length).trim()].map((t, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: t, line: node.line, isGroup: false }));
}

/** "活动将在5月19日于省、市同步启动": the sentence of the day the event opens. */
const OPENS = /\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;]{0,20}?(?:启动|开幕|启幕)[^。；;]*[。；;]/u;
/** "科普周期间，…", "活动期间，…": a sentence of the work held in the event's days. */
const DURING = /^[^。；;，,]{0,12}(?:周|活动)期间/u;

/** The opening sentence and the sentences of the event's days after it as two children; none when not so made. */
export function openingChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length) return [];
  const m = OPENS.exec(simple);
  if (!m) return [];
  const end = m.index + m[0].length;
  const rest = text.slice(end).trim();
  if (!DURING.test(normalizeText(rest))) return [];
  // The opening sentence starts after the stop before its date; the words before it are the item's own.
  const start = Math.max(0, ...['。', '；', ';', '\n'].map((c) => simple.lastIndexOf(c, m.index) + 1));
  node.ownText = text.slice(0, start);
  return [text.slice(start, end).trim(), rest].map((t, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: t, line: node.line, isGroup: false }));
}
