// The form behind 修改 under a question: the reading kexie was unsure of, pre-filled, stored as submitted.
import type { Activity } from '../../../core/activities/activity-schema.js';
import type { PendingReport } from '../../../core/activities/record-activity.js';
import type { Block } from './limits.js';
import { editModal } from './modals.js';

export const PENDING_MODAL = 'pending_edit_modal';

/** The edit form of a one-record reading; private_metadata carries the conversation key and workspace. */
export function pendingModal(pending: PendingReport, metadata: string): Block {
  const r = pending.reading.records[0];
  const shown = { date: r?.date ?? '', title: r?.title ?? '', headcount: r?.headcount ?? null, metrics: r?.metrics ?? {} } as Pick<Activity, 'date' | 'title' | 'headcount' | 'metrics'>;
  return { ...editModal(shown as Activity, metadata), callback_id: PENDING_MODAL, title: { type: 'plain_text', text: '修改后记录' } };
}
