// One scheduler pass as its own process, for the e2e tests: `node --import tsx test/support/scheduler-process.ts`.
// KEXIE_DATA_DIR, SLACK_API_URL, CLOCK (ISO instant); DIE_AFTER_POST=1 exits right after Slack accepts the first post.
import { createPostingClient, createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { silentLogger } from '../../src/core/ports.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import { createScheduler } from '../../src/infra/schedule/scheduler.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';

const dataDir = process.env.KEXIE_DATA_DIR ?? '';
const instant = new Date(process.env.CLOCK ?? '');
const real = createSlackPoster(createPostingClient('xoxb-test-token', process.env.SLACK_API_URL));
const poster =
  process.env.DIE_AFTER_POST === '1'
    ? {
        ...real,
        post: async (p: Parameters<typeof real.post>[0]) => {
          await real.post(p);
          process.exit(9); // killed between posting and recording
        },
      }
    : real;
const scheduler = createScheduler({
  storeFor: createFileStoreFactory(dataDir),
  poster,
  clock: { now: () => instant },
  timeZone: 'Asia/Shanghai',
  holidays: chineseHolidayCalendar,
  logger: silentLogger,
});
process.stdout.write(`${JSON.stringify(await scheduler.tick())}\n`);
