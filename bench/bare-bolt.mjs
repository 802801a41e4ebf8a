// The anchor for the bot's start-up and the burst: a bare Bolt app in HTTP mode, nothing of kexie loaded.
import bolt from '@slack/bolt';

const app = new bolt.App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET, clientOptions: { slackApiUrl: process.env.SLACK_API_URL } });
// For the burst anchor: every /kx command acked and answered at once through its response_url.
if (process.env.KEXIE_BENCH_REPLY) app.command('/kx', async ({ ack, respond }) => {
  await ack();
  await respond({ text: 'ok', response_type: 'ephemeral' });
});
await app.start(Number(process.env.PORT));
if (process.env.KEXIE_BENCH_REPLY) console.log('bare bolt ready');
