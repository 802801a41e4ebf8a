// Who is asking, from where, and when: passed with every request into the core.
import type { CivilDate } from './dates/civil-date.js';

export interface RequestContext {
  workspace: string;
  user: string;
  isAdmin: boolean;
  source: { kind: 'cli' | 'console' | 'slack'; channel?: string; message?: string };
  today: CivilDate;
  /** The current instant, ISO 8601. */
  now: string;
}
