// The console chat: the same text commands as Slack, typed in a terminal or piped in line by line.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type ChatCapabilities, handleMessage, type Reply } from '../../core/chat/handle-message.js';
import { stripControls } from '../../core/text/sanitize.js';
import { conversationKey } from '../../core/conversation/conversation.js';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { Kexie } from '../../core/kexie.js';
import { importFileReplyText } from '../../core/plans/describe-import.js';
import { readDocument } from '../../infra/documents/read-document-safely.js';

export interface ConsoleIo {
  input: Readable;
  output: Writable;
  /** Shows a prompt and a welcome when a person is typing (not for pipes). */
  interactive: boolean;
  user?: string;
  workspace?: string;
  samplePlan?: string;
  /** Where files asked for in chat (导出, 进度图, 总结 … Word) are saved; without it they are not written. */
  fileDir?: string;
}

/** Imports a plan file from a path typed in the console, with a short report. */
export async function importFileReply(kexie: Kexie, ctx: RequestContext, path: string): Promise<Reply> {
  const { text } = await readDocument(path);
  const result = await kexie.importPlan(ctx, { text, source: path });
  return { text: importFileReplyText(result), kind: 'import' };
}

/** Writes a reply's file (rendered by the lazily loaded writers) into a folder and says where. */
async function saveReplyFile(kexie: Kexie, workspace: string, reply: Reply, dir: string | undefined): Promise<string> {
  if (!reply.file) return '';
  if (!dir) {
    if (reply.file.kind === 'ledger') kexie.deps.ledgerFiles?.release(reply.file.ledger);
    return '（此处不保存文件；命令行可用 export --xlsx 文件 或 summary --docx 文件。）';
  }
  const [{ renderReplyFile, writeReplyLedger }, { writeFile }, { join }] = await Promise.all([import('../../infra/exports/render-file.js'), import('node:fs/promises'), import('node:path')]);
  if (reply.file.kind === 'ledger') {
    // Written straight into the file (a part written is removed on a failure): from the rows the reply's pass kept
    // when it had a process of its own, else read again a month of records at a time.
    const path = join(dir, reply.file.name);
    const files = kexie.deps.ledgerFiles;
    try {
      if (files) await files.write(workspace, reply.file.ledger, path);
      else await writeReplyLedger(kexie.deps.storeFor(workspace), reply.file, path);
    } catch (error) {
      if (error instanceof AppError) return error.userMessage;
      throw error;
    } finally {
      files?.release(reply.file.ledger);
    }
    return `已保存：${path}`;
  }
  const file = await renderReplyFile(reply.file);
  const path = join(dir, file.filename);
  await writeFile(path, file.bytes);
  return `已保存：${path}`;
}

/** Runs the chat until the input ends; resolves when every reply is written. */
export async function runConsole(kexie: Kexie, io: ConsoleIo): Promise<void> {
  const write = (s: string): void => {
    io.output.write(`${stripControls(s)}\n`);
  };
  const base = { workspace: io.workspace ?? 'local', user: io.user ?? 'console-user', source: { kind: 'console' as const } };
  // One conversation per console session: "刚才那条" and answers to a question refer to this session only.
  const session = `console:${new Date().toISOString()}:${Math.random().toString(36).slice(2, 8)}`;
  const caps: ChatCapabilities = {
    importFile: (ctx, path) => importFileReply(kexie, ctx, path),
    conversation: { key: conversationKey({ workspace: base.workspace, user: base.user, where: session }) },
  };
  const store = kexie.deps.storeFor(base.workspace);
  try {
    if (io.samplePlan && (await store.listPlans()).length === 0) {
      const reply = await importFileReply(kexie, kexie.context(base), io.samplePlan);
      write(`首次启动，已载入自带的示例计划。${reply.text}`);
    }
  } catch (error) {
    write(error instanceof AppError ? error.userMessage : '示例计划载入失败，可以用“导入 <文件>”导入自己的计划。');
  }
  if (io.interactive) write('kexie 科协工作助手。输入问题或命令，“帮助”查看用法，Ctrl+D 退出。');
  const rl = createInterface({ input: io.input, terminal: false });
  const prompt = (): void => {
    if (io.interactive) io.output.write('kexie> ');
  };
  prompt();
  // A line ending in a colon ("本周工作：") leads a pasted list: the lines after it, up to a blank line, are one message.
  let pasted: string[] | undefined;
  for await (const line of rl) {
    const typed = line.trim();
    if (pasted && typed !== '' && pasted.length < MAX_PASTED_LINES) {
      pasted.push(typed);
      continue;
    }
    const text = pasted ? pasted.join('\n') : typed;
    pasted = undefined;
    if (text === '') {
      prompt();
      continue;
    }
    if (LEAD_IN.test(text) && !text.includes('\n')) {
      pasted = [text];
      continue;
    }
    if (/^(exit|quit|退出)$/iu.test(text)) break;
    try {
      const reply = await handleMessage(kexie, kexie.context(base), text, caps);
      write(reply.text);
      if (reply.file) write(await saveReplyFile(kexie, base.workspace, reply, io.fileDir));
    } catch (error) {
      const incident = Math.random().toString(36).slice(2, 8);
      kexie.deps.logger.error('console message failed', { incident, error });
      write(`出了点问题（事件编号 ${incident}），请稍后重试。`);
    }
    prompt();
  }
  if (pasted) {
    const reply = await handleMessage(kexie, kexie.context(base), pasted.join('\n'), caps);
    write(reply.text);
  }
  rl.close();
}

/** "本周工作：", "接龙：": a lead-in whose list follows on the next lines. */
const LEAD_IN = /[:：]\s*$/u;
const MAX_PASTED_LINES = 60;
