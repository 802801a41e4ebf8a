// Strips what must never be stored or shown: terminal escapes, NUL and other control characters, bidi overrides.

// ANSI CSI (ESC [ … final) and OSC (ESC ] … BEL or ESC \) sequences; each class excludes what ends it: linear time.
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]/gu;
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/gu;
// C0 controls except tab and newline, DEL, C1 controls; bidi embeddings, overrides, isolates and marks.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The text without escape sequences, control characters (tab and newline kept; CR becomes a newline) or bidi controls. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(CSI, '').replace(OSC, '').replace(CONTROLS, '');
}

/** The longest chat message kexie reads; a longer one is refused with a reply. */
export const MAX_MESSAGE_CHARS = 4000;

/** The reply to a message over MAX_MESSAGE_CHARS. */
export const tooLongMessage = (length: number): string =>
  `这条消息有 ${length.toLocaleString('en')} 个字符，超过 ${MAX_MESSAGE_CHARS.toLocaleString('en')} 字的上限，没有处理。请分成几条发送；整份计划请作为文件上传导入。`;
