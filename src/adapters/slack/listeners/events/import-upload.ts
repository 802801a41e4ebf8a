// A plan file uploaded to the bot (DM, or a channel message with "导入"): download, read, import, report.
import { importFileReplyText } from '../../../../core/plans/describe-import.js';
import type { RequestContext } from '../../../../core/context.js';
import { readDocumentBytes } from '../../../../infra/documents/read-document.js';
import type { SlackDeps } from '../../slack-deps.js';

export interface SlackFile {
  id?: string;
  name?: string;
  url_private_download?: string;
  url_private?: string;
  size?: number;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** The reply text for an upload; failures become Chinese messages, the store untouched. */
export async function importUpload(deps: SlackDeps, ctx: RequestContext, file: SlackFile): Promise<string> {
  if (!ctx.isAdmin) return '只有管理员可以导入工作计划。请联系管理员（KEXIE_ADMINS 中的成员或工作区管理员）。';
  const url = file.url_private_download ?? file.url_private;
  const name = file.name ?? 'plan';
  if (!url) return `没能取到文件“${name}”的下载地址，请重新上传。`;
  if ((file.size ?? 0) > MAX_BYTES) return `文件“${name}”超过 20 MB，请压缩或拆分后再上传。`;
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${deps.token}` } });
    if (!response.ok) return `下载文件“${name}”失败（${response.status}），请重新上传。`;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { text } = await readDocumentBytes(bytes, name);
    const result = await deps.kexie.importPlan(ctx, { text, source: name });
    return importFileReplyText(result);
  } catch (error) {
    return deps.failure(error, 'import upload');
  }
}
