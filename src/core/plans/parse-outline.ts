// Turns cleaned lines into an outline: 第一篇 / 一、 / 一是 / （一） / 1、 / （1） / ①, and "一是…二是…" inside prose.
import { normalizeText } from '../text/normalize.js';
import { withProseEnumerations } from './prose-enumerations.js';

/** One node of a plan's outline, before dates and targets are read. */
export interface OutlineNode {
  labels: string[];
  rank: number;
  text: string;
  line: number;
  isGroup: boolean;
  /** For an item split into 一是/二是 children: its own words before the first child, for its dates and targets. */
  ownText?: string;
  /** Owners read from a table's 责任单位 column. */
  owners?: string[];
}

interface MarkerKind {
  rank: number;
  re: RegExp;
  label(m: RegExpExecArray): string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: MarkerKind[] = [
  { rank: 0, re: new RegExp(`^(第${CN}[篇章]|第${CN}部分)\\s*[、:：.]?\\s*`, 'u'), label: (m) => m[1] ?? '' },
  // "二,、活动安排": a page that doubled its marks put a comma before the 、.
  { rank: 1, re: new RegExp(`^(${CN})\\s*(?:[,，]\\s*(?=、))?[、.．]\\s*`, 'u'), label: (m) => m[1] ?? '' },
  // "二时间", "三活动内容": a page that lost the 、 after a top heading that is only a section's name.
  { rank: 1, re: new RegExp(`^(${CN})(?=(?:活动|工作)?(?:主题|时间|日期|地点|对象|目的|内容|安排|要求)\\s*$)`, 'u'), label: (m) => m[1] ?? '' },
  { rank: 1.5, re: new RegExp(`^(${CN}是)(?=[^，,。])`, 'u'), label: (m) => m[1] ?? '' },
  { rank: 2, re: new RegExp(`^[（(](${CN})[)）]\\s*[、.]?\\s*`, 'u'), label: (m) => `（${m[1]}）` },
  // "1.3月底前召开…": a number before a month is a marker, not a decimal ("1.5万" is).
  { rank: 3, re: /^(\d{1,2})(?:\s*[、．]|\.(?!\d)|\.(?=(?:[1-9]|1[0-2])月))\s*/u, label: (m) => m[1] ?? '' },
  { rank: 4, re: /^[（(](\d{1,2})[)）]\s*[、.]?\s*/u, label: (m) => `(${m[1]})` },
  // "1)一季度组织学习…": a half parenthesis is the same level as (1).
  { rank: 4, re: /^(\d{1,2})[)）](?![)）])\s*/u, label: (m) => `(${m[1]})` },
  { rank: 5, re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/u, label: (m) => m[1] ?? '' },
];

/** The marker a line starts with, if any, and the text after it. */
export function readMarker(line: string): { rank: number; label: string; rest: string } | undefined {
  const simple = normalizeText(line);
  for (const kind of MARKERS) {
    const m = kind.re.exec(simple);
    if (m) return { rank: kind.rank, label: kind.label(m), rest: line.slice(m[0].length) };
  }
  return undefined;
}

/** A short unnumbered line that introduces a numbered list: "八项行动是：". */
const GROUP_LINE = /^(.{2,20}?)(?:是|有|如下|包括)?\s*[:：]$/u;

/** A month heading with its task run on ("七月。开展科技夏令营活动。"), and a month heading's label ("三月"). */
const MONTH_LEAD = /^((?:十[一二]?|[一二三四五六七八九])月份?)[:：。]\s*\S/u;
const MONTH_LABEL = /^(?:十[一二]?|[一二三四五六七八九])月份?$/u;

/** A blank field of a form: a role or contact with nothing after its colon. */
const ROLE_FIELD = /^(?:副?组长|组员|成员|副?主任|委员|联系人|负责人|责任人|联系电话|电话|地点)\s*[:：]$/u;

