// What a question asks, in a form the answerer can run: the intents kexie understands.
import type { DateRange } from '../dates/civil-date.js';

export type Question =
  | { intent: 'due'; period: DateRange; label: string }
  | { intent: 'overdue' }
  | { intent: 'owner'; owner: string }
  | { intent: 'keyword'; keyword: string }
  | { intent: 'item'; ref: string[] }
  | { intent: 'targets'; keyword: string }
  | { intent: 'help' }
  | { intent: 'unknown'; text: string };

export type Intent = Question['intent'];
