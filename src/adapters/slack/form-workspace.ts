// A form (modal) and its type-ahead are answered in the workspace of the signed request, never the one its
// private_metadata names: the metadata travels through the client and can be rewritten before it comes back.
import type { Logger } from '../../core/ports.js';

/** Said when a form comes back naming another workspace than the request's. */
export const OTHER_WORKSPACE = '这个表单不属于当前工作区，没有保存。请在本工作区重新打开表单后再提交。';

/** What Bolt read from the verified request (a listener's `context`). */
export interface RequestTeam {
  teamId?: string;
  enterpriseId?: string;
}

/**
 * The workspace of a verified request as the app maps it: Bolt's team id (for a modal, the team that
 * installed the app), else the enterprise id of an org-wide install, else "local".
 */
export function requestWorkspace(context: RequestTeam): string {
  return context.teamId || context.enterpriseId || 'local';
}

/** A form's private_metadata as an object; {} when it is missing or not a JSON object. */
export function readMetadata(raw: string | undefined | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw || '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The request's workspace, when the form's metadata names that one (or none); undefined, with a log
 * line, when it names another, so the caller refuses (OTHER_WORKSPACE) and writes nothing.
 */
export function formWorkspace(logger: Logger, context: RequestTeam, meta: Record<string, unknown>, where: string): string | undefined {
  const workspace = requestWorkspace(context);
  if (meta.team === undefined || meta.team === workspace) return workspace;
  logger.warn('slack: a form named another workspace than its signed request; refused', { where, workspace, named: String(meta.team).slice(0, 40) });
  return undefined;
}