/** An unnumbered line that names a plan inside a report: "2024年工作计划", "xx镇科技科普工作下半年计划". */
const PART_LINE = /^[^，,。；;：:、\s]{0,24}?(?:20\d{2}|20[\dx]{2}|明|下一?)年(?:度)?[^，,。；;：:、\s]{0,16}?(?:工作计划|计划|打算|工作安排|工作要点)$|^[^，,。；;：:、\s]{2,24}(?:下半年|下一步|下阶段|下月|明年)(?:工作)?(?:计划|打算|安排)$/u;

/** An attachment's heading line: "附件2：", "附件：". */
const ATTACHMENT_LINE = /^附\s*件\s*(\d{1,2})?\s*[:：]?$/u;

/** An unnumbered section heading: "时间安排", "保障措施", "工作要求". */
const HEADING = /^[\p{Script=Han}]{2,10}(任务|安排|措施|目标|要求|步骤|保障|重点|分工|进度|领导|机制)$/u;

/** The outline nodes of a document, in order; lines before the first marker are the preamble. */
export function parseOutline(lines: string[]): { nodes: OutlineNode[]; preamble: string[] } {
  const nodes: OutlineNode[] = [];
  const preamble: string[] = [];
  const stack: OutlineNode[] = [];
  let pendingGroup: { label: string; line: number; title?: string } | undefined;
  lines.forEach((line, index) => {
    if (line === '') return;
    const marker = readMarker(line);
    if (!marker) {
      // "201x年xx镇科技科普工作下半年计划" after a summary's sections: a plan part of its own, over what follows.
      // The page's title printed again under the first heading is furniture, not a part: it is dropped.
      if (nodes.length > 0 && PART_LINE.test(normalizeText(line)) && preamble.some((p) => normalizeText(p).trim() === normalizeText(line).trim())) return;
      if (nodes.length > 0 && PART_LINE.test(normalizeText(line))) {
        stack.length = 0;
        const part: OutlineNode = { labels: [line], rank: -1, text: line, line: index + 1, isGroup: true };
        nodes.push(part);
        stack.push(part);
        return;
      }
      // "附件2：" ends the body: the attachment (its title, its table) is a section of its own, not the last item's words.
      const attachment = ATTACHMENT_LINE.exec(normalizeText(line));
      if (attachment && nodes.length > 0) {
        stack.length = 0;
        const top = Math.min(...nodes.map((n) => n.rank));
        const part: OutlineNode = { labels: [`附件${attachment[1] ?? ''}`], rank: top, text: '', line: index + 1, isGroup: true };
        nodes.push(part);
        stack.push(part);
        pendingGroup = undefined;
        return;
      }
      // "六月: 举办区青少年科技创新大赛" among month headings ("三月:" over 1. 2.): a month of its own, holding its task.
      const month = MONTH_LEAD.exec(normalizeText(line));
      const sibling = month ? [...stack].reverse().find((n) => MONTH_LABEL.test(normalizeText(n.labels[n.labels.length - 1] ?? ''))) : undefined;
      if (month && sibling) {
        while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= sibling.rank) stack.pop();
        const node: OutlineNode = { labels: [...sibling.labels.slice(0, -1), month[1] ?? line], rank: sibling.rank, text: line.replace(/^(\S{2,4}?)。/u, '$1：'), line: index + 1, isGroup: false };
        nodes.push(node);
        stack.push(node);
        pendingGroup = undefined;
        return;
      }
      // "组长：" "组员：" with nothing after: a form's blank field (a 领导小组's members to fill in), not a list's heading.
      const group = ROLE_FIELD.test(normalizeText(line).trim()) ? null : GROUP_LINE.exec(line);
      const heading = nodes.length > 0 && HEADING.test(normalizeText(line)) ? line : undefined;
      if ((group || heading) && nodes.length > 0) {
        const label = group?.[1] ?? heading ?? line;
        // "时间安排" over numbered lines groups them; over plain lines it is a section of its own.
        const next = lines.slice(index + 1).find((l) => l !== '');
        if (group || (next !== undefined && readMarker(next))) {
          pendingGroup = { label, line: index + 1 };
          return;
        }
        const top = Math.min(...nodes.map((n) => n.rank));
        while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= top) stack.pop();
        const node: OutlineNode = { labels: [label], rank: top, text: label, line: index + 1, isGroup: false };
        nodes.push(node);
        stack.push(node);
        return;
      }
      // "附件2：" over a table's own title ("…主要活动一览表"): the title names the group, not the word 附件.
      if (pendingGroup && /^附件\s*\d{0,2}$/u.test(pendingGroup.label) && pendingGroup.title === undefined && line.length <= 40 && !/[。；;，,]/u.test(line)) {
        pendingGroup.title = line;
        return;
      }
      const current = nodes[nodes.length - 1];
      if (current) current.text = current.text === '' ? line : `${current.text}\n${line}`;
      else preamble.push(line);
      return;
    }
    let rank = marker.rank;
    // "宣传报道:" (a blank field) right before "五、活动内容": a line ending in a colon holds no top-rank heading; it
    // stays a line of the section it is in.
    if (pendingGroup && !/^附件/u.test(pendingGroup.label) && nodes.length > 0 && rank <= Math.min(...nodes.map((n) => n.rank))) {
      const current = nodes[nodes.length - 1];
      const written = lines[pendingGroup.line - 1] ?? pendingGroup.label;
      if (current) current.text = current.text === '' ? written : `${current.text}\n${written}`;
      pendingGroup = undefined;
    }
    if (pendingGroup) {
      while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= rank - 0.25) stack.pop();
      const group: OutlineNode = {
        labels: [...(stack[stack.length - 1]?.labels ?? []), pendingGroup.label],
        rank: rank - 0.25,
        text: pendingGroup.title ?? pendingGroup.label,
        line: pendingGroup.line,
        isGroup: true,
      };
      nodes.push(group);
      stack.push(group);
      pendingGroup = undefined;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? 0) >= rank) stack.pop();
    rank = marker.rank;
    const node: OutlineNode = {
      labels: [...(stack[stack.length - 1]?.labels ?? []), marker.label],
      rank,
      text: marker.rest.trim(),
      line: index + 1,
      isGroup: false,
    };
    nodes.push(node);
    stack.push(node);
  });
  return { nodes: withProseEnumerations(withParagraphChildren(nodes)), preamble };
}

