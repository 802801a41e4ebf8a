// Loads the observance calendar we maintain in data/observances.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ObservanceCalendarSchema, type Observance } from '../core/plans/observances.js';

/** The calendar, validated; a broken file stops start-up with its name. */
export function loadObservances(dataDir: string): Observance[] {
  const file = join(dataDir, 'observances.json');
  return ObservanceCalendarSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
