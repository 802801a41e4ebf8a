// Bolt's InstallationStore over the store's installation records: one per team, or per Enterprise Grid org.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecords, Logger } from '../../core/ports.js';

/** The record key of an installation or a query: `enterprise:E…` for an org-wide install, else `team:T…`. */
export function installationKey(input: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (input.isEnterpriseInstall && input.enterpriseId) return `enterprise:${input.enterpriseId}`;
  if (input.teamId) return `team:${input.teamId}`;
  if (input.enterpriseId) return `enterprise:${input.enterpriseId}`;
  throw new Error('an installation needs a team or an enterprise id');
}

export function boltInstallationStore(records: InstallationRecords, logger: Logger): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = installationKey({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await records.save(key, installation as unknown as Record<string, unknown>);
      logger.info('Slack app installed', { key, scopes: installation.bot?.scopes?.length ?? 0 });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      const found = (await records.get(key)) ?? (query.enterpriseId && !query.isEnterpriseInstall ? await records.get(`enterprise:${query.enterpriseId}`) : undefined);
      if (!found) throw new Error(`no installation for ${key}`);
      return found as unknown as Installation<'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.remove(installationKey(query));
    },
  };
}

/** Removes a team's tokens (app_uninstalled, tokens_revoked); its workspace data stays until an admin deletes it. */
export async function forgetInstallation(records: InstallationRecords, logger: Logger, query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }, why: string): Promise<void> {
  let key: string;
  try {
    key = installationKey(query);
  } catch {
    return;
  }
  const removed = await records.remove(key);
  logger.info('Slack installation removed; workspace data kept', { key, why, removed });
}