/**
 * "一、组织建设" followed by lines that are each a whole sentence: each line is a task under the heading
 * (the heading alone is no task, and one merged item would mix their dates and targets).
 */
function withParagraphChildren(nodes: OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const node of nodes) {
    out.push(node);
    if (node.isGroup) continue;
    const [head = '', ...rest] = node.text.split('\n');
    const paragraphs = rest.map((l) => l.trim()).filter(Boolean);
    // A page cut off a few characters into its next paragraph ("另外,我们还"): the stub is no paragraph of its own.
    const stub = paragraphs[paragraphs.length - 1] ?? '';
    if (node === nodes[nodes.length - 1] && paragraphs.length >= 3 && stub.length < 8 && !/[。；;！!]$/u.test(stub)) paragraphs.pop();
    if (paragraphs.length < 2 || head.length > 30 || /[。；;]/u.test(head)) continue;
    // The last paragraph of a text cut off mid-sentence (an excerpt's end) still stands apart from the others.
    const cut = node === nodes[nodes.length - 1] ? paragraphs.length - 1 : -1;
    if (!paragraphs.every((p, k) => (/[。；;！!]$/u.test(p) || (k === cut && k > 0 && p.length >= 40)) && p.length >= 8)) continue;
    paragraphs.forEach((p, k) => {
      out.push({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.4, text: p, line: node.line + k + 1, isGroup: false });
    });
    node.ownText = head;
  }
  return out;
}
