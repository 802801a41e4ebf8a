// Renders a reply's file (ledger, Word summary, chart) with the lazily loaded writers and uploads it with files.uploadV2.
import type { ReplyFile } from '../../core/chat/handle-message.js';
import type { SlackDeps } from './slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;

/** Uploads the file to the conversation (and thread) the request came from. */
export async function uploadReplyFile(deps: SlackDeps, where: { client: WebClient; channel: string; threadTs?: string }, file: ReplyFile): Promise<void> {
  const { renderReplyFile } = await import('../../infra/exports/render-file.js');
  let ledger = file;
  if (file.kind === 'ledger') {
    // People appear by display name in the reporter column (a name Slack does not give stays as the core wrote it, never an id).
    const ids = [...new Set(file.ledger.activities.map((a) => a.reporterId))].slice(0, 200);
    const names = new Map<string, string>();
    for (const id of ids) {
      if (!/^[UW][A-Z0-9]+$/.test(id)) continue;
      const name = await deps.nameOf(where.client, file.ledger.team ?? 'local', id);
      if (name && name !== id) names.set(id, name);
    }
    ledger = { ...file, ledger: { ...file.ledger, activities: file.ledger.activities.map((a) => ({ ...a, reporter: names.get(a.reporterId) ?? a.reporter })) } };
  }
  const rendered = await renderReplyFile(ledger);
  await where.client.files.uploadV2({
    channel_id: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    filename: rendered.filename,
    title: rendered.title,
    file: Buffer.from(rendered.bytes),
  } as never);
}
