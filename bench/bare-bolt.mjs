// The anchor for the bot's start-up: a bare Bolt app in HTTP mode, nothing of kexie loaded.
import bolt from '@slack/bolt';

const app = new bolt.App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET, clientOptions: { slackApiUrl: process.env.SLACK_API_URL } });
await app.start(Number(process.env.PORT));
