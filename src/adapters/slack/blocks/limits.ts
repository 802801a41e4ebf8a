// Slack's Block Kit limits in one place, and the helpers that keep every message, modal and Home tab inside them.
// Block Kit objects are plain JSON; this loose type keeps the builders short.
export type Block = Record<string, unknown>;

/** What Slack accepts (api.slack.com/reference/block-kit); builders stay a little under. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  /** Block text in one message: Slack answers msg_blocks_too_long past about this. */
  messageText: 12_000,
  fallbackText: 40_000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  staticOptions: 100,
  fields: 10,
  fieldText: 2000,
  actionsElements: 25,
  contextElements: 10,
  privateMetadata: 3000,
  viewTitle: 24,
} as const;

/** Budgets the builders use: room left for navigation buttons and a footer. */
export const BUDGET = { sectionText: 2900, messageBlocks: 46, messageText: 11_000, viewBlocks: 96 } as const;

/** Slack's mrkdwn needs &, < and > escaped. */
export const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts text to at most `max` characters (code points), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** The length of one character (code point) once escaped for mrkdwn. */
const escapedLength = (ch: string): number => (ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length);

/** Splits one line into pieces whose escaped length is at most `max`, never inside a character or an escape. */
function splitLine(line: string, max: number): string[] {
  // Most lines fit whole: measured once, not character by character (a long answer's lines cost a burst ~10% of its CPU).
  if (line.length <= max && escapeMrkdwn(line).length <= max) return [line];
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let at = 0; at < line.length; ) {
    const code = line.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    const cost = escapedLength(line.slice(at, at + width));
    if (size + cost > max && at > start) {
      pieces.push(line.slice(start, at));
      start = at;
      size = 0;
    }
    size += cost;
    at += width;
  }
  if (start < line.length || pieces.length === 0) pieces.push(line.slice(start));
  return pieces;
}

/** Escaped mrkdwn chunks of at most `max` characters, split at line ends and inside lines that are too long. */
export function textChunks(text: string, max: number = BUDGET.sectionText): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const raw of text.split('\n')) {
    for (const piece of splitLine(raw, max).map(escapeMrkdwn)) {
      const joined = chunk ? `${chunk}\n${piece}` : piece;
      if (joined.length > max && chunk) {
        chunks.push(chunk);
        chunk = piece;
      } else chunk = joined;
    }
  }
  if (chunk.trim()) chunks.push(chunk);
  return chunks;
}

/** Sections of escaped mrkdwn, each within Slack's 3,000 characters; as many as the text needs. */
export function textSections(text: string): Block[] {
  return textChunks(text).map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
}

/** The characters of text a block carries (what Slack counts toward msg_blocks_too_long). */
export function blockTextSize(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blockTextSize(v), 0);
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'text' && typeof v === 'string') n += v.length;
    else n += blockTextSize(v);
  }
  return n;
}

/** Groups blocks into pages that each fit one message; a group (an item and its buttons) is never split. */
export function paginate(groups: Block[][], budget: { blocks: number; text: number } = { blocks: BUDGET.messageBlocks, text: BUDGET.messageText }): Block[][] {
  const pages: Block[][] = [];
  let page: Block[] = [];
  let size = 0;
  for (const group of groups) {
    const groupSize = blockTextSize(group);
    if (page.length > 0 && (page.length + group.length > budget.blocks || size + groupSize > budget.text)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(...group);
    size += groupSize;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
