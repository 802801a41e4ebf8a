// Registers every kind of listener on the Bolt app.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { register as actions } from './actions/index.js';
import { register as choices } from './choices/index.js';
import { register as commands } from './commands/index.js';
import { register as events } from './events/index.js';
import { register as shortcuts } from './shortcuts/index.js';
import { register as signups } from './signups/index.js';
import { register as subscriptions } from './subscriptions/index.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  commands(app, deps);
  events(app, deps);
  actions(app, deps);
  choices(app, deps);
  shortcuts(app, deps);
  signups(app, deps);
  subscriptions(app, deps);
}
