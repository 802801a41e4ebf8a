// Scheduled posts to Slack: chat.postMessage with the post key in message metadata; Slack errors become DeliveryErrors.
import { webApi } from '@slack/bolt';
import type { DuePost } from '../../core/schedules/due-posts.js';
import { DeliveryError, type Poster } from '../../infra/schedule/scheduler.js';

type WebClient = webApi.WebClient;
const EVENT_TYPE = 'kexie_scheduled_post';

/** A WebClient that reports rate limits instead of waiting on them, so the scheduler decides. */
export function createPostingClient(token: string, slackApiUrl?: string): WebClient {
  return new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: 15_000,
  });
}

function toDeliveryError(error: unknown): unknown {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e?.code === webApi.ErrorCode.RateLimitedError) return new DeliveryError('rate_limited', (e.retryAfter ?? 1) * 1000);
  if (e?.code === webApi.ErrorCode.PlatformError) return new DeliveryError(e.data?.error ?? 'platform_error');
  return error;
}

/** The scheduler's Poster over a Slack WebClient. */
export function createSlackPoster(client: WebClient): Poster {
  return {
    async post(post: DuePost) {
      try {
        const res = await client.chat.postMessage({
          channel: post.channel,
          text: post.text,
          unfurl_links: false,
          metadata: { event_type: EVENT_TYPE, event_payload: { key: post.key } },
        });
        return { ts: res.ts };
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    async notify(user, text) {
      await client.chat.postMessage({ channel: user, text });
    },
    async findPosted(channel, key, since) {
      const res = await client.conversations.history({ channel, oldest: String(Math.floor(since.getTime() / 1000)), include_all_metadata: true, limit: 200 });
      const messages = (res.messages ?? []) as Array<{ ts?: string; metadata?: { event_type?: string; event_payload?: { key?: unknown } } }>;
      return messages.find((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.key === key)?.ts;
    },
  };
}
