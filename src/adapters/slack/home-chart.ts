// The progress chart for App Home: rendered and uploaded once per workspace and content, then shown by file id.
import { createHash } from 'node:crypto';
import { handleMessage } from '../../core/chat/handle-message.js';
import type { RequestContext } from '../../core/context.js';
import type { SlackDeps } from './slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;

const uploaded = new Map<string, string>();

/** The Slack file id of the current progress chart, or undefined when there is nothing to draw. */
export async function homeChartFile(deps: SlackDeps, client: WebClient, ctx: RequestContext): Promise<string | undefined> {
  const reply = await handleMessage(deps.kexie, ctx, '进度图');
  if (reply.file?.kind !== 'chart') return undefined;
  const key = `${ctx.workspace}:${createHash('sha1').update(JSON.stringify(reply.file.chart)).digest('hex')}`;
  const hit = uploaded.get(key);
  if (hit) return hit;
  const { renderReplyFile } = await import('../../infra/exports/render-file.js');
  const file = await renderReplyFile(reply.file);
  const answer = (await client.files.uploadV2({ filename: file.filename, title: file.title, file: Buffer.from(file.bytes) } as never)) as { files?: Array<{ id?: string; files?: Array<{ id?: string }> }> };
  const id = answer.files?.[0]?.files?.[0]?.id ?? answer.files?.[0]?.id;
  if (!id) return undefined;
  uploaded.set(key, id);
  if (uploaded.size > 1000) uploaded.delete(uploaded.keys().next().value as string);
  return id;
}
