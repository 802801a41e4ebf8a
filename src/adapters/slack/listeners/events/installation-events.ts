// app_uninstalled and tokens_revoked: the team's tokens are removed at once; its data stays.
import type { App } from '@slack/bolt';
import { forgetInstallation } from '../../installations.js';
import type { SlackDeps } from '../../slack-deps.js';

export function registerInstallationEvents(app: App, deps: SlackDeps): void {
  const records = deps.installations;
  if (!records) return;
  const whoFrom = (body: unknown, isEnterpriseInstall?: boolean) => {
    const b = body as { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean };
    return { teamId: b.team_id, enterpriseId: b.enterprise_id, isEnterpriseInstall: isEnterpriseInstall ?? b.is_enterprise_install ?? false };
  };
  app.event('app_uninstalled', async ({ body, context }) => {
    await forgetInstallation(records, deps.logger, whoFrom(body, context.isEnterpriseInstall), 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, body, context }) => {
    // kexie uses only the bot token: a revoked bot token ends the installation; revoked user tokens change nothing.
    if ((event.tokens.bot ?? []).length === 0) {
      deps.logger.info('Slack user tokens revoked; installation kept', { team: (body as { team_id?: string }).team_id });
      return;
    }
    await forgetInstallation(records, deps.logger, whoFrom(body, context.isEnterpriseInstall), 'tokens_revoked');
  });
}
