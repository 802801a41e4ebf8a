// Renders a reply's file (ledger, Word summary, chart) with the lazily loaded writers and uploads it with files.uploadV2;
// a 台账 is written into a temporary file a month of records at a time and sent from it, so memory does not grow
// with its rows.
import { createReadStream } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { ReplyFile } from '../../core/chat/handle-message.js';
import type { SlackDeps } from './slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;
type Where = { client: WebClient; channel: string; threadTs?: string };

/** How long the bytes of one file may take to reach Slack's upload URL before the upload is given up. */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

/** Uploads the file to the conversation (and thread) the request came from. */
export async function uploadReplyFile(deps: SlackDeps, where: Where, file: ReplyFile): Promise<void> {
  if (file.kind === 'ledger') return uploadLedger(deps, where, file);
  const { renderReplyFile } = await import('../../infra/exports/render-file.js');
  const rendered = await renderReplyFile(file);
  await where.client.files.uploadV2({
    channel_id: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    filename: rendered.filename,
    title: rendered.title,
    file: Buffer.from(rendered.bytes),
  } as never);
}

/**
 * The 台账 written into a temporary file (its rows read again from the store a month at a time), sent from the file
 * in the three steps files.uploadV2 takes (its own reads the whole file into memory first), and the file removed
 * whatever happened.
 */
async function uploadLedger(deps: SlackDeps, where: Where, file: Extract<ReplyFile, { kind: 'ledger' }>): Promise<void> {
  const team = file.ledger.team ?? 'local';
  // People appear by display name in the reporter column (a name Slack does not give stays as the core wrote it, never an id).
  const names = new Map<string, string>();
  try {
    for (const id of file.ledger.reporters) {
      if (!/^[UW][A-Z0-9]+$/.test(id)) continue;
      const name = await deps.nameOf(where.client, team, id);
      if (name && name !== id) names.set(id, name);
    }
  } catch (error) {
    // A name lookup that throws ends the upload before the file is written: the pass's kept rows are let go of now.
    deps.kexie.deps.ledgerFiles?.release(file.ledger);
    throw error;
  }
  const { withLedgerFile } = await import('../../infra/exports/render-file.js');
  await withLedgerFile(deps.kexie.deps.storeFor(team), file, names, async (path, size) => {
    const target = (await where.client.files.getUploadURLExternal({ filename: file.name, length: size })) as { upload_url?: string; file_id?: string };
    if (!target.upload_url || !target.file_id) throw new Error('files.getUploadURLExternal gave no upload_url');
    await postFile(target.upload_url, path, size);
    await where.client.files.completeUploadExternal({
      files: [{ id: target.file_id, title: file.ledger.title }],
      channel_id: where.channel,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    } as never);
  }, deps.kexie.deps.ledgerFiles);
}

/** POSTs a file's bytes, streamed from disk, to an upload URL Slack gave (no token: the URL is the permission). */
function postFile(url: string, path: string, size: number): Promise<void> {
  const target = new URL(url);
  const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise<void>((resolve, reject) => {
    const req = send(target, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'content-length': size } }, (res) => {
      res.resume();
      res.on('error', reject);
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`the upload URL answered HTTP ${res.statusCode}`))));
    });
    req.setTimeout(UPLOAD_TIMEOUT_MS, () => req.destroy(new Error('the upload timed out')));
    req.on('error', reject);
    pipeline(createReadStream(path), req).catch(reject);
  });
}
