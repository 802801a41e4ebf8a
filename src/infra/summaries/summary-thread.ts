// Worker thread: receives a summary's records in chunks, prepares the summary (facts, the offline draft and its
// checks) and posts it back in chunks, so that neither side spends long on one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { Activity } from '../../core/activities/activity-schema.js';
import { prepareSummary, type SummaryInput } from '../../core/summaries/prepare-summary.js';
import { CHUNK, type ToMain, type ToWorker } from './summary-messages.js';

const input = workerData as Omit<SummaryInput, 'activities'> & { keepFacts: boolean };
const activities: Activity[] = [];
const post = (message: ToMain): void => parentPort?.postMessage(message);

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'activities') {
    for (const a of message.activities) activities.push(a);
    return;
  }
  try {
    const { list, facts, names, ...rest } = prepareSummary({ ...input, activities });
    for (let at = 0; at < list.length; at += CHUNK) post({ type: 'facts', list: list.slice(at, at + CHUNK) });
    // What only a model's draft needs (the facts for the prompt, the names to check it by) stays here without one.
    post({ type: 'done', prepared: { ...rest, list: [], names: input.keepFacts ? names : [], ...(input.keepFacts ? { facts } : {}) } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
