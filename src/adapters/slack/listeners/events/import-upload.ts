// A plan file uploaded to the bot (DM, or a channel message with "导入"): download, read, import, report.
import { importFileReplyText } from '../../../../core/plans/describe-import.js';
import type { RequestContext } from '../../../../core/context.js';
import { DEFAULT_LIMITS, readDocumentBytes } from '../../../../infra/documents/read-document-safely.js';
import { download } from '../../../../infra/http/download.js';
import type { SlackDeps } from '../../slack-deps.js';

export interface SlackFile {
  id?: string;
  name?: string;
  url_private_download?: string;
  url_private?: string;
  size?: number;
}

/**
 * Whether the bot token may be sent to a file URL: https on Slack's own file hosts (files.slack.com and the
 * other *.slack.com hosts), or the origin of the configured Web API (a proxy, or the fake Slack in tests).
 */
export function mayReceiveToken(url: string, slackApiUrl?: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (slackApiUrl) {
    try {
      if (target.origin === new URL(slackApiUrl).origin) return true;
    } catch {
      // an unparsable configured URL allows nothing extra
    }
  }
  const host = target.hostname.toLowerCase();
  return target.protocol === 'https:' && target.port === '' && (host === 'files.slack.com' || host.endsWith('.slack.com'));
}

/**
 * The bytes of an uploaded file, or the Chinese reply saying why there are none (logged). Downloads go through
 * node:http(s), so a host that closes early or oddly is an answer, never a crash.
 */
export async function downloadSlackFile(deps: SlackDeps, url: string, name: string, token: string, limits: { maxBytes: number; tooLarge: string }): Promise<Uint8Array | string> {
  const result = await download(url, { headers: { authorization: `Bearer ${token}` }, maxBytes: limits.maxBytes, keepHeadersFor: (next) => mayReceiveToken(next, deps.slackApiUrl) });
  if (result.ok) return result.bytes;
  const host = URL.canParse(url) ? new URL(url).host : 'unparsable';
  deps.logger.warn('file download failed', { name, host, ...result });
  switch (result.reason) {
    case 'too-large':
      return limits.tooLarge;
    case 'status':
      return `下载文件“${name}”失败（${result.status}），请重新上传。`;
    case 'timeout':
      return `下载文件“${name}”超时（文件服务器长时间没有响应），没有导入任何内容。请稍后重新上传。`;
    default:
      return `下载文件“${name}”时连接中断，没有导入任何内容。请稍后重新上传；多次失败请联系管理员查看日志（file download failed）。`;
  }
}

/** The reply text for an upload; failures become Chinese messages, the store untouched. */
export async function importUpload(deps: SlackDeps, ctx: RequestContext, file: SlackFile, token: string = deps.token): Promise<string> {
  if (!ctx.isAdmin) return '只有管理员可以导入工作计划。请联系管理员（KEXIE_ADMINS 中的成员或工作区管理员）。';
  const url = file.url_private_download ?? file.url_private;
  const name = file.name ?? 'plan';
  if (!url) return `没能取到文件“${name}”的下载地址，请重新上传。`;
  const maxMb = Math.round(DEFAULT_LIMITS.maxBytes / 1024 / 1024);
  if ((file.size ?? 0) > DEFAULT_LIMITS.maxBytes) return `文件“${name}”超过 ${maxMb} MB 的导入上限，请只保留工作要点正文，或拆分后再上传。`;
  if (!mayReceiveToken(url, deps.slackApiUrl)) {
    deps.logger.warn('file URL is not a Slack file host; not downloading', { host: URL.canParse(url) ? new URL(url).host : 'unparsable' });
    return `文件“${name}”的下载地址不是 Slack 的文件服务器，没有下载。请直接把文件上传到 Slack 后再试。`;
  }
  try {
    const bytes = await downloadSlackFile(deps, url, name, token, { maxBytes: DEFAULT_LIMITS.maxBytes, tooLarge: `文件“${name}”超过 ${maxMb} MB 的导入上限，请只保留工作要点正文，或拆分后再上传。` });
    if (typeof bytes === 'string') return bytes;
    const { text } = await readDocumentBytes(bytes, name);
    const result = await deps.kexie.importPlan(ctx, { text, source: name });
    return importFileReplyText(result);
  } catch (error) {
    return deps.failure(error, 'import upload');
  }
}
