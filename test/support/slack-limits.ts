// What Slack refuses in a message, a modal or the Home tab, as the error code its Web API answers (or undefined).
export type Surface = 'message' | 'modal' | 'home';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (t: unknown): string => (isObj(t) && typeof t.text === 'string' ? t.text : '');
const len = (s: string): number => Array.from(s).length;

/** Sum of every "text" string in a block tree: what Slack counts toward msg_blocks_too_long. */
export function blockText(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blockText(v), 0);
  if (!isObj(value)) return 0;
  let n = 0;
  for (const [k, v] of Object.entries(value)) n += k === 'text' && typeof v === 'string' ? len(v) : blockText(v);
  return n;
}

function elementProblem(e: unknown): string | undefined {
  if (!isObj(e)) return 'invalid_blocks';
  if (e.type === 'button') {
    if (!textOf(e.text) || len(textOf(e.text)) > 75) return 'invalid_blocks';
    if (typeof e.value === 'string' && len(e.value) > 2000) return 'invalid_blocks';
  }
  if (typeof e.action_id === 'string' && len(e.action_id) > 255) return 'invalid_blocks';
  if (e.type === 'static_select') {
    const options = Array.isArray(e.options) ? e.options : [];
    if (options.length === 0 || options.length > 100) return 'invalid_arguments';
    for (const o of options) if (!isObj(o) || len(textOf(o.text)) > 75 || len(String(o.value ?? '')) > 150) return 'invalid_blocks';
    if (isObj(e.initial_option) && !options.some((o) => isObj(o) && o.value === (e.initial_option as Obj).value)) return 'invalid_arguments';
  }
  if (e.type === 'external_select' && isObj(e.initial_option) && len(textOf(e.initial_option.text)) > 75) return 'invalid_blocks';
  if (e.type === 'plain_text_input' && typeof e.initial_value === 'string' && len(e.initial_value) > 3000) return 'invalid_blocks';
  return undefined;
}

/** The problem Slack reports for these blocks on a surface, or undefined when it would accept them. */
export function blocksProblem(blocks: unknown, surface: Surface): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > (surface === 'message' ? 50 : 100)) return 'invalid_arguments';
  const ids = new Set<string>();
  for (const b of blocks) {
    if (!isObj(b)) return 'invalid_blocks';
    if (typeof b.block_id === 'string') {
      if (ids.has(b.block_id) || len(b.block_id) > 255) return 'invalid_blocks';
      ids.add(b.block_id);
    }
    switch (b.type) {
      case 'section': {
        const text = textOf(b.text);
        const fields = Array.isArray(b.fields) ? b.fields : [];
        if (!text && fields.length === 0) return 'invalid_blocks';
        if (len(text) > 3000 || fields.length > 10 || fields.some((f) => len(textOf(f)) > 2000)) return 'invalid_blocks';
        break;
      }
      case 'header':
        if (!textOf(b.text) || len(textOf(b.text)) > 150 || (isObj(b.text) && b.text.type !== 'plain_text')) return 'invalid_blocks';
        break;
      case 'context': {
        const elements = Array.isArray(b.elements) ? b.elements : [];
        if (elements.length === 0 || elements.length > 10 || elements.some((e) => len(textOf(e)) > 3000)) return 'invalid_blocks';
        break;
      }
      case 'actions': {
        const elements = Array.isArray(b.elements) ? b.elements : [];
        if (elements.length === 0 || elements.length > 25) return 'invalid_blocks';
        const actionIds = new Set<string>();
        for (const e of elements) {
          const problem = elementProblem(e);
          if (problem) return problem;
          const id = isObj(e) ? String(e.action_id ?? '') : '';
          if (id && actionIds.has(id)) return 'invalid_blocks';
          actionIds.add(id);
        }
        break;
      }
      case 'input': {
        if (surface === 'message' || !textOf(b.label) || len(textOf(b.label)) > 2000) return 'invalid_blocks';
        const problem = elementProblem(b.element);
        if (problem) return problem;
        break;
      }
      case 'image':
        if (!b.alt_text || (!b.image_url && !isObj(b.slack_file))) return 'invalid_blocks';
        break;
      case 'divider':
        break;
      default:
        return 'invalid_blocks';
    }
  }
  if (surface === 'message' && blockText(blocks) > 12_000) return 'msg_blocks_too_long';
  return undefined;
}

/** The problem with a chat message body (blocks, fallback text). */
export function messageProblem(body: Record<string, unknown>): string | undefined {
  if (typeof body.text === 'string' && len(body.text) > 40_000) return 'msg_too_long';
  if (!body.text && body.blocks === undefined) return 'no_text';
  return blocksProblem(body.blocks, 'message');
}

/** The problem with a view (modal or Home tab). */
export function viewProblem(view: unknown): string | undefined {
  if (!isObj(view)) return 'invalid_arguments';
  const surface: Surface = view.type === 'home' ? 'home' : 'modal';
  if (surface === 'modal' && (!textOf(view.title) || len(textOf(view.title)) > 24)) return 'invalid_arguments';
  if (typeof view.private_metadata === 'string' && len(view.private_metadata) > 3000) return 'invalid_arguments';
  return blocksProblem(view.blocks, surface);
}
