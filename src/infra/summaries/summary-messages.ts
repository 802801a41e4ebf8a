// The messages between the bot and a summary worker: records go in, figures come back, a few thousand at a time.
import type { Activity } from '../../core/activities/activity-schema.js';
import type { PreparedSummary } from '../../core/summaries/prepare-summary.js';
import type { Fact } from '../../core/summaries/gather-facts.js';

/** Records or figures per message: each costs the event loop a few milliseconds to copy. */
export const CHUNK = 2000;

export type ToWorker = { type: 'activities'; activities: Activity[] } | { type: 'go' };
export type ToMain = { type: 'facts'; list: Fact[] } | { type: 'done'; prepared: PreparedSummary } | { type: 'failed'; message: string };
